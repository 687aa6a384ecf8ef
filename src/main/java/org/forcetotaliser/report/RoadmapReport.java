package org.forcetotaliser.report;

import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.calc.ActionRag;
import org.forcetotaliser.calc.ActionState;
import org.forcetotaliser.calc.ActionStatus;
import org.forcetotaliser.calc.BlockStatus;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Roadmap;

/**
 * The Prevention Roadmap as of a quarter (docs/method.md §Roadmap): a scorecard row per building
 * block and a row per action, each described by typed columns so that every format shows the same
 * figure under the same name. Immutable.
 *
 * @param blocks the building blocks shown (all six unless a filter narrows them), in order
 * @param actions the actions shown, in the roadmap's order
 * @param actionsInRoadmap how many actions the roadmap holds, before any filter
 */
public record RoadmapReport(
    ForceSettings settings,
    Quarter asOf,
    List<BlockStatus> blocks,
    List<ActionStatus> actions,
    int actionsInRoadmap,
    List<Diagnostic> notes) {

  public RoadmapReport {
    blocks = List.copyOf(blocks);
    actions = List.copyOf(actions);
    notes = List.copyOf(notes);
  }

  /**
   * What to show: only these building blocks (empty: all), only actions whose owner contains {@code
   * owner} ignoring case (null: any), only actions in these states (empty: all). The blocks'
   * figures always count every action of the block.
   */
  public record Filter(
      java.util.Set<org.forcetotaliser.model.BuildingBlock> blocks,
      String owner,
      java.util.Set<ActionState> states) {
    public static final Filter NONE = new Filter(java.util.Set.of(), null, java.util.Set.of());

    public Filter {
      blocks = java.util.Set.copyOf(blocks);
      states = java.util.Set.copyOf(states);
    }

    public boolean shows(org.forcetotaliser.model.BuildingBlock b) {
      return blocks.isEmpty() || blocks.contains(b);
    }

    public boolean shows(ActionStatus s) {
      return shows(s.action().block())
          && (states.isEmpty() || states.contains(s.state()))
          && (owner == null
              || s.action()
                  .owner()
                  .toLowerCase(java.util.Locale.ROOT)
                  .contains(owner.toLowerCase(java.util.Locale.ROOT)));
    }
  }

  /** How a column's values are written: the renderers format by kind, never by name. */
  public enum Kind {
    /** Words or ids. */
    TEXT,
    /** A whole number of things. */
    COUNT,
    /** A share held as a fraction, shown as a percentage. */
    FRACTION,
    /** Pounds in price-base prices. */
    MONEY,
    /** A financial quarter. */
    PERIOD
  }

  /**
   * One column: its machine name (CSV header, JSON-like), its heading in tables, what it means, and
   * its kind. Values in a column are null where absent.
   */
  public record Column(String name, String heading, String meaning, Kind kind) {}

  private static Column text(String name, String heading, String meaning) {
    return new Column(name, heading, meaning, Kind.TEXT);
  }

  private static Column count(String name, String heading, String meaning) {
    return new Column(name, heading, meaning, Kind.COUNT);
  }

  /** The scorecard: one row per building block. */
  public static final List<Column> BLOCK_COLUMNS =
      List.of(
          text("block", "building block", "one of the six building blocks"),
          text("lead", "lead", "the block's lead, from roadmap.yaml"),
          count("actions_total", "actions", "actions against the block"),
          count("actions_done", "done", "actions done by the as-of quarter"),
          count("actions_overdue", "overdue", "actions due by the as-of quarter and not done"),
          count("actions_in_progress", "in progress", "actions started and not yet due"),
          count("actions_not_started", "not started", "actions that start after the as-of quarter"),
          count("milestones_due", "ms due", "milestones due by the as-of quarter"),
          count("milestones_met", "ms met", "due milestones done by their due quarter"),
          count("milestones_late", "ms late", "due milestones done late or not done"),
          new Column("milestone_delivery", "ms delivery", "milestones met / due", Kind.FRACTION),
          count("rag_green", "green", "actions last reported green"),
          count("rag_amber", "amber", "actions last reported amber"),
          count("rag_red", "red", "actions last reported red"),
          count("rag_complete", "complete", "actions done"),
          count(
              "rag_not_reported", "not reported", "actions with no report up to the as-of quarter"),
          count("projects_count", "projects", "committed projects the block delivers through"),
          new Column(
              "projects_pv_benefits", "PV benefits", "Σ PV benefits of those projects", Kind.MONEY),
          new Column("projects_npsv", "NPSV", "Σ NPSV of those projects", Kind.MONEY),
          new Column(
              "projects_realisation",
              "realisation",
              "actual / planned value over the quarters " + "reported up to the as-of quarter",
              Kind.FRACTION));

  /** One row per action. */
  public static final List<Column> ACTION_COLUMNS =
      List.of(
          text("action", "action", "the action's id"),
          text("block", "building block", "the building block it belongs to"),
          text("owner", "owner", "who owns the action"),
          new Column("start", "start", "the quarter it starts", Kind.PERIOD),
          new Column("due", "due", "the quarter it is due", Kind.PERIOD),
          new Column(
              "done", "done", "the quarter it was done, if by the as-of quarter", Kind.PERIOD),
          text("state", "state", "done, overdue, in-progress or not-started"),
          text("rag", "RAG", "latest reported status; complete when done"),
          count("milestones_due", "ms due", "milestones due by the as-of quarter"),
          count("milestones_met", "ms met", "due milestones done by their due quarter"),
          new Column("milestone_delivery", "ms delivery", "milestones met / due", Kind.FRACTION),
          text("late_milestones", "late milestones", "due milestones done late or not done"),
          text("projects", "projects", "the projects it delivers through"));

  /** The scorecard's rows, aligned with {@link #BLOCK_COLUMNS}. */
  public List<List<Object>> blockRows() {
    List<List<Object>> rows = new ArrayList<>();
    for (BlockStatus b : blocks) {
      List<Object> row = new ArrayList<>();
      row.add(b.block().key());
      row.add(b.lead());
      row.add(b.actions());
      for (ActionState s : ActionState.values()) {
        row.add(b.states().get(s));
      }
      row.add(b.milestonesDue());
      row.add(b.milestonesMet());
      row.add(b.milestonesLate());
      row.add(b.milestoneDelivery());
      for (ActionRag r : ActionRag.values()) {
        row.add(b.rags().get(r));
      }
      row.add(b.projects().size());
      row.add(b.pvBenefits());
      row.add(b.npsv());
      row.add(b.realisation());
      rows.add(row);
    }
    return rows;
  }

  /** The actions' rows, aligned with {@link #ACTION_COLUMNS}. */
  public List<List<Object>> actionRows() {
    List<List<Object>> rows = new ArrayList<>();
    for (ActionStatus s : actions) {
      Roadmap.Action a = s.action();
      List<Object> row = new ArrayList<>();
      row.add(a.id());
      row.add(a.block().key());
      row.add(a.owner());
      row.add(a.start());
      row.add(a.due());
      row.add(s.state() == ActionState.DONE ? a.done() : null);
      row.add(s.state().key());
      row.add(s.rag().key());
      row.add(s.milestonesDue());
      row.add(s.milestonesMet());
      row.add(s.milestoneDelivery());
      List<String> late = new ArrayList<>();
      for (Roadmap.Milestone m : s.late()) {
        late.add(
            m.id()
                + " (due "
                + m.due()
                + (m.done() == null || m.done().isAfter(asOf)
                    ? ", not done)"
                    : ", done " + m.done() + ")"));
      }
      row.add(late.isEmpty() ? null : String.join("; ", late));
      row.add(a.projects().isEmpty() ? null : String.join(", ", a.projects()));
      rows.add(row);
    }
    return rows;
  }

  /** The actions that need the board's attention: overdue, or with a late milestone. */
  public List<ActionStatus> exceptions() {
    return actions.stream()
        .filter(s -> s.state() == ActionState.OVERDUE || !s.late().isEmpty())
        .toList();
  }
}

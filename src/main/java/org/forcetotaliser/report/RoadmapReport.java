package org.forcetotaliser.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * One column of the roadmap: its key (the CSV header, as the JSON names the figure) and its typed
   * column (the heading in tables and workbooks, what it means, its type). Values in a column are
   * null where absent, shown as a dash.
   */
  public record Field(String key, Column column) {}

  private static Field text(String key, String heading, String meaning) {
    return new Field(key, Column.text(heading, meaning).absentAs(Column.DASH));
  }

  /**
   * A building block, state or RAG: its label where a person reads ("Leadership and culture", "In
   * progress"), its key in CSV and JSON.
   */
  private static Field label(String key, String heading, String meaning) {
    return new Field(key, Column.labelled(heading, meaning));
  }

  private static Field period(String key, String heading, String meaning) {
    return new Field(key, Column.period(heading, meaning).absentAs(Column.DASH));
  }

  private static Field count(String key, String heading, String meaning) {
    return new Field(key, Column.count(heading, meaning));
  }

  private static Field fraction(String key, String heading, String meaning) {
    return new Field(key, Column.fraction(heading, meaning));
  }

  private static Field money(String key, String heading, String meaning) {
    return new Field(key, Column.money(heading, meaning));
  }

  /** The scorecard: one row per building block. */
  public static final List<Field> BLOCK_COLUMNS =
      List.of(
          label("block", "building block", "one of the six building blocks"),
          text("lead", "lead", "the block's lead, from roadmap.yaml"),
          count("actions_total", "actions", "actions against the block"),
          count("actions_done", "done", "actions done by the as-of quarter"),
          count("actions_overdue", "overdue", "actions due by the as-of quarter and not done"),
          count("actions_in_progress", "in progress", "actions started and not yet due"),
          count("actions_not_started", "not started", "actions that start after the as-of quarter"),
          count("milestones_due", "ms due", "milestones due by the as-of quarter"),
          count("milestones_met", "ms met", "due milestones done by their due quarter"),
          count("milestones_late", "ms late", "due milestones done late or not done"),
          fraction("milestone_delivery", "ms delivery", "milestones met / due"),
          count("rag_green", "green", "actions last reported green"),
          count("rag_amber", "amber", "actions last reported amber"),
          count("rag_red", "red", "actions last reported red"),
          count("rag_complete", "complete", "actions done"),
          count(
              "rag_not_reported", "not reported", "actions with no report up to the as-of quarter"),
          count("projects_count", "projects", "committed projects the block delivers through"),
          money("projects_pv_benefits", "PV benefits", "Σ PV benefits of those projects"),
          money("projects_npsv", "NPSV", "Σ NPSV of those projects"),
          fraction(
              "projects_realisation",
              "realisation",
              "actual / planned value over the quarters " + "reported up to the as-of quarter"));

  /** One row per action. */
  public static final List<Field> ACTION_COLUMNS =
      List.of(
          text("action", "action", "the action's id"),
          label("block", "building block", "the building block it belongs to"),
          text("owner", "owner", "who owns the action"),
          period("start", "start", "the quarter it starts"),
          period("due", "due", "the quarter it is due"),
          period("done", "done", "the quarter it was done, if by the as-of quarter"),
          label("state", "state", "done, overdue, in-progress or not-started"),
          label("rag", "RAG", "latest reported status; complete when done"),
          count("milestones_due", "ms due", "milestones due by the as-of quarter"),
          count("milestones_met", "ms met", "due milestones done by their due quarter"),
          fraction("milestone_delivery", "ms delivery", "milestones met / due"),
          text("late_milestones", "late milestones", "due milestones done late or not done"),
          text("projects", "projects", "the projects it delivers through"));

  /** The tables shown on a page: scorecard, projects by block, actions, what needs attention. */
  public List<ReportTable> tables() {
    List<List<Object>> blocks = blockRows();
    List<List<Object>> actions = actionRows();
    List<ReportTable> out = new ArrayList<>();
    out.add(
        pick(
            "Building blocks: actions, milestones and status",
            BLOCK_COLUMNS,
            blocks,
            "block",
            "actions_total",
            "actions_done",
            "actions_overdue",
            "actions_in_progress",
            "actions_not_started",
            "milestones_due",
            "milestones_met",
            "milestones_late",
            "milestone_delivery",
            "rag_green",
            "rag_amber",
            "rag_red",
            "rag_complete",
            "rag_not_reported"));
    out.add(
        pick(
            "Building blocks: lead and the committed projects they deliver through",
            BLOCK_COLUMNS,
            blocks,
            "block",
            "lead",
            "projects_count",
            "projects_pv_benefits",
            "projects_npsv",
            "projects_realisation"));
    if (!actions.isEmpty()) {
      out.add(
          pick(
              "Actions",
              ACTION_COLUMNS,
              actions,
              "action",
              "block",
              "owner",
              "due",
              "done",
              "state",
              "rag",
              "milestones_due",
              "milestones_met",
              "milestone_delivery"));
    }
    List<List<Object>> attention = new ArrayList<>();
    List<ActionStatus> exceptions = exceptions();
    for (int i = 0; i < this.actions.size(); i++) {
      if (exceptions.contains(this.actions.get(i))) {
        attention.add(actions.get(i));
      }
    }
    if (!attention.isEmpty()) {
      out.add(
          pick(
              "Overdue actions and late milestones",
              ACTION_COLUMNS,
              attention,
              "action",
              "owner",
              "due",
              "state",
              "late_milestones"));
    }
    return out;
  }

  /** Every column of the scorecard under its heading, a row per block (a workbook sheet). */
  public ReportTable blocksTable() {
    return pick(null, BLOCK_COLUMNS, blockRows(), keys(BLOCK_COLUMNS));
  }

  /** Every column of the actions under its heading, a row per action (a workbook sheet). */
  public ReportTable actionsTable() {
    return pick(null, ACTION_COLUMNS, actionRows(), keys(ACTION_COLUMNS));
  }

  /**
   * One table for spreadsheets: a row per building block, then a row per action, told apart by
   * {@code level}; each column headed by its key, empty where it does not apply.
   */
  public ReportTable flat() {
    Map<String, Field> union = new LinkedHashMap<>();
    for (Field f : BLOCK_COLUMNS) {
      union.putIfAbsent(f.key(), f);
    }
    for (Field f : ACTION_COLUMNS) {
      union.putIfAbsent(f.key(), f);
    }
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("level", "block or action"));
    for (Field f : union.values()) {
      Column c = f.column();
      columns.add(new Column(f.key(), c.meaning(), c.unit(), c.type(), c.scale(), Column.DASH));
    }
    ReportTable t = new ReportTable(null, columns);
    addFlat(t, "block", union, BLOCK_COLUMNS, blockRows());
    addFlat(t, "action", union, ACTION_COLUMNS, actionRows());
    return t;
  }

  private static void addFlat(
      ReportTable t,
      String level,
      Map<String, Field> union,
      List<Field> fields,
      List<List<Object>> rows) {
    for (List<Object> row : rows) {
      List<Object> values = new ArrayList<>();
      values.add(level);
      for (Field f : union.values()) {
        int i = fields.indexOf(f);
        values.add(i < 0 ? null : row.get(i));
      }
      t.add(values.toArray());
    }
  }

  private static String[] keys(List<Field> fields) {
    return fields.stream().map(Field::key).toArray(String[]::new);
  }

  /** A table of the fields named by {@code keys}, under their headings. */
  private static ReportTable pick(
      String title, List<Field> fields, List<List<Object>> rows, String... keys) {
    List<Integer> picked = new ArrayList<>();
    for (String k : keys) {
      picked.add(index(fields, k));
    }
    ReportTable t =
        new ReportTable(title, picked.stream().map(i -> fields.get(i).column()).toList());
    for (List<Object> row : rows) {
      t.add(picked.stream().map(row::get).toArray());
    }
    return t;
  }

  private static int index(List<Field> fields, String key) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + key);
  }

  /** The scorecard's rows, aligned with {@link #BLOCK_COLUMNS}. */
  public List<List<Object>> blockRows() {
    List<List<Object>> rows = new ArrayList<>();
    for (BlockStatus b : blocks) {
      List<Object> row = new ArrayList<>();
      row.add(b.block());
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
      row.add(a.block());
      row.add(a.owner());
      row.add(a.start());
      row.add(a.due());
      row.add(s.state() == ActionState.DONE ? a.done() : null);
      row.add(s.state());
      row.add(s.rag());
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

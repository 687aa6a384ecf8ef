package org.forcetotaliser.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.ActionStatus;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.Measures;

/**
 * The board pack's executive summary (docs/method.md §9b) as a typed table for the workbook: the
 * same {@link ExecutiveSummary} value the page states in words, a row per figure, each figure as of
 * the quarter compared with, as of the pack's quarter, and the change. Nothing is computed here but
 * the layout.
 */
public final class SummaryTables {
  private SummaryTables() {}

  private static final Column WORDS = Column.text("figure", "what the row shows");
  private static final Column STATUS = Column.text("status", "a benefit's status");
  private static final Column COUNT = Column.count("count", "how many");
  private static final Column INDEX =
      new Column("index", "Prevention Index, 100 = no change", null, ColumnType.INDEX, 1, "");
  private static final Column RANK = Column.count("rank", "rank among the forces, 1 = highest");

  /**
   * The summary: the committed and pipeline NPSV and BCR (they do not depend on the quarter, so
   * they stand as of the pack's quarter only), the simulated range when inputs are ranges, the
   * Prevention Index when {@code index} is set, the compared figures with their changes, then the
   * benefits red or amber, the benefits whose status changed, the missing returns by owner and the
   * overdue roadmap actions, a row each.
   */
  public static ReportTable summary(BoardPackReport r, IndexReport index) {
    ExecutiveSummary s = r.summary();
    ReportTable t =
        new ReportTable(
            "Executive summary",
            List.of(
                WORDS,
                Column.figure("as of " + s.compareTo(), "the figure as of the earlier quarter"),
                Column.figure("as of " + s.asOf(), "the figure as of the pack's quarter"),
                Column.figure("change", "as of " + s.asOf() + " less as of " + s.compareTo())));
    Measures c = r.total().total().committed().measures();
    Measures p = r.total().total().pipeline().measures();
    now(t, "Committed NPSV (" + projects(r.total().projects()) + ")", TotalTables.NPSV, c.npsv());
    now(t, "Committed BCR", TotalTables.BCR, bcr(c));
    now(
        t,
        "Pipeline NPSV (" + projects(r.total().pipelineProjects()) + ")",
        TotalTables.NPSV,
        p.npsv());
    now(t, "Pipeline BCR", TotalTables.BCR, bcr(p));
    var u = r.estimate().portfolioUncertainty();
    if (u != null && u.simulation() != null && !r.tornado().isEmpty()) {
      var sim = u.simulation();
      now(t, "Committed NPSV, P10", TotalTables.NPSV, sim.npsv().p10());
      now(t, "Committed NPSV, P50", TotalTables.NPSV, sim.npsv().p50());
      now(t, "Committed NPSV, P90", TotalTables.NPSV, sim.npsv().p90());
      now(
          t,
          "Committed NPSV above zero (" + sim.draws() + " draws)",
          Column.fraction("P(NPSV > 0)", ""),
          sim.pNpsvPositive());
    }
    if (index != null) {
      var i = index.result().index();
      String span = " (" + index.result().baseline() + " to " + index.result().current() + ")";
      now(t, "Prevention Index" + span, INDEX, i.force());
      now(t, "Prevention Index rank, of " + i.of(), RANK, i.rank());
      if (i.comparatorMean() != null) {
        now(t, "Comparators' mean index", INDEX, i.comparatorMean());
      }
    }
    ExecutiveSummary.Change reported =
        ExecutiveSummary.Change.of(
            "Planned value for the quarters reported",
            ExecutiveSummary.Kind.MONEY,
            s.before().plannedReported(),
            s.now().plannedReported());
    List<ExecutiveSummary.Change> changes = new java.util.ArrayList<>(s.changes());
    changes.add(2, reported);
    for (ExecutiveSummary.Change ch : changes) {
      Column as = column(ch.type());
      t.add(
          ch.label(),
          figure(as, ch.before(), "no figure as of " + s.compareTo()),
          figure(as, ch.now(), "no figure as of " + s.asOf()),
          figure(as, ch.difference(), "a figure is absent in one of the quarters"));
    }
    Map<String, String> names = names(r);
    for (ItemReconciliation i : s.redOrAmber()) {
      t.add(
          "Off track: " + names.getOrDefault(i.project(), i.project()) + ": " + i.item(),
          null,
          new Column.Figure(STATUS, i.rag().label()),
          null);
    }
    for (ExecutiveSummary.RagChange ch : s.ragChanges()) {
      t.add(
          "Status changed: " + names.getOrDefault(ch.project(), ch.project()) + ": " + ch.item(),
          new Column.Figure(STATUS, ch.before().label()),
          new Column.Figure(STATUS, ch.now().label()),
          null);
    }
    for (ExecutiveSummary.OwnerReturns o : s.missingByOwner()) {
      t.add(
          "Quarters missing: "
              + (o.owner() == null ? "no owner named" : o.owner())
              + " ("
              + o.items()
              + (o.items() == 1 ? " item)" : " items)"),
          null,
          new Column.Figure(COUNT, o.quarters()),
          null);
    }
    for (ActionStatus a : s.overdue()) {
      t.add(
          "Overdue action: "
              + a.action().title()
              + " ("
              + (a.action().owner() == null ? "no owner named" : a.action().owner())
              + ")",
          null,
          new Column.Figure(Column.period("due", ""), "due " + a.action().due()),
          null);
    }
    return t;
  }

  /** A figure, or absent with the reason as the cell's note (docs/method.md §9b). */
  private static Column.Figure figure(Column as, BigDecimal value, String whyAbsent) {
    return new Column.Figure(as, value == null ? Column.Absent.noted(whyAbsent) : value);
  }

  private static void now(ReportTable t, String label, Column as, Object value) {
    t.add(label, null, new Column.Figure(as, value), null);
  }

  private static String projects(int n) {
    return n + (n == 1 ? " project" : " projects");
  }

  private static Object bcr(Measures m) {
    if (m.bcr() != null) {
      return m.bcr();
    }
    return m.ratiosAbsentReason() == null ? null : Column.Absent.noted(m.ratiosAbsentReason());
  }

  private static Column column(ExecutiveSummary.Kind kind) {
    return switch (kind) {
      case MONEY -> Column.money("£", "");
      case FRACTION -> Column.fraction("%", "");
      case COUNT -> COUNT;
    };
  }

  /** Each project's name by id, its id when it has none. */
  private static Map<String, String> names(BoardPackReport r) {
    Map<String, String> names = new java.util.HashMap<>();
    for (BoardPackReport.ProjectSection p : r.projects()) {
      var project = p.appraisal().project();
      names.put(project.id(), project.name() == null ? project.id() : project.name());
    }
    return names;
  }
}

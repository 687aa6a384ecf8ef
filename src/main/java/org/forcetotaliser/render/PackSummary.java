package org.forcetotaliser.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.ActionStatus;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.report.BoardPackReport;
import org.forcetotaliser.report.ExecutiveSummary;
import org.forcetotaliser.report.IndexReport;

/**
 * The executive summary of the board pack in words (docs/board-pack.md, "Executive summary"): each
 * statement is made from the report's figures, which are formatted here and never computed.
 */
final class PackSummary {
  /** How many names a statement lists before it says how many more there are. */
  static final int NAMED = 6;

  private PackSummary() {}

  static PackView.ExecSummary of(
      BoardPackReport r, IndexReport index, Map<String, String> projectNames) {
    ExecutiveSummary s = r.summary();
    List<PackView.Point> points = new ArrayList<>();
    Measures c = r.total().total().committed().measures();
    Measures p = r.total().total().pipeline().measures();
    points.add(
        new PackView.Point(
            "value",
            "Value",
            "The "
                + r.total().projects()
                + " committed projects have a net present social value of "
                + Numbers.pounds(c.npsv())
                + " and a benefit–cost ratio of "
                + Numbers.ratio(c.bcr())
                + "; the "
                + r.total().pipelineProjects()
                + " in the pipeline would add "
                + Numbers.pounds(p.npsv())
                + " (BCR "
                + Numbers.ratio(p.bcr())
                + ")."
                + simulated(r)));
    ExecutiveSummary.Position now = s.now();
    points.add(
        new PackView.Point(
            "realisation",
            "Realisation to date",
            now.realisation() == null
                ? "No committed benefit with a £ value has reported an actual yet."
                : Numbers.fractionAsPercent(now.realisation())
                    + " of plan for the quarters reported: "
                    + Numbers.pounds(now.actualToDate())
                    + " actual against "
                    + Numbers.pounds(now.plannedReported())
                    + " planned for those quarters ("
                    + Numbers.pounds(now.plannedToDate())
                    + " planned for every quarter due)."));
    points.add(new PackView.Point("rag", "Benefits off track", offTrack(s, projectNames)));
    points.add(new PackView.Point("missing", "Missing returns", missing(s)));
    if (r.roadmap() != null) {
      points.add(new PackView.Point("overdue", "Roadmap", overdue(s.overdue())));
    }
    if (index != null) {
      var i = index.result().index();
      points.add(
          new PackView.Point(
              "index",
              "Prevention Index",
              "An index of "
                  + Numbers.quantity(i.force(), 1)
                  + " ("
                  + index.result().baseline()
                  + " to "
                  + index.result().current()
                  + ", 100 = no change), ranked "
                  + i.rank()
                  + " of "
                  + i.of()
                  + (i.comparatorMean() == null
                      ? "."
                      : "; the comparators' mean is " + Numbers.quantity(i.comparatorMean(), 1))
                  + (i.comparatorMean() == null ? "" : ".")));
    }
    List<PackView.ChangeRow> changes = new ArrayList<>();
    for (ExecutiveSummary.Change ch : s.changes()) {
      changes.add(
          new PackView.ChangeRow(
              ch.label(),
              figure(ch, ch.before()),
              figure(ch, ch.now()),
              new PackView.Difference(ch.difference(), ch.type())));
    }
    List<PackView.RagChangeRow> ragChanges = new ArrayList<>();
    for (ExecutiveSummary.RagChange ch : s.ragChanges()) {
      ragChanges.add(
          new PackView.RagChangeRow(
              projectNames.getOrDefault(ch.project(), ch.project()) + ": " + ch.item(),
              ch.before(),
              BoardPack.RAG_LABELS.get(ch.before()),
              ch.now(),
              BoardPack.RAG_LABELS.get(ch.now())));
    }
    return new PackView.ExecSummary(s.compareTo().toString(), points, changes, ragChanges);
  }

  /** What the simulation says of the committed NPSV, when it ran; else nothing. */
  private static String simulated(BoardPackReport r) {
    var u = r.estimate().portfolioUncertainty();
    if (u == null || u.simulation() == null || r.tornado().isEmpty()) {
      return "";
    }
    var s = u.simulation();
    return " With the inputs written as ranges, the committed NPSV lies between "
        + Numbers.pounds(s.npsv().p10())
        + " (P10) and "
        + Numbers.pounds(s.npsv().p90())
        + " (P90), P50 "
        + Numbers.pounds(s.npsv().p50())
        + ", and is above zero in "
        + Numbers.fractionAsPercent(s.pNpsvPositive())
        + " of "
        + Numbers.quantity(java.math.BigDecimal.valueOf(s.draws()), 0)
        + " draws.";
  }

  private static PackView.Figure figure(ExecutiveSummary.Change ch, java.math.BigDecimal value) {
    return switch (ch.type()) {
      case MONEY -> new PackView.Money(value);
      case FRACTION -> new PackView.Fraction(value);
      case COUNT -> new PackView.Quantity(value, 0);
    };
  }

  private static String offTrack(ExecutiveSummary s, Map<String, String> names) {
    int red = s.now().count(Rag.RED);
    int amber = s.now().count(Rag.AMBER);
    int all = s.now().rags().values().stream().mapToInt(Integer::intValue).sum();
    if (red + amber == 0) {
      return "None of the " + all + " benefits is red or amber.";
    }
    List<String> parts = new ArrayList<>();
    for (Rag rag : List.of(Rag.RED, Rag.AMBER)) {
      List<String> named = new ArrayList<>();
      for (ItemReconciliation i : s.redOrAmber()) {
        if (i.rag() == rag) {
          named.add(names.getOrDefault(i.project(), i.project()) + ": " + i.item());
        }
      }
      if (!named.isEmpty()) {
        parts.add(
            named.size()
                + " "
                + BoardPack.RAG_LABELS.get(rag).toLowerCase(java.util.Locale.UK)
                + " ("
                + list(named)
                + ")");
      }
    }
    return String.join(" and ", parts) + ", of " + all + " benefits.";
  }

  private static String missing(ExecutiveSummary s) {
    if (s.missingByOwner().isEmpty()) {
      return "None: every quarter due has an actual.";
    }
    List<String> owners = new ArrayList<>();
    for (ExecutiveSummary.OwnerReturns o : s.missingByOwner()) {
      owners.add(
          (o.owner() == null ? "no owner named" : o.owner())
              + ": "
              + o.quarters()
              + (o.quarters() == 1 ? " quarter" : " quarters")
              + " on "
              + o.items()
              + (o.items() == 1 ? " item" : " items"));
    }
    return s.now().missingQuarters()
        + (s.now().missingQuarters() == 1 ? " quarter" : " quarters")
        + " due without an actual, on "
        + s.now().missingItems()
        + (s.now().missingItems() == 1 ? " item" : " items")
        + ": "
        + list(owners)
        + ".";
  }

  private static String overdue(List<ActionStatus> overdue) {
    if (overdue.isEmpty()) {
      return "No roadmap action is overdue.";
    }
    List<String> named = new ArrayList<>();
    for (ActionStatus a : overdue) {
      named.add(
          a.action().title()
              + " ("
              + (a.action().owner() == null ? "no owner named" : a.action().owner())
              + ", due "
              + a.action().due()
              + ")");
    }
    return overdue.size()
        + (overdue.size() == 1 ? " roadmap action is" : " roadmap actions are")
        + " overdue: "
        + list(named)
        + ".";
  }

  /** The first {@link #NAMED} of {@code names} joined with semicolons, then how many more. */
  private static String list(List<String> names) {
    if (names.size() <= NAMED) {
      return String.join("; ", names);
    }
    return String.join("; ", names.subList(0, NAMED))
        + "; and "
        + (names.size() - NAMED)
        + " more, listed under “Planned against actual”";
  }
}

package org.forcetotaliser.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.MapInOrder;
import org.forcetotaliser.model.Portfolio;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReferenceData;
import org.forcetotaliser.model.ReferenceSource;
import org.forcetotaliser.report.BoardPackReport.ProjectSection;
import org.forcetotaliser.report.BoardPackReport.QuarterValue;

/** Builds the board pack from a portfolio: the three reports and what the pack adds. Pure. */
public final class BoardPacks {
  /** How many inputs the pack's tornado shows. */
  public static final int TORNADO_BARS = 10;

  /** The Monte Carlo draws the pack makes when some input is a range, unless told otherwise. */
  public static final int DRAWS = 1000;

  /**
   * What the pack compares and simulates: the earlier quarter of the executive summary, and the
   * draws and seed of the simulation run when any input is written as a range (docs/method.md §10).
   */
  public record Options(Quarter compareTo, int draws, long seed) {
    public Options {
      if (draws < 0) {
        throw new IllegalArgumentException("draws must not be negative: " + draws);
      }
    }

    /** The quarter before {@code asOf}, {@link #DRAWS} draws, seed 1. */
    public static Options defaults(Quarter asOf) {
      return new Options(asOf.plusQuarters(-1), DRAWS, 1);
    }
  }

  private BoardPacks() {}

  /** Every project's tornado bars, largest swing first, the first {@link #TORNADO_BARS}. */
  static List<BoardPackReport.TornadoBar> tornado(EstimateReport estimate) {
    List<BoardPackReport.TornadoBar> all = new java.util.ArrayList<>();
    for (int i = 0; i < estimate.projects().size(); i++) {
      ProjectAppraisal p = estimate.projects().get(i);
      java.math.BigDecimal likely = p.measures().npsv();
      for (org.forcetotaliser.calc.Sensitivity.Bar b : estimate.uncertainty().get(i).tornado()) {
        all.add(
            new BoardPackReport.TornadoBar(
                p.project().id(),
                b.ref(),
                b.npsvAtLow(),
                b.npsvAtHigh(),
                b.npsvAtLow().subtract(likely),
                b.npsvAtHigh().subtract(likely),
                b.swing()));
      }
    }
    all.sort(
        java.util.Comparator.comparing(BoardPackReport.TornadoBar::swing)
            .reversed()
            .thenComparing(BoardPackReport.TornadoBar::project)
            .thenComparing(BoardPackReport.TornadoBar::input));
    return List.copyOf(all.subList(0, Math.min(TORNADO_BARS, all.size())));
  }

  public static BoardPackReport build(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      Quarter asOf,
      List<ReferenceSource> sources) {
    return build(
        portfolio,
        reference,
        settings,
        asOf,
        sources,
        MapInOrder.ONE_THREAD,
        Options.defaults(asOf));
  }

  /**
   * The board pack, its projects appraised by {@code inOrder}, its executive summary compared with
   * the figures as of {@code compareTo} (a quarter before {@code asOf}).
   */
  public static BoardPackReport build(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      Quarter asOf,
      List<ReferenceSource> sources,
      MapInOrder inOrder,
      Options options) {
    Quarter compareTo = options.compareTo();
    if (compareTo.compareTo(asOf) >= 0) {
      throw new IllegalArgumentException(
          "the quarter compared with, " + compareTo + ", is not before " + asOf);
    }
    EstimateReport estimate =
        Reports.estimate(
            portfolio,
            reference,
            settings,
            true,
            new Reports.UncertaintyOptions(
                true, ranged(portfolio) ? options.draws() : 0, options.seed()),
            inOrder);
    ReconcileReport reconcile =
        Reports.reconcile(portfolio, reference, settings, asOf, true, i -> true, inOrder);
    TotalReport total = Reports.total(portfolio, reference, settings, asOf, Breakdown.ALL, inOrder);
    Set<String> committed = new HashSet<>();
    for (ProjectAppraisal p : estimate.projects()) {
      if (p.project().stage().isCommitted()) {
        committed.add(p.project().id());
      }
    }
    Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
    for (Rag rag : Rag.values()) {
      counts.put(rag, 0);
    }
    for (ItemReconciliation i : reconcile.benefits()) {
      counts.merge(i.rag(), 1, Integer::sum);
    }
    if (counts.get(Rag.ZERO_PLANNED) == 0) {
      counts.remove(Rag.ZERO_PLANNED); // rare: a bar only when it happens
    }
    List<ItemReconciliation> missing = new ArrayList<>();
    for (ItemReconciliation i : reconcile.benefits()) {
      if (!i.missing().isEmpty()) {
        missing.add(i);
      }
    }
    for (ItemReconciliation i : reconcile.costs()) {
      if (!i.missing().isEmpty()) {
        missing.add(i);
      }
    }
    List<ProjectSection> sections = new ArrayList<>();
    for (ProjectAppraisal p : estimate.projects()) {
      String id = p.project().id();
      sections.add(
          new ProjectSection(
              p,
              reconcile.benefits().stream().filter(i -> i.project().equals(id)).toList(),
              reconcile.costs().stream().filter(i -> i.project().equals(id)).toList()));
    }
    List<ItemReconciliation> committedBenefits =
        reconcile.benefits().stream().filter(i -> committed.contains(i.project())).toList();
    RoadmapReport roadmap =
        portfolio.roadmap().isEmpty()
            ? null
            : Reports.roadmap(portfolio, reference, settings, asOf, RoadmapReport.Filter.NONE);
    ExecutiveSummary summary =
        summary(
            portfolio, reference, settings, asOf, compareTo, inOrder, committed, reconcile, total,
            roadmap, missing);
    return new BoardPackReport(
        asOf,
        estimate,
        reconcile,
        total,
        series(committedBenefits),
        counts,
        missing,
        sections,
        sources,
        tornado(estimate),
        roadmap,
        summary);
  }

  /** Whether any project writes an input as a range, so that a simulation has something to draw. */
  static boolean ranged(Portfolio portfolio) {
    for (org.forcetotaliser.model.Project p : portfolio.projects()) {
      if (!org.forcetotaliser.calc.RangedInput.of(p).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The executive summary (docs/method.md §9b): the figures that depend on the quarter as of {@code
   * asOf} and, from the same files, as of {@code compareTo}; the warnings of the earlier run are
   * not kept (they repeat the pack's own, or are actuals after that quarter, which it rightly
   * ignores).
   */
  static ExecutiveSummary summary(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      Quarter asOf,
      Quarter compareTo,
      MapInOrder inOrder,
      Set<String> committed,
      ReconcileReport reconcile,
      TotalReport total,
      RoadmapReport roadmap,
      List<ItemReconciliation> missing) {
    ReconcileReport thenRec =
        Reports.reconcile(portfolio, reference, settings, compareTo, true, i -> true, inOrder);
    TotalReport thenTotal =
        Reports.total(portfolio, reference, settings, compareTo, List.of(), inOrder);
    RoadmapReport thenRoadmap =
        roadmap == null
            ? null
            : Reports.roadmap(portfolio, reference, settings, compareTo, RoadmapReport.Filter.NONE);
    List<ItemReconciliation> thenMissing = new ArrayList<>();
    for (ItemReconciliation i : thenRec.benefits()) {
      if (!i.missing().isEmpty()) {
        thenMissing.add(i);
      }
    }
    for (ItemReconciliation i : thenRec.costs()) {
      if (!i.missing().isEmpty()) {
        thenMissing.add(i);
      }
    }
    List<ItemReconciliation> redOrAmber = new ArrayList<>();
    for (Rag rag : List.of(Rag.RED, Rag.AMBER)) {
      reconcile.benefits().stream().filter(i -> i.rag() == rag).forEach(redOrAmber::add);
    }
    Map<String, Rag> before = new java.util.HashMap<>();
    thenRec.benefits().forEach(i -> before.put(i.project() + "\u0000" + i.item(), i.rag()));
    List<ExecutiveSummary.RagChange> changes = new ArrayList<>();
    for (ItemReconciliation i : reconcile.benefits()) {
      Rag was = before.get(i.project() + "\u0000" + i.item());
      if (was != null && was != i.rag()) {
        changes.add(new ExecutiveSummary.RagChange(i.project(), i.item(), was, i.rag()));
      }
    }
    List<org.forcetotaliser.calc.ActionStatus> overdue =
        roadmap == null
            ? List.of()
            : roadmap.actions().stream()
                .filter(a -> a.state() == org.forcetotaliser.calc.ActionState.OVERDUE)
                .toList();
    return new ExecutiveSummary(
        asOf,
        compareTo,
        position(reconcile, total, roadmap, committed, missing),
        position(thenRec, thenTotal, thenRoadmap, committed, thenMissing),
        redOrAmber,
        changes,
        byOwner(missing),
        overdue);
  }

  /**
   * The summary's figures as of one quarter (docs/method.md §9b). Realisation is the like-for-like
   * realisation in £ over every monetised benefit of the committed projects: Σ actual £ / Σ planned
   * £ over the quarters reported.
   */
  static ExecutiveSummary.Position position(
      ReconcileReport reconcile,
      TotalReport total,
      RoadmapReport roadmap,
      Set<String> committed,
      List<ItemReconciliation> missing) {
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    boolean reported = false;
    Map<Rag, Integer> rags = new EnumMap<>(Rag.class);
    for (ItemReconciliation i : reconcile.benefits()) {
      rags.merge(i.rag(), 1, Integer::sum);
      if (!committed.contains(i.project())) {
        continue;
      }
      for (ItemReconciliation.QuarterRow q : i.quarters()) {
        if (q.actual() == null || q.plannedValue() == null || q.actualValue() == null) {
          continue;
        }
        reported = true;
        planned = planned.add(q.plannedValue());
        actual = actual.add(q.actualValue());
      }
    }
    int quarters = 0;
    for (ItemReconciliation i : missing) {
      quarters += i.missing().size();
    }
    Integer overdue =
        roadmap == null
            ? null
            : (int)
                roadmap.actions().stream()
                    .filter(a -> a.state() == org.forcetotaliser.calc.ActionState.OVERDUE)
                    .count();
    return new ExecutiveSummary.Position(
        total.total().committed().plannedValueToDate(),
        total.total().committed().actualValueToDate(),
        reported ? planned : null,
        reported ? org.forcetotaliser.calc.Decimals.ratio(actual, planned) : null,
        rags,
        missing.size(),
        quarters,
        overdue);
  }

  /** Missing returns by owner: most quarters missing first, then by owner. */
  static List<ExecutiveSummary.OwnerReturns> byOwner(List<ItemReconciliation> missing) {
    Map<String, int[]> counts = new TreeMap<>();
    final String none = "";
    for (ItemReconciliation i : missing) {
      int[] c = counts.computeIfAbsent(i.owner() == null ? none : i.owner(), o -> new int[2]);
      c[0]++;
      c[1] += i.missing().size();
    }
    List<ExecutiveSummary.OwnerReturns> out = new ArrayList<>();
    counts.forEach(
        (o, c) -> out.add(new ExecutiveSummary.OwnerReturns(o.isEmpty() ? null : o, c[0], c[1])));
    out.sort(
        java.util.Comparator.comparingInt(ExecutiveSummary.OwnerReturns::quarters)
            .reversed()
            .thenComparing(o -> o.owner() == null ? "" : o.owner()));
    return out;
  }

  /**
   * The planned and actual benefit value per quarter, summed over the items given. A quarter's plan
   * counts when it is due (a non-zero planned quantity), as in the force total's planned value to
   * date; an actual counts when reported. A quarter with no reported item has an absent actual,
   * never zero. Items without a £ value (qualitative, crime harm that is not costed) add nothing.
   */
  public static List<QuarterValue> series(List<ItemReconciliation> benefits) {
    TreeMap<Quarter, BigDecimal[]> sums = new TreeMap<>();
    TreeMap<Quarter, int[]> counts = new TreeMap<>();
    for (ItemReconciliation i : benefits) {
      for (ItemReconciliation.QuarterRow row : i.quarters()) {
        boolean due =
            row.planned() != null && row.planned().signum() != 0 && row.plannedValue() != null;
        boolean reported = row.actualValue() != null;
        if (!due && !reported) {
          continue;
        }
        BigDecimal[] s = sums.computeIfAbsent(row.quarter(), q -> new BigDecimal[2]);
        int[] n = counts.computeIfAbsent(row.quarter(), q -> new int[2]);
        if (due) {
          s[0] = s[0] == null ? row.plannedValue() : s[0].add(row.plannedValue());
          n[0]++;
        }
        if (reported) {
          s[1] = s[1] == null ? row.actualValue() : s[1].add(row.actualValue());
          n[1]++;
        }
      }
    }
    List<QuarterValue> out = new ArrayList<>();
    sums.forEach(
        (q, s) ->
            out.add(
                new QuarterValue(
                    q,
                    s[0] == null ? BigDecimal.ZERO : s[0],
                    s[1],
                    counts.get(q)[0],
                    counts.get(q)[1])));
    return out;
  }
}

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
                b.input(),
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
    return build(portfolio, reference, settings, asOf, sources, MapInOrder.ONE_THREAD);
  }

  /** The board pack, its projects appraised by {@code inOrder}. */
  public static BoardPackReport build(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      Quarter asOf,
      List<ReferenceSource> sources,
      MapInOrder inOrder) {
    EstimateReport estimate =
        Reports.estimate(
            portfolio,
            reference,
            settings,
            true,
            new Reports.UncertaintyOptions(true, 0, 0),
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
        roadmap);
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

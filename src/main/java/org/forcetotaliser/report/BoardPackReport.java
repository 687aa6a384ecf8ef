package org.forcetotaliser.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReferenceSource;

/**
 * Everything in the board pack, built once from a portfolio: the estimate, the reconciliation and
 * the force total as of one quarter, the force's planned and actual value per quarter, a section
 * per project, and the sources of the reference tables. Renderers only lay it out. Immutable.
 *
 * @param series committed projects' planned and actual benefit value (£, undiscounted, price-base
 *     prices) per quarter up to as-of, oldest first
 * @param ragCounts how many benefits have each status, in {@link Rag} order
 * @param missing benefits and costs with due quarters that have no actual
 * @param tornado the ranged inputs that move NPSV most, across every project, largest swing first
 *     (at most {@link BoardPacks#TORNADO_BARS}); empty when no input is a range
 * @param roadmap the Prevention Roadmap as of the same quarter, or null when the portfolio has none
 * @param summary the executive summary, with the figures compared with an earlier quarter
 */
public record BoardPackReport(
    Quarter asOf,
    EstimateReport estimate,
    ReconcileReport reconcile,
    TotalReport total,
    List<QuarterValue> series,
    Map<Rag, Integer> ragCounts,
    List<ItemReconciliation> missing,
    List<ProjectSection> projects,
    List<ReferenceSource> sources,
    List<TornadoBar> tornado,
    RoadmapReport roadmap,
    ExecutiveSummary summary) {

  /**
   * One ranged input of one project: the project's NPSV with that input alone at its low and at its
   * high end, and the change from the likely NPSV each gives.
   */
  public record TornadoBar(
      String project,
      org.forcetotaliser.calc.InputRef ref,
      BigDecimal npsvAtLow,
      BigDecimal npsvAtHigh,
      BigDecimal lowChange,
      BigDecimal highChange,
      BigDecimal swing) {
    /** The input's path in the project file, as JSON and CSV name it. */
    public String input() {
      return ref.path();
    }
  }

  /**
   * One quarter of the force series. {@code planned} sums the plan of the benefits due in the
   * quarter; {@code actual} sums what was reported, and is null when nothing was reported (absent,
   * not zero). {@code reported} and {@code due} count the items behind each figure.
   */
  public record QuarterValue(
      Quarter quarter, BigDecimal planned, BigDecimal actual, int due, int reported) {}

  /** One project: its appraisal and the reconciliation of its benefits and costs. */
  public record ProjectSection(
      ProjectAppraisal appraisal,
      List<ItemReconciliation> benefits,
      List<ItemReconciliation> costs) {
    public ProjectSection {
      benefits = List.copyOf(benefits);
      costs = List.copyOf(costs);
    }

    /**
     * The project's overall status (docs/method.md §9b): the worst of its benefits' red, amber and
     * green; when none has one, not reported if a benefit is due and unreported, else zero planned
     * if one is, else not due. Costs do not count: spend is rated apart.
     */
    public Rag overall() {
      for (Rag r : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.NOT_REPORTED, Rag.ZERO_PLANNED)) {
        if (benefits.stream().anyMatch(i -> i.rag() == r)) {
          return r;
        }
      }
      return Rag.NOT_DUE;
    }
  }

  public BoardPackReport {
    series = List.copyOf(series);
    ragCounts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(ragCounts));
    missing = List.copyOf(missing);
    projects = List.copyOf(projects);
    sources = List.copyOf(sources);
    tornado = List.copyOf(tornado);
  }

  public ForceSettings settings() {
    return total.settings();
  }

  /** Every warning found while building the pack, without repeats. */
  public List<Diagnostic> notes() {
    java.util.LinkedHashSet<Diagnostic> all = new java.util.LinkedHashSet<>(estimate.notes());
    all.addAll(reconcile.notes());
    all.addAll(total.notes());
    if (roadmap != null) {
      all.addAll(roadmap.notes());
    }
    return List.copyOf(all);
  }
}

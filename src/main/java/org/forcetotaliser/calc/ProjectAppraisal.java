package org.forcetotaliser.calc;

import java.util.List;
import org.forcetotaliser.model.Project;

/**
 * A project's appraisal: every benefit and cost, the facts they contribute to totals, and the
 * measures. Immutable.
 */
public record ProjectAppraisal(
    Project project,
    List<BenefitAppraisal> benefits,
    List<CostAppraisal> costs,
    List<Fact> facts,
    Totals totals,
    Measures measures) {
  public ProjectAppraisal {
    benefits = List.copyOf(benefits);
    costs = List.copyOf(costs);
    facts = List.copyOf(facts);
  }

  /**
   * The same appraisal without its quarters and facts: the project, each benefit's and cost's sums,
   * the totals and the measures. What a report of projects needs once each project's detail has
   * been written.
   */
  public ProjectAppraisal slim() {
    List<BenefitAppraisal> bs = new java.util.ArrayList<>(benefits.size());
    for (BenefitAppraisal b : benefits) {
      bs.add(b.withoutQuarters());
    }
    List<CostAppraisal> cs = new java.util.ArrayList<>(costs.size());
    for (CostAppraisal c : costs) {
      cs.add(
          new CostAppraisal(c.cost(), c.optimismBias(), List.of(), c.amount(), c.value(), c.pv()));
    }
    return new ProjectAppraisal(project, bs, cs, List.of(), totals, measures);
  }
}

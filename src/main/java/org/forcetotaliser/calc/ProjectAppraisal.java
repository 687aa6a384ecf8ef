package org.forcetotaliser.calc;

import java.util.List;
import org.forcetotaliser.model.Project;

/**
 * A project's appraisal: every benefit and cost, the facts they contribute to totals, and the
 * measures. Immutable.
 */
public record ProjectAppraisal(Project project, List<BenefitAppraisal> benefits,
    List<CostAppraisal> costs, List<Fact> facts, Totals totals, Measures measures) {
  public ProjectAppraisal {
    benefits = List.copyOf(benefits);
    costs = List.copyOf(costs);
    facts = List.copyOf(facts);
  }
}

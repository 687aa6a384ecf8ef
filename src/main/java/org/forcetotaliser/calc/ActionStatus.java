package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.model.Roadmap;

/**
 * One roadmap action assessed as of a quarter (docs/method.md §Roadmap). Immutable.
 *
 * @param milestonesDue milestones due by the as-of quarter
 * @param milestonesMet due milestones done no later than their due quarter
 * @param late due milestones done after their due quarter, or not done
 * @param milestoneDelivery met / due as a fraction; null when nothing is due
 */
public record ActionStatus(
    Roadmap.Action action,
    ActionState state,
    ActionRag rag,
    int milestonesDue,
    int milestonesMet,
    List<Roadmap.Milestone> late,
    BigDecimal milestoneDelivery) {

  public ActionStatus {
    late = List.copyOf(late);
  }
}

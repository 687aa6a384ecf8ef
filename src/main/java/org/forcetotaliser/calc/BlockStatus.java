package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Roadmap;

/**
 * One building block of the roadmap assessed as of a quarter (docs/method.md §Roadmap): its actions
 * by state, milestones, RAG counts, and the committed projects it delivers through. Immutable.
 *
 * @param description the block's lead and ambition, or null when none is written
 * @param states the number of actions in each state (every state present)
 * @param rags the number of actions with each status (every status present)
 * @param milestoneDelivery met / due as a fraction; null when nothing is due
 * @param projects the committed projects linked to the block, each once, by id
 * @param pvBenefits Σ PV benefits of those projects; null when there are none
 * @param npsv Σ NPSV of those projects; null when there are none
 * @param realisation Σ actual value / Σ planned value over their reported quarters, as a fraction;
 *     null when nothing is reported
 */
public record BlockStatus(
    BuildingBlock block,
    Roadmap.Block description,
    int actions,
    Map<ActionState, Integer> states,
    int milestonesDue,
    int milestonesMet,
    int milestonesLate,
    BigDecimal milestoneDelivery,
    Map<ActionRag, Integer> rags,
    List<String> projects,
    BigDecimal pvBenefits,
    BigDecimal npsv,
    BigDecimal realisation) {

  public BlockStatus {
    states = Map.copyOf(states);
    rags = Map.copyOf(rags);
    projects = List.copyOf(projects);
  }

  public String lead() {
    return description == null ? null : description.lead();
  }

  public String ambition() {
    return description == null ? null : description.ambition();
  }
}

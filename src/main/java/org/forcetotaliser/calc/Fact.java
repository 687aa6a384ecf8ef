package org.forcetotaliser.calc;

import org.forcetotaliser.model.Quarter;

/**
 * One quarter of one benefit or cost, with the dimensions a total is broken down by. The force
 * total and every breakdown are sums of facts. Immutable.
 *
 * @param benefitType the benefit type key, or null for a cost
 * @param offenceCategory the Home Office cost category for crime harm ("not-costed" when the
 *     offence has none), or null for anything else
 */
public record Fact(
    String project,
    String item,
    String buildingBlock,
    String stage,
    String area,
    String benefitType,
    String offenceCategory,
    Quarter quarter,
    Totals totals) {}

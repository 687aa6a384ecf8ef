package org.forcetotaliser.calc;

import java.math.BigDecimal;

/**
 * The measures of a group (the force, the pipeline, or one breakdown row) with the planned and
 * actual value to date from reconciliation. Immutable.
 *
 * @param key the breakdown key, or null for a whole total
 * @param benefitsOnly true for rows that carry benefit measures only (by type, by offence): their
 *     cost measures and ratios are absent
 */
public record Summary(
    String key,
    Totals totals,
    Measures measures,
    BigDecimal plannedValueToDate,
    BigDecimal actualValueToDate,
    boolean benefitsOnly) {}

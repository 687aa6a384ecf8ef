package org.forcetotaliser.calc;

import java.math.BigDecimal;
import org.forcetotaliser.model.Quarter;

/**
 * One quarter of a benefit's appraisal. Quantities are in the benefit's unit; £ are in price-base
 * prices. Null means absent (a benefit that is not costed has no value or pv). Immutable.
 *
 * @param discountFactor the discount factor (docs/method.md §6) of the quarter's financial year
 */
public record BenefitQuarter(
    Quarter quarter,
    BigDecimal gross,
    BigDecimal net,
    BigDecimal riskAdjusted,
    BigDecimal unitValue,
    BigDecimal value,
    BigDecimal discountFactor,
    BigDecimal pv,
    BigDecimal harmCss,
    BigDecimal harmCchi) {}

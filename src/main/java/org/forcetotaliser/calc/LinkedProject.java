package org.forcetotaliser.calc;

import java.math.BigDecimal;
import org.forcetotaliser.model.Project;

/**
 * What a roadmap building block takes from one project (docs/method.md §Roadmap): its PV benefits
 * and NPSV (§7), and the £ of its monetised benefits over the quarters reported up to the as-of
 * quarter, planned and actual (§8). Immutable.
 *
 * @param plannedReported Σ planned value over the reported quarters of monetised benefits
 * @param actual Σ actual value over the same quarters
 * @param reported whether any monetised benefit has a reported quarter up to as-of
 */
public record LinkedProject(
    Project project,
    BigDecimal pvBenefits,
    BigDecimal npsv,
    BigDecimal plannedReported,
    BigDecimal actual,
    boolean reported) {}

package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.model.Benefit;

/**
 * A benefit's appraisal over all its quarters (docs/method.md §3–6). Sums of quantities and £; null
 * where absent. Immutable.
 *
 * @param additionality (1 − deadweight)(1 − displacement)(1 − leakage)(1 − substitution) ×
 *     attribution; 1 for qualitative benefits
 * @param optimismBias the fraction taken off net quantities for appraisal
 * @param unit the £ per unit and how it was reached
 * @param offenceCategory the Home Office cost category of a crime-harm benefit's offence
 *     ("not-costed" when it has none), else null
 */
public record BenefitAppraisal(
    Benefit benefit,
    BigDecimal additionality,
    BigDecimal optimismBias,
    UnitValue unit,
    String offenceCategory,
    List<BenefitQuarter> quarters,
    BigDecimal gross,
    BigDecimal net,
    BigDecimal riskAdjusted,
    BigDecimal value,
    BigDecimal pv,
    BigDecimal harmCss,
    BigDecimal harmCchi,
    BigDecimal hours,
    boolean cashable) {

  public BenefitAppraisal {
    quarters = List.copyOf(quarters);
  }

  /**
   * The same appraisal with its sums but not its quarters; a qualitative benefit keeps them, since
   * its target levels by period are what an estimate shows of it.
   */
  public BenefitAppraisal withoutQuarters() {
    return new BenefitAppraisal(
        benefit,
        additionality,
        optimismBias,
        unit,
        offenceCategory,
        benefit.type() == org.forcetotaliser.model.BenefitDetail.Type.QUALITATIVE
            ? quarters
            : List.of(),
        gross,
        net,
        riskAdjusted,
        value,
        pv,
        harmCss,
        harmCchi,
        hours,
        cashable);
  }

  /** Whether the benefit has a £ value (crime harm with a cost, hours, cash, wider). */
  public boolean isMonetised() {
    return unit.costed();
  }
}

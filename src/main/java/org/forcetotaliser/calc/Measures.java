package org.forcetotaliser.calc;

import java.math.BigDecimal;
import org.forcetotaliser.model.FinancialYear;

/**
 * The appraisal measures of docs/method.md §7 for a project, a group of projects or a whole
 * portfolio. Sums come from {@link Totals}; ratios are recomputed from those sums. Null means
 * absent. Immutable.
 *
 * @param bcr pv_benefits / pv_costs; null when there are no costs or no monetised benefit
 * @param cashRoi (pv_cashable − pv_costs) / pv_costs; null when there are no costs or no monetised
 *     benefit
 * @param payback the first year whose cumulative discounted benefits reach cumulative discounted
 *     costs; null if never or if there are no costs
 * @param switchingValue npsv / pv_benefits; null when there are no monetised benefits
 * @param fteYears hours / fte_hours; null when fte_hours is not set
 * @param monetised false when no benefit has a £ value: BCR, cash ROI and switching value are then
 *     absent, "not monetised", rather than 0 or a meaningless percentage
 */
public record Measures(
    BigDecimal pvBenefits,
    BigDecimal pvCashable,
    BigDecimal pvCosts,
    BigDecimal npsv,
    BigDecimal bcr,
    BigDecimal cashRoi,
    FinancialYear payback,
    BigDecimal switchingValue,
    BigDecimal offencesPrevented,
    BigDecimal harmCss,
    BigDecimal harmCchi,
    BigDecimal hoursFreed,
    BigDecimal fteYears,
    boolean monetised) {

  /** Why BCR, cash ROI and switching value are absent when nothing is monetised. */
  public static final String NOT_MONETISED = "not monetised";

  /**
   * The reason BCR, cash ROI and switching value are absent when there are costs but no benefit has
   * a £ value; null otherwise (no costs is its own, plain absence).
   */
  public String ratiosAbsentReason() {
    return !monetised && pvCosts.signum() != 0 ? NOT_MONETISED : null;
  }

  /** The measures of a set of totals. */
  public static Measures of(Totals t, BigDecimal fteHours) {
    BigDecimal npsv = t.pvBenefits().subtract(t.pvCosts());
    boolean costs = t.pvCosts().signum() != 0;
    boolean ratios = costs && t.monetised();
    return new Measures(
        t.pvBenefits(),
        t.pvCashable(),
        t.pvCosts(),
        npsv,
        ratios ? Decimals.ratio(t.pvBenefits(), t.pvCosts()) : null,
        ratios ? Decimals.ratio(t.pvCashable().subtract(t.pvCosts()), t.pvCosts()) : null,
        costs ? payback(t) : null,
        t.monetised() ? Decimals.ratio(npsv, t.pvBenefits()) : null,
        t.offences(),
        t.harmCss(),
        t.harmCchi(),
        t.hours(),
        fteHours == null ? null : Decimals.ratio(t.hours(), fteHours),
        t.monetised());
  }

  /**
   * The first financial year in which cumulative discounted benefits are at least cumulative
   * discounted costs, walking every year from the first with any flow to the last. Years before
   * anything is spent or gained do not count: nothing has yet been paid back.
   */
  static FinancialYear payback(Totals t) {
    if (t.byYear().isEmpty()) {
      return null;
    }
    BigDecimal benefits = BigDecimal.ZERO;
    BigDecimal costs = BigDecimal.ZERO;
    FinancialYear first = t.byYear().firstKey();
    FinancialYear last = t.byYear().lastKey();
    for (FinancialYear y = first; !y.isAfter(last); y = y.plusYears(1)) {
      Totals.YearFlow f = t.byYear().getOrDefault(y, Totals.YearFlow.ZERO);
      benefits = benefits.add(f.pvBenefits());
      costs = costs.add(f.pvCosts());
      boolean started = benefits.signum() != 0 || costs.signum() != 0;
      if (started && benefits.compareTo(costs) >= 0) {
        return y;
      }
    }
    return null;
  }
}

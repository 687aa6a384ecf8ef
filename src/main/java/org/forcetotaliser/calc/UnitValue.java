package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.model.Quarter;

/**
 * The price-base £ value of one unit of a benefit (an offence, an hour, a £, a wider unit), with
 * the steps that led to it for {@code explain}. Immutable.
 *
 * @param fixed the £ per unit when it is the same in every quarter; null when it varies by year
 *     (nominal cash) or is absent
 * @param nominal true when each quarter's £ is deflated from its own year's prices
 * @param costed false when the benefit has no £ value at all (not costed, qualitative)
 * @param steps how the figure was reached, step by step, for {@code explain} to put into words
 */
public record UnitValue(
    BigDecimal fixed, boolean nominal, boolean costed, List<UnitStep> steps, Deflation prices) {

  public UnitValue {
    steps = List.copyOf(steps);
  }

  public static UnitValue absent(List<UnitStep> steps) {
    return new UnitValue(null, false, false, steps, null);
  }

  public static UnitValue of(BigDecimal fixed, List<UnitStep> steps) {
    return new UnitValue(fixed, false, true, steps, null);
  }

  /** £1 of cash in the year it is spent or saved, deflated to price-base prices. */
  public static UnitValue nominal(Deflation prices, List<UnitStep> steps) {
    return new UnitValue(null, true, true, steps, prices);
  }

  /** The unit value in a quarter, or null when absent. */
  public BigDecimal at(Quarter q) {
    if (!costed) {
      return null;
    }
    return nominal ? prices.uprate(q.year()) : fixed;
  }
}

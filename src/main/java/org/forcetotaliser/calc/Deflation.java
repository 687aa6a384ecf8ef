package org.forcetotaliser.calc;

import java.math.BigDecimal;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ReferenceData;

/**
 * Restates £ in the price base's prices with the GDP deflator: {@code uprate(y) =
 * deflator(price_base) / deflator(y)} (docs/method.md §4). Immutable.
 */
public final class Deflation {
  private final ReferenceData reference;
  private final FinancialYear priceBase;
  private final BigDecimal baseIndex;

  public Deflation(ReferenceData reference, FinancialYear priceBase) {
    this.reference = reference;
    this.priceBase = priceBase;
    this.baseIndex = deflator(priceBase);
  }

  public FinancialYear priceBase() {
    return priceBase;
  }

  /** The deflator index of a year; an error when the series has no such year. */
  public BigDecimal deflator(FinancialYear year) {
    BigDecimal d = reference.deflators().get(year);
    if (d == null) {
      throw new MissingReferenceException(
          "the GDP deflator series has no figure for "
              + year
              + " (it covers "
              + reference.deflators().firstKey()
              + " to "
              + reference.deflators().lastKey()
              + ")");
    }
    return d;
  }

  /** The factor that takes £ at {@code year} prices to price-base prices. */
  public BigDecimal uprate(FinancialYear year) {
    if (year.equals(priceBase)) {
      return BigDecimal.ONE;
    }
    return Decimals.divide(baseIndex, deflator(year));
  }
}

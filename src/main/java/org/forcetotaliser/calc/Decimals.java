package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact-decimal helpers. Sums and products are exact; a division that does not terminate is carried
 * to 34 significant digits ({@link MathContext#DECIMAL128}), far beyond the pence and four decimals
 * printed.
 */
public final class Decimals {
  /** The context of every division in the calculation. */
  public static final MathContext CONTEXT = MathContext.DECIMAL128;

  private Decimals() {}

  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, CONTEXT);
  }

  /** a / b, or null when b is zero or either is null. */
  public static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    if (a == null || b == null || b.signum() == 0) {
      return null;
    }
    return a.divide(b, CONTEXT);
  }

  /** a × b, or null when either is null. */
  public static BigDecimal times(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? null : a.multiply(b);
  }

  /** a + b treating null as absent: null only when both are null. */
  public static BigDecimal plusNullable(BigDecimal a, BigDecimal b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a.add(b);
  }

  /** Money for output: pounds, half-even to pence. */
  public static BigDecimal pence(BigDecimal pounds) {
    return pounds == null ? null : pounds.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** Any other quantity for output: at most four decimals, half-even, trailing zeros dropped. */
  public static BigDecimal fourPlaces(BigDecimal q) {
    if (q == null) {
      return null;
    }
    BigDecimal r = q.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }
}

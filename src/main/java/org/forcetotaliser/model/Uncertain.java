package org.forcetotaliser.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An input figure that may be a range: a low, a most likely and a high value. A plain figure is a
 * range of one point. Point estimates use {@link #likely()}. Immutable; exact decimals.
 */
public record Uncertain(BigDecimal low, BigDecimal likely, BigDecimal high) {

  public static final Uncertain ZERO = point(BigDecimal.ZERO);
  public static final Uncertain ONE = point(BigDecimal.ONE);

  public Uncertain {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(likely, "likely");
    Objects.requireNonNull(high, "high");
  }

  public static Uncertain point(BigDecimal value) {
    return new Uncertain(value, value, value);
  }

  public static Uncertain point(String value) {
    return point(new BigDecimal(value));
  }

  public boolean isPoint() {
    return low.compareTo(likely) == 0 && likely.compareTo(high) == 0;
  }

  /** The same range with every end multiplied by {@code factor}. */
  public Uncertain multipliedBy(BigDecimal factor) {
    return new Uncertain(low.multiply(factor), likely.multiply(factor), high.multiply(factor));
  }

  @Override
  public String toString() {
    return isPoint()
        ? likely.toPlainString()
        : low.toPlainString() + ".." + likely.toPlainString() + ".." + high.toPlainString();
  }
}

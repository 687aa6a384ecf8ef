package org.forcetotaliser.model;

import java.math.BigDecimal;

/**
 * Realisation thresholds in percent: green at or above {@code green}, amber at or above {@code
 * amber}, red below. Immutable.
 */
public record Tolerance(BigDecimal green, BigDecimal amber) {
  public static final Tolerance DEFAULT = new Tolerance(new BigDecimal(90), new BigDecimal(70));
}

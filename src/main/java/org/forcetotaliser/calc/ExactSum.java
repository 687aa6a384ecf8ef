package org.forcetotaliser.calc;

import java.math.BigDecimal;

/**
 * A running exact sum of decimals that keeps one partial sum per scale, so that adding a part never
 * rescales it to the running total's (larger) scale: with pv carried to 34 significant digits, that
 * rescaling is most of the cost of adding up millions of facts. The result equals adding the parts
 * one by one with {@link BigDecimal#add} — the same value and the same scale (the largest of the
 * parts') — because exact addition is associative. Mutable; not thread-safe.
 */
final class ExactSum {
  private int[] scales = new int[4];
  private BigDecimal[] sums = new BigDecimal[4];
  private int n;

  /** Adds {@code x}. */
  void add(BigDecimal x) {
    int scale = x.scale();
    for (int i = 0; i < n; i++) {
      if (scales[i] == scale) {
        if (x.signum() != 0) { // a zero of a scale already present changes nothing
          sums[i] = sums[i].add(x);
        }
        return;
      }
    }
    if (n == scales.length) {
      scales = java.util.Arrays.copyOf(scales, n * 2);
      sums = java.util.Arrays.copyOf(sums, n * 2);
    }
    scales[n] = scale;
    sums[n] = x;
    n++;
  }

  /** The sum of everything added; zero (scale 0) when nothing was. */
  BigDecimal value() {
    if (n == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal total = sums[0];
    for (int i = 1; i < n; i++) {
      total = total.add(sums[i]);
    }
    return total;
  }
}

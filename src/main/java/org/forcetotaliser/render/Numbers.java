package org.forcetotaliser.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How figures read in tables: £ with thousands separators and no pence, ratios to two decimals,
 * quantities rounded to a sensible precision, "—" for an absent figure. Rounding is half-even,
 * once, here.
 */
public final class Numbers {
  public static final String ABSENT = "—";

  private Numbers() {}

  private static String grouped(BigDecimal v, int scale) {
    DecimalFormat f =
        new DecimalFormat(
            scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
            DecimalFormatSymbols.getInstance(Locale.UK));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(v.setScale(scale, RoundingMode.HALF_EVEN));
  }

  /** £1,234 or -£1,234, or — when absent. */
  public static String pounds(BigDecimal v) {
    if (v == null) {
      return ABSENT;
    }
    BigDecimal r = v.setScale(0, RoundingMode.HALF_EVEN);
    return (r.signum() < 0 ? "-£" : "£") + grouped(r.abs(), 0);
  }

  /** 1.23, or — when absent. */
  public static String ratio(BigDecimal v) {
    return v == null ? ABSENT : grouped(v, 2);
  }

  /** A percentage held as a fraction: 0.152 → 15.2%. */
  public static String fractionAsPercent(BigDecimal v) {
    return v == null ? ABSENT : grouped(v.movePointRight(2), 1) + "%";
  }

  /** A percentage already in percent: 92.5 → 92.5%. */
  public static String percent(BigDecimal v) {
    return v == null ? ABSENT : grouped(v, 1) + "%";
  }

  /** A quantity to {@code scale} decimals with separators, or —. */
  public static String quantity(BigDecimal v, int scale) {
    return v == null ? ABSENT : grouped(v, scale);
  }

  /** A quantity with up to four decimals and no separators, for CSV. */
  public static String raw(BigDecimal v) {
    if (v == null) {
      return "";
    }
    BigDecimal r = v.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
  }

  /** Money to pence with no separators, for CSV. */
  public static String rawMoney(BigDecimal v) {
    return v == null ? "" : v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}

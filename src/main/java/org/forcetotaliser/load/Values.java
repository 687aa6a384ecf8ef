package org.forcetotaliser.load;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Spelling;
import org.forcetotaliser.model.Uncertain;

/**
 * Reads the scalar values of the input files: plain decimals, percentages, ranges and periods.
 * Every method either returns an exact value or throws {@link BadValue} with the rule code and a
 * message that quotes what the user wrote. Stateless.
 */
public final class Values {

  private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final BigDecimal HUNDRED = new BigDecimal(100);
  private static final BigDecimal TWO = new BigDecimal(2);

  private Values() {}

  /** The most digits a number may have before, and after, its decimal point. */
  public static final int MAX_DIGITS = 15;

  /**
   * The exact value of a plain decimal, refused when it has more than {@link #MAX_DIGITS} digits
   * before or after the point: a spreadsheet holds 15 significant digits, so such a figure could
   * not be shown as written, and amounts of hundreds of digits are no real benefit (a thousand
   * million million pounds is 16 digits).
   *
   * @throws BadValue {@code too-many-digits}
   */
  public static BigDecimal exact(String plain) {
    int dot = plain.indexOf('.');
    String whole =
        (dot < 0 ? plain : plain.substring(0, dot)).replace("-", "").replaceFirst("^0+(?=.)", "");
    int fraction = dot < 0 ? 0 : plain.length() - dot - 1;
    if (whole.length() > MAX_DIGITS || fraction > MAX_DIGITS) {
      throw new BadValue(
          LoadRule.TOO_MANY_DIGITS.code(),
          "`"
              + (plain.length() > 40 ? plain.substring(0, 40) + "…" : plain)
              + "` has "
              + (whole.length() > MAX_DIGITS
                  ? whole.length() + " digits before the decimal point"
                  : fraction + " digits after the decimal point")
              + "; a number may have at most "
              + MAX_DIGITS
              + " on each side, as a spreadsheet holds");
    }
    return new BigDecimal(plain);
  }

  /** Whether the text is a plain decimal such as {@code 12}, {@code -3.5} or {@code 0.25}. */
  public static boolean isDecimal(String text) {
    return DECIMAL.matcher(text).matches();
  }

  /**
   * A plain decimal number.
   *
   * @throws BadValue {@code wrong-type} when the text is not a number
   */
  public static BigDecimal decimal(String text) {
    String t = text.strip();
    if (isDecimal(t)) {
      return exact(t);
    }
    String hint = null;
    if (THOUSANDS.matcher(t).matches()) {
      hint = "write numbers without thousands separators: `" + t.replace(",", "") + "`";
    } else if (t.startsWith("£") && isDecimal(t.substring(1).replace(",", ""))) {
      hint = "write the amount without the £ sign: `" + t.substring(1).replace(",", "") + "`";
    }
    throw new BadValue(LoadRule.WRONG_TYPE.code(), "expected a number, found `" + t + "`", hint);
  }

  /**
   * A percentage, {@code 10%} or the fraction {@code 0.1}, as a fraction. No range check.
   *
   * @throws BadValue {@code bad-percentage} when the text is neither
   */
  public static BigDecimal percentage(String text) {
    String t = text.strip();
    if (t.endsWith("%")) {
      String n = t.substring(0, t.length() - 1).strip();
      if (isDecimal(n)) {
        return exact(n).divide(HUNDRED);
      }
    } else if (isDecimal(t)) {
      return exact(t);
    }
    throw new BadValue(
        LoadRule.BAD_PERCENTAGE.code(),
        "expected a percentage such as `10%` or `0.1`, found `" + t + "`");
  }

  /** How a fraction is shown to the user: 0.125 as {@code 12.5%}. */
  public static String percent(BigDecimal fraction) {
    return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * A percentage that must lie between 0 % and {@code max} (null: no upper bound).
   *
   * @param text as written; a plain number above 1 is read as a fraction, so {@code 10} is 1000 %
   */
  public static BigDecimal boundedPercentage(String text, BigDecimal max) {
    BigDecimal f = percentage(text);
    checkPercentage(text, f, max);
    return f;
  }

  static void checkPercentage(String text, BigDecimal f, BigDecimal max) {
    String t = text.strip();
    boolean low = f.signum() < 0;
    boolean high = max != null && f.compareTo(max) > 0;
    if (low || high) {
      String range = max == null ? "of at least 0%" : "between 0% and " + percent(max);
      String shown = t.endsWith("%") ? "`" + t + "`" : "`" + t + "` (" + percent(f) + ")";
      String hint = null;
      if (!t.endsWith("%") && !low && f.compareTo(HUNDRED) <= 0) {
        hint = "a plain number is a fraction: for " + t + " percent write `" + t + "%`";
      }
      throw new BadValue(
          LoadRule.BAD_PERCENTAGE.code(),
          "expected a percentage " + range + ", found " + shown,
          hint);
    }
  }

  /**
   * A single percentage or a range {@code 40%..70%} (likely = the midpoint).
   *
   * @param max the largest fraction allowed, or null for no upper bound
   */
  public static Uncertain uncertainPercentage(String text, BigDecimal max) {
    String t = text.strip();
    int dots = t.indexOf("..");
    if (dots < 0) {
      return Uncertain.point(boundedPercentage(t, max));
    }
    BigDecimal low = boundedPercentage(t.substring(0, dots), max);
    BigDecimal high = boundedPercentage(t.substring(dots + 2), max);
    return range(t, low, null, high);
  }

  /** A single non-negative amount or a range {@code 100..200} (likely = the midpoint). */
  public static Uncertain uncertainAmount(String text) {
    String t = text.strip();
    int dots = t.indexOf("..");
    if (dots < 0) {
      return Uncertain.point(nonNegative(t));
    }
    BigDecimal low = nonNegative(t.substring(0, dots));
    BigDecimal high = nonNegative(t.substring(dots + 2));
    return range(t, low, null, high);
  }

  /**
   * A decimal that must not be negative.
   *
   * @throws BadValue {@code negative-quantity} when it is
   */
  public static BigDecimal nonNegative(String text) {
    BigDecimal d = decimal(text);
    if (d.signum() < 0) {
      throw new BadValue(
          LoadRule.NEGATIVE_QUANTITY.code(),
          "expected a quantity of 0 or more, found `" + text.strip() + "`");
    }
    return d;
  }

  /**
   * A range from its ends and an optional likely value (null: the midpoint).
   *
   * @param shown how the range was written, for messages
   * @throws BadValue {@code bad-range} when low > high or likely lies outside
   */
  public static Uncertain range(String shown, BigDecimal low, BigDecimal likely, BigDecimal high) {
    if (low.compareTo(high) > 0) {
      throw new BadValue(
          LoadRule.BAD_RANGE.code(),
          "the low end of `" + shown + "` is above its high end",
          "write the lower value first");
    }
    BigDecimal l = likely != null ? likely : low.add(high).divide(TWO, MathContext.UNLIMITED);
    if (l.compareTo(low) < 0 || l.compareTo(high) > 0) {
      throw new BadValue(
          LoadRule.BAD_RANGE.code(),
          "the likely value of `" + shown + "` lies outside its low and high ends");
    }
    return new Uncertain(low, l, high);
  }

  /**
   * A financial year, {@code 2025-26} or {@code 2025/26}.
   *
   * @throws BadValue {@code bad-period}
   */
  public static FinancialYear year(String text) {
    FinancialYear y;
    try {
      y = FinancialYear.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadValue(LoadRule.BAD_PERIOD.code(), e.getMessage());
    }
    return within(y, text);
  }

  /** The first financial year a file may use (docs/method.md §1). */
  public static final FinancialYear FIRST_YEAR = FinancialYear.of(1990);

  /** The last financial year a file may use (docs/method.md §1). */
  public static final FinancialYear LAST_YEAR = FinancialYear.of(2150);

  /**
   * {@code year}, when it lies between 1990-91 and 2150-51. Outside, a period is a typing mistake,
   * and taken at its word it would make a profile of thousands of years.
   *
   * @throws BadValue {@code bad-period}
   */
  static FinancialYear within(FinancialYear year, String text) {
    if (year.isBefore(FIRST_YEAR) || year.isAfter(LAST_YEAR)) {
      throw new BadValue(
          "bad-period",
          "`"
              + text.strip()
              + "` is outside the years a file may "
              + "use, "
              + FIRST_YEAR
              + " to "
              + LAST_YEAR);
    }
    return year;
  }

  /**
   * A financial quarter, {@code 2025-26 Q1} or {@code 2025/26 Q1}.
   *
   * @throws BadValue {@code bad-period}
   */
  public static Quarter quarter(String text) {
    Quarter q;
    try {
      q = Quarter.parse(text);
    } catch (IllegalArgumentException e) {
      String hint =
          FinancialYear.looksLikeYear(text)
              ? "add the quarter, for example `" + text.strip() + " Q1`"
              : null;
      throw new BadValue(LoadRule.BAD_PERIOD.code(), e.getMessage(), hint);
    }
    within(q.year(), text);
    return q;
  }

  /** A profile key: a quarter or a financial year. */
  public static Object period(String text) {
    String t = text.strip();
    if (Quarter.looksLikeQuarter(t)) {
      return quarter(t);
    }
    if (FinancialYear.looksLikeYear(t)) {
      return year(t);
    }
    // `{ per_year: £120,000 }`: in a flow mapping the comma ends the entry, and `000` is read as
    // the next key; say so, with the same advice as for the quoted form
    String hint =
        t.matches("[0-9]{3}(\\.[0-9]+)?")
            ? "inside `{ … }` a comma separates "
                + "entries, so an amount such as `£120,000` was cut at its comma: write numbers without "
                + "thousands separators or £ sign (`120000`)"
            : null;
    throw new BadValue(
        LoadRule.BAD_PERIOD.code(),
        "expected a quarter such as `2025-26 Q1` or a financial year such as `2025-26`, found `"
            + t
            + "`",
        hint);
  }

  /** The closest candidate within a small edit distance, or null. */
  public static String closest(String word, Iterable<String> candidates) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    String w = word.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    for (String c : candidates) {
      int d = Spelling.distance(w, c.toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    int limit = Math.max(1, Math.min(3, word.length() / 3));
    return bestD <= limit ? best : null;
  }

  /** A "did you mean" hint, or null when nothing is close. */
  public static String didYouMean(String word, Iterable<String> candidates) {
    String c = closest(word, candidates);
    return c == null ? null : "did you mean `" + c + "`?";
  }
}

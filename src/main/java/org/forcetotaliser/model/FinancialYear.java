package org.forcetotaliser.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial year, named by the calendar year in which it starts: {@code 2025-26} starts in 2025.
 * Which month it starts in is a force setting ({@link FiscalCalendar}); the year itself is only a
 * label and is immutable.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})[-/](\\d{2})");

  public FinancialYear {
    if (startYear < 1000 || startYear > 9998) {
      throw new IllegalArgumentException("financial year out of range: " + startYear);
    }
  }

  public static FinancialYear of(int startYear) {
    return new FinancialYear(startYear);
  }

  /**
   * Parses {@code 2025-26} or {@code 2025/26}.
   *
   * @throws IllegalArgumentException with a message fit for a user when the text is not a year
   */
  public static FinancialYear parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a financial year such as `2025-26`, found `" + text.strip() + "`");
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if ((start + 1) % 100 != end) {
      throw new IllegalArgumentException(
          "`"
              + text.strip()
              + "` is not a financial year: the year after "
              + start
              + " ends in "
              + twoDigits((start + 1) % 100));
    }
    return new FinancialYear(start);
  }

  /** Whether {@code text} has the shape of a financial year (it may still be invalid). */
  public static boolean looksLikeYear(String text) {
    return FORM.matcher(text.strip()).matches();
  }

  public FinancialYear plusYears(int years) {
    return new FinancialYear(startYear + years);
  }

  /** Whole years from this year to {@code other}; negative when other is earlier. */
  public int yearsUntil(FinancialYear other) {
    return other.startYear - startYear;
  }

  public Quarter quarter(int number) {
    return new Quarter(this, number);
  }

  public boolean isBefore(FinancialYear other) {
    return startYear < other.startYear;
  }

  public boolean isAfter(FinancialYear other) {
    return startYear > other.startYear;
  }

  @Override
  public int compareTo(FinancialYear o) {
    return Integer.compare(startYear, o.startYear);
  }

  // equals and hashCode are written out because a record's generated ones are linked through
  // method handles the first time they run, which start-up pays for; the hash is the value the
  // generated one gives, so that hash-ordered output is unchanged
  @Override
  public boolean equals(Object o) {
    return o instanceof FinancialYear y && y.startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  /** The canonical form, {@code 2025-26}. */
  @Override
  public String toString() {
    return startYear + "-" + twoDigits((startYear + 1) % 100);
  }

  /**
   * {@code 0} to {@code 99} as two ASCII digits. Not {@code String.format}: its first use sets up
   * the default locale's number formats, which start-up pays for, and its digits follow that locale
   * while the start year's never did.
   */
  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}

package org.forcetotaliser.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 12-month period named by its last month: {@code YE 2019-03} is April 2018 to March 2019. The
 * period the national crime tables are published for (docs/method.md §Prevention Index). Immutable;
 * ordered by its last month.
 *
 * @param year the calendar year of the last month
 * @param month the last month, 1 to 12
 */
public record YearEnding(int year, int month) implements Comparable<YearEnding> {

  private static final Pattern FORM = Pattern.compile("(?i)YE\\s*(\\d{4})-(\\d{2})");

  public YearEnding {
    if (year < 1000 || year > 9999 || month < 1 || month > 12) {
      throw new IllegalArgumentException(
          "no such 12-month period: year " + year + ", month " + month);
    }
  }

  public static YearEnding of(int year, int month) {
    return new YearEnding(year, month);
  }

  /**
   * Parses {@code YE 2019-03}, or a financial year such as {@code 2018-19}, which names the same 12
   * months under {@code calendar} (April start: YE 2019-03).
   *
   * @throws IllegalArgumentException with a message fit for a user
   */
  public static YearEnding parse(String text, FiscalCalendar calendar) {
    String t = text.strip();
    Matcher m = FORM.matcher(t);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException(
            "`"
                + t
                + "` has no month "
                + m.group(2)
                + ": write the last month of the 12, e.g. `YE 2019-03`");
      }
      return new YearEnding(Integer.parseInt(m.group(1)), month);
    }
    if (FinancialYear.looksLikeYear(t)) {
      FinancialYear fy = FinancialYear.parse(t);
      int start = calendar == null ? 4 : calendar.startMonth();
      // the financial year starting in `start` of startYear ends the month before, a year on
      return start == 1
          ? new YearEnding(fy.startYear(), 12)
          : new YearEnding(fy.startYear() + 1, start - 1);
    }
    throw new IllegalArgumentException(
        "expected a 12-month period such as `YE 2019-03` (the "
            + "12 months ending March 2019) or a financial year such as `2018-19`, found `"
            + t
            + "`");
  }

  /** The calendar year in which the 12 months start: YE 2019-03 starts in April 2018. */
  public int startYear() {
    return month == 12 ? year : year - 1;
  }

  public boolean isBefore(YearEnding other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(YearEnding o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
  }

  /** The canonical form, {@code YE 2019-03}. */
  @Override
  public String toString() {
    return "YE " + year + "-" + (month < 10 ? "0" + month : Integer.toString(month));
  }
}

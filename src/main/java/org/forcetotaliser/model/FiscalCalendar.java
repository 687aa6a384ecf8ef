package org.forcetotaliser.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Maps calendar months to financial quarters for a force whose financial year starts in {@code
 * startMonth} (4 = April, the default). Immutable.
 */
public record FiscalCalendar(int startMonth) {

  public static final FiscalCalendar APRIL = new FiscalCalendar(4);

  public FiscalCalendar {
    if (startMonth < 1 || startMonth > 12) {
      throw new IllegalArgumentException("financial_year_start must be a month 1 to 12");
    }
  }

  /** The quarter that contains the calendar month. */
  public Quarter quarterOf(YearMonth month) {
    int m = month.getMonthValue();
    int startYear = m >= startMonth ? month.getYear() : month.getYear() - 1;
    int offset = Math.floorMod(m - startMonth, 12);
    return new Quarter(FinancialYear.of(startYear), offset / 3 + 1);
  }

  /** The first calendar month of a quarter. */
  public YearMonth firstMonth(Quarter q) {
    return YearMonth.of(q.year().startYear(), startMonth).plusMonths((q.number() - 1) * 3L);
  }

  /** The last quarter that has ended on or before {@code today}. */
  public Quarter lastCompleteQuarter(LocalDate today) {
    return quarterOf(YearMonth.from(today)).plusQuarters(-1);
  }
}

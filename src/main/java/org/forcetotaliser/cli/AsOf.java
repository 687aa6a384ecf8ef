package org.forcetotaliser.cli;

import java.time.LocalDate;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.Quarter;

/**
 * The default as-of quarter: the last complete quarter by today's date. The system property
 * {@code totaliser.today} (an ISO date) stands in for today, so that tests are repeatable.
 */
final class AsOf {
  private AsOf() {}

  static LocalDate today() {
    String fixed = System.getProperty("totaliser.today");
    return fixed == null ? LocalDate.now() : LocalDate.parse(fixed);
  }

  static Quarter resolve(Quarter given, FiscalCalendar calendar) {
    return given != null ? given : calendar.lastCompleteQuarter(today());
  }
}

package org.forcetotaliser.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReportRule;

/**
 * The default as-of quarter: the last complete quarter on the day {@code clock} says it is. The
 * clock comes from {@link Main}, so that tests and golden runs can fix the day.
 */
final class AsOf {
  private AsOf() {}

  /**
   * The {@code as-of-future} warning when the quarter given is after the last complete quarter by
   * today's date: its plan counts as due before it can have been delivered.
   */
  static org.forcetotaliser.model.Diagnostic future(
      Quarter given, FiscalCalendar calendar, Clock clock) {
    if (given == null) {
      return null;
    }
    LocalDate today = LocalDate.now(clock);
    Quarter last = calendar.lastCompleteQuarter(today);
    if (!given.isAfter(last)) {
      return null;
    }
    return org.forcetotaliser.model.Diagnostic.of(
            org.forcetotaliser.model.Location.ofFile("--as-of"),
            ReportRule.AS_OF_FUTURE,
            "--as-of "
                + given
                + " is after "
                + last
                + ", the last complete quarter by today's "
                + "date ("
                + today
                + "): quarters not yet over count as due")
        .withHint("report as of " + last + ", or leave --as-of out");
  }

  static Quarter resolve(Quarter given, FiscalCalendar calendar, Clock clock) {
    return given != null ? given : calendar.lastCompleteQuarter(LocalDate.now(clock));
  }
}

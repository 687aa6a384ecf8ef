package org.forcetotaliser.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.Quarter;

/**
 * The default as-of quarter: the last complete quarter on the day {@code clock} says it is.
 * The clock comes from {@link Main}, so that tests and golden runs can fix the day.
 */
final class AsOf {
  private AsOf() {}

  static Quarter resolve(Quarter given, FiscalCalendar calendar, Clock clock) {
    return given != null ? given : calendar.lastCompleteQuarter(LocalDate.now(clock));
  }
}

package org.forcetotaliser.model;

import java.util.Objects;

/** A force area, an indicator and a 12-month period: where one index value sits. Immutable. */
public record SeriesKey(String forceArea, String indicator, YearEnding period) {
  public SeriesKey {
    Objects.requireNonNull(forceArea, "forceArea");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
  }
}

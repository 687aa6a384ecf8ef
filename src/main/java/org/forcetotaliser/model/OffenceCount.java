package org.forcetotaliser.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Police recorded offences in one force area, offence group and 12-month period: one row of the
 * tidy national table. Immutable.
 *
 * @param indicator the offence group's indicator id ({@link IndexIndicator#id()})
 * @param offences a whole number of offences, never negative
 */
public record OffenceCount(
    String forceArea, String onsCode, String indicator, YearEnding period, BigDecimal offences) {
  public OffenceCount {
    Objects.requireNonNull(forceArea, "forceArea");
    Objects.requireNonNull(onsCode, "onsCode");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(offences, "offences");
  }
}

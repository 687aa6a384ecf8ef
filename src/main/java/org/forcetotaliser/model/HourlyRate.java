package org.forcetotaliser.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The full cost of one hour of a role's time, in £ at {@code priceYear} prices. Immutable.
 *
 * @param source where the figure comes from (bundled table or force.yaml)
 */
public record HourlyRate(
    String role, String label, BigDecimal perHour, FinancialYear priceYear, String source) {
  public HourlyRate {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(perHour, "perHour");
    Objects.requireNonNull(priceYear, "priceYear");
  }
}

package org.forcetotaliser.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A Home Office cost-of-crime category: £ per crime by component, at the price year the reference
 * catalogue gives for the table (2019-20 in the bundled edition), and the multiplier from
 * police-recorded to all crime (null: not published). Immutable.
 */
public record CrimeCost(
    String category,
    String label,
    String victim,
    BigDecimal anticipation,
    BigDecimal consequence,
    BigDecimal response,
    BigDecimal total,
    BigDecimal multiplier) {
  public CrimeCost {
    Objects.requireNonNull(category, "category");
  }

  /** The figure for one component. */
  public BigDecimal component(CostComponent c) {
    return switch (c) {
      case ANTICIPATION -> anticipation;
      case CONSEQUENCE -> consequence;
      case RESPONSE -> response;
    };
  }

  /** The components of the Home Office costs of crime. */
  public enum CostComponent {
    ANTICIPATION,
    CONSEQUENCE,
    RESPONSE;

    @Override
    public String toString() {
      return Keyed.key(this);
    }
  }
}

package org.forcetotaliser.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A Home Office offence code with its ONS severity weight, its Home Office cost category (null: not
 * costed) and its Cambridge harm subgroup. Immutable.
 */
public record Offence(
    String hoCode,
    String label,
    String onsGroup,
    BigDecimal cssWeight,
    String costCategory,
    String cchiSubgroup) {
  public Offence {
    Objects.requireNonNull(hoCode, "hoCode");
    Objects.requireNonNull(cssWeight, "cssWeight");
    costCategory = costCategory == null || costCategory.isEmpty() ? null : costCategory;
  }

  public boolean isCosted() {
    return costCategory != null;
  }
}

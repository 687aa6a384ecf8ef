package org.forcetotaliser.model;

import java.util.Objects;

/**
 * One planned benefit of a project. Immutable.
 *
 * @param evidence Maryland Scientific Methods Scale 1–5, or null
 * @param confidence high, medium or low, or null
 * @param claim the outcome claimed, shared by any other benefit claiming the same; or null
 */
public record Benefit(
    String id,
    BenefitDetail detail,
    Profile profile,
    Factors factors,
    Integer evidence,
    String confidence,
    String claim,
    Location location) {

  public Benefit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(profile, "profile");
    factors = factors == null ? Factors.NONE : factors;
    location = location == null ? Location.ofFile("") : location;
  }

  public BenefitDetail.Type type() {
    return detail.type();
  }
}

package org.forcetotaliser.model;

import java.util.Objects;

/**
 * One planned benefit of a project. Immutable.
 *
 * @param evidence Maryland Scientific Methods Scale 1–5, or null
 * @param confidence high, medium or low, or null
 * @param claim the outcome claimed, shared by any other benefit claiming the same; or null
 * @param discountSchedule the benefit's own discount schedule (health effects: `health`); null =
 *     the force's
 */
public record Benefit(
    String id,
    BenefitDetail detail,
    Profile profile,
    Factors factors,
    Integer evidence,
    String confidence,
    String claim,
    Location location,
    DiscountSchedule discountSchedule) {

  public Benefit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(profile, "profile");
    factors = factors == null ? Factors.NONE : factors;
    location = location == null ? Location.ofFile("") : location;
  }

  /** A benefit discounted on the force's schedule. */
  public Benefit(
      String id,
      BenefitDetail detail,
      Profile profile,
      Factors factors,
      Integer evidence,
      String confidence,
      String claim,
      Location location) {
    this(id, detail, profile, factors, evidence, confidence, claim, location, null);
  }

  public BenefitDetail.Type type() {
    return detail.type();
  }
}

package org.forcetotaliser.model;

import java.util.Objects;

/**
 * The additionality and risk factors of a benefit, each a fraction (0.1 = 10 %). Defaults: every
 * factor 0 except attribution, which is 1. Immutable.
 */
public record Factors(
    Uncertain deadweight,
    Uncertain displacement,
    Uncertain leakage,
    Uncertain substitution,
    Uncertain attribution,
    Uncertain optimismBias) {

  public static final Factors NONE =
      new Factors(
          Uncertain.ZERO,
          Uncertain.ZERO,
          Uncertain.ZERO,
          Uncertain.ZERO,
          Uncertain.ONE,
          Uncertain.ZERO);

  public Factors {
    Objects.requireNonNull(deadweight);
    Objects.requireNonNull(displacement);
    Objects.requireNonNull(leakage);
    Objects.requireNonNull(substitution);
    Objects.requireNonNull(attribution);
    Objects.requireNonNull(optimismBias);
  }
}

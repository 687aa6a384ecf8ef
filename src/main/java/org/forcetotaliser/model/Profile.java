package org.forcetotaliser.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A gross quantity over time, as written in a project file: either explicit amounts per quarter or
 * per financial year, or a rate per quarter or per year. Immutable; it is turned into quantities
 * per quarter by {@code calc.Profiles}.
 */
public sealed interface Profile {

  /**
   * Explicit amounts. A key is a {@link Quarter} or a {@link FinancialYear}; a year's amount is
   * spread evenly over its quarters that lie within the project.
   *
   * @param entries in file order
   * @param locations where each key was written, for diagnostics (may be empty)
   */
  record Explicit(Map<Object, Uncertain> entries, Map<Object, Location> locations)
      implements Profile {
    public Explicit {
      for (Object k : entries.keySet()) {
        if (!(k instanceof Quarter) && !(k instanceof FinancialYear)) {
          throw new IllegalArgumentException("profile key must be a quarter or a year: " + k);
        }
      }
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      locations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(locations));
    }

    public Explicit(Map<Object, Uncertain> entries) {
      this(entries, Map.of());
    }
  }

  /**
   * A steady rate from {@code from} to {@code to} (null = the project's start or end).
   *
   * @param amount the amount per period
   * @param perYear true for {@code per_year} (a quarter gets amount / 4), false for {@code
   *     per_quarter}
   * @param dropOff each later financial year is multiplied by (1 − dropOff) once more
   */
  record Rate(Uncertain amount, boolean perYear, Quarter from, Quarter to, Uncertain dropOff)
      implements Profile {
    public Rate {
      Objects.requireNonNull(amount, "amount");
      dropOff = dropOff == null ? Uncertain.ZERO : dropOff;
    }

    /** The key the amount was written under: {@code per_year} or {@code per_quarter}. */
    public String key() {
      return perYear ? "per_year" : "per_quarter";
    }
  }
}

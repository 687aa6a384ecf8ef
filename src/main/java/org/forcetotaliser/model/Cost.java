package org.forcetotaliser.model;

import java.util.Locale;
import java.util.Objects;

/** One cost line of a project, in £ per its profile, with an optimism-bias uplift. Immutable. */
public record Cost(
    String id, Kind kind, Profile profile, Uncertain optimismBias, Location location) {

  /** Capital, revenue or in-kind. */
  public enum Kind {
    CAPITAL,
    REVENUE,
    IN_KIND;

    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
      return key();
    }
  }

  public Cost {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(profile, "profile");
    optimismBias = optimismBias == null ? Uncertain.ZERO : optimismBias;
    location = location == null ? Location.ofFile("") : location;
  }
}

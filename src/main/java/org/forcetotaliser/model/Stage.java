package org.forcetotaliser.model;

import java.util.Locale;

/** Where a project is in its life. Approved, live and closed projects are committed. */
public enum Stage {
  PROPOSED,
  APPROVED,
  LIVE,
  CLOSED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The stage as a person reads it: {@code Approved}. */
  public String label() {
    return switch (this) {
      case PROPOSED -> "Proposed";
      case APPROVED -> "Approved";
      case LIVE -> "Live";
      case CLOSED -> "Closed";
    };
  }

  /** Whether the project counts in the force total (otherwise it is pipeline). */
  public boolean isCommitted() {
    return this != PROPOSED;
  }

  @Override
  public String toString() {
    return key();
  }
}

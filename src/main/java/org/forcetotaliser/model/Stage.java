package org.forcetotaliser.model;

import java.util.Locale;

/** Where a project is in its life. Approved, live and closed projects are committed. */
public enum Stage implements Labelled {
  PROPOSED("Proposed"),
  APPROVED("Approved"),
  LIVE("Live"),
  CLOSED("Closed");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT);
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

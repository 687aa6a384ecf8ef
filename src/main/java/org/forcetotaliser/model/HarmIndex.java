package org.forcetotaliser.model;

/** Which harm index leads in reports; both are always computed. */
public enum HarmIndex {
  CSS,
  CCHI;

  @Override
  public String toString() {
    return Keyed.key(this);
  }
}

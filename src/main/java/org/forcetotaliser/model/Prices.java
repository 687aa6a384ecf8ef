package org.forcetotaliser.model;

/** Whether a project's £ amounts are already in price-base prices or in cash of their year. */
public enum Prices {
  REAL,
  NOMINAL;

  @Override
  public String toString() {
    return Keyed.key(this);
  }
}

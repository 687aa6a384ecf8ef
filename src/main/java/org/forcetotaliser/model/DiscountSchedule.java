package org.forcetotaliser.model;

/** The three Green Book STPR schedules. */
public enum DiscountSchedule {
  STANDARD, HEALTH, SENSITIVITY;

  @Override
  public String toString() {
    return Keyed.key(this);
  }
}

package org.forcetotaliser.model;

/** The three discount-rate schedules (docs/method.md §6). */
public enum DiscountSchedule {
  STANDARD,
  HEALTH,
  SENSITIVITY;

  @Override
  public String toString() {
    return Keyed.key(this);
  }
}

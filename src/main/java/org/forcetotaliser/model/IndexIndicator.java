package org.forcetotaliser.model;

import java.util.Objects;

/**
 * A bundled index indicator: a police recorded crime offence group of ONS table P1, as a rate per
 * 1,000 residents (docs/method.md §Prevention Index). Lower is better. Immutable.
 *
 * @param p1Column the column's heading in table P1 as matched: lower case, footnote marks and
 *     spacing removed
 * @param isDefault one of the five an index uses when force.yaml lists none
 */
public record IndexIndicator(String id, String label, String p1Column, boolean isDefault) {
  public IndexIndicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(p1Column, "p1Column");
  }
}

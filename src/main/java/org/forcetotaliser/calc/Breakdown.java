package org.forcetotaliser.calc;

import java.util.List;
import java.util.Locale;

/** The dimensions the force total is broken down by (docs/method.md §9), in report order. */
public enum Breakdown {
  BUILDING_BLOCK,
  TYPE,
  YEAR,
  OFFENCE,
  STAGE,
  AREA;

  /** Every breakdown, in the order reports show them. */
  public static final List<Breakdown> ALL = List.of(values());

  /** The breakdown as written after {@code --by} and in reports: {@code building_block}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The breakdown whose key is {@code key}, or null. */
  public static Breakdown fromKey(String key) {
    for (Breakdown b : values()) {
      if (b.key().equals(key)) {
        return b;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return key();
  }
}

package org.forcetotaliser.model;

import java.util.Locale;

/** Converts between enum constants and the kebab-case keys written in files. */
public final class Keyed {
  private Keyed() {}

  public static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant whose key is {@code key}, or null. */
  public static <E extends Enum<E>> E fromKey(Class<E> type, String key) {
    for (E e : type.getEnumConstants()) {
      if (key(e).equals(key)) {
        return e;
      }
    }
    return null;
  }

  /** Every key of an enum, in declaration order, joined with " | ". */
  public static String keys(Class<? extends Enum<?>> type) {
    StringBuilder sb = new StringBuilder();
    for (Enum<?> e : type.getEnumConstants()) {
      if (sb.length() > 0) {
        sb.append(" | ");
      }
      sb.append(key(e));
    }
    return sb.toString();
  }
}

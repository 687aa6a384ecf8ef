package org.forcetotaliser.model;

import java.util.Objects;

/**
 * One of the 43 territorial police force areas of England and Wales. Immutable.
 *
 * @param id the force name in lower case with spaces and punctuation as hyphens ({@code
 *     avon-and-somerset})
 * @param code the ONS area code ({@code E23000036}), which is what the national tables are matched
 *     by
 * @param name the name as ONS writes it
 */
public record ForceArea(String id, String code, String name) {
  /** City of London: never a computed comparator (docs/method.md §Prevention Index). */
  public static final String CITY_OF_LONDON = "E23000034";

  public ForceArea {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  /** The id of a force name: lower case, every run of other characters one hyphen. */
  public static String idOf(String name) {
    StringBuilder sb = new StringBuilder();
    boolean gap = false;
    for (char c : name.strip().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && sb.length() > 0) {
          sb.append('-');
        }
        sb.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }
}

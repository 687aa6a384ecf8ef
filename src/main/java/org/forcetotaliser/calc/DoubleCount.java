package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.model.Keyed;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Quarter;

/**
 * The same outcome claimed by more than one project in the same quarters. Immutable.
 *
 * @param kind definite (same {@code claim} key) or possible (same offence cost category and
 *     overlapping area)
 * @param claim what is claimed twice: a project's {@code claim} key, or an offence cost category in
 *     an area
 * @param items the benefits involved, as {@code project/benefit}
 * @param periods the quarters claimed by more than one project
 * @param atStake the PV that would fall if only the largest claim per quarter were kept
 */
public record DoubleCount(
    Kind kind,
    Claim claim,
    List<String> projects,
    List<String> items,
    List<Quarter> periods,
    BigDecimal atStake,
    List<Location> locations) {
  public DoubleCount {
    projects = List.copyOf(projects);
    items = List.copyOf(items);
    periods = List.copyOf(periods);
    locations = List.copyOf(locations);
  }

  /** How many names a message or a table cell lists before it counts the rest. */
  public static final int NAMED = 5;

  /**
   * The first {@link #NAMED} of {@code names}, then how many more: a hundred thousand projects on
   * one cost category make one line, not megabytes.
   */
  public static String firstFew(List<String> names) {
    if (names.size() <= NAMED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMED))
        + " and "
        + String.format(java.util.Locale.UK, "%,d", names.size() - NAMED)
        + " more";
  }

  public boolean isDefinite() {
    return kind == Kind.DEFINITE;
  }

  /** Whether the double count is certain (docs/method.md §9). */
  public enum Kind {
    /** The same {@code claim} key in two projects. */
    DEFINITE,
    /** Crime harm on the same offence cost category in overlapping areas. */
    POSSIBLE;

    public String key() {
      return Keyed.key(this);
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /** What two or more projects claim. */
  public sealed interface Claim {
    /** The claim as printed: the key, or {@code category@area}. */
    String key();
  }

  /** A {@code claim} key written in project files. */
  public record Named(String key) implements Claim {
    @Override
    public String toString() {
      return key;
    }
  }

  /** Crime harm on one offence cost category in one area ({@code force-wide} or a named one). */
  public record CategoryInArea(String category, String area) implements Claim {
    @Override
    public String key() {
      return category + "@" + area;
    }

    @Override
    public String toString() {
      return key();
    }
  }
}

package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Quarter;

/**
 * The same outcome claimed by more than one project in the same quarters. Immutable.
 *
 * @param kind definite (same {@code claim} key) or possible (same offence cost category and
 *     overlapping area)
 * @param claim the claim key, or {@code category@area} for a possible double count
 * @param items the benefits involved, as {@code project/benefit}
 * @param periods the quarters claimed by more than one project
 * @param atStake the PV that would fall if only the largest claim per quarter were kept
 */
public record DoubleCount(String kind, String claim, List<String> projects, List<String> items,
    List<Quarter> periods, BigDecimal atStake, List<Location> locations) {
  public DoubleCount {
    projects = List.copyOf(projects);
    items = List.copyOf(items);
    periods = List.copyOf(periods);
    locations = List.copyOf(locations);
  }

  /** How many names a message or a table cell lists before it counts the rest. */
  public static final int NAMED = 5;

  /**
   * The first {@link #NAMED} of {@code names}, then how many more: a hundred thousand projects
   * on one cost category make one line, not megabytes.
   */
  public static String firstFew(List<String> names) {
    if (names.size() <= NAMED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMED)) + " and "
        + String.format(java.util.Locale.UK, "%,d", names.size() - NAMED) + " more";
  }

  public boolean isDefinite() {
    return "definite".equals(kind);
  }
}

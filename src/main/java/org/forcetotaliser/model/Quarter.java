package org.forcetotaliser.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial quarter: {@code 2025-26 Q1} is the first quarter of financial year 2025-26.
 * Immutable; ordered in time.
 */
public record Quarter(FinancialYear year, int number) implements Comparable<Quarter> {

  private static final Pattern FORM = Pattern.compile("(\\d{4}[-/]\\d{2})\\s+Q([1-4])");

  public Quarter {
    if (year == null) {
      throw new IllegalArgumentException("year is required");
    }
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, found " + number);
    }
  }

  public static Quarter of(int startYear, int number) {
    return new Quarter(FinancialYear.of(startYear), number);
  }

  /**
   * Parses {@code 2025-26 Q1} or {@code 2025/26 Q1}.
   *
   * @throws IllegalArgumentException with a message fit for a user
   */
  public static Quarter parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a quarter such as `2025-26 Q1`, found `" + text.strip() + "`");
    }
    return new Quarter(FinancialYear.parse(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** Whether {@code text} has the shape of a quarter. */
  public static boolean looksLikeQuarter(String text) {
    return FORM.matcher(text.strip()).matches();
  }

  /** A count of quarters since year 0, so that consecutive quarters differ by one. */
  public int index() {
    return year.startYear() * 4 + number - 1;
  }

  public static Quarter ofIndex(int index) {
    return new Quarter(FinancialYear.of(Math.floorDiv(index, 4)), Math.floorMod(index, 4) + 1);
  }

  public Quarter plusQuarters(int quarters) {
    return ofIndex(index() + quarters);
  }

  public Quarter next() {
    return plusQuarters(1);
  }

  /** Quarters from this one to {@code other}; negative when other is earlier. */
  public int quartersUntil(Quarter other) {
    return other.index() - index();
  }

  public boolean isBefore(Quarter other) {
    return index() < other.index();
  }

  public boolean isAfter(Quarter other) {
    return index() > other.index();
  }

  /**
   * Every quarter from {@code first} to {@code last}, both included; empty when last is earlier.
   */
  public static List<Quarter> range(Quarter first, Quarter last) {
    List<Quarter> out = new ArrayList<>();
    for (int i = first.index(); i <= last.index(); i++) {
      out.add(ofIndex(i));
    }
    return out;
  }

  @Override
  public int compareTo(Quarter o) {
    return Integer.compare(index(), o.index());
  }

  // equals and hashCode are written out because a record's generated ones are linked through
  // method handles the first time they run, which start-up pays for; the hash is the value the
  // generated one gives, so that hash-ordered output is unchanged
  @Override
  public boolean equals(Object o) {
    return o instanceof Quarter q && q.number == number && q.year.equals(year);
  }

  @Override
  public int hashCode() {
    return 31 * year.hashCode() + number;
  }

  /** The canonical form, {@code 2025-26 Q1}. */
  @Override
  public String toString() {
    return year + " Q" + number;
  }
}

package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.IndexSettings;
import org.forcetotaliser.model.YearEnding;

/**
 * The Prevention Index of a force against its comparators (docs/method.md §Prevention Index,
 * docs/method.md §Prevention Index): unrounded figures, rounded only when printed. Immutable.
 *
 * @param force the force-area id
 * @param comparators the comparator ids, in order (nearest first when computed)
 * @param nearest true when the comparators were computed ({@code nearest: k})
 * @param distances each computed comparator's distance from the force at baseline (empty when
 *     listed)
 * @param index the composite index
 * @param indicators one row per indicator, in the order of the settings
 * @param notes what the reader must know: the comparator basis, populations carried forward,
 *     comparators left out of an indicator
 */
public record IndexResult(
    String force,
    YearEnding baseline,
    YearEnding current,
    List<String> comparators,
    boolean nearest,
    Map<String, BigDecimal> distances,
    Composite index,
    List<IndicatorRow> indicators,
    List<String> notes) {

  /** The sentence every human rendering of the index carries (docs/method.md §Prevention Index). */
  public static final String CAVEAT =
      "These figures show association, not attribution: they "
          + "do not show that any programme caused the difference.";

  /** How the computed comparators are labelled, wherever they are listed. */
  public static final String NEAREST_LABEL =
      "nearest by baseline crime profile (computed; not " + "the Home Office most similar group)";

  public IndexResult {
    comparators = List.copyOf(comparators);
    distances = Collections.unmodifiableMap(new LinkedHashMap<>(distances));
    indicators = List.copyOf(indicators);
    notes = List.copyOf(notes);
  }

  /** The force and its comparators: S of docs/method.md §Prevention Index, the force first. */
  public List<String> forces() {
    List<String> s = new java.util.ArrayList<>();
    s.add(force);
    s.addAll(comparators);
    return s;
  }

  /**
   * The composite index: 100 × the weighted geometric mean of the ratios.
   *
   * @param force this force's index
   * @param comparatorMean the mean of the comparators' indices (those that have one), or null
   * @param rank this force's rank among those with an index, 1 = highest
   * @param of how many have an index
   * @param byForce every force of S, the force first; null for a comparator missing an indicator
   * @param ranks every force's rank by index among those with one (null without one)
   */
  public record Composite(
      BigDecimal force,
      BigDecimal comparatorMean,
      int rank,
      int of,
      Map<String, BigDecimal> byForce,
      Map<String, Integer> ranks) {
    public Composite {
      byForce = Collections.unmodifiableMap(new LinkedHashMap<>(byForce));
      ranks = Collections.unmodifiableMap(new LinkedHashMap<>(ranks));
    }

    /** The forces of S by index, highest first (ties in S order); those without one last. */
    public java.util.List<String> ranked() {
      java.util.List<String> order = new java.util.ArrayList<>(byForce.keySet());
      order.sort(
          java.util.Comparator.comparing(
              (String h) -> ranks.get(h) == null ? Integer.MAX_VALUE : ranks.get(h)));
      return order;
    }
  }

  /** One force's values of one indicator; improvement null when it has no value. */
  public record ForceValues(BigDecimal baseline, BigDecimal current, BigDecimal improvement) {}

  /**
   * One indicator.
   *
   * @param unit what a value is ({@code offences per 1,000 residents}, or as supplied)
   * @param baseline this force's value at baseline
   * @param improvement this force's improvement, a fraction
   * @param comparatorMeanImprovement the mean over comparators that have the indicator, or null
   *     when none has
   * @param comparatorMeanBaseline the mean value at baseline over the same comparators, or null
   * @param comparatorMeanCurrent their mean value at the current period, or null
   * @param gapPp improvement minus that mean, in percentage points, or null
   * @param rank this force's rank by improvement among S members with the indicator
   * @param of how many members of S have the indicator
   * @param byForce every force of S, the force first
   */
  public record IndicatorRow(
      String id,
      String label,
      IndexSettings.Better better,
      BigDecimal weight,
      String unit,
      BigDecimal baseline,
      BigDecimal current,
      BigDecimal improvement,
      BigDecimal comparatorMeanImprovement,
      BigDecimal comparatorMeanBaseline,
      BigDecimal comparatorMeanCurrent,
      BigDecimal gapPp,
      int rank,
      int of,
      Map<String, ForceValues> byForce) {
    public IndicatorRow {
      byForce = Collections.unmodifiableMap(new LinkedHashMap<>(byForce));
    }
  }
}

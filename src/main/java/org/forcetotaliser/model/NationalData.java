package org.forcetotaliser.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What the Prevention Index reads (docs/method.md §Prevention Index): the territorial force areas,
 * the bundled indicators, recorded offences by force area, indicator and period, population by
 * force area and mid-year, and the series a force supplies itself. Immutable.
 *
 * @param areas the force areas, in ONS-code order
 * @param counts offences (bundled, with any imported edition laid over them)
 * @param population residents by force-area id and mid-year
 * @param supplied force-supplied series by the file they came from, in file order
 */
public record NationalData(
    List<ForceArea> areas,
    List<IndexIndicator> indicators,
    Map<SeriesKey, BigDecimal> counts,
    Map<String, NavigableMap<Integer, BigDecimal>> population,
    Map<String, Map<SeriesKey, BigDecimal>> supplied) {

  public NationalData {
    areas = List.copyOf(areas);
    indicators = List.copyOf(indicators);
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    Map<String, NavigableMap<Integer, BigDecimal>> pop = new LinkedHashMap<>();
    population.forEach(
        (k, v) -> pop.put(k, Collections.unmodifiableNavigableMap(new TreeMap<>(v))));
    population = Collections.unmodifiableMap(pop);
    Map<String, Map<SeriesKey, BigDecimal>> sup = new LinkedHashMap<>();
    supplied.forEach((k, v) -> sup.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    supplied = Collections.unmodifiableMap(sup);
  }

  /** The same data with force-supplied series. */
  public NationalData withSupplied(Map<String, Map<SeriesKey, BigDecimal>> series) {
    return new NationalData(areas, indicators, counts, population, series);
  }

  /** The same data with other counts. */
  public NationalData withCounts(Map<SeriesKey, BigDecimal> other) {
    return new NationalData(areas, indicators, other, population, supplied);
  }

  /** The force area with this id, or null. */
  public ForceArea area(String id) {
    for (ForceArea a : areas) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }

  /** The bundled indicator with this id, or null. */
  public IndexIndicator indicator(String id) {
    for (IndexIndicator i : indicators) {
      if (i.id().equals(id)) {
        return i;
      }
    }
    return null;
  }
}

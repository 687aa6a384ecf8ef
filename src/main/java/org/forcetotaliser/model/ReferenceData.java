package org.forcetotaliser.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference tables a calculation uses: the bundled tables with any additions and overrides from
 * force.yaml already applied. Immutable.
 *
 * @param deflators GDP deflator index by financial year
 * @param forecastYears the years whose deflator is a forecast
 * @param discountBands the STPR bands, in order
 * @param crimeCostPriceYear the price year of the crime cost table's £ (from the reference
 *     catalogue)
 */
public record ReferenceData(
    Map<String, Offence> offences,
    Map<String, CrimeCost> crimeCosts,
    Map<String, CchiSubgroup> cchi,
    Map<String, HourlyRate> rates,
    NavigableMap<FinancialYear, BigDecimal> deflators,
    Set<FinancialYear> forecastYears,
    List<DiscountBand> discountBands,
    FinancialYear crimeCostPriceYear) {

  /**
   * One band of the STPR schedule: years {@code fromYear} to {@code toYear} (null = open-ended).
   */
  public record DiscountBand(
      int fromYear,
      Integer toYear,
      BigDecimal standard,
      BigDecimal health,
      BigDecimal sensitivity) {
    public boolean contains(int year) {
      return year >= fromYear && (toYear == null || year <= toYear);
    }

    public BigDecimal rate(DiscountSchedule schedule) {
      return switch (schedule) {
        case STANDARD -> standard;
        case HEALTH -> health;
        case SENSITIVITY -> sensitivity;
      };
    }
  }

  public ReferenceData {
    offences = Collections.unmodifiableMap(new LinkedHashMap<>(offences));
    crimeCosts = Collections.unmodifiableMap(new LinkedHashMap<>(crimeCosts));
    cchi = Collections.unmodifiableMap(new LinkedHashMap<>(cchi));
    rates = Collections.unmodifiableMap(new LinkedHashMap<>(rates));
    deflators = Collections.unmodifiableNavigableMap(new TreeMap<>(deflators));
    forecastYears = Set.copyOf(forecastYears);
    discountBands = List.copyOf(discountBands);
    java.util.Objects.requireNonNull(crimeCostPriceYear, "crimeCostPriceYear");
  }

  /** These tables with force.yaml's offences and rates added or overriding. */
  public ReferenceData withOverrides(ForceSettings settings) {
    if (settings.offences().isEmpty() && settings.rates().isEmpty()) {
      return this;
    }
    Map<String, Offence> o = new LinkedHashMap<>(offences);
    settings.offences().forEach(x -> o.put(x.hoCode(), x));
    Map<String, HourlyRate> r = new LinkedHashMap<>(rates);
    r.putAll(new TreeMap<>(settings.rates()));
    return new ReferenceData(
        o, crimeCosts, cchi, r, deflators, forecastYears, discountBands, crimeCostPriceYear);
  }

  /** The discount rate for year {@code t} of a schedule. */
  public BigDecimal discountRate(DiscountSchedule schedule, int t) {
    for (DiscountBand b : discountBands) {
      if (b.contains(t)) {
        return b.rate(schedule);
      }
    }
    throw new IllegalStateException("no discount band for year " + t);
  }
}

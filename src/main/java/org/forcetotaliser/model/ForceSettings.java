package org.forcetotaliser.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole force's settings from force.yaml, with defaults filled in. Immutable.
 *
 * @param discountYear year 0 for discounting
 * @param fteHours hours in one FTE-year, or null when not set (FTE then absent)
 * @param rates hourly rates that add to or override the bundled roles
 * @param offences offences that add to or override the bundled table
 * @param index the Prevention Index settings (docs/method.md §Prevention Index); none when
 *     force.yaml has none
 * @param realPriceYear the year whose prices `prices: real` amounts are written in: force.yaml's
 *     `price_base`, kept when a report is restated with `--price-base` (docs/method.md §4)
 * @param accepts the known warnings the force accepts, with reasons (docs/method.md §9a)
 */
public record ForceSettings(
    String force,
    FiscalCalendar calendar,
    FinancialYear priceBase,
    FinancialYear discountYear,
    DiscountSchedule discountSchedule,
    HarmIndex harmIndex,
    Set<CrimeCost.CostComponent> components,
    boolean scaleRecordedToAll,
    BigDecimal fteHours,
    Tolerance tolerance,
    Map<String, HourlyRate> rates,
    List<Offence> offences,
    Location location,
    IndexSettings index,
    FinancialYear realPriceYear,
    List<Accept> accepts) {

  /** The default price base when force.yaml does not set one. */
  public static final FinancialYear DEFAULT_PRICE_BASE = FinancialYear.of(2024);

  public static final Set<CrimeCost.CostComponent> DEFAULT_COMPONENTS =
      Set.of(CrimeCost.CostComponent.CONSEQUENCE, CrimeCost.CostComponent.RESPONSE);

  public ForceSettings {
    calendar = calendar == null ? FiscalCalendar.APRIL : calendar;
    priceBase = priceBase == null ? DEFAULT_PRICE_BASE : priceBase;
    discountYear = discountYear == null ? priceBase : discountYear;
    discountSchedule = discountSchedule == null ? DiscountSchedule.STANDARD : discountSchedule;
    harmIndex = harmIndex == null ? HarmIndex.CSS : harmIndex;
    components = components == null ? DEFAULT_COMPONENTS : Set.copyOf(components);
    tolerance = tolerance == null ? Tolerance.DEFAULT : tolerance;
    rates = rates == null ? Map.of() : Map.copyOf(rates);
    offences = offences == null ? List.of() : List.copyOf(offences);
    location = location == null ? Location.ofFile("force.yaml") : location;
    index = index == null ? IndexSettings.none() : index;
    realPriceYear = realPriceYear == null ? priceBase : realPriceYear;
    accepts = accepts == null ? List.of() : List.copyOf(accepts);
  }

  /** Settings without Prevention Index settings, whose real amounts are in their own price base. */
  public ForceSettings(
      String force,
      FiscalCalendar calendar,
      FinancialYear priceBase,
      FinancialYear discountYear,
      DiscountSchedule discountSchedule,
      HarmIndex harmIndex,
      Set<CrimeCost.CostComponent> components,
      boolean scaleRecordedToAll,
      BigDecimal fteHours,
      Tolerance tolerance,
      Map<String, HourlyRate> rates,
      List<Offence> offences,
      Location location) {
    this(
        force,
        calendar,
        priceBase,
        discountYear,
        discountSchedule,
        harmIndex,
        components,
        scaleRecordedToAll,
        fteHours,
        tolerance,
        rates,
        offences,
        location,
        null,
        null,
        null);
  }

  /** These settings with other Prevention Index settings. */
  public ForceSettings withIndex(IndexSettings other) {
    return new ForceSettings(
        force,
        calendar,
        priceBase,
        discountYear,
        discountSchedule,
        harmIndex,
        components,
        scaleRecordedToAll,
        fteHours,
        tolerance,
        rates,
        offences,
        location,
        other,
        realPriceYear,
        accepts);
  }

  /**
   * The same settings reporting every £ in {@code year}'s prices; real amounts stay in the year
   * they were written in, and the discount year does not move (docs/method.md §4).
   */
  public ForceSettings restatedIn(FinancialYear year) {
    return new ForceSettings(
        force,
        calendar,
        year,
        discountYear,
        discountSchedule,
        harmIndex,
        components,
        scaleRecordedToAll,
        fteHours,
        tolerance,
        rates,
        offences,
        location,
        index,
        realPriceYear,
        accepts);
  }

  /** The force.yaml these settings were read from, as the user named it; null for defaults. */
  public String sourceFile() {
    return location.line() > 0 ? location.file() : null;
  }

  /** Every default, as when there is no force.yaml. */
  public static ForceSettings defaults() {
    return new ForceSettings(
        null, null, null, null, null, null, null, false, null, null, null, null, null);
  }
}

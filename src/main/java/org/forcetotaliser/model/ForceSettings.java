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

  /**
   * The same settings reporting every £ in {@code year}'s prices; real amounts stay in the year
   * they were written in, and the discount year does not move (docs/method.md §4).
   */
  public ForceSettings restatedIn(FinancialYear year) {
    return toBuilder().priceBase(year).build();
  }

  /** A builder holding these settings, to copy them with some changed. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.force = force;
    b.calendar = calendar;
    b.priceBase = priceBase;
    b.discountYear = discountYear;
    b.discountSchedule = discountSchedule;
    b.harmIndex = harmIndex;
    b.components = components;
    b.scaleRecordedToAll = scaleRecordedToAll;
    b.fteHours = fteHours;
    b.tolerance = tolerance;
    b.rates = rates;
    b.offences = offences;
    b.location = location;
    b.index = index;
    b.realPriceYear = realPriceYear;
    b.accepts = accepts;
    return b;
  }

  /** A builder with nothing set: every setting left unset takes its default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Settings under construction, the one way to make or copy {@link ForceSettings}: an unset
   * setting takes its default when built. Mutable; not shared.
   */
  public static final class Builder {
    private String force;
    private FiscalCalendar calendar;
    private FinancialYear priceBase;
    private FinancialYear discountYear;
    private DiscountSchedule discountSchedule;
    private HarmIndex harmIndex;
    private Set<CrimeCost.CostComponent> components;
    private boolean scaleRecordedToAll;
    private BigDecimal fteHours;
    private Tolerance tolerance;
    private Map<String, HourlyRate> rates;
    private List<Offence> offences;
    private Location location;
    private IndexSettings index;
    private FinancialYear realPriceYear;
    private List<Accept> accepts;

    private Builder() {}

    public Builder force(String value) {
      this.force = value;
      return this;
    }

    public Builder calendar(FiscalCalendar value) {
      this.calendar = value;
      return this;
    }

    public Builder priceBase(FinancialYear value) {
      this.priceBase = value;
      return this;
    }

    public Builder discountYear(FinancialYear value) {
      this.discountYear = value;
      return this;
    }

    public Builder discountSchedule(DiscountSchedule value) {
      this.discountSchedule = value;
      return this;
    }

    public Builder harmIndex(HarmIndex value) {
      this.harmIndex = value;
      return this;
    }

    public Builder components(Set<CrimeCost.CostComponent> value) {
      this.components = value;
      return this;
    }

    public Builder scaleRecordedToAll(boolean value) {
      this.scaleRecordedToAll = value;
      return this;
    }

    public Builder fteHours(BigDecimal value) {
      this.fteHours = value;
      return this;
    }

    public Builder tolerance(Tolerance value) {
      this.tolerance = value;
      return this;
    }

    public Builder rates(Map<String, HourlyRate> value) {
      this.rates = value;
      return this;
    }

    public Builder offences(List<Offence> value) {
      this.offences = value;
      return this;
    }

    public Builder location(Location value) {
      this.location = value;
      return this;
    }

    public Builder index(IndexSettings value) {
      this.index = value;
      return this;
    }

    public Builder realPriceYear(FinancialYear value) {
      this.realPriceYear = value;
      return this;
    }

    public Builder accepts(List<Accept> value) {
      this.accepts = value;
      return this;
    }

    public ForceSettings build() {
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
          index,
          realPriceYear,
          accepts);
    }
  }

  /** The force.yaml these settings were read from, as the user named it; null for defaults. */
  public String sourceFile() {
    return location.line() > 0 ? location.file() : null;
  }

  /** Every default, as when there is no force.yaml. */
  public static ForceSettings defaults() {
    return builder().build();
  }
}

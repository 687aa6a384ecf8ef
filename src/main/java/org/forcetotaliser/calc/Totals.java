package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forcetotaliser.model.FinancialYear;

/**
 * The additive parts of the measures of docs/method.md §7: sums that can be added across quarters,
 * benefits and projects. Ratios are derived from them in {@link Measures}, never summed. Immutable.
 *
 * @param pvBenefits Σ pv of monetised benefits
 * @param pvCashable Σ pv of cashable benefits (cash, cashed hours, cashable wider benefits)
 * @param pvCosts Σ discounted costs
 * @param valueBenefits Σ undiscounted value of monetised benefits
 * @param valueCosts Σ undiscounted costs
 * @param offences Σ risk-adjusted crime-harm quantities
 * @param harmCss Σ risk-adjusted CSS harm
 * @param harmCchi Σ risk-adjusted CCHI harm (days)
 * @param hours Σ risk-adjusted hours freed
 * @param byYear discounted benefits and costs per financial year, for payback
 * @param monetised whether any benefit counted has a £ value (crime harm with a cost, hours, cash,
 *     wider); without one, the ratios are absent as "not monetised" (method.md §3)
 */
public record Totals(
    BigDecimal pvBenefits,
    BigDecimal pvCashable,
    BigDecimal pvCosts,
    BigDecimal valueBenefits,
    BigDecimal valueCosts,
    BigDecimal offences,
    BigDecimal harmCss,
    BigDecimal harmCchi,
    BigDecimal hours,
    SortedMap<FinancialYear, YearFlow> byYear,
    boolean monetised) {

  /** Discounted benefits and costs of one financial year. */
  public record YearFlow(BigDecimal pvBenefits, BigDecimal pvCosts) {
    public static final YearFlow ZERO = new YearFlow(BigDecimal.ZERO, BigDecimal.ZERO);

    public YearFlow plus(YearFlow o) {
      return new YearFlow(pvBenefits.add(o.pvBenefits), pvCosts.add(o.pvCosts));
    }
  }

  public static final Totals ZERO =
      new Totals(
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          new TreeMap<>(),
          false);

  public Totals {
    byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
  }

  /** The sum of this and {@code o}, part by part. */
  public Totals plus(Totals o) {
    TreeMap<FinancialYear, YearFlow> years = new TreeMap<>(byYear);
    for (Map.Entry<FinancialYear, YearFlow> e : o.byYear.entrySet()) {
      years.merge(e.getKey(), e.getValue(), YearFlow::plus);
    }
    return new Totals(
        pvBenefits.add(o.pvBenefits),
        pvCashable.add(o.pvCashable),
        pvCosts.add(o.pvCosts),
        valueBenefits.add(o.valueBenefits),
        valueCosts.add(o.valueCosts),
        offences.add(o.offences),
        harmCss.add(o.harmCss),
        harmCchi.add(o.harmCchi),
        hours.add(o.hours),
        years,
        monetised || o.monetised);
  }

  /**
   * The sum of many, in the order given (exact decimals make the order immaterial). Adds into one
   * mutable accumulator, so that summing n parts copies no per-year map n times.
   */
  public static Totals sum(Iterable<Totals> all) {
    Sum s = new Sum();
    for (Totals x : all) {
      s.add(x);
    }
    return s.totals();
  }

  /**
   * A running sum of totals; not thread-safe, and private to summing. Each part starts from zero,
   * as {@code ZERO.plus(…)} does, so that the result has the same scale as well as the same value;
   * a year's flow starts from its first value, as the map merge does.
   */
  static final class Sum {
    final ExactSum pvBenefits = fromZero();
    final ExactSum pvCashable = fromZero();
    final ExactSum pvCosts = fromZero();
    final ExactSum valueBenefits = fromZero();
    final ExactSum valueCosts = fromZero();
    final ExactSum offences = fromZero();
    final ExactSum harmCss = fromZero();
    final ExactSum harmCchi = fromZero();
    final ExactSum hours = fromZero();
    final TreeMap<FinancialYear, ExactSum[]> years = new TreeMap<>();
    boolean monetised;

    private static ExactSum fromZero() {
      ExactSum s = new ExactSum();
      s.add(BigDecimal.ZERO);
      return s;
    }

    void add(Totals o) {
      pvBenefits.add(o.pvBenefits);
      pvCashable.add(o.pvCashable);
      pvCosts.add(o.pvCosts);
      valueBenefits.add(o.valueBenefits);
      valueCosts.add(o.valueCosts);
      offences.add(o.offences);
      harmCss.add(o.harmCss);
      harmCchi.add(o.harmCchi);
      hours.add(o.hours);
      monetised |= o.monetised;
      for (Map.Entry<FinancialYear, YearFlow> e : o.byYear.entrySet()) {
        ExactSum[] y =
            years.computeIfAbsent(e.getKey(), k -> new ExactSum[] {new ExactSum(), new ExactSum()});
        y[0].add(e.getValue().pvBenefits);
        y[1].add(e.getValue().pvCosts);
      }
    }

    Totals totals() {
      TreeMap<FinancialYear, YearFlow> flows = new TreeMap<>();
      years.forEach((k, v) -> flows.put(k, new YearFlow(v[0].value(), v[1].value())));
      return new Totals(
          pvBenefits.value(),
          pvCashable.value(),
          pvCosts.value(),
          valueBenefits.value(),
          valueCosts.value(),
          offences.value(),
          harmCss.value(),
          harmCchi.value(),
          hours.value(),
          flows,
          monetised);
    }
  }

  /** A single benefit quarter's contribution. */
  public static Totals benefit(
      FinancialYear year,
      BigDecimal value,
      BigDecimal pv,
      boolean cashable,
      BigDecimal offences,
      BigDecimal css,
      BigDecimal cchi,
      BigDecimal hours) {
    BigDecimal v = value == null ? BigDecimal.ZERO : value;
    BigDecimal p = pv == null ? BigDecimal.ZERO : pv;
    TreeMap<FinancialYear, YearFlow> years = new TreeMap<>();
    years.put(year, new YearFlow(p, BigDecimal.ZERO));
    return new Totals(
        p,
        cashable ? p : BigDecimal.ZERO,
        BigDecimal.ZERO,
        v,
        BigDecimal.ZERO,
        orZero(offences),
        orZero(css),
        orZero(cchi),
        orZero(hours),
        years,
        pv != null);
  }

  /** A single cost quarter's contribution. */
  public static Totals cost(FinancialYear year, BigDecimal value, BigDecimal pv) {
    TreeMap<FinancialYear, YearFlow> years = new TreeMap<>();
    years.put(year, new YearFlow(BigDecimal.ZERO, pv));
    return new Totals(
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        pv,
        BigDecimal.ZERO,
        value,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        years,
        false);
  }

  private static BigDecimal orZero(BigDecimal x) {
    return x == null ? BigDecimal.ZERO : x;
  }
}

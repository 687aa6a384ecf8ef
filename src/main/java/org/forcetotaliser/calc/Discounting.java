package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.model.DiscountSchedule;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ReferenceData;

/**
 * Green Book STPR discount factors (docs/method.md §6): {@code t = FY − discount_year}, negative t
 * counts as 0, {@code DF(0) = 1}, {@code DF(t) = DF(t−1) / (1 + r(t))}. Factors are computed once
 * per year and kept; not thread-safe for concurrent growth, so each calculation owns one.
 */
public final class Discounting {
  private final ReferenceData reference;
  private final DiscountSchedule schedule;
  private final FinancialYear discountYear;
  private final List<BigDecimal> factors = new ArrayList<>();

  public Discounting(
      ReferenceData reference, DiscountSchedule schedule, FinancialYear discountYear) {
    this.reference = reference;
    this.schedule = schedule;
    this.discountYear = discountYear;
    factors.add(BigDecimal.ONE);
  }

  public FinancialYear discountYear() {
    return discountYear;
  }

  public DiscountSchedule schedule() {
    return schedule;
  }

  /** Whole years from the discount year, never below 0. */
  public int yearIndex(FinancialYear year) {
    return Math.max(0, discountYear.yearsUntil(year));
  }

  /** The rate used for year t (t ≥ 1). */
  public BigDecimal rate(int t) {
    return reference.discountRate(schedule, t);
  }

  /** The discount factor of a financial year. */
  public BigDecimal factor(FinancialYear year) {
    return factor(yearIndex(year));
  }

  public synchronized BigDecimal factor(int t) {
    while (factors.size() <= t) {
      int next = factors.size();
      BigDecimal previous = factors.get(next - 1);
      factors.add(Decimals.divide(previous, BigDecimal.ONE.add(rate(next))));
    }
    return factors.get(t);
  }

  /**
   * How a year's factor is reached, for {@code explain}: its index t, the factor, and the rates
   * applied, one run per band ({@code 1/1.035^1}; across bands {@code 1/(1.035^30 × 1.03^2)}).
   */
  public Step step(FinancialYear year) {
    int t = yearIndex(year);
    List<Run> runs = new ArrayList<>();
    if (t > 0) {
      BigDecimal current = rate(1);
      int run = 0;
      for (int i = 1; i <= t; i++) {
        BigDecimal r = rate(i);
        if (r.compareTo(current) != 0) {
          runs.add(new Run(current, run));
          current = r;
          run = 0;
        }
        run++;
      }
      runs.add(new Run(current, run));
    }
    return new Step(year, t, factor(t), runs);
  }

  /**
   * A year's discount factor and how it is reached. Immutable.
   *
   * @param runs the rate bands from year 1 to t, in order; empty in year 0
   */
  public record Step(FinancialYear year, int t, BigDecimal factor, List<Run> runs) {
    public Step {
      runs = List.copyOf(runs);
    }
  }

  /** {@code years} consecutive years discounted at {@code rate}. */
  public record Run(BigDecimal rate, int years) {}
}

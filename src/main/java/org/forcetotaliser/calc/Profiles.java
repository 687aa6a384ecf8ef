package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Uncertain;

/** Turns a profile into a gross quantity per quarter (docs/method.md §2). */
public final class Profiles {
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  private Profiles() {}

  /**
   * The gross quantity of each quarter in which the profile has an entry, in time order. Quarters
   * outside the project are dropped here (validation reports them).
   *
   * @param item the cost or benefit whose profile it is, naming its inputs for the resolver
   */
  public static SortedMap<Quarter, BigDecimal> expand(
      Profile profile, Project project, InputRef.Item item, Resolver resolver) {
    SortedMap<Quarter, BigDecimal> out = new TreeMap<>();
    if (profile instanceof Profile.Explicit e) {
      for (Map.Entry<Object, Uncertain> entry : e.entries().entrySet()) {
        BigDecimal amount = resolver.pick(item.entry(entry.getKey()), entry.getValue());
        if (entry.getKey() instanceof Quarter q) {
          if (project.covers(q)) {
            out.merge(q, amount, BigDecimal::add);
          }
        } else {
          spreadYear((FinancialYear) entry.getKey(), amount, project, out);
        }
      }
    } else if (profile instanceof Profile.Rate r) {
      BigDecimal amount = resolver.pick(item.ref(amountFactor(r)), r.amount());
      BigDecimal perQuarter = r.perYear() ? Decimals.divide(amount, FOUR) : amount;
      BigDecimal keep =
          BigDecimal.ONE.subtract(resolver.pick(item.ref(InputRef.Factor.DROP_OFF), r.dropOff()));
      Quarter from = r.from() == null ? project.start() : r.from();
      Quarter to = r.to() == null ? project.end() : r.to();
      // (1 − drop_off)^year, one multiplication per new year rather than a power per quarter;
      // exact, so the same figure as the power
      BigDecimal factor = BigDecimal.ONE;
      int year = 0;
      for (Quarter q : Quarter.range(from, to)) {
        int later = from.year().yearsUntil(q.year());
        for (; year < later; year++) {
          factor = factor.multiply(keep);
        }
        if (project.covers(q)) {
          out.put(q, perQuarter.multiply(factor));
        }
      }
    }
    return out;
  }

  /** A year's amount spread evenly over those of its quarters within the project. */
  private static void spreadYear(
      FinancialYear year, BigDecimal amount, Project project, SortedMap<Quarter, BigDecimal> out) {
    List<Quarter> inside = new ArrayList<>(4);
    for (int n = 1; n <= 4; n++) {
      Quarter q = year.quarter(n);
      if (project.covers(q)) {
        inside.add(q);
      }
    }
    if (inside.isEmpty()) {
      return;
    }
    BigDecimal each = Decimals.divide(amount, BigDecimal.valueOf(inside.size()));
    for (Quarter q : inside) {
      out.merge(q, each, BigDecimal::add);
    }
  }

  /** The factor a rate's amount sets: {@code per_year} or {@code per_quarter}. */
  static InputRef.Factor amountFactor(Profile.Rate r) {
    return r.perYear() ? InputRef.Factor.PER_YEAR : InputRef.Factor.PER_QUARTER;
  }

  /**
   * A profile reduced to weights, so that {@code Σ quantity(q) × w(q)} can be recomputed for drawn
   * input values with a few multiplications (the Monte Carlo simulation, docs/method.md
   * "Uncertainty"). For an explicit profile, one weight per entry; for a rate, one weight per
   * financial year after {@code from}, to be multiplied by {@code (1 − drop_off)^year} and by the
   * amount.
   */
  public record Weights(
      List<InputRef> entryRefs,
      List<Uncertain> entries,
      List<BigDecimal> entryWeights,
      InputRef amountRef,
      Uncertain amount,
      InputRef dropOffRef,
      Uncertain dropOff,
      List<BigDecimal> yearWeights) {}

  /** The weights of a profile given a weight per quarter (a quarter with no weight is 0). */
  public static Weights weights(
      Profile profile,
      Project project,
      InputRef.Item item,
      java.util.function.Function<Quarter, BigDecimal> perQuarter) {
    if (profile instanceof Profile.Explicit e) {
      List<InputRef> refs = new ArrayList<>();
      List<Uncertain> values = new ArrayList<>();
      List<BigDecimal> weights = new ArrayList<>();
      for (Map.Entry<Object, Uncertain> entry : e.entries().entrySet()) {
        refs.add(item.entry(entry.getKey()));
        values.add(entry.getValue());
        BigDecimal w = BigDecimal.ZERO;
        if (entry.getKey() instanceof Quarter q) {
          if (project.covers(q)) {
            w = perQuarter.apply(q);
          }
        } else {
          FinancialYear year = (FinancialYear) entry.getKey();
          List<Quarter> inside = new ArrayList<>(4);
          for (int n = 1; n <= 4; n++) {
            if (project.covers(year.quarter(n))) {
              inside.add(year.quarter(n));
            }
          }
          for (Quarter q : inside) {
            w = w.add(Decimals.divide(perQuarter.apply(q), BigDecimal.valueOf(inside.size())));
          }
        }
        weights.add(w);
      }
      return new Weights(refs, values, weights, null, null, null, null, List.of());
    }
    Profile.Rate r = (Profile.Rate) profile;
    Quarter from = r.from() == null ? project.start() : r.from();
    Quarter to = r.to() == null ? project.end() : r.to();
    List<BigDecimal> years = new ArrayList<>();
    for (Quarter q : Quarter.range(from, to)) {
      if (!project.covers(q)) {
        continue;
      }
      int later = from.year().yearsUntil(q.year());
      while (years.size() <= later) {
        years.add(BigDecimal.ZERO);
      }
      BigDecimal w = perQuarter.apply(q);
      if (r.perYear()) {
        w = Decimals.divide(w, FOUR);
      }
      years.set(later, years.get(later).add(w));
    }
    return new Weights(
        List.of(),
        List.of(),
        List.of(),
        item.ref(amountFactor(r)),
        r.amount(),
        item.ref(InputRef.Factor.DROP_OFF),
        r.dropOff(),
        years);
  }
}

package org.forcetotaliser.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.HourlyRate;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Prices;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;

/**
 * Checks that every year whose prices must be converted has a GDP deflator: a year missing from the
 * series cannot be converted (an error); a year whose deflator is only a forecast can, but the
 * figure will move when the outturn is published (a warning).
 */
final class DeflatorRules {

  private DeflatorRules() {}

  /** A year that needs a deflator, what needs it, and where it was written. */
  record Need(FinancialYear year, String what, Location at, String project, String item) {
    Need(FinancialYear year, String what, Location at) {
      this(year, what, at, null, null);
    }
  }

  static List<Need> needs(LoadResult in) {
    List<Need> needs = new ArrayList<>();
    ForceSettings s = in.portfolio().settings();
    needs.add(
        new Need(
            s.priceBase(),
            "`price_base` " + s.priceBase(),
            in.sources().at(s, "price_base", s.location())));
    for (HourlyRate r : s.rates().values()) {
      needs.add(
          new Need(
              r.priceYear(),
              "the `price_year` " + r.priceYear() + " of rate `" + r.role() + "`",
              in.sources().at(r, "price_year", s.location())));
    }
    for (Project p : in.portfolio().projects()) {
      if (p.priceYear() != null) {
        needs.add(
            new Need(
                p.priceYear(),
                "the `price_year` " + p.priceYear() + " of project `" + p.id() + "`",
                in.sources().at(p, "price_year", p.location()),
                p.id(),
                null));
      }
      for (Benefit b : p.benefits()) {
        if (b.detail() instanceof BenefitDetail.Wider w) {
          needs.add(
              new Need(
                  w.priceYear(),
                  "the `price_year` " + w.priceYear() + " of benefit `" + b.id() + "`",
                  in.sources().at(b, "price_year", b.location()),
                  p.id(),
                  b.id()));
        }
      }
    }
    return needs;
  }

  /** The financial years of a nominal project's quarters, in order. */
  static TreeSet<FinancialYear> nominalYears(Project p) {
    TreeSet<FinancialYear> years = new TreeSet<>();
    if (p.prices() == Prices.NOMINAL) {
      for (Quarter q : p.quarters()) {
        years.add(q.year());
      }
    }
    return years;
  }

  /** Years as runs: {@code 2025-26, 2027-28 to 2030-31}. */
  static String join(TreeSet<FinancialYear> years) {
    List<String> runs = new ArrayList<>();
    FinancialYear first = null;
    FinancialYear last = null;
    for (FinancialYear y : years) {
      if (last != null && y.startYear() == last.startYear() + 1) {
        last = y;
        continue;
      }
      if (first != null) {
        runs.add(run(first, last));
      }
      first = y;
      last = y;
    }
    if (first != null) {
      runs.add(run(first, last));
    }
    return String.join(", ", runs);
  }

  private static String run(FinancialYear first, FinancialYear last) {
    return first.equals(last)
        ? first.toString()
        : first.startYear() + 1 == last.startYear() ? first + ", " + last : first + " to " + last;
  }

  /** A needed year that is not in the deflator series at all. */
  static final class MissingDeflator implements Rule {
    public RuleInfo info() {
      return RuleInfo.error(
          "missing-deflator",
          "a year needed for price conversion is not in the " + "GDP deflator series");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      var deflators = in.reference().deflators();
      String range =
          deflators.isEmpty() ? "none" : deflators.firstKey() + " to " + deflators.lastKey();
      for (Need n : needs(in)) {
        if (!deflators.containsKey(n.year())) {
          report.accept(
              Diagnostic.error(
                  n.at(),
                  info().code(),
                  "no GDP deflator for " + n.what() + ": the series covers " + range));
        }
      }
      for (Project p : in.portfolio().projects()) {
        TreeSet<FinancialYear> missing = new TreeSet<>();
        for (FinancialYear y : nominalYears(p)) {
          if (!deflators.containsKey(y)) {
            missing.add(y);
          }
        }
        if (!missing.isEmpty()) {
          report.accept(
              Diagnostic.error(
                      in.sources().at(p, "prices", p.location()),
                      info().code(),
                      "project `"
                          + p.id()
                          + "` is in nominal prices but there is no GDP "
                          + "deflator for "
                          + join(missing)
                          + ": the series covers "
                          + range)
                  .withHint(
                      "write its amounts in real (price-base) prices and set `prices: real`"));
        }
      }
    }
  }

  /** A needed year whose deflator is a forecast. */
  static final class StaleDeflator implements Rule {
    public RuleInfo info() {
      return RuleInfo.warning(
          "stale-deflator",
          "a year needed for price conversion has only a " + "forecast GDP deflator");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      var forecast = in.reference().forecastYears();
      for (Need n : needs(in)) {
        if (forecast.contains(n.year())) {
          report.accept(
              Diagnostic.warning(
                      n.at(),
                      info().code(),
                      "the GDP deflator for "
                          + n.what()
                          + " is a forecast: £ figures will change when the outturn is "
                          + "published")
                  .about(n.project(), n.item(), null));
        }
      }
      for (Project p : in.portfolio().projects()) {
        TreeSet<FinancialYear> years = new TreeSet<>();
        for (FinancialYear y : nominalYears(p)) {
          if (forecast.contains(y)) {
            years.add(y);
          }
        }
        if (!years.isEmpty()) {
          report.accept(
              Diagnostic.warning(
                      in.sources().at(p, "prices", p.location()),
                      info().code(),
                      "project `"
                          + p.id()
                          + "` is in nominal prices and the GDP "
                          + "deflators for "
                          + join(years)
                          + " are forecasts: its £ figures will change "
                          + "when the outturn is published")
                  .about(p.id(), null, null));
        }
      }
    }
  }
}

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

/** Turns a profile into a gross quantity per quarter (SPEC §3.2). */
public final class Profiles {
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  private Profiles() {}

  /**
   * The gross quantity of each quarter in which the profile has an entry, in time order.
   * Quarters outside the project are dropped here (validation reports them).
   *
   * @param path the input path of the profile, e.g. {@code benefits.x.profile}
   */
  public static SortedMap<Quarter, BigDecimal> expand(Profile profile, Project project,
      String path, Resolver resolver) {
    SortedMap<Quarter, BigDecimal> out = new TreeMap<>();
    if (profile instanceof Profile.Explicit e) {
      for (Map.Entry<Object, Uncertain> entry : e.entries().entrySet()) {
        BigDecimal amount = resolver.pick(path + "." + entry.getKey(), entry.getValue());
        if (entry.getKey() instanceof Quarter q) {
          if (project.covers(q)) {
            out.merge(q, amount, BigDecimal::add);
          }
        } else {
          spreadYear((FinancialYear) entry.getKey(), amount, project, out);
        }
      }
    } else if (profile instanceof Profile.Rate r) {
      BigDecimal amount = resolver.pick(path + "." + r.key(), r.amount());
      BigDecimal perQuarter = r.perYear() ? Decimals.divide(amount, FOUR) : amount;
      BigDecimal keep = BigDecimal.ONE.subtract(resolver.pick(path + ".drop_off", r.dropOff()));
      Quarter from = r.from() == null ? project.start() : r.from();
      Quarter to = r.to() == null ? project.end() : r.to();
      for (Quarter q : Quarter.range(from, to)) {
        if (!project.covers(q)) {
          continue;
        }
        int later = from.year().yearsUntil(q.year());
        out.put(q, perQuarter.multiply(keep.pow(later)));
      }
    }
    return out;
  }

  /** A year's amount spread evenly over those of its quarters within the project. */
  private static void spreadYear(FinancialYear year, BigDecimal amount, Project project,
      SortedMap<Quarter, BigDecimal> out) {
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
}

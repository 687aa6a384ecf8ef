package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.forcetotaliser.model.Quarter;

/**
 * Rolls appraisals and reconciliations up into the force total (SPEC §4.7). Pure: no I/O.
 */
public final class Totaliser {
  /** The offence-breakdown key of benefits that are not crime harm. */
  public static final String NO_OFFENCE = "no-offence";

  private Totaliser() {}

  /**
   * One quarter of one item: its appraisal sums and its planned and actual £ to date, and the
   * project it belongs to.
   */
  private record Contribution(Fact fact, BigDecimal planned, BigDecimal actual,
      ProjectAppraisal from) {}

  /**
   * The force total.
   *
   * @param reconciliations every item's reconciliation, keyed by project then item
   */
  public static ForceTotal total(Quarter asOf, List<ProjectAppraisal> projects,
      Map<String, Map<String, ItemReconciliation>> reconciliations, BigDecimal fteHours) {
    List<Contribution> committed = new ArrayList<>();
    List<Contribution> pipeline = new ArrayList<>();
    for (ProjectAppraisal p : projects) {
      List<Contribution> into = p.project().stage().isCommitted() ? committed : pipeline;
      Map<String, ItemReconciliation> recs =
          reconciliations.getOrDefault(p.project().id(), Map.of());
      Map<String, Fact> template = new HashMap<>();
      Map<String, Map<Quarter, Fact>> factsByItem = new HashMap<>();
      for (Fact f : p.facts()) {
        factsByItem.computeIfAbsent(f.item(), k -> new HashMap<>()).put(f.quarter(), f);
        template.putIfAbsent(f.item(), f);
      }
      // each item's reconciled quarters, indexed once rather than scanned per fact
      Map<String, Map<Quarter, ItemReconciliation.QuarterRow>> rows = new HashMap<>();
      for (Fact f : p.facts()) {
        ItemReconciliation r = recs.get(f.item());
        BigDecimal planned = null;
        BigDecimal actual = null;
        if (r != null && f.benefitType() != null) {
          ItemReconciliation.QuarterRow row =
              rows.computeIfAbsent(f.item(), k -> rowsOf(r)).get(f.quarter());
          if (row != null) {
            planned = plannedToDate(r, row);
            actual = row.actualValue();
          }
        }
        into.add(new Contribution(f, planned, actual, p));
      }
      // reported quarters that had no plan still carry actual value
      for (ItemReconciliation r : recs.values()) {
        if (r.isCost() || !template.containsKey(r.item())) {
          continue;
        }
        Map<Quarter, Fact> facts = factsByItem.get(r.item());
        for (ItemReconciliation.QuarterRow row : r.quarters()) {
          if (!facts.containsKey(row.quarter()) && row.actualValue() != null) {
            Fact t = template.get(r.item());
            Fact f = new Fact(t.project(), t.item(), t.buildingBlock(), t.stage(), t.area(),
                t.benefitType(), t.offenceCategory(), row.quarter(), Totals.ZERO);
            into.add(new Contribution(f, null, row.actualValue(), p));
          }
        }
      }
    }
    // committed, pipeline, building block, stage and area hold whole projects: their sums add
    // up each project's own total rather than all its facts again
    Summary c = summarise(null, committed, fteHours, false, true);
    Summary pl = summarise(null, pipeline, fteHours, false, true);
    Map<String, List<Summary>> breakdowns = new LinkedHashMap<>();
    breakdowns.put("building_block",
        group(committed, f -> f.buildingBlock(), fteHours, false, true));
    breakdowns.put("type",
        group(benefitsOnly(committed), f -> f.benefitType(), fteHours, true, false));
    breakdowns.put("year",
        group(committed, f -> f.quarter().year().toString(), fteHours, false, false));
    breakdowns.put("offence", group(benefitsOnly(committed),
        f -> f.offenceCategory() == null ? NO_OFFENCE : f.offenceCategory(), fteHours, true,
        false));
    breakdowns.put("stage", group(committed, f -> f.stage(), fteHours, false, true));
    breakdowns.put("area", group(committed, f -> f.area(), fteHours, false, true));
    return new ForceTotal(asOf, c, pl, breakdowns, DoubleCounts.find(projects));
  }

  /** An item's rows by quarter; the first row of a quarter wins, as a scan would find it. */
  private static Map<Quarter, ItemReconciliation.QuarterRow> rowsOf(ItemReconciliation r) {
    Map<Quarter, ItemReconciliation.QuarterRow> m = new HashMap<>();
    for (ItemReconciliation.QuarterRow row : r.quarters()) {
      m.putIfAbsent(row.quarter(), row);
    }
    return m;
  }

  /** A quarter's planned £ counts to date only when the quarter was due. */
  private static BigDecimal plannedToDate(ItemReconciliation r, ItemReconciliation.QuarterRow row) {
    if (row.planned() == null || row.planned().signum() == 0) {
      return null;
    }
    return row.plannedValue();
  }

  private static List<Contribution> benefitsOnly(List<Contribution> all) {
    List<Contribution> out = new ArrayList<>();
    for (Contribution c : all) {
      if (c.fact().benefitType() != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Summary> group(List<Contribution> all, Function<Fact, String> key,
      BigDecimal fteHours, boolean benefitsOnly, boolean wholeProjects) {
    TreeMap<String, List<Contribution>> groups = new TreeMap<>();
    for (Contribution c : all) {
      groups.computeIfAbsent(key.apply(c.fact()), k -> new ArrayList<>()).add(c);
    }
    List<Summary> out = new ArrayList<>();
    groups.forEach((k, v) -> out.add(summarise(k, v, fteHours, benefitsOnly, wholeProjects)));
    return out;
  }

  /**
   * The summary of some contributions.
   *
   * @param wholeProjects every contribution of each project involved is in {@code all}, so its
   *     appraisal's total (the sum of its facts) stands for them: the same exact sum, with far
   *     fewer additions
   */
  private static Summary summarise(String key, List<Contribution> all, BigDecimal fteHours,
      boolean benefitsOnly, boolean wholeProjects) {
    List<Totals> parts = new ArrayList<>(all.size());
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    java.util.Set<ProjectAppraisal> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Contribution c : all) {
      if (!wholeProjects) {
        parts.add(c.fact().totals());
      } else if (seen.add(c.from())) {
        parts.add(c.from().totals());
      }
      if (c.planned() != null) {
        planned = planned.add(c.planned());
      }
      if (c.actual() != null) {
        actual = actual.add(c.actual());
      }
    }
    Totals t = Totals.sum(parts);
    return new Summary(key, t, Measures.of(t, fteHours), planned, actual, benefitsOnly);
  }
}

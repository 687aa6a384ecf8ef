package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcetotaliser.model.Quarter;

/**
 * Rolls appraisals and reconciliations up into the force total (docs/method.md §9), one project at
 * a time: each project's quarters are added into the sums of the groups they belong to as it
 * arrives, so the appraisals need not all be kept. Pure: no I/O.
 */
public final class Totaliser {
  /** The offence-breakdown key of benefits that are not crime harm. */
  public static final String NO_OFFENCE = "no-offence";

  private final Quarter asOf;
  private final BigDecimal fteHours;
  private final Group committed = new Group();
  private final Group pipeline = new Group();
  private final Map<Breakdown, TreeMap<String, Group>> breakdowns = new LinkedHashMap<>();
  private final DoubleCounts.Finder doubleCounts = new DoubleCounts.Finder();

  public Totaliser(Quarter asOf, BigDecimal fteHours) {
    this.asOf = asOf;
    this.fteHours = fteHours;
    for (Breakdown d : Breakdown.ALL) {
      breakdowns.put(d, new TreeMap<>());
    }
  }

  /**
   * The force total of a whole list of projects.
   *
   * @param reconciliations every item's reconciliation, keyed by project then item
   */
  public static ForceTotal total(
      Quarter asOf,
      List<ProjectAppraisal> projects,
      Map<String, Map<String, ItemReconciliation>> reconciliations,
      BigDecimal fteHours) {
    Totaliser t = new Totaliser(asOf, fteHours);
    for (ProjectAppraisal p : projects) {
      t.add(p, reconciliations.getOrDefault(p.project().id(), Map.of()));
    }
    return t.total();
  }

  /** One quarter of one item: its appraisal sums and its planned and actual £ to date. */
  private record Contribution(Fact fact, BigDecimal planned, BigDecimal actual) {}

  /**
   * Adds a project.
   *
   * @param recs its items' reconciliations, by item id
   */
  public void add(ProjectAppraisal p, Map<String, ItemReconciliation> recs) {
    add(part(p, recs));
  }

  /**
   * What one project adds to the total, summed on its own: made independently of any other project
   * (so on any thread), then added with {@link #add(Part)} in the portfolio's order. Exact sums
   * make adding a project's own sum the same as adding its quarters one by one.
   */
  public static final class Part {
    private final boolean committed;
    private final DoubleCounts.Claims claims;
    private Group whole;
    private final Map<Breakdown, TreeMap<String, Group>> groups = new LinkedHashMap<>();

    private Part(boolean committed, DoubleCounts.Claims claims) {
      this.committed = committed;
      this.claims = claims;
    }

    private Group group(Breakdown dimension, String key) {
      return groups
          .computeIfAbsent(dimension, k -> new TreeMap<>())
          .computeIfAbsent(key, k -> new Group());
    }
  }

  /** A project's part of the total; pure and safe to call on any thread. */
  public static Part part(ProjectAppraisal p, Map<String, ItemReconciliation> recs) {
    boolean isCommitted = p.project().stage().isCommitted();
    Part part = new Part(isCommitted, DoubleCounts.claims(p));
    List<Contribution> all = contributions(p, recs);
    if (all.isEmpty()) {
      return part;
    }
    part.whole = new Group();
    part.whole.add(p.totals());
    for (Contribution c : all) {
      part.whole.money(c);
    }
    if (!isCommitted) {
      return part;
    }
    // building block, stage and area hold whole projects: they add up each project's own
    // total (the sum of its facts) rather than all its facts again
    Fact first = all.get(0).fact();
    part.group(Breakdown.BUILDING_BLOCK, first.buildingBlock()).merge(part.whole);
    part.group(Breakdown.STAGE, first.stage()).merge(part.whole);
    part.group(Breakdown.AREA, first.area()).merge(part.whole);
    for (Contribution c : all) {
      Fact f = c.fact();
      part.group(Breakdown.YEAR, f.quarter().year().toString()).fact(c);
      if (f.benefitType() != null) {
        part.group(Breakdown.TYPE, f.benefitType()).fact(c);
        part.group(
                Breakdown.OFFENCE, f.offenceCategory() == null ? NO_OFFENCE : f.offenceCategory())
            .fact(c);
      }
    }
    return part;
  }

  /** Adds a project's part; parts must be added in the portfolio's order. */
  public void add(Part part) {
    doubleCounts.add(part.claims);
    if (part.whole == null) {
      return;
    }
    (part.committed ? committed : pipeline).merge(part.whole);
    part.groups.forEach((d, keyed) -> keyed.forEach((k, g) -> group(d, k).merge(g)));
  }

  /** The force total of the projects added so far. */
  public ForceTotal total() {
    Map<Breakdown, List<Summary>> out = new LinkedHashMap<>();
    breakdowns.forEach(
        (d, groups) -> {
          boolean benefitsOnly = d == Breakdown.TYPE || d == Breakdown.OFFENCE;
          List<Summary> rows = new ArrayList<>(groups.size());
          groups.forEach((k, g) -> rows.add(g.summary(k, fteHours, benefitsOnly)));
          out.put(d, rows);
        });
    return new ForceTotal(
        asOf,
        committed.summary(null, fteHours, false),
        pipeline.summary(null, fteHours, false),
        out,
        doubleCounts.find());
  }

  private Group group(Breakdown dimension, String key) {
    return breakdowns.get(dimension).computeIfAbsent(key, k -> new Group());
  }

  /** A project's facts, each with its planned and actual £ to date, and actual-only quarters. */
  private static List<Contribution> contributions(
      ProjectAppraisal p, Map<String, ItemReconciliation> recs) {
    List<Contribution> into = new ArrayList<>(p.facts().size());
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
          planned = plannedToDate(row);
          actual = row.actualValue();
        }
      }
      into.add(new Contribution(f, planned, actual));
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
          Fact f =
              new Fact(
                  t.project(),
                  t.item(),
                  t.buildingBlock(),
                  t.stage(),
                  t.area(),
                  t.benefitType(),
                  t.offenceCategory(),
                  row.quarter(),
                  Totals.ZERO);
          into.add(new Contribution(f, null, row.actualValue()));
        }
      }
    }
    return into;
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
  private static BigDecimal plannedToDate(ItemReconciliation.QuarterRow row) {
    if (row.planned() == null || row.planned().signum() == 0) {
      return null;
    }
    return row.plannedValue();
  }

  /**
   * The running sums of one group (the force, the pipeline, or one breakdown row): its totals and
   * its planned and actual £ to date. Each sum starts from zero, so the result has the same value
   * and scale as adding the parts one by one from zero.
   */
  private static final class Group {
    final Totals.Sum totals = new Totals.Sum();
    final ExactSum planned = fromZero();
    final ExactSum actual = fromZero();

    private static ExactSum fromZero() {
      ExactSum s = new ExactSum();
      s.add(BigDecimal.ZERO);
      return s;
    }

    void add(Totals t) {
      totals.add(t);
    }

    void money(Contribution c) {
      if (c.planned() != null) {
        planned.add(c.planned());
      }
      if (c.actual() != null) {
        actual.add(c.actual());
      }
    }

    /** Adds another group's sums. */
    void merge(Group o) {
      totals.add(o.totals.totals());
      planned.add(o.planned.value());
      actual.add(o.actual.value());
    }

    /** A contribution counted quarter by quarter: its own sums and its £ to date. */
    void fact(Contribution c) {
      totals.add(c.fact().totals());
      money(c);
    }

    Summary summary(String key, BigDecimal fteHours, boolean benefitsOnly) {
      Totals t = totals.totals();
      return new Summary(
          key, t, Measures.of(t, fteHours), planned.value(), actual.value(), benefitsOnly);
    }
  }
}

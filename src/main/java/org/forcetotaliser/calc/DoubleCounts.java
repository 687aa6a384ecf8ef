package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;

/**
 * Finds double counting across projects (docs/method.md §9) by indexing benefits by claim key and
 * by offence category and area, so the work grows with the number of benefits, not its square.
 */
public final class DoubleCounts {
  private DoubleCounts() {}

  /**
   * A benefit taking part in a claim: its project and benefit, and the quarters in which it claims
   * something (non-zero gross), with their pv (zero when it has none).
   */
  private record Claimant(Project project, Benefit benefit, Quarter[] quarters, BigDecimal[] pvs) {
    static Claimant of(Project p, BenefitAppraisal b) {
      List<Quarter> qs = new ArrayList<>();
      List<BigDecimal> pvs = new ArrayList<>();
      for (BenefitQuarter q : b.quarters()) {
        if (q.gross().signum() != 0) {
          qs.add(q.quarter());
          pvs.add(q.pv() == null ? BigDecimal.ZERO : q.pv());
        }
      }
      return new Claimant(
          p, b.benefit(), qs.toArray(new Quarter[0]), pvs.toArray(new BigDecimal[0]));
    }
  }

  /** Every definite then possible double count, each sorted by claim. */
  public static List<DoubleCount> find(List<ProjectAppraisal> projects) {
    Finder f = new Finder();
    for (ProjectAppraisal p : projects) {
      f.add(p);
    }
    return f.find();
  }

  /**
   * What one project's benefits could double count: each benefit with a claim key or a costed
   * offence category, with only the quarters it claims. Made on any thread.
   */
  static Claims claims(ProjectAppraisal p) {
    List<Claims.Entry> out = new ArrayList<>();
    for (BenefitAppraisal b : p.benefits()) {
      boolean claimed = b.benefit().claim() != null;
      boolean categorised =
          b.benefit().type() == BenefitDetail.Type.CRIME_HARM
              && b.offenceCategory() != null
              && !Appraiser.NOT_COSTED.equals(b.offenceCategory());
      if (claimed || categorised) {
        out.add(
            new Claims.Entry(
                Claimant.of(p.project(), b), categorised ? b.offenceCategory() : null));
      }
    }
    return new Claims(out);
  }

  /** A project's claimants, in benefit order. */
  record Claims(List<Entry> entries) {
    /**
     * @param category the offence category to index by, or null
     */
    record Entry(Claimant claimant, String category) {}
  }

  /**
   * Collects claimants project by project, keeping of each appraisal only what a double count
   * needs, then finds the double counts among them.
   */
  static final class Finder {
    private final TreeMap<String, List<Claimant>> byClaim = new TreeMap<>();
    private final TreeMap<String, TreeMap<String, List<Claimant>>> byCategory = new TreeMap<>();

    void add(ProjectAppraisal p) {
      add(claims(p));
    }

    void add(Claims claims) {
      for (Claims.Entry e : claims.entries()) {
        Claimant c = e.claimant();
        if (c.benefit().claim() != null) {
          byClaim.computeIfAbsent(c.benefit().claim(), k -> new ArrayList<>()).add(c);
        }
        if (e.category() != null) {
          byCategory
              .computeIfAbsent(e.category(), k -> new TreeMap<>())
              .computeIfAbsent(c.project().area(), k -> new ArrayList<>())
              .add(c);
        }
      }
    }

    List<DoubleCount> find() {
      List<DoubleCount> out = new ArrayList<>();
      for (Map.Entry<String, List<Claimant>> e : byClaim.entrySet()) {
        DoubleCount d =
            overlap(
                DoubleCount.Kind.DEFINITE, new DoubleCount.Named(e.getKey()), e.getValue(), null);
        if (d != null) {
          out.add(d);
        }
      }
      for (Map.Entry<String, TreeMap<String, List<Claimant>>> e : byCategory.entrySet()) {
        List<Claimant> forceWide = e.getValue().getOrDefault(Project.FORCE_WIDE, List.of());
        boolean areas = false;
        for (Map.Entry<String, List<Claimant>> area : e.getValue().entrySet()) {
          if (area.getKey().equals(Project.FORCE_WIDE)) {
            continue;
          }
          areas = true;
          List<Claimant> group = new ArrayList<>(area.getValue());
          group.addAll(forceWide);
          DoubleCount d =
              overlap(
                  DoubleCount.Kind.POSSIBLE,
                  new DoubleCount.CategoryInArea(e.getKey(), area.getKey()),
                  group,
                  byClaim);
          if (d != null) {
            out.add(d);
          }
        }
        if (!areas && !forceWide.isEmpty()) {
          DoubleCount d =
              overlap(
                  DoubleCount.Kind.POSSIBLE,
                  new DoubleCount.CategoryInArea(e.getKey(), Project.FORCE_WIDE),
                  forceWide,
                  byClaim);
          if (d != null) {
            out.add(d);
          }
        }
      }
      return out;
    }
  }

  /**
   * The double count among claimants, or null when no quarter is claimed by two projects. For a
   * possible double count, a quarter in which every claimant shares one claim key is left to the
   * definite check.
   */
  private static DoubleCount overlap(
      DoubleCount.Kind kind,
      DoubleCount.Claim key,
      List<Claimant> claimants,
      Map<String, List<Claimant>> definite) {
    // per quarter, which claimants claim it (by index, in claimant order) and their pv
    TreeMap<Quarter, List<Integer>> byQuarter = new TreeMap<>();
    TreeMap<Quarter, List<BigDecimal>> pvs = new TreeMap<>();
    String[] claimOf = new String[claimants.size()];
    for (int i = 0; i < claimants.size(); i++) {
      Claimant c = claimants.get(i);
      claimOf[i] = String.valueOf(c.benefit().claim());
      for (int k = 0; k < c.quarters().length; k++) {
        byQuarter.computeIfAbsent(c.quarters()[k], x -> new ArrayList<>()).add(i);
        pvs.computeIfAbsent(c.quarters()[k], x -> new ArrayList<>()).add(c.pvs()[k]);
      }
    }
    boolean[] involved = new boolean[claimants.size()];
    List<Quarter> periods = new ArrayList<>();
    BigDecimal atStake = BigDecimal.ZERO;
    for (Map.Entry<Quarter, List<Integer>> e : byQuarter.entrySet()) {
      List<Integer> here = e.getValue();
      String firstProject = claimants.get(here.get(0)).project().id();
      String firstClaim = claimOf[here.get(0)];
      boolean twoProjects = false;
      boolean oneClaim = true;
      for (int i : here) {
        twoProjects |= !claimants.get(i).project().id().equals(firstProject);
        oneClaim &= claimOf[i].equals(firstClaim);
      }
      if (!twoProjects) {
        continue;
      }
      if (definite != null && oneClaim && !firstClaim.equals("null")) {
        continue;
      }
      periods.add(e.getKey());
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal max = null;
      for (BigDecimal pv : pvs.get(e.getKey())) {
        sum = sum.add(pv);
        max = max == null || pv.compareTo(max) > 0 ? pv : max;
      }
      atStake = atStake.add(sum.subtract(max));
      for (int i : here) {
        involved[i] = true;
      }
    }
    // each claimant once, however many quarters it shares
    TreeSet<String> projects = new TreeSet<>();
    TreeSet<String> items = new TreeSet<>();
    TreeSet<Location> locations = new TreeSet<>();
    for (int i = 0; i < claimants.size(); i++) {
      if (involved[i]) {
        Claimant c = claimants.get(i);
        projects.add(c.project().id());
        items.add(c.project().id() + "/" + c.benefit().id());
        locations.add(c.benefit().location());
      }
    }
    if (periods.isEmpty()) {
      return null;
    }
    return new DoubleCount(
        kind,
        key,
        new ArrayList<>(projects),
        new ArrayList<>(items),
        periods,
        atStake,
        new ArrayList<>(locations));
  }
}

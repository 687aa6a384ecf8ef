package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Prices;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Stage;
import org.forcetotaliser.model.Uncertain;

/** Seeded random portfolios for property tests: same seed, same portfolio. */
public final class RandomPortfolio {
  private static final String[] OFFENCES = {"28E", "8N", "105A", "58A", "45", "10D", "39"};
  private static final String[] ROLES = {"sergeant-and-below", "inspector-and-above", "pcso"};
  private static final String[] AREAS = {"northby", "easthaven", "force-wide"};
  private static final String[] CLAIMS = {null, null, "violence/northby", "burglary/easthaven"};

  private final SplittableRandom random;

  public RandomPortfolio(long seed) {
    random = new SplittableRandom(seed);
  }

  private Uncertain pct(int maxPercent) {
    return Uncertain.point(BigDecimal.valueOf(random.nextInt(maxPercent + 1), 2));
  }

  private Uncertain amount(int max) {
    return Uncertain.point(BigDecimal.valueOf(random.nextInt(max * 100 + 1), 2));
  }

  private Profile profile(Quarter start, Quarter end, int max) {
    if (random.nextBoolean()) {
      return new Profile.Rate(amount(max), random.nextBoolean(), null, null, pct(30));
    }
    Map<Object, Uncertain> m = new LinkedHashMap<>();
    for (Quarter q : Quarter.range(start, end)) {
      if (random.nextInt(3) > 0) {
        m.put(q, amount(max));
      }
    }
    if (random.nextBoolean()) {
      m.put(start.year(), amount(max));
    }
    return new Profile.Explicit(m);
  }

  private Benefit benefit(String id, Quarter start, Quarter end) {
    BenefitDetail detail =
        switch (random.nextInt(5)) {
          case 0 ->
              new BenefitDetail.CrimeHarm(
                  OFFENCES[random.nextInt(OFFENCES.length)], BenefitDetail.CountedAs.RECORDED);
          case 1 ->
              new BenefitDetail.HoursFreed(
                  ROLES[random.nextInt(ROLES.length)],
                  BenefitDetail.Use.values()[random.nextInt(3)]);
          case 2 -> new BenefitDetail.Cashable();
          case 3 ->
              new BenefitDetail.Wider(
                  amount(500),
                  FinancialYear.of(2010 + random.nextInt(14)),
                  BenefitDetail.ValueClass.FISCAL,
                  "test",
                  random.nextBoolean());
          default -> new BenefitDetail.Qualitative("score");
        };
    Factors f =
        new Factors(
            pct(40),
            pct(20),
            pct(10),
            pct(10),
            Uncertain.point(BigDecimal.valueOf(50 + random.nextInt(51), 2)),
            pct(40));
    String claim = CLAIMS[random.nextInt(CLAIMS.length)];
    return new Benefit(
        id,
        detail,
        profile(start, end, detail instanceof BenefitDetail.Cashable ? 20000 : 50),
        f,
        null,
        null,
        claim,
        new Location("p.yaml", 1, 1));
  }

  public Project project(int n) {
    Quarter start = Quarter.of(2024 + random.nextInt(3), 1 + random.nextInt(4));
    Quarter end = start.plusQuarters(3 + random.nextInt(14));
    List<Benefit> benefits = new ArrayList<>();
    int nb = 1 + random.nextInt(4);
    for (int i = 0; i < nb; i++) {
      benefits.add(benefit("b" + i, start, end));
    }
    List<Cost> costs = new ArrayList<>();
    int nc = random.nextInt(3);
    for (int i = 0; i < nc; i++) {
      costs.add(
          new Cost(
              "c" + i,
              Cost.Kind.values()[random.nextInt(3)],
              profile(start, end, 30000),
              pct(60),
              null));
    }
    return new Project(
        String.format("p%03d", n),
        "P" + n,
        "Owner",
        BuildingBlock.values()[random.nextInt(6)],
        Stage.values()[random.nextInt(4)],
        AREAS[random.nextInt(AREAS.length)],
        start,
        end,
        random.nextInt(4) == 0 ? Prices.NOMINAL : Prices.REAL,
        costs,
        benefits,
        null);
  }

  public List<Project> projects(int count) {
    List<Project> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(project(i));
    }
    return out;
  }

  /** Actuals for some quarters of some items, up to {@code asOf}. */
  public Actuals actuals(List<Project> projects, Quarter asOf) {
    Map<Actuals.Key, TreeMap<Quarter, Actuals.Cell>> m = new TreeMap<>();
    for (Project p : projects) {
      List<String> items = new ArrayList<>();
      p.benefits().forEach(b -> items.add(b.id()));
      p.costs().forEach(c -> items.add(c.id()));
      for (String item : items) {
        for (Quarter q : Quarter.range(p.start(), p.end())) {
          if (!q.isAfter(asOf) && random.nextInt(3) > 0) {
            m.computeIfAbsent(new Actuals.Key(p.id(), item), k -> new TreeMap<>())
                .put(
                    q,
                    new Actuals.Cell(
                        BigDecimal.valueOf(random.nextInt(100000), 2),
                        new Location("a.csv", 2, 1)));
          }
        }
      }
    }
    return new Actuals(m);
  }
}

package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forcetotaliser.calc.Fixtures.d;

import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.Prices;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Stage;
import org.junit.jupiter.api.Test;

/** Hand-worked roll-ups and double counts (docs/method.md §9). */
class TotaliserTest {
  private static final Quarter Q4 = Quarter.of(2025, 4);

  private static Benefit claimedCash(String id, String claim, Profile profile) {
    return new Benefit(id, new BenefitDetail.Cashable(), profile, null, null, null, claim, null);
  }

  private static Benefit burglary(String id, Profile profile) {
    return new Benefit(
        id,
        new BenefitDetail.CrimeHarm("28E", BenefitDetail.CountedAs.RECORDED),
        profile,
        Factors.NONE,
        null,
        null,
        null,
        null);
  }

  private static ForceTotal total(Project... projects) {
    Appraiser a = new Appraiser(Fixtures.settings(), Fixtures.reference());
    List<ProjectAppraisal> list = new java.util.ArrayList<>();
    for (Project p : projects) {
      list.add(a.appraise(p));
    }
    return Totaliser.total(Q4, list, Map.of(), d("1650"));
  }

  @Test
  void definiteDoubleClaimAndItsPoundsAtStake() {
    // A claims `x` with £1,000 in 2025-26 Q2 and Q3; B claims `x` with £600 in Q3 and Q4.
    // Only Q3 is claimed by both: keep the larger (1,000), so 600 is at stake (DF 1 in
    // 2025-26, the discount year).
    Project a =
        Fixtures.project(
            "a",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                claimedCash(
                    "cash-a", "x", Fixtures.quarters("2025-26 Q2", 1000, "2025-26 Q3", 1000))));
    Project b =
        Fixtures.project(
            "b",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                claimedCash(
                    "cash-b", "x", Fixtures.quarters("2025-26 Q3", 600, "2025-26 Q4", 600))));
    ForceTotal t = total(a, b);
    assertThat(t.doubleCounts()).hasSize(1);
    DoubleCount dc = t.doubleCounts().get(0);
    assertThat(dc.kind()).isEqualTo(DoubleCount.Kind.DEFINITE);
    assertThat(dc.claim()).isEqualTo(new DoubleCount.Named("x"));
    assertThat(dc.projects()).containsExactly("a", "b");
    assertThat(dc.periods()).containsExactly(Quarter.of(2025, 3));
    assertThat(dc.atStake()).isEqualByComparingTo("600");
  }

  @Test
  void sameClaimWithinOneProjectIsNotADoubleCount() {
    Project a =
        Fixtures.project(
            "a",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                claimedCash("one", "x", Fixtures.quarters("2025-26 Q2", 1)),
                claimedCash("two", "x", Fixtures.quarters("2025-26 Q2", 1))));
    assertThat(total(a).doubleCounts()).isEmpty();
  }

  @Test
  void possibleDoubleCountWithAForceWideProject() {
    // burglary (28E, £8,272.1475 a crime at 2024-25 prices) in northby: 1 in 2025-26 Q1;
    // force-wide: 2 in 2025-26 Q1 and 2 in Q2. Overlap Q1 only; keep the larger claim
    // (2 × 8,272.1475 = 16,544.29), so 8,272.15 is at stake.
    Project local =
        Fixtures.project(
            "local",
            Stage.LIVE,
            "northby",
            Prices.REAL,
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(burglary("b1", Fixtures.quarters("2025-26 Q1", 1))));
    Project wide =
        Fixtures.project(
            "wide",
            Stage.LIVE,
            "force-wide",
            Prices.REAL,
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(burglary("b2", Fixtures.quarters("2025-26 Q1", 2, "2025-26 Q2", 2))));
    Project elsewhere =
        Fixtures.project(
            "elsewhere",
            Stage.LIVE,
            "easthaven",
            Prices.REAL,
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(burglary("b3", Fixtures.quarters("2026-27 Q1", 2))));
    ForceTotal t = total(local, wide, elsewhere);
    assertThat(t.doubleCounts()).hasSize(1);
    DoubleCount dc = t.doubleCounts().get(0);
    assertThat(dc.kind()).isEqualTo(DoubleCount.Kind.POSSIBLE);
    assertThat(dc.claim())
        .isEqualTo(new DoubleCount.CategoryInArea("domestic-burglary", "northby"));
    assertThat(dc.projects()).containsExactly("local", "wide");
    assertThat(dc.periods()).containsExactly(Quarter.of(2025, 1));
    assertThat(Decimals.pence(dc.atStake())).isEqualByComparingTo("8272.15");
  }

  @Test
  void pipelineIsKeptApartFromTheCommittedTotal() {
    Project committed =
        Fixtures.project(
            "c",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(Fixtures.cash("cash", Fixtures.quarters("2025-26 Q1", 500))));
    Project proposed =
        Fixtures.project(
            "p",
            Stage.PROPOSED,
            "northby",
            Prices.REAL,
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(Fixtures.cash("cash", Fixtures.quarters("2025-26 Q1", 300))));
    ForceTotal t = total(committed, proposed);
    assertThat(t.committed().measures().pvBenefits()).isEqualByComparingTo("500");
    assertThat(t.pipeline().measures().pvBenefits()).isEqualByComparingTo("300");
    assertThat(t.breakdowns().get(Breakdown.STAGE))
        .extracting(Summary::key)
        .containsExactly("approved");
  }
}

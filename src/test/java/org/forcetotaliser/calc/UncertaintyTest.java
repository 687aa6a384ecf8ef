package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.forcetotaliser.calc.Fixtures.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Uncertain;
import org.junit.jupiter.api.Test;

/** Hand-worked scenarios, tornado, switching values and simulation (docs/method.md §10). */
class UncertaintyTest {
  private static final Quarter Q4_2025 = Quarter.of(2025, 4);

  private static Appraiser appraiser() {
    return new Appraiser(Fixtures.settings(), Fixtures.reference());
  }

  /**
   * Cash per_year 800..1200 (likely 1000) over 2025-26 only (the discount year: DF 1); a cost of
   * £900 with optimism bias 0%..20% (likely 10%).
   */
  private static Project twoInputs() {
    Benefit cash =
        new Benefit(
            "saving",
            new BenefitDetail.Cashable(),
            new Profile.Rate(new Uncertain(d("800"), d("1000"), d("1200")), true, null, null, null),
            null,
            null,
            null,
            null,
            null);
    Cost cost =
        new Cost(
            "kit",
            Cost.Kind.CAPITAL,
            Fixtures.quarters("2025-26 Q1", 900),
            new Uncertain(d("0"), d("0.1"), d("0.2")),
            null);
    return Fixtures.project("two", Fixtures.Q1_2025, Q4_2025, List.of(cost), List.of(cash));
  }

  @Test
  void rangedInputsAreTypedAndPrintedAsTheirPath() {
    assertThat(RangedInput.of(twoInputs()))
        .extracting(RangedInput::ref)
        .containsExactly(
            InputRef.Item.cost("kit").ref(InputRef.Factor.OPTIMISM_BIAS),
            InputRef.Item.benefit("saving").ref(InputRef.Factor.PER_YEAR));
    assertThat(RangedInput.of(twoInputs()))
        .extracting(r -> r.ref().path())
        .containsExactly("costs.kit.optimism_bias", "benefits.saving.profile.per_year");
    assertThat(InputRef.Item.benefit("x").entry(Quarter.of(2025, 2)).path())
        .isEqualTo("benefits.x.profile.2025-26 Q2");
  }

  @Test
  void scenariosTakeTheEndThatLowersOrRaisesNpsv() {
    // likely: 1,000 − 900 × 1.1 = 10
    // low:    800 − 900 × 1.2 = −280 (low benefit, high optimism bias)
    // high:   1,200 − 900 × 1.0 = 300
    Sensitivity.Scenarios s = Sensitivity.scenarios(appraiser(), twoInputs());
    assertThat(s.likely().measures().npsv()).isEqualByComparingTo("10");
    assertThat(s.low().measures().npsv()).isEqualByComparingTo("-280");
    assertThat(s.high().measures().npsv()).isEqualByComparingTo("300");
  }

  @Test
  void tornadoIsSortedBySwing() {
    // per_year alone: 800 − 990 = −190, 1,200 − 990 = 210 → swing 400
    // optimism bias alone: 1,000 − 900 = 100 at 0 %, 1,000 − 1,080 = −80 at 20 % → swing 180
    List<Sensitivity.Bar> bars = Sensitivity.tornado(appraiser(), twoInputs());
    assertThat(bars)
        .extracting(Sensitivity.Bar::input)
        .containsExactly("benefits.saving.profile.per_year", "costs.kit.optimism_bias");
    assertThat(bars.get(0).npsvAtLow()).isEqualByComparingTo("-190");
    assertThat(bars.get(0).npsvAtHigh()).isEqualByComparingTo("210");
    assertThat(bars.get(1).npsvAtLow()).isEqualByComparingTo("100");
    assertThat(bars.get(1).npsvAtHigh()).isEqualByComparingTo("-80");
    assertThat(bars.get(1).swing()).isEqualByComparingTo("180");
  }

  @Test
  void switchingValues() {
    // per_year: x − 990 = 0 → 990; optimism bias: 1,000 − 900 (1 + x) = 0 → x = 1/9
    List<Sensitivity.Switch> s = Sensitivity.switching(appraiser(), twoInputs());
    assertThat(s.get(0).input()).isEqualTo("costs.kit.optimism_bias");
    assertThat(s.get(0).value()).isCloseTo(d("0.1111111111"), within(d("1e-10")));
    assertThat(s.get(1).value()).isCloseTo(d("990"), within(d("1e-20")));
  }

  @Test
  void noSwitchingValueWhenNpsvKeepsItsSign() {
    Benefit cash =
        new Benefit(
            "saving",
            new BenefitDetail.Cashable(),
            new Profile.Rate(
                new Uncertain(d("2000"), d("3000"), d("4000")), true, null, null, null),
            null,
            null,
            null,
            null,
            null);
    Cost cost = Fixtures.cost("kit", Fixtures.quarters("2025-26 Q1", 900), "0");
    Project p = Fixtures.project("safe", Fixtures.Q1_2025, Q4_2025, List.of(cost), List.of(cash));
    assertThat(Sensitivity.switching(appraiser(), p).get(0).value()).isNull();
  }

  private static Uncertain range(String low, String likely, String high) {
    return new Uncertain(d(low), d(likely), d(high));
  }

  /**
   * Every kind of ranged input: a crime-harm benefit's factors, an hours-freed rate with a ranged
   * drop-off (NPSV is not linear in it), a wider benefit's unit value, an explicit profile keyed by
   * quarter and by year, costs' optimism bias and amounts, over three years.
   */
  private static Project everyKind() {
    Factors f =
        new Factors(
            range("0.05", "0.1", "0.3"),
            range("0", "0.05", "0.1"),
            Uncertain.ZERO,
            range("0", "0", "0.1"),
            range("0.4", "0.6", "0.7"),
            range("0.1", "0.2", "0.4"));
    Benefit crime =
        Fixtures.crime(
            "fewer-burglaries", "29A", Fixtures.quarters("2025-26 Q2", 3, "2026-27", 8), f);
    Benefit hours =
        new Benefit(
            "hours",
            new BenefitDetail.HoursFreed("sergeant-and-below", BenefitDetail.Use.REDEPLOYED),
            new Profile.Rate(
                range("150", "250", "300"), false, null, null, range("0", "0.1", "0.25")),
            null,
            null,
            null,
            null,
            null);
    Map<Object, Uncertain> wider = new LinkedHashMap<>();
    wider.put(FinancialYear.of(2025), range("10", "20", "25"));
    wider.put(Quarter.of(2027, 1), Uncertain.point("4"));
    Benefit partner =
        new Benefit(
            "partner",
            new BenefitDetail.Wider(
                range("300", "415", "500"),
                FinancialYear.of(2008),
                BenefitDetail.ValueClass.FISCAL,
                null,
                false),
            new Profile.Explicit(wider),
            null,
            null,
            null,
            null,
            null);
    Cost staff =
        new Cost(
            "staff",
            Cost.Kind.REVENUE,
            new Profile.Rate(range("40000", "45000", "60000"), true, null, null, null),
            range("0", "0.1", "0.5"),
            null);
    Cost kit = Fixtures.cost("kit", Fixtures.quarters("2025-26 Q1", 12000), "0.2");
    return Fixtures.project(
        "every",
        Fixtures.Q1_2025,
        Quarter.of(2027, 4),
        List.of(staff, kit),
        List.of(crime, hours, partner));
  }

  @Test
  void eachTornadoEndIsTheWholeAppraisalWithThatInputMoved() {
    // the tornado re-appraises only the moved input's item; the sum of the items is exact,
    // so each end must equal the whole project appraised again, to the last digit
    Appraiser a = appraiser();
    Project p = everyKind();
    List<RangedInput> inputs = RangedInput.of(p);
    // staff: optimism bias, per_year; crime: deadweight, displacement, substitution,
    // attribution, optimism bias; hours: per_quarter, drop_off; partner: unit_value, 2025-26
    assertThat(inputs).hasSize(11);
    List<Sensitivity.Bar> bars = Sensitivity.tornado(a, p);
    assertThat(bars).hasSize(inputs.size());
    for (RangedInput in : inputs) {
      Sensitivity.Bar bar =
          bars.stream().filter(b -> b.ref().equals(in.ref())).findFirst().orElseThrow();
      assertThat(bar.npsvAtLow())
          .as(in.ref().path())
          .isEqualByComparingTo(
              a.appraise(p, Resolver.only(in.ref(), in.range().low())).measures().npsv());
      assertThat(bar.npsvAtHigh())
          .as(in.ref().path())
          .isEqualByComparingTo(
              a.appraise(p, Resolver.only(in.ref(), in.range().high())).measures().npsv());
    }
  }

  @Test
  void aSwitchingValueMakesTheWholeAppraisalZero() {
    Appraiser a = appraiser();
    Project p = everyKind();
    BigDecimal likely = a.appraise(p).measures().npsv();
    int found = 0;
    for (Sensitivity.Switch s : Sensitivity.switching(a, p)) {
      if (s.value() != null) {
        found++;
        BigDecimal npsv = a.appraise(p, Resolver.only(s.ref(), s.value())).measures().npsv();
        assertThat(npsv)
            .as(s.input())
            .isCloseTo(BigDecimal.ZERO, within(likely.abs().movePointLeft(12).max(d("1e-12"))));
      }
    }
    assertThat(found).isPositive();
  }

  @Test
  void theSimulationAgreesWithTheAppraisalWhenNothingIsRanged() {
    // no ranged input: every draw is the likely appraisal, here in double (16 digits)
    Appraiser a = appraiser();
    for (Project p : new RandomPortfolio(3).projects(20)) {
      Simulation.Result r = Simulation.run(a, List.of(p), List.of(true), 3, 1, n -> {}).portfolio();
      Measures m = a.appraise(p).measures();
      BigDecimal tolerance =
          m.pvBenefits().abs().add(m.pvCosts().abs()).movePointLeft(12).max(d("1e-9"));
      assertThat(r.npsv().p50()).isCloseTo(m.npsv(), within(tolerance));
      assertThat(r.pvBenefits().mean()).isCloseTo(m.pvBenefits(), within(tolerance));
    }
  }

  @Test
  void simulatedPercentilesLieBetweenTheLowAndHighScenarios() {
    // NPSV moves one way with each input whatever the others are, so no draw lies below the
    // low scenario (every input at its worse end) or above the high one
    Appraiser a = appraiser();
    Project p = everyKind();
    Simulation.Result r = Simulation.run(a, List.of(p), List.of(true), 200, 3, n -> {}).portfolio();
    Sensitivity.Scenarios s = Sensitivity.scenarios(a, p);
    assertThat(r.npsv().p10()).isBetween(s.low().measures().npsv(), r.npsv().p50());
    assertThat(r.npsv().p90()).isBetween(r.npsv().p50(), s.high().measures().npsv());
  }

  @Test
  void triangularInverseDistribution() {
    // triangular(0, 0, 1000): F(x) = 1 − (1 − x/1000)², so x = 1000 − 1000 √(1 − u)
    // u = 0.75 → 1000 − 1000 × 0.5 = 500
    assertThat(Simulation.triangular(0, 0, 1000, 0.75)).isEqualTo(500.0);
    // symmetric (0, 500, 1000): u = 0.125 → √(0.125 × 1000 × 500) = 250
    assertThat(Simulation.triangular(0, 500, 1000, 0.125)).isEqualTo(250.0);
    // (800, 1000, 1200), u = 0.875 → 1200 − √(0.125 × 400 × 200) = 1200 − 100 = 1100
    assertThat(Simulation.triangular(800, 1000, 1200, 0.875)).isEqualTo(1100.0);
    // a point: its value whatever u
    assertThat(Simulation.triangular(7, 7, 7, 0.3)).isEqualTo(7.0);
  }

  private static Simulation.Outcome simulateOneInput(long seed) {
    // cash per_year triangular(0, 0, 1000) in 2025-26 only, no cost: NPSV = the draw itself
    Benefit cash =
        new Benefit(
            "saving",
            new BenefitDetail.Cashable(),
            new Profile.Rate(new Uncertain(d("0"), d("0"), d("1000")), true, null, null, null),
            null,
            null,
            null,
            null,
            null);
    Project p = Fixtures.project("one", Fixtures.Q1_2025, Q4_2025, List.of(), List.of(cash));
    return Simulation.run(appraiser(), List.of(p), List.of(true), 10_000, seed, n -> {});
  }

  @Test
  void simulationMatchesTheClosedForm() {
    // triangular(0, 0, 1000): mean (0 + 0 + 1000) / 3 = 333.33; median 1000 (1 − √0.5) = 292.89
    // standard deviation √(1000² / 18) = 235.7, so with 10,000 draws the mean's standard
    // error is 2.36 and the median's about 3: allow ±10 (over 3 standard errors)
    Simulation.Result r = simulateOneInput(42).portfolio();
    assertThat(r.npsv().mean()).isCloseTo(d("333.33"), within(d("10")));
    assertThat(r.npsv().p50()).isCloseTo(d("292.89"), within(d("10")));
    // P90: 1000 (1 − √0.1) = 683.77
    assertThat(r.npsv().p90()).isCloseTo(d("683.77"), within(d("15")));
    assertThat(r.pNpsvPositive()).isEqualByComparingTo("1");
    assertThat(r.bcr()).isNull();
  }

  @Test
  void simulatedFiguresMatchAnIndependentComputation() {
    // src/test/resources/uncertainty/simulation_check.py computes this case independently:
    // it re-implements SplittableRandom (SplitMix64) in Python integers, draws the same
    // uniform numbers for seed 5 (optimism bias first, then the saving), applies the
    // triangular inverse distribution function in exact fractions (square roots to 40
    // digits) and takes nearest-rank percentiles of NPSV = saving − 900 × (1 + bias).
    // It prints, for 11 draws:
    //   p10 −57.8116855350, p50 −9.8642086282, p90 155.2513572235, mean 20.4211212602,
    //   P(NPSV > 0) = 5/11.
    // The simulation works in double: agreement to 1e-9 (pounds) shows the same draws and
    // the same formula, with only binary rounding between them.
    Simulation.Result r =
        Simulation.run(appraiser(), List.of(twoInputs()), List.of(true), 11, 5, n -> {})
            .portfolio();
    assertThat(r.npsv().p10()).isCloseTo(d("-57.8116855350"), within(d("1e-9")));
    assertThat(r.npsv().p50()).isCloseTo(d("-9.8642086282"), within(d("1e-9")));
    assertThat(r.npsv().p90()).isCloseTo(d("155.2513572235"), within(d("1e-9")));
    assertThat(r.npsv().mean()).isCloseTo(d("20.4211212602"), within(d("1e-9")));
    assertThat(r.pNpsvPositive())
        .isEqualByComparingTo(
            BigDecimal.valueOf(5).divide(BigDecimal.valueOf(11), Decimals.CONTEXT));
  }

  @Test
  void theSameSeedGivesTheSameFigures() {
    Simulation.Result a = simulateOneInput(7).portfolio();
    Simulation.Result b = simulateOneInput(7).portfolio();
    Simulation.Result c = simulateOneInput(8).portfolio();
    assertThat(a).isEqualTo(b);
    assertThat(c.npsv().mean()).isNotEqualByComparingTo(a.npsv().mean());
  }

  @Test
  void aProjectsDrawsDoNotDependOnTheOthers() {
    Appraiser ap = appraiser();
    Project first = twoInputs();
    List<Project> both = new ArrayList<>(List.of(first, new RandomPortfolio(3).project(1)));
    Simulation.Outcome alone = Simulation.run(ap, List.of(first), List.of(true), 200, 5, n -> {});
    Simulation.Outcome together = Simulation.run(ap, both, List.of(true, false), 200, 5, n -> {});
    assertThat(together.projects().get(0)).isEqualTo(alone.projects().get(0));
    assertThat(together.portfolio()).isEqualTo(alone.portfolio());
  }

  @Test
  void progressReportsTheShareOfDrawsDone() {
    List<Double> heard = new ArrayList<>();
    Simulation.run(
        appraiser(),
        List.of(twoInputs(), everyKind()),
        List.of(true, false),
        70_000,
        1,
        heard::add);
    // both projects are drawn alone (70,000 each) and the committed one once more for the
    // portfolio: 210,000 draws, heard every 65,536 (3 times) and at the end
    assertThat(heard)
        .containsExactly(65_536 / 210_000.0, 131_072 / 210_000.0, 196_608 / 210_000.0, 1.0);
  }

  @Test
  void selectionFindsWhatASortWouldPutThere() {
    // percentiles are selected, not sorted: against a full sort on small arrays with ties
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + random.nextInt(60);
      double[] a = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = random.nextInt(trial % 2 == 0 ? 5 : 1000) - 2;
      }
      double[] sorted = a.clone();
      java.util.Arrays.sort(sorted);
      int k = random.nextInt(n);
      Simulation.Distribution.select(a, 0, n - 1, k);
      assertThat(a[k]).isEqualTo(sorted[k]);
      for (int i = 0; i < n; i++) {
        assertThat(i < k ? a[i] <= a[k] : a[i] >= a[k]).isTrue();
      }
    }
  }
}

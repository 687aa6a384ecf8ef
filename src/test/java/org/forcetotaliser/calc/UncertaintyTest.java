package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.forcetotaliser.calc.Fixtures.d;

import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-worked scenarios, tornado, switching values and simulation (SPEC §4.8). */
class UncertaintyTest {
  private static final Quarter Q4_2025 = Quarter.of(2025, 4);

  private static Appraiser appraiser() {
    return new Appraiser(Fixtures.settings(), Fixtures.reference());
  }

  /**
   * Cash per_year 800..1200 (likely 1000) over 2025-26 only (the discount year: DF 1); a cost
   * of £900 with optimism bias 0%..20% (likely 10%).
   */
  private static Project twoInputs() {
    Benefit cash = new Benefit("saving", new BenefitDetail.Cashable(),
        new Profile.Rate(new Uncertain(d("800"), d("1000"), d("1200")), true, null, null, null),
        null, null, null, null, null);
    Cost cost = new Cost("kit", Cost.Kind.CAPITAL, Fixtures.quarters("2025-26 Q1", 900),
        new Uncertain(d("0"), d("0.1"), d("0.2")), null);
    return Fixtures.project("two", Fixtures.Q1_2025, Q4_2025, List.of(cost), List.of(cash));
  }

  @Test
  void rangedInputsAreNamedByTheirPath() {
    assertThat(RangedInputs.ranged(twoInputs())).extracting(RangedInput::path)
        .containsExactly("costs.kit.optimism_bias", "benefits.saving.profile.per_year");
  }

  @Test
  void scenariosTakeTheEndThatLowersOrRaisesNpsv() {
    // likely: 1,000 − 900 × 1.1 = 10
    // low:    800 − 900 × 1.2 = −280 (low benefit, high optimism bias)
    // high:   1,200 − 900 × 1.0 = 300
    Appraiser a = appraiser();
    Sensitivity.Scenarios s = Sensitivity.scenarios(a, new NpsvModel(a, twoInputs()));
    assertThat(s.likely().measures().npsv()).isEqualByComparingTo("10");
    assertThat(s.low().measures().npsv()).isEqualByComparingTo("-280");
    assertThat(s.high().measures().npsv()).isEqualByComparingTo("300");
  }

  @Test
  void tornadoIsSortedBySwing() {
    // per_year alone: 800 − 990 = −190, 1,200 − 990 = 210 → swing 400
    // optimism bias alone: 1,000 − 900 = 100 at 0 %, 1,000 − 1,080 = −80 at 20 % → swing 180
    Appraiser a = appraiser();
    List<Sensitivity.Bar> bars = Sensitivity.tornado(new NpsvModel(a, twoInputs()));
    assertThat(bars).extracting(Sensitivity.Bar::input).containsExactly(
        "benefits.saving.profile.per_year", "costs.kit.optimism_bias");
    assertThat(bars.get(0).npsvAtLow()).isEqualByComparingTo("-190");
    assertThat(bars.get(0).npsvAtHigh()).isEqualByComparingTo("210");
    assertThat(bars.get(1).npsvAtLow()).isEqualByComparingTo("100");
    assertThat(bars.get(1).npsvAtHigh()).isEqualByComparingTo("-80");
    assertThat(bars.get(1).swing()).isEqualByComparingTo("180");
  }

  @Test
  void switchingValues() {
    // per_year: x − 990 = 0 → 990; optimism bias: 1,000 − 900 (1 + x) = 0 → x = 1/9
    Appraiser a = appraiser();
    List<Sensitivity.Switch> s = Sensitivity.switching(new NpsvModel(a, twoInputs()));
    assertThat(s.get(0).input()).isEqualTo("costs.kit.optimism_bias");
    assertThat(s.get(0).value()).isCloseTo(d("0.1111111111"), within(d("1e-10")));
    assertThat(s.get(1).value()).isCloseTo(d("990"), within(d("1e-20")));
  }

  @Test
  void noSwitchingValueWhenNpsvKeepsItsSign() {
    Benefit cash = new Benefit("saving", new BenefitDetail.Cashable(),
        new Profile.Rate(new Uncertain(d("2000"), d("3000"), d("4000")), true, null, null,
            null), null, null, null, null, null);
    Cost cost = Fixtures.cost("kit", Fixtures.quarters("2025-26 Q1", 900), "0");
    Project p = Fixtures.project("safe", Fixtures.Q1_2025, Q4_2025, List.of(cost),
        List.of(cash));
    assertThat(Sensitivity.switching(new NpsvModel(appraiser(), p)).get(0).value()).isNull();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void theModelAgreesWithTheAppraisalAtLikelyValues(long seed) {
    Appraiser a = appraiser();
    for (Project p : new RandomPortfolio(seed).projects(20)) {
      NpsvModel.Result r = new NpsvModel(a, p).evaluate(Resolver.LIKELY);
      Measures m = a.appraise(p).measures();
      assertThat(r.pvBenefits()).isCloseTo(m.pvBenefits(), within(d("1e-20")));
      assertThat(r.pvCosts()).isCloseTo(m.pvCosts(), within(d("1e-20")));
    }
  }

  @Test
  void triangularInverseDistribution() {
    // triangular(0, 0, 1000): F(x) = 1 − (1 − x/1000)², so x = 1000 − 1000 √(1 − u)
    // u = 0.75 → 1000 − 1000 × 0.5 = 500
    assertThat(Simulation.triangular(d("0"), d("0"), d("1000"), d("0.75")))
        .isEqualByComparingTo("500");
    // symmetric (0, 500, 1000): u = 0.125 → √(0.125 × 1000 × 500) = 250
    assertThat(Simulation.triangular(d("0"), d("500"), d("1000"), d("0.125")))
        .isEqualByComparingTo("250");
  }

  private static Simulation.Outcome simulateOneInput(long seed) {
    // cash per_year triangular(0, 0, 1000) in 2025-26 only, no cost: NPSV = the draw itself
    Benefit cash = new Benefit("saving", new BenefitDetail.Cashable(),
        new Profile.Rate(new Uncertain(d("0"), d("0"), d("1000")), true, null, null, null),
        null, null, null, null, null);
    Project p = Fixtures.project("one", Fixtures.Q1_2025, Q4_2025, List.of(), List.of(cash));
    return Simulation.run(List.of(new NpsvModel(appraiser(), p)), List.of(true), 10_000, seed);
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
    NpsvModel first = new NpsvModel(ap, twoInputs());
    List<NpsvModel> both = new ArrayList<>(List.of(first,
        new NpsvModel(ap, new RandomPortfolio(3).project(1))));
    Simulation.Outcome alone = Simulation.run(List.of(first), List.of(true), 200, 5);
    Simulation.Outcome together = Simulation.run(both, List.of(true, false), 200, 5);
    assertThat(together.projects().get(0)).isEqualTo(alone.projects().get(0));
    assertThat(together.portfolio()).isEqualTo(alone.portfolio());
  }
}

package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Uncertain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every figure is linear in the profiles: doubling every cost and benefit profile of a project
 * doubles every £, hour and harm figure, and leaves the ratios (BCR) alone. Exactly, up to the 34
 * significant digits that a division is carried to (discount and deflator factors): the two sides
 * may differ in the 31st significant digit, never above it.
 */
class ScalingPropertiesTest {
  private static final BigDecimal TWO = new BigDecimal(2);

  @ParameterizedTest
  @ValueSource(longs = {41, 42, 43, 44, 45, 46})
  void doublingEveryProfileDoublesEveryFigure(long seed) {
    Appraiser a = new Appraiser(Fixtures.settings(), Fixtures.reference());
    int checked = 0;
    for (Project p : new RandomPortfolio(seed).projects(20)) {
      ProjectAppraisal once = a.appraise(p);
      ProjectAppraisal twice = a.appraise(doubled(p));
      Totals t1 = once.totals();
      Totals t2 = twice.totals();
      String id = p.id();
      assertDoubled(id + " pvBenefits", t1.pvBenefits(), t2.pvBenefits());
      assertDoubled(id + " pvCashable", t1.pvCashable(), t2.pvCashable());
      assertDoubled(id + " pvCosts", t1.pvCosts(), t2.pvCosts());
      assertDoubled(id + " valueBenefits", t1.valueBenefits(), t2.valueBenefits());
      assertDoubled(id + " valueCosts", t1.valueCosts(), t2.valueCosts());
      assertDoubled(id + " offences", t1.offences(), t2.offences());
      assertDoubled(id + " harmCss", t1.harmCss(), t2.harmCss());
      assertDoubled(id + " harmCchi", t1.harmCchi(), t2.harmCchi());
      assertDoubled(id + " hours", t1.hours(), t2.hours());
      assertThat(t2.byYear().keySet()).isEqualTo(t1.byYear().keySet());
      for (Map.Entry<FinancialYear, Totals.YearFlow> y : t1.byYear().entrySet()) {
        Totals.YearFlow y2 = t2.byYear().get(y.getKey());
        assertDoubled(
            id + " " + y.getKey() + " benefits", y.getValue().pvBenefits(), y2.pvBenefits());
        assertDoubled(id + " " + y.getKey() + " costs", y.getValue().pvCosts(), y2.pvCosts());
      }
      if (t1.pvCosts() != null && t1.pvCosts().signum() > 0 && t1.pvBenefits() != null) {
        // BCR = PV benefits / PV costs: the same ratio
        BigDecimal left = t2.pvBenefits().multiply(t1.pvCosts());
        assertThat(left)
            .isCloseTo(
                t1.pvBenefits().multiply(t2.pvCosts()),
                org.assertj.core.api.Assertions.within(left.abs().scaleByPowerOfTen(-29)));
      }
      checked++;
    }
    assertThat(checked).isEqualTo(20);
  }

  /** {@code twice} is exactly 2 × {@code once}; a missing figure stays missing. */
  private static void assertDoubled(String what, BigDecimal once, BigDecimal twice) {
    if (once == null) {
      assertThat(twice).as(what).isNull();
      return;
    }
    BigDecimal expected = once.multiply(TWO);
    assertThat(twice)
        .as(what)
        .isCloseTo(
            expected,
            org.assertj.core.api.Assertions.within(expected.abs().scaleByPowerOfTen(-30)));
  }

  static Project doubled(Project p) {
    List<Cost> costs =
        p.costs().stream()
            .map(
                c ->
                    new Cost(
                        c.id(), c.kind(), doubled(c.profile()), c.optimismBias(), c.location()))
            .toList();
    List<Benefit> benefits =
        p.benefits().stream()
            .map(
                b ->
                    new Benefit(
                        b.id(),
                        b.detail(),
                        doubled(b.profile()),
                        b.factors(),
                        b.evidence(),
                        b.confidence(),
                        b.claim(),
                        b.location()))
            .toList();
    return new Project(
        p.id(),
        p.name(),
        p.owner(),
        p.buildingBlock(),
        p.stage(),
        p.area(),
        p.start(),
        p.end(),
        p.prices(),
        costs,
        benefits,
        p.location());
  }

  static Profile doubled(Profile profile) {
    if (profile instanceof Profile.Rate r) {
      // the drop-off is a percentage: it stays
      return new Profile.Rate(
          r.amount().multipliedBy(TWO), r.perYear(), r.from(), r.to(), r.dropOff());
    }
    Profile.Explicit e = (Profile.Explicit) profile;
    Map<Object, Uncertain> m = new LinkedHashMap<>();
    e.entries().forEach((k, v) -> m.put(k, v.multipliedBy(TWO)));
    return new Profile.Explicit(m, e.locations());
  }
}

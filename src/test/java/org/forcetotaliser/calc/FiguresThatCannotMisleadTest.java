package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.forcetotaliser.calc.Fixtures.d;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.CrimeCost;
import org.forcetotaliser.model.DiscountSchedule;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Prices;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Stage;
import org.forcetotaliser.model.Tolerance;
import org.forcetotaliser.render.ExplainRenderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked checks of the rules that keep a figure from changing meaning: the price base of real
 * amounts, the published crime cost total, per-benefit discount schedules, ratios that are absent
 * when nothing is monetised, and reconcile rows that add up (method.md §4–§8). GDP deflators:
 * 2019-20 = 80.8738, 2023-24 = 96.1117, 2024-25 = 100.
 */
class FiguresThatCannotMisleadTest {
  private static final BigDecimal PENNY = d("0.005");
  private static final FinancialYear FY2023 = FinancialYear.of(2023);

  /** Real cost £10,000 and real cash saving £12,000, both in 2025-26 Q1 (DF 1). */
  private static Project realProject(FinancialYear priceYear) {
    return new Project(
        "real",
        "Real",
        "Owner",
        BuildingBlock.PROJECTS_AND_PREVENTION,
        Stage.APPROVED,
        "northby",
        Fixtures.Q1_2025,
        Fixtures.Q4_2026,
        Prices.REAL,
        List.of(Fixtures.cost("set-up", Fixtures.quarters("2025-26 Q1", 10000), "0")),
        List.of(Fixtures.cash("saving", Fixtures.quarters("2025-26 Q1", 12000))),
        null,
        priceYear);
  }

  @Nested
  class PriceBase {
    @Test
    void realAmountsAreRestatedWithEveryOtherPound() {
      // force price base 2024-25; restated in 2023-24 prices: × 96.1117 / 100 = 0.961117
      // cost 10,000 → 9,611.17; saving 12,000 → 11,533.404; BCR 1.2 either way
      ForceSettings restated = Fixtures.settings().restatedIn(FY2023);
      ProjectAppraisal a =
          new Appraiser(restated, Fixtures.reference()).appraise(realProject(null));
      assertThat(a.measures().pvCosts()).isCloseTo(d("9611.17"), within(PENNY));
      assertThat(a.measures().pvBenefits()).isCloseTo(d("11533.40"), within(PENNY));
      assertThat(Decimals.fourPlaces(a.measures().bcr())).isEqualByComparingTo("1.2000");
      // the discount year stays 2025-26, not the report's price base
      assertThat(restated.discountYear()).isEqualTo(Fixtures.FY2025);
      assertThat(restated.realPriceYear()).isEqualTo(Fixtures.FY2024);
    }

    @Test
    void aProjectsOwnPriceYearIsUprated() {
      // price_year 2023-24, price base 2024-25: × 100 / 96.1117 = 1.0404560527
      // cost 10,000 → 10,404.56; saving 12,000 → 12,485.47
      ProjectAppraisal a =
          new Appraiser(Fixtures.settings(), Fixtures.reference()).appraise(realProject(FY2023));
      assertThat(a.measures().pvCosts()).isCloseTo(d("10404.56"), within(PENNY));
      assertThat(a.measures().pvBenefits()).isCloseTo(d("12485.47"), within(PENNY));
    }
  }

  @Nested
  class CrimeCosts {
    @Test
    void allThreeComponentsUseThePublishedTotal() {
      // homicide: 68,700 + 2,637,190 + 640,780 = 3,346,670, but the published total is
      // 3,346,680; × 100 / 80.8738 = £4,138,151.05 (the sum would give £4,138,138.68)
      ForceSettings all =
          ForceSettings.builder()
              .force("Test")
              .priceBase(Fixtures.FY2024)
              .discountYear(Fixtures.FY2025)
              .components(EnumSet.allOf(CrimeCost.CostComponent.class))
              .build();
      Project p =
          Fixtures.project(
              "homicide",
              Fixtures.Q1_2025,
              Fixtures.Q4_2026,
              List.of(),
              List.of(
                  Fixtures.crime("fewer", "1", Fixtures.quarters("2025-26 Q1", 1), Factors.NONE)));
      BenefitAppraisal b = new Appraiser(all, Fixtures.reference()).appraise(p).benefits().get(0);
      assertThat(b.unit().fixed()).isCloseTo(d("4138151.05"), within(PENNY));
    }

    @Test
    void twoComponentsAreSummed() {
      // consequence 2,637,190 + response 640,780 = 3,277,970 × 100 / 80.8738 = 4,053,191.52
      Project p =
          Fixtures.project(
              "homicide",
              Fixtures.Q1_2025,
              Fixtures.Q4_2026,
              List.of(),
              List.of(
                  Fixtures.crime("fewer", "1", Fixtures.quarters("2025-26 Q1", 1), Factors.NONE)));
      BenefitAppraisal b =
          new Appraiser(Fixtures.settings(), Fixtures.reference()).appraise(p).benefits().get(0);
      assertThat(b.unit().fixed()).isCloseTo(d("4053191.52"), within(PENNY));
    }
  }

  @Nested
  class Schedules {
    @Test
    void aHealthBenefitIsDiscountedOnTheHealthSchedule() {
      // cash £1,000 in 2026-27 (t = 1): health 1 / 1.015 = 985.22; the cost of £1,000 in the
      // same year stays on the force's standard schedule: 1 / 1.035 = 966.18
      Benefit health =
          new Benefit(
              "attendances",
              new BenefitDetail.Cashable(),
              Fixtures.quarters("2026-27 Q1", 1000),
              null,
              null,
              null,
              null,
              null,
              DiscountSchedule.HEALTH);
      Project p =
          Fixtures.project(
              "triage",
              Fixtures.Q1_2025,
              Fixtures.Q4_2026,
              List.of(Fixtures.cost("nurse", Fixtures.quarters("2026-27 Q1", 1000), "0")),
              List.of(health));
      Appraiser appraiser = new Appraiser(Fixtures.settings(), Fixtures.reference());
      ProjectAppraisal a = appraiser.appraise(p);
      assertThat(a.benefits().get(0).pv()).isCloseTo(d("985.22"), within(PENNY));
      assertThat(a.costs().get(0).pv()).isCloseTo(d("966.18"), within(PENNY));
      assertThat(
              ExplainRenderer.formula(appraiser.discounting(health).step(FinancialYear.of(2026))))
          .isEqualTo("DF 0.985222 = 1/1.015^1");
    }

    @Test
    void aFactorAcrossRateBandsShowsEachBand() {
      // year 32 on the standard schedule: 30 years at 3.5 %, then 2 at 3.0 %
      // 1 / (1.035^30 × 1.03^2) = 0.3562784106 / 1.0609 = 0.33582657…, to 6 places 0.335827
      Discounting d =
          new Discounting(Fixtures.reference(), DiscountSchedule.STANDARD, Fixtures.FY2025);
      assertThat(ExplainRenderer.formula(d.step(FinancialYear.of(2057))))
          .isEqualTo("DF 0.335827 = 1/(1.035^30 × 1.03^2)");
      assertThat(ExplainRenderer.formula(d.step(Fixtures.FY2025)))
          .isEqualTo("DF 1.000000 (year 0)");
    }
  }

  @Nested
  class NotMonetised {
    @Test
    void aProjectWithOnlyQualitativeBenefitsHasNoRatios() {
      // costs £10,000, no £ benefit: npsv −10,000, but no BCR of 0 nor switching value
      Benefit survey =
          new Benefit(
              "confidence",
              new BenefitDetail.Qualitative("% confident"),
              Fixtures.quarters("2025-26 Q4", 60),
              null,
              null,
              null,
              null,
              null);
      Project p =
          Fixtures.project(
              "academy",
              Fixtures.Q1_2025,
              Fixtures.Q4_2026,
              List.of(Fixtures.cost("trainers", Fixtures.quarters("2025-26 Q1", 10000), "0")),
              List.of(survey));
      Measures m = new Appraiser(Fixtures.settings(), Fixtures.reference()).appraise(p).measures();
      assertThat(m.npsv()).isEqualByComparingTo("-10000");
      assertThat(m.bcr()).isNull();
      assertThat(m.cashRoi()).isNull();
      assertThat(m.switchingValue()).isNull();
      assertThat(m.ratiosAbsentReason()).isEqualTo("not monetised");
    }

    @Test
    void aNotCostedOffenceIsNotMonetisedEither() {
      Project p =
          Fixtures.project(
              "knives",
              Fixtures.Q1_2025,
              Fixtures.Q4_2026,
              List.of(Fixtures.cost("workers", Fixtures.quarters("2025-26 Q1", 5000), "0")),
              List.of(
                  Fixtures.crime(
                      "fewer-knives", "10D", Fixtures.quarters("2025-26 Q1", 10), Factors.NONE)));
      Measures m = new Appraiser(Fixtures.settings(), Fixtures.reference()).appraise(p).measures();
      assertThat(m.bcr()).isNull();
      assertThat(m.ratiosAbsentReason()).isEqualTo("not monetised");
    }

    @Test
    void aMonetisedBenefitOfZeroStillHasABcr() {
      // a cash benefit planned at 0: monetised, so BCR 0 / 10,000 = 0 is a true figure
      Project p =
          Fixtures.project(
              "idle",
              Fixtures.Q1_2025,
              Fixtures.Q4_2026,
              List.of(Fixtures.cost("set-up", Fixtures.quarters("2025-26 Q1", 10000), "0")),
              List.of(Fixtures.cash("saving", Fixtures.quarters("2025-26 Q1", 0))));
      Measures m = new Appraiser(Fixtures.settings(), Fixtures.reference()).appraise(p).measures();
      assertThat(m.bcr()).isEqualByComparingTo("0");
      assertThat(m.ratiosAbsentReason()).isNull();
    }
  }

  @Nested
  class ReconcileRows {
    @Test
    void quarterRowsAddUpToTheirItem() {
      // cash £100 a quarter, attribution 50 %: net 50 a quarter. As of 2025-26 Q4, due Q1–Q4
      // → planned 200; reported Q1 90 and Q3 70 → planned_reported 100, actual 80.
      // Rows: planned 50 + 50 + 50 + 50 = 200; planned_reported 50 + 0 + 50 + 0 = 100;
      // actual 45 + 35 = 80. Forecast 80 + unreported plan (Q2, Q4 and 2026-27: 6 × 50) = 380
      Factors half =
          new Factors(
              org.forcetotaliser.model.Uncertain.ZERO,
              org.forcetotaliser.model.Uncertain.ZERO,
              org.forcetotaliser.model.Uncertain.ZERO,
              org.forcetotaliser.model.Uncertain.ZERO,
              org.forcetotaliser.model.Uncertain.point("0.5"),
              org.forcetotaliser.model.Uncertain.ZERO);
      Benefit b =
          new Benefit(
              "saving",
              new BenefitDetail.Cashable(),
              new org.forcetotaliser.model.Profile.Rate(
                  org.forcetotaliser.model.Uncertain.point("100"), false, null, null, null),
              half,
              null,
              null,
              null,
              null);
      Project p = Fixtures.project("p", Fixtures.Q1_2025, Fixtures.Q4_2026, List.of(), List.of(b));
      TreeMap<Quarter, Actuals.Cell> cells = new TreeMap<>();
      cells.put(Quarter.of(2025, 1), new Actuals.Cell(d("90"), Location.ofFile("a.csv")));
      cells.put(Quarter.of(2025, 3), new Actuals.Cell(d("70"), Location.ofFile("a.csv")));
      Actuals actuals = new Actuals(Map.of(new Actuals.Key("p", "saving"), cells));
      ItemReconciliation r =
          new Reconciler(Tolerance.DEFAULT, Quarter.of(2025, 4))
              .reconcile(
                  new Appraiser(Fixtures.settings(), Fixtures.reference()).appraise(p), actuals)
              .get(0);
      assertThat(r.planned()).isEqualByComparingTo("200");
      assertThat(r.plannedReported()).isEqualByComparingTo("100");
      assertThat(r.actual()).isEqualByComparingTo("80");
      assertThat(r.forecast()).isEqualByComparingTo("380");
      BigDecimal planned = BigDecimal.ZERO;
      BigDecimal reported = BigDecimal.ZERO;
      BigDecimal actual = BigDecimal.ZERO;
      for (ItemReconciliation.QuarterRow q : r.quarters()) {
        planned = planned.add(q.planned());
        reported = reported.add(q.plannedReported());
        actual = q.actual() == null ? actual : actual.add(q.actual());
      }
      assertThat(planned).isEqualByComparingTo(r.planned());
      assertThat(reported).isEqualByComparingTo(r.plannedReported());
      assertThat(actual).isEqualByComparingTo(r.actual());
    }
  }
}

package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.forcetotaliser.calc.Fixtures.d;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.DiscountSchedule;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.HourlyRate;
import org.forcetotaliser.model.Prices;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.ReferenceData;
import org.forcetotaliser.model.Stage;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked appraisals. Every expectation is worked out in the comment beside it from the bundled
 * tables: GDP deflator 2019-20 = 80.8738, 2024-25 = 100, 2026-27 = 105.3095; Home Office 2019-20
 * unit costs (consequence + response); standard STPR 3.5 % to year 30.
 */
class AppraiserTest {
  private static final BigDecimal PENNY = d("0.005");

  private static Appraiser appraiser() {
    return new Appraiser(Fixtures.settings(), Fixtures.reference());
  }

  @Test
  void crimeHarmFromProfileToPresentValue() {
    // 8N assault with injury → violence-with-injury: 13,390 + 2,050 = £15,440 at 2019-20
    // uprated × 100 / 80.8738 = £19,091.4734 at 2024-25
    // additionality (1 − 0.10)(1 − 0.05) × 0.60 = 0.513; optimism bias 20 % keeps 0.8
    // 2025-26 Q2: 3 × 0.513 = 1.539 net, × 0.8 = 1.2312 risk-adjusted,
    //   × £19,091.4734 = £23,505.42; DF(2025-26 − 2025-26 = 0) = 1 → pv £23,505.42
    // 2026-27 Q1: 4 × 0.513 × 0.8 = 1.6416 × £19,091.4734 = £31,340.56; DF(1) = 1 / 1.035
    //   → pv £30,280.74
    Project p =
        Fixtures.project(
            "harbour",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                Fixtures.crime(
                    "fewer-assaults",
                    "8N",
                    Fixtures.quarters("2025-26 Q2", 3, "2026-27 Q1", 4),
                    Fixtures.factors("0.1", "0.05", "0.6", "0.2"))));
    ProjectAppraisal a = appraiser().appraise(p);
    BenefitAppraisal b = a.benefits().get(0);
    assertThat(b.additionality()).isEqualByComparingTo("0.513");
    assertThat(b.unit().fixed()).isCloseTo(d("19091.4734"), within(d("0.0001")));
    assertThat(b.gross()).isEqualByComparingTo("7");
    assertThat(b.net()).isEqualByComparingTo("3.591");
    assertThat(b.riskAdjusted()).isEqualByComparingTo("2.8728");
    assertThat(b.quarters().get(0).pv()).isCloseTo(d("23505.42"), within(PENNY));
    assertThat(b.quarters().get(1).value()).isCloseTo(d("31340.56"), within(PENNY));
    assertThat(b.quarters().get(1).pv()).isCloseTo(d("30280.74"), within(PENNY));
    // harm: CSS weight of 8N × 2.8728; CCHI violence-with-injury median 365 days × 2.8728
    BigDecimal css8n = Fixtures.reference().offences().get("8N").cssWeight();
    assertThat(b.harmCss()).isEqualByComparingTo(css8n.multiply(d("2.8728")));
    assertThat(b.harmCchi()).isEqualByComparingTo("1048.572");
    assertThat(a.measures().offencesPrevented()).isEqualByComparingTo("2.8728");
    assertThat(a.measures().pvBenefits()).isCloseTo(d("53786.16"), within(d("0.01")));
    // no costs: bcr, cash ROI and payback are absent; switching value is npsv / pvb = 1
    assertThat(a.measures().bcr()).isNull();
    assertThat(a.measures().cashRoi()).isNull();
    assertThat(a.measures().payback()).isNull();
    assertThat(a.measures().switchingValue()).isEqualByComparingTo("1");
  }

  @Test
  void domesticBurglaryUnitValueMatchesTheWorkedExample() {
    // 28E → domestic-burglary: 5,510 + 1,180 = £6,690 × 100 / 80.8738 = £8,272.15
    Project p =
        Fixtures.project(
            "locks",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                Fixtures.crime(
                    "burglary", "28E", Fixtures.quarters("2025-26 Q1", 1), Factors.NONE)));
    BigDecimal unit = appraiser().appraise(p).benefits().get(0).unit().fixed();
    assertThat(Decimals.pence(unit)).isEqualByComparingTo("8272.15");
  }

  @Test
  void crimeCostsAreUpratedFromTheirTablesPriceYear() {
    // the price year comes with the table, not from the code: were the same costs at
    // 2024-25 prices (the price base), 28E would be worth 5,510 + 1,180 = £6,690 unchanged
    ReferenceData bundled = Fixtures.reference();
    assertThat(bundled.crimeCostPriceYear()).isEqualTo(FinancialYear.of(2019));
    ReferenceData current =
        new ReferenceData(
            bundled.offences(),
            bundled.crimeCosts(),
            bundled.cchi(),
            bundled.rates(),
            bundled.deflators(),
            bundled.forecastYears(),
            bundled.discountBands(),
            FinancialYear.of(2024));
    Project p =
        Fixtures.project(
            "locks",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                Fixtures.crime(
                    "burglary", "28E", Fixtures.quarters("2025-26 Q1", 1), Factors.NONE)));
    BigDecimal unit =
        new Appraiser(Fixtures.settings(), current).appraise(p).benefits().get(0).unit().fixed();
    assertThat(unit).isEqualByComparingTo("6690");
  }

  @Test
  void notCostedOffenceHasNoPoundsButCountsHarm() {
    // 10D possession of article with blade or point: no Home Office cost category
    Project p =
        Fixtures.project(
            "knives",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                Fixtures.crime(
                    "fewer-knives", "10D", Fixtures.quarters("2025-26 Q1", 10), Factors.NONE)));
    ProjectAppraisal a = appraiser().appraise(p);
    BenefitAppraisal b = a.benefits().get(0);
    assertThat(b.isMonetised()).isFalse();
    assertThat(b.value()).isNull();
    assertThat(b.pv()).isNull();
    assertThat(b.unit().fixed()).isNull();
    assertThat(b.offenceCategory()).isEqualTo("not-costed");
    // possession of weapons CCHI median 273.75 days × 10 = 2737.5
    assertThat(b.harmCchi()).isEqualByComparingTo("2737.5");
    assertThat(a.measures().offencesPrevented()).isEqualByComparingTo("10");
    assertThat(a.measures().pvBenefits()).isEqualByComparingTo("0");
  }

  @Test
  void hoursOnAForceRateCashedCountAsCashable() {
    // staff-band-c £24.10 an hour at 2024-25 (= price base, uprate 1)
    // 250 hours in 2025-26 Q1 → £6,025, DF 1; fte 250 / 1650 = 0.1515…
    ForceSettings s =
        ForceSettings.builder()
            .force("Test")
            .priceBase(Fixtures.FY2024)
            .discountYear(Fixtures.FY2025)
            .fteHours(d("1650"))
            .rates(
                java.util.Map.of(
                    "staff-band-c",
                    new HourlyRate(
                        "staff-band-c",
                        "Staff band C",
                        d("24.10"),
                        Fixtures.FY2024,
                        "Force finance")))
            .build();
    ReferenceData ref = Fixtures.reference().withOverrides(s);
    Project p =
        Fixtures.project(
            "files",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                Fixtures.hours(
                    "case-files",
                    "staff-band-c",
                    BenefitDetail.Use.CASHED,
                    Fixtures.quarters("2025-26 Q1", 250))));
    ProjectAppraisal a = new Appraiser(s, ref).appraise(p);
    assertThat(a.measures().pvBenefits()).isEqualByComparingTo("6025.00");
    assertThat(a.measures().pvCashable()).isEqualByComparingTo("6025.00");
    assertThat(a.measures().hoursFreed()).isEqualByComparingTo("250");
    assertThat(a.measures().fteYears()).isCloseTo(d("0.151515"), within(d("0.000001")));
  }

  @Test
  void redeployedHoursOnABundledRateAreNotCashable() {
    // sergeant-and-below £38.43 at 2013-14 × 100 / 73.0337 = £52.6195 an hour
    // 100 hours in 2025-26 Q1 → £5,261.95
    Project p =
        Fixtures.project(
            "triage",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                Fixtures.hours(
                    "s136",
                    "sergeant-and-below",
                    BenefitDetail.Use.REDEPLOYED,
                    Fixtures.quarters("2025-26 Q1", 100))));
    ProjectAppraisal a = appraiser().appraise(p);
    assertThat(a.measures().pvBenefits()).isCloseTo(d("5261.95"), within(PENNY));
    assertThat(a.measures().pvCashable()).isEqualByComparingTo("0");
  }

  @Test
  void nominalCostsAreDeflatedByTheirOwnYear() {
    // £1,000 cash in 2026-27 Q1, nominal: × 100 / 105.3095 = £949.58 at 2024-25 prices
    // optimism bias 10 % → £1,044.54; DF(1) = 1 / 1.035 → pv £1,009.22
    Project p =
        Fixtures.project(
            "van",
            Stage.APPROVED,
            "northby",
            Prices.NOMINAL,
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(Fixtures.cost("van", Fixtures.quarters("2026-27 Q1", 1000), "0.1")),
            List.of(Fixtures.cash("saving", Fixtures.quarters("2026-27 Q1", 1000))));
    ProjectAppraisal a = appraiser().appraise(p);
    assertThat(a.costs().get(0).value()).isCloseTo(d("1044.54"), within(PENNY));
    assertThat(a.costs().get(0).pv()).isCloseTo(d("1009.22"), within(PENNY));
    // the cash saving, also nominal: 949.58 / 1.035 = 917.47; its unit value varies by year
    assertThat(a.benefits().get(0).pv()).isCloseTo(d("917.47"), within(PENNY));
    assertThat(a.benefits().get(0).unit().fixed()).isNull();
  }

  @Test
  void paybackAndSwitchingValue() {
    // cost £10,000 in 2025-26; cash £6,000 a year in 2025-26 and 2026-27
    // 2025-26: cumulative benefits 6,000 < costs 10,000
    // 2026-27: 6,000 + 6,000 / 1.035 = 11,797.10 ≥ 10,000 → payback 2026-27
    // npsv 1,797.10; bcr 1.1797; switching value 1,797.10 / 11,797.10 = 0.1523
    // cash ROI (11,797.10 − 10,000) / 10,000 = 0.1797
    Project p =
        Fixtures.project(
            "overtime",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(Fixtures.cost("set-up", Fixtures.quarters("2025-26 Q1", 10000), "0")),
            List.of(Fixtures.cash("overtime", Fixtures.perYear("6000"))));
    Measures m = appraiser().appraise(p).measures();
    assertThat(m.payback()).isEqualTo(FinancialYear.of(2026));
    assertThat(m.npsv()).isCloseTo(d("1797.10"), within(PENNY));
    assertThat(Decimals.fourPlaces(m.bcr())).isEqualByComparingTo("1.1797");
    assertThat(Decimals.fourPlaces(m.switchingValue())).isEqualByComparingTo("0.1523");
    assertThat(Decimals.fourPlaces(m.cashRoi())).isEqualByComparingTo("0.1797");
  }

  @Test
  void neverPaidBackIsAbsent() {
    Project p =
        Fixtures.project(
            "costly",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(Fixtures.cost("set-up", Fixtures.quarters("2025-26 Q1", 10000), "0")),
            List.of(Fixtures.cash("small", Fixtures.quarters("2025-26 Q2", 100))));
    assertThat(appraiser().appraise(p).measures().payback()).isNull();
  }

  @Test
  void discountingCrossesTheThirtyYearBand() {
    // standard: 3.5 % for years 1–30, 3.0 % from 31
    // DF(30) = 1 / 1.035^30 = 0.356278; DF(31) = DF(30) / 1.03 = 0.345901
    Discounting d =
        new Discounting(Fixtures.reference(), DiscountSchedule.STANDARD, Fixtures.FY2025);
    assertThat(d.factor(30)).isCloseTo(d("0.3562784106"), within(d("1e-10")));
    assertThat(d.factor(31)).isCloseTo(d("0.3459013695"), within(d("1e-10")));
    assertThat(d.factor(FinancialYear.of(2056))).isEqualByComparingTo(d.factor(31));
    // a year before the discount year counts as year 0
    assertThat(d.factor(FinancialYear.of(2023))).isEqualByComparingTo("1");
  }

  @Test
  void healthScheduleUsesOnePointFivePercent() {
    // health: 1.5 % for years 1–30 → DF(1) = 1 / 1.015 = 0.985222; DF(2) = 0.970662
    Discounting d = new Discounting(Fixtures.reference(), DiscountSchedule.HEALTH, Fixtures.FY2025);
    assertThat(d.factor(1)).isCloseTo(d("0.9852216749"), within(d("1e-10")));
    assertThat(d.factor(2)).isCloseTo(d("0.9706617486"), within(d("1e-10")));
  }

  @Test
  void scalingRecordedCrimeByTheMultiplier() {
    // scale_recorded_to_all: domestic burglary multiplier 2.17 → £8,272.1475 × 2.17 = £17,950.56
    ForceSettings s =
        ForceSettings.builder()
            .force("Test")
            .priceBase(Fixtures.FY2024)
            .discountYear(Fixtures.FY2025)
            .scaleRecordedToAll(true)
            .build();
    Project p =
        Fixtures.project(
            "locks",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                Fixtures.crime(
                    "burglary", "28E", Fixtures.quarters("2025-26 Q1", 1), Factors.NONE)));
    BigDecimal unit =
        new Appraiser(s, Fixtures.reference()).appraise(p).benefits().get(0).unit().fixed();
    assertThat(unit).isCloseTo(d("17950.56"), within(PENNY));
  }

  @Test
  void aCategoryWithoutMultiplierIsLeftUnscaledWithAWarning() {
    // 46 shoplifting → commercial-theft, no published multiplier: 380 + 90 = £470 × 100/80.8738
    ForceSettings s =
        ForceSettings.builder()
            .force("Test")
            .priceBase(Fixtures.FY2024)
            .discountYear(Fixtures.FY2025)
            .scaleRecordedToAll(true)
            .build();
    Project p =
        Fixtures.project(
            "shops",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(),
            List.of(
                Fixtures.crime(
                    "shoplifting", "46", Fixtures.quarters("2025-26 Q1", 1), Factors.NONE)));
    Appraiser ap = new Appraiser(s, Fixtures.reference());
    BigDecimal unit = ap.appraise(p).benefits().get(0).unit().fixed();
    assertThat(unit).isCloseTo(d("581.15"), within(PENNY));
    assertThat(ap.notes()).extracting(n -> n.rule()).containsExactly("no-multiplier");
  }
}

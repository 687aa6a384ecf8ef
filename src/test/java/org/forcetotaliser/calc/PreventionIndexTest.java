package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.IndexIndicator;
import org.forcetotaliser.model.IndexSettings;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.NationalData;
import org.forcetotaliser.model.SeriesKey;
import org.forcetotaliser.model.YearEnding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Prevention Index worked by hand on a toy table (docs/method.md §Prevention Index).
 *
 * <p>Three forces, two periods, two bundled indicators. Population is bundled for mid-2018 only, so
 * YE 2019-03 (starts April 2018) uses mid-2018 and YE 2020-03 (starts April 2019) carries it
 * forward. Rates are offences ÷ population × 1,000:
 *
 * <pre>
 *            pop   crime YE19 → YE20   rate          robbery YE19 → YE20   rate
 *   alpha   1000   100 → 80            100 → 80      10 → 5                10 → 5
 *   beta    2000   300 → 240           150 → 120     20 → 20               10 → 10
 *   gamma    500    50 → 60            100 → 120     10 → (none)           20 → —
 * </pre>
 */
class PreventionIndexTest {
  static final YearEnding YE19 = YearEnding.of(2019, 3);
  static final YearEnding YE20 = YearEnding.of(2020, 3);
  static final Location AT = new Location("force.yaml", 3, 13);
  static final List<ForceArea> AREAS =
      List.of(
          new ForceArea("city-of-london", ForceArea.CITY_OF_LONDON, "City of London"),
          new ForceArea("epsilon", "E23000099", "Epsilon"),
          new ForceArea("alpha", "E23000101", "Alpha"),
          new ForceArea("beta", "E23000102", "Beta"),
          new ForceArea("gamma", "E23000103", "Gamma"),
          new ForceArea("delta", "E23000104", "Delta"));
  static final List<IndexIndicator> INDICATORS =
      List.of(
          new IndexIndicator("crime", "Crime", "crime", true),
          new IndexIndicator("robbery", "Robbery", "robbery", true));

  static final class Toy {
    final Map<SeriesKey, BigDecimal> counts = new LinkedHashMap<>();
    final Map<String, NavigableMap<Integer, BigDecimal>> population = new LinkedHashMap<>();
    final Map<String, Map<SeriesKey, BigDecimal>> supplied = new LinkedHashMap<>();

    Toy pop(String area, int year, long people) {
      population.computeIfAbsent(area, a -> new TreeMap<>()).put(year, BigDecimal.valueOf(people));
      return this;
    }

    Toy count(String area, String indicator, YearEnding p, long n) {
      counts.put(new SeriesKey(area, indicator, p), BigDecimal.valueOf(n));
      return this;
    }

    Toy supplied(String file, String area, String indicator, YearEnding p, String v) {
      supplied
          .computeIfAbsent(file, f -> new LinkedHashMap<>())
          .put(new SeriesKey(area, indicator, p), new BigDecimal(v));
      return this;
    }

    NationalData data() {
      return new NationalData(AREAS, INDICATORS, counts, population, supplied);
    }
  }

  static Toy threeForces() {
    return new Toy()
        .pop("alpha", 2018, 1000)
        .pop("beta", 2018, 2000)
        .pop("gamma", 2018, 500)
        .count("alpha", "crime", YE19, 100)
        .count("alpha", "crime", YE20, 80)
        .count("alpha", "robbery", YE19, 10)
        .count("alpha", "robbery", YE20, 5)
        .count("beta", "crime", YE19, 300)
        .count("beta", "crime", YE20, 240)
        .count("beta", "robbery", YE19, 20)
        .count("beta", "robbery", YE20, 20)
        .count("gamma", "crime", YE19, 50)
        .count("gamma", "crime", YE20, 60)
        .count("gamma", "robbery", YE19, 10);
  }

  static IndexSettings listed(List<IndexSettings.Indicator> indicators, String... comparators) {
    List<IndexSettings.Located<String>> ids = new java.util.ArrayList<>();
    for (String c : comparators) {
      ids.add(new IndexSettings.Located<>(c, AT));
    }
    return new IndexSettings(
        new IndexSettings.Located<>("alpha", AT),
        null,
        null,
        new IndexSettings.Listed(ids, AT),
        indicators,
        AT);
  }

  static IndexSettings.Indicator ind(String id, String weight) {
    return new IndexSettings.Indicator(
        id, new BigDecimal(weight), null, null, new Location("force.yaml", 6, 13));
  }

  static IndexResult compute(NationalData data, IndexSettings s) {
    PreventionIndex.Outcome o = PreventionIndex.compute(data, s);
    assertThat(o.errors()).isEmpty();
    return o.result();
  }

  static BigDecimal round(BigDecimal v, int places) {
    return v.setScale(places, RoundingMode.HALF_EVEN);
  }

  @Nested
  class Indicators {
    final IndexResult r = compute(threeForces().data(), listed(List.of(), "beta", "gamma"));

    @Test
    void periodsDefaultToTheEarliestAndLatestTheForceHasEveryIndicatorFor() {
      assertThat(r.baseline()).isEqualTo(YE19);
      assertThat(r.current()).isEqualTo(YE20);
    }

    @Test
    void ratesArePerThousandResidents() {
      IndexResult.IndicatorRow crime = r.indicators().get(0);
      // alpha 100 / 1000 × 1000 = 100, then 80 / 1000 × 1000 = 80
      assertThat(crime.baseline()).isEqualByComparingTo("100");
      assertThat(crime.current()).isEqualByComparingTo("80");
      // beta 300 / 2000 × 1000 = 150, 240 / 2000 × 1000 = 120
      assertThat(crime.byForce().get("beta").baseline()).isEqualByComparingTo("150");
      assertThat(crime.byForce().get("beta").current()).isEqualByComparingTo("120");
    }

    @Test
    void improvementIsMinusTheChangeWhenLowerIsBetter() {
      // alpha crime (80 − 100) / 100 = −0.2, improvement +0.2; gamma (120 − 100) / 100 = +0.2,
      // improvement −0.2
      IndexResult.IndicatorRow crime = r.indicators().get(0);
      assertThat(crime.improvement()).isEqualByComparingTo("0.2");
      assertThat(crime.byForce().get("gamma").improvement()).isEqualByComparingTo("-0.2");
    }

    @Test
    void gapIsTheImprovementLessTheComparatorMeanInPercentagePoints() {
      // crime: comparators beta +0.2 and gamma −0.2, mean 0; gap (0.2 − 0) × 100 = 20 pp
      IndexResult.IndicatorRow crime = r.indicators().get(0);
      assertThat(crime.comparatorMeanImprovement()).isEqualByComparingTo("0");
      assertThat(crime.gapPp()).isEqualByComparingTo("20");
    }

    @Test
    void tiesShareTheBetterRank() {
      // crime improvements: alpha 0.2, beta 0.2, gamma −0.2: alpha and beta both rank 1 of 3
      IndexResult.IndicatorRow crime = r.indicators().get(0);
      assertThat(crime.rank()).isEqualTo(1);
      assertThat(crime.of()).isEqualTo(3);
    }

    @Test
    void aComparatorMissingAnIndicatorIsLeftOutOfItsMeanAndRank() {
      // robbery: gamma has no YE 2020-03 figure; mean over beta alone: (20−20)/20 = 0;
      // alpha (5 − 10)/10 = −0.5, improvement 0.5, gap 50 pp, rank 1 of 2
      IndexResult.IndicatorRow robbery = r.indicators().get(1);
      assertThat(robbery.improvement()).isEqualByComparingTo("0.5");
      assertThat(robbery.comparatorMeanImprovement()).isEqualByComparingTo("0");
      assertThat(robbery.gapPp()).isEqualByComparingTo("50");
      assertThat(robbery.of()).isEqualTo(2);
      assertThat(robbery.byForce().get("gamma").improvement()).isNull();
      assertThat(r.notes())
          .anyMatch(n -> n.startsWith("`robbery`: no usable value") && n.contains("for gamma"));
    }

    @Test
    void thePopulationCarriedForwardIsSaid() {
      assertThat(r.notes())
          .containsExactly(
              "population-carried-forward: YE 2020-03 starts in "
                  + "2019 and the mid-2019 population estimate is not bundled, so rates for YE 2020-03 "
                  + "use the mid-2018 estimate, the latest earlier one",
              "`robbery`: no usable value at YE 2019-03 or YE 2020-03 for gamma, left out of this "
                  + "indicator's comparator mean and rank, and without a composite index");
    }
  }

  @Nested
  class Composite {
    final IndexResult r = compute(threeForces().data(), listed(List.of(), "beta", "gamma"));

    @Test
    void theIndexIsTheGeometricMeanOfTheRatios() {
      // alpha: ratios 100/80 = 1.25 and 10/5 = 2; 100 × exp((ln 1.25 + ln 2) / 2)
      //   = 100 × √2.5 = 158.1139
      assertThat(round(r.index().force(), 2)).isEqualByComparingTo("158.11");
      // beta: 150/120 = 1.25 and 10/10 = 1: 100 × √1.25 = 111.8034
      assertThat(round(r.index().byForce().get("beta"), 2)).isEqualByComparingTo("111.80");
    }

    @Test
    void aComparatorMissingAnIndicatorHasNoIndex() {
      assertThat(r.index().byForce()).containsEntry("gamma", null);
      // the comparator mean is beta's alone, and alpha ranks 1 of the 2 with an index
      assertThat(round(r.index().comparatorMean(), 2)).isEqualByComparingTo("111.80");
      assertThat(r.index().rank()).isEqualTo(1);
      assertThat(r.index().of()).isEqualTo(2);
    }

    @Test
    void weightsWeighTheLogarithms() {
      // crime weight 2, robbery 1: 100 × exp((2 ln 1.25 + ln 2) / 3) = 100 × 3.125^(1/3)
      //   = 146.2009
      IndexResult w =
          compute(
              threeForces().data(),
              listed(List.of(ind("crime", "2"), ind("robbery", "1")), "beta"));
      assertThat(round(w.index().force(), 2)).isEqualByComparingTo("146.20");
    }

    @Test
    void aRateThatHalvesAndOneThatDoublesCancelOut() {
      Toy t =
          new Toy()
              .pop("alpha", 2018, 1000)
              .pop("beta", 2018, 1000)
              .count("alpha", "crime", YE19, 100)
              .count("alpha", "crime", YE20, 50)
              .count("alpha", "robbery", YE19, 10)
              .count("alpha", "robbery", YE20, 20)
              .count("beta", "crime", YE19, 100)
              .count("beta", "crime", YE20, 100)
              .count("beta", "robbery", YE19, 10)
              .count("beta", "robbery", YE20, 10);
      // ratios 2 and 0.5: 100 × √1 = 100, the same as beta's no change: tied, both rank 1
      IndexResult x = compute(t.data(), listed(List.of(), "beta"));
      assertThat(round(x.index().force(), 2)).isEqualByComparingTo("100.00");
      assertThat(x.index().rank()).isEqualTo(1);
      assertThat(x.index().ranks()).containsEntry("alpha", 1).containsEntry("beta", 1);
    }

    @Test
    void aSeriesWhereHigherIsBetterUsesTheInverseRatio() {
      Toy t =
          threeForces()
              .supplied("indicators/survey.csv", "alpha", "confidence", YE19, "0.5")
              .supplied("indicators/survey.csv", "alpha", "confidence", YE20, "0.6")
              .supplied("indicators/survey.csv", "beta", "confidence", YE19, "0.4")
              .supplied("indicators/survey.csv", "beta", "confidence", YE20, "0.4");
      IndexSettings.Indicator confidence =
          new IndexSettings.Indicator(
              "confidence",
              BigDecimal.ONE,
              IndexSettings.Better.HIGHER,
              "indicators/survey.csv",
              AT);
      IndexResult x = compute(t.data(), listed(List.of(ind("crime", "1"), confidence), "beta"));
      // confidence: (0.6 − 0.5) / 0.5 = +0.2, higher is better so improvement +0.2;
      // ratio 0.6/0.5 = 1.2; with crime's 1.25: 100 × √(1.25 × 1.2) = 100 × √1.5 = 122.47
      assertThat(x.indicators().get(1).improvement()).isEqualByComparingTo("0.2");
      assertThat(round(x.index().force(), 2)).isEqualByComparingTo("122.47");
      // beta: crime 1.25, confidence 1: 111.80
      assertThat(round(x.index().byForce().get("beta"), 2)).isEqualByComparingTo("111.80");
    }
  }

  @Nested
  class Errors {
    @Test
    void aMissingValueForTheForceIsAnErrorAtItsIndicator() {
      Toy t = threeForces();
      t.counts.remove(new SeriesKey("alpha", "robbery", YE20));
      IndexSettings s =
          new IndexSettings(
              new IndexSettings.Located<>("alpha", AT),
              new IndexSettings.Located<>(YE19, AT),
              new IndexSettings.Located<>(YE20, AT),
              new IndexSettings.Listed(List.of(new IndexSettings.Located<>("beta", AT)), AT),
              List.of(ind("crime", "1"), ind("robbery", "1")),
              AT);
      PreventionIndex.Outcome o = PreventionIndex.compute(t.data(), s);
      assertThat(o.result()).isNull();
      assertThat(o.errors())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.rule()).isEqualTo("missing-index-value");
                assertThat(d.location()).hasToString("force.yaml:6:13");
              });
    }

    @Test
    void anUnknownIndicatorSuggestsTheNearest() {
      PreventionIndex.Outcome o =
          PreventionIndex.compute(
              threeForces().data(), listed(List.of(ind("robery", "1")), "beta"));
      assertThat(o.errors())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.rule()).isEqualTo("unknown-indicator");
                assertThat(d.hint()).isEqualTo("did you mean `robbery`?");
              });
    }

    @Test
    void aPeriodWithNoFiguresIsAnError() {
      IndexSettings s =
          new IndexSettings(
              new IndexSettings.Located<>("alpha", AT),
              new IndexSettings.Located<>(YearEnding.of(2019, 6), AT),
              null,
              null,
              List.of(),
              AT);
      PreventionIndex.Outcome o = PreventionIndex.compute(threeForces().data(), s);
      assertThat(o.errors())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.rule()).isEqualTo("unknown-index-period");
                assertThat(d.hint()).isEqualTo("did you mean `YE 2019-03` or `YE 2020-03`?");
              });
    }
  }

  @Nested
  class Nearest {
    /**
     * One indicator, crime, at baseline: alpha 100, beta 150, gamma 100, delta 50, epsilon 100,
     * City of London 100. With one dimension the z-scored distance is |ln x − ln 100| / sd, so the
     * order is by |ln(x / 100)|: gamma and epsilon 0 (tied: ONS code E23000099 first), beta ln 1.5
     * = 0.405, delta ln 2 = 0.693. City of London is never a candidate.
     */
    Toy toy() {
      Toy t = new Toy();
      Map<String, Long> base =
          Map.of(
              "alpha",
              100L,
              "beta",
              150L,
              "gamma",
              100L,
              "delta",
              50L,
              "epsilon",
              100L,
              "city-of-london",
              100L);
      base.forEach(
          (a, n) -> t.pop(a, 2018, 1000).count(a, "crime", YE19, n).count(a, "crime", YE20, n));
      return t;
    }

    IndexSettings nearest(int k) {
      return new IndexSettings(
          new IndexSettings.Located<>("alpha", AT),
          null,
          null,
          new IndexSettings.Nearest(k, AT),
          List.of(ind("crime", "1")),
          AT);
    }

    @Test
    void nearestFirstTiesByOnsCode() {
      IndexResult r = compute(toy().data(), nearest(3));
      assertThat(r.comparators()).containsExactly("epsilon", "gamma", "beta");
      assertThat(r.nearest()).isTrue();
      assertThat(r.distances().get("epsilon")).isEqualByComparingTo("0");
    }

    @Test
    void theDistanceIsInStandardDeviationsOfTheLogs() {
      // logs of alpha..epsilon without City: ln 100 ×3, ln 150, ln 50. Mean m = ln 100
      // + (ln 1.5 − ln 2)/5 = ln 100 − 0.057536; deviations from m: +0.057536 ×3,
      // 0.463001, −0.635611; population variance = (3 × 0.0033104 + 0.214370 + 0.404001) / 5
      // = 0.125660, sd = 0.354486; beta's distance = ln 1.5 / sd = 0.405465 / 0.354486
      // = 1.143810
      IndexResult r = compute(toy().data(), nearest(4));
      assertThat(r.comparators()).containsExactly("epsilon", "gamma", "beta", "delta");
      assertThat(r.distances().get("beta").setScale(4, RoundingMode.HALF_EVEN))
          .isEqualByComparingTo("1.1438");
      assertThat(r.notes().get(0))
          .startsWith(
              "comparators: the 4 nearest by baseline crime "
                  + "profile (computed; not the Home Office most similar group), nearest first: "
                  + "epsilon, gamma, beta, delta");
    }
  }
}

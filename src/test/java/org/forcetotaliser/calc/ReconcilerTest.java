package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forcetotaliser.calc.Fixtures.d;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Tolerance;
import org.forcetotaliser.model.Uncertain;
import org.junit.jupiter.api.Test;

/** Hand-worked reconciliations (docs/method.md §8). */
class ReconcilerTest {
  private static final Quarter Q1 = Quarter.of(2025, 1);
  private static final Quarter Q2 = Quarter.of(2025, 2);
  private static final Quarter Q3 = Quarter.of(2025, 3);
  private static final Quarter Q4 = Quarter.of(2025, 4);

  /** Cash £100 a quarter for eight quarters from 2025-26 Q1, attribution 50 %. */
  private static Project cashProject() {
    Factors half =
        new Factors(
            Uncertain.ZERO,
            Uncertain.ZERO,
            Uncertain.ZERO,
            Uncertain.ZERO,
            Uncertain.point("0.5"),
            Uncertain.point("0.3"));
    Benefit b =
        new Benefit(
            "saving",
            new BenefitDetail.Cashable(),
            new Profile.Rate(Uncertain.point("100"), false, null, null, null),
            half,
            null,
            null,
            null,
            null);
    return Fixtures.project("p", Fixtures.Q1_2025, Fixtures.Q4_2026, List.of(), List.of(b));
  }

  private static Actuals actuals(String project, String item, Object... quarterValues) {
    TreeMap<Quarter, Actuals.Cell> m = new TreeMap<>();
    for (int i = 0; i < quarterValues.length; i += 2) {
      m.put(
          (Quarter) quarterValues[i],
          new Actuals.Cell(
              d(quarterValues[i + 1].toString()), new Location("actuals/a.csv", i / 2 + 2, 1)));
    }
    return new Actuals(Map.of(new Actuals.Key(project, item), m));
  }

  private static ItemReconciliation reconcile(Project p, Actuals a, Quarter asOf) {
    ProjectAppraisal appraisal =
        new Appraiser(Fixtures.settings(), Fixtures.reference()).appraise(p);
    return new Reconciler(Tolerance.DEFAULT, asOf).reconcile(appraisal, a).get(0);
  }

  @Test
  void missingQuarterIsListedNotImputed() {
    // as of 2025-26 Q4: due Q1–Q4, net plan 100 × 0.5 = 50 each → planned 200
    // reported Q1 90, Q2 80, Q4 100 (Q3 missing): actual (90 + 80 + 100) × 0.5 = 135
    // planned_reported 3 × 50 = 150; variance −15; realisation 135 / 150 = 90 % → green
    // (optimism bias is never applied in reconciliation)
    // forecast 135 + unreported plan (Q3 50 + four 2026-27 quarters 200) = 385
    // trend 135 + 250 × 0.90 = 360
    ItemReconciliation r =
        reconcile(cashProject(), actuals("p", "saving", Q1, 90, Q2, 80, Q4, 100), Q4);
    assertThat(r.planned()).isEqualByComparingTo("200");
    assertThat(r.plannedReported()).isEqualByComparingTo("150");
    assertThat(r.actual()).isEqualByComparingTo("135");
    assertThat(r.variance()).isEqualByComparingTo("-15");
    assertThat(r.realisation()).isEqualByComparingTo("90");
    assertThat(r.rag()).isEqualTo(Rag.GREEN);
    assertThat(r.missing()).containsExactly(Q3);
    assertThat(r.forecast()).isEqualByComparingTo("385");
    assertThat(r.forecastTrend()).isEqualByComparingTo("360");
    assertThat(r.plannedValue()).isEqualByComparingTo("200");
    assertThat(r.actualValue()).isEqualByComparingTo("135");
  }

  @Test
  void toleranceBoundaries() {
    Reconciler r = new Reconciler(Tolerance.DEFAULT, Q4);
    assertThat(r.rag(d("90"))).isEqualTo(Rag.GREEN);
    assertThat(r.rag(d("89.9999"))).isEqualTo(Rag.AMBER);
    assertThat(r.rag(d("70"))).isEqualTo(Rag.AMBER);
    assertThat(r.rag(d("69.9999"))).isEqualTo(Rag.RED);
  }

  @Test
  void exactlySeventyPercentIsAmber() {
    // one quarter due: plan 50 net; actual 70 × 0.5 = 35 → 35 / 50 = 70 % → amber
    ItemReconciliation r = reconcile(cashProject(), actuals("p", "saving", Q1, 70), Q1);
    assertThat(r.realisation()).isEqualByComparingTo("70");
    assertThat(r.rag()).isEqualTo(Rag.AMBER);
  }

  @Test
  void actualAfterAsOfIsIgnoredWithAWarning() {
    Project p = cashProject();
    ProjectAppraisal a = new Appraiser(Fixtures.settings(), Fixtures.reference()).appraise(p);
    Reconciler rec = new Reconciler(Tolerance.DEFAULT, Q1);
    ItemReconciliation r = rec.reconcile(a, actuals("p", "saving", Q1, 100, Q2, 100)).get(0);
    // only Q1 counts: 100 × 0.5 = 50 against 50 → 100 %
    assertThat(r.actual()).isEqualByComparingTo("50");
    List<org.forcetotaliser.model.Diagnostic> notes = rec.takeNotes();
    assertThat(notes).extracting(n -> n.rule()).containsExactly("actual-after-as-of");
    assertThat(notes.get(0).location().toString()).isEqualTo("actuals/a.csv:3:1");
  }

  @Test
  void nothingReportedAndNothingDue() {
    ItemReconciliation none = reconcile(cashProject(), Actuals.NONE, Q2);
    assertThat(none.rag()).isEqualTo(Rag.NOT_REPORTED);
    assertThat(none.actual()).isNull();
    assertThat(none.realisation()).isNull();
    assertThat(none.missing()).containsExactly(Q1, Q2);
    assertThat(none.forecastTrend()).isNull();
    ItemReconciliation early = reconcile(cashProject(), Actuals.NONE, Quarter.of(2024, 4));
    assertThat(early.rag()).isEqualTo(Rag.NOT_DUE);
    assertThat(early.planned()).isEqualByComparingTo("0");
  }

  @Test
  void qualitativeLevelComparesTheLatestReportedQuarter() {
    // plan 60 in 2025-26 Q4 and 75 in 2026-27 Q4; reported 57 in 2025-26 Q4 only
    // as of 2026-27 Q4: latest reported due quarter is 2025-26 Q4 → 57 / 60 = 95 % green,
    // and 2026-27 Q4 is missing. No additionality, no sums, no forecast.
    Benefit b =
        new Benefit(
            "confidence",
            new BenefitDetail.Qualitative("% confident"),
            Fixtures.quarters("2025-26 Q4", 60, "2026-27 Q4", 75),
            null,
            null,
            null,
            null,
            null);
    Project p =
        Fixtures.project("academy", Fixtures.Q1_2025, Fixtures.Q4_2026, List.of(), List.of(b));
    ItemReconciliation r = reconcile(p, actuals("academy", "confidence", Q4, 57), Fixtures.Q4_2026);
    assertThat(r.planned()).isEqualByComparingTo("60");
    assertThat(r.actual()).isEqualByComparingTo("57");
    assertThat(r.variance()).isEqualByComparingTo("-3");
    assertThat(r.realisation()).isEqualByComparingTo("95");
    assertThat(r.rag()).isEqualTo(Rag.GREEN);
    assertThat(r.missing()).containsExactly(Fixtures.Q4_2026);
    assertThat(r.forecast()).isNull();
    assertThat(r.plannedValue()).isNull();
  }

  @Test
  void spendIsJudgedByDistanceFromPlan() {
    // cost £1,000 in Q1; spent £1,250 → 125 %: 25 points over, beyond 10 (green) but within
    // 30 (amber) → amber. Costs carry no additionality.
    Project p =
        Fixtures.project(
            "p",
            Fixtures.Q1_2025,
            Fixtures.Q4_2026,
            List.of(Fixtures.cost("kit", Fixtures.quarters("2025-26 Q1", 1000), "0.5")),
            List.of());
    ProjectAppraisal a = new Appraiser(Fixtures.settings(), Fixtures.reference()).appraise(p);
    ItemReconciliation r =
        new Reconciler(Tolerance.DEFAULT, Q1).reconcile(a, actuals("p", "kit", Q1, 1250)).get(0);
    assertThat(r.type()).isEqualTo(ItemType.COST);
    assertThat(r.planned()).isEqualByComparingTo("1000");
    assertThat(r.actual()).isEqualByComparingTo("1250");
    assertThat(r.realisation()).isEqualByComparingTo("125");
    assertThat(r.rag()).isEqualTo(Rag.AMBER);
    assertThat(r.actualValue()).isEqualByComparingTo("1250");
  }
}

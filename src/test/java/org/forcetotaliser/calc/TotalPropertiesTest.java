package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants of the roll-up over seeded random portfolios. */
class TotalPropertiesTest {
  private static final Quarter AS_OF = Quarter.of(2026, 2);

  private static ForceTotal total(List<Project> projects, Actuals actuals) {
    Appraiser a = new Appraiser(Fixtures.settings(), Fixtures.reference());
    Reconciler r = new Reconciler(Tolerance.DEFAULT, AS_OF);
    List<ProjectAppraisal> list = new ArrayList<>();
    Map<String, Map<String, ItemReconciliation>> recs = new LinkedHashMap<>();
    for (Project p : projects) {
      ProjectAppraisal pa = a.appraise(p);
      list.add(pa);
      Map<String, ItemReconciliation> items = new LinkedHashMap<>();
      r.reconcile(pa, actuals).forEach(i -> items.put(i.item(), i));
      recs.put(p.id(), items);
    }
    return Totaliser.total(AS_OF, list, recs, Fixtures.d("1650"));
  }

  private static void assertSameTotals(Totals a, Totals b) {
    assertThat(a.pvBenefits()).isEqualByComparingTo(b.pvBenefits());
    assertThat(a.pvCashable()).isEqualByComparingTo(b.pvCashable());
    assertThat(a.pvCosts()).isEqualByComparingTo(b.pvCosts());
    assertThat(a.offences()).isEqualByComparingTo(b.offences());
    assertThat(a.harmCss()).isEqualByComparingTo(b.harmCss());
    assertThat(a.harmCchi()).isEqualByComparingTo(b.harmCchi());
    assertThat(a.hours()).isEqualByComparingTo(b.hours());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyBreakdownAddsUpToTheTotal(long seed) {
    RandomPortfolio g = new RandomPortfolio(seed);
    List<Project> projects = g.projects(25);
    ForceTotal t = total(projects, g.actuals(projects, AS_OF));
    Summary c = t.committed();
    for (Breakdown dim : Breakdown.ALL) {
      List<Totals> rows = new ArrayList<>();
      BigDecimal planned = BigDecimal.ZERO;
      BigDecimal actual = BigDecimal.ZERO;
      for (Summary s : t.breakdowns().get(dim)) {
        rows.add(s.totals());
        planned = planned.add(s.plannedValueToDate());
        actual = actual.add(s.actualValueToDate());
      }
      Totals sum = Totals.sum(rows);
      assertThat(sum.pvBenefits()).as(dim.key()).isEqualByComparingTo(c.totals().pvBenefits());
      assertThat(sum.offences()).as(dim.key()).isEqualByComparingTo(c.totals().offences());
      assertThat(sum.hours()).as(dim.key()).isEqualByComparingTo(c.totals().hours());
      assertThat(planned).as(dim.key()).isEqualByComparingTo(c.plannedValueToDate());
      assertThat(actual).as(dim.key()).isEqualByComparingTo(c.actualValueToDate());
      if (dim != Breakdown.TYPE && dim != Breakdown.OFFENCE) {
        assertThat(sum.pvCosts()).as(dim.key()).isEqualByComparingTo(c.totals().pvCosts());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void splittingThePortfolioInTwoGivesTheSameTotal(long seed) {
    RandomPortfolio g = new RandomPortfolio(seed);
    List<Project> projects = g.projects(20);
    Actuals actuals = g.actuals(projects, AS_OF);
    ForceTotal whole = total(projects, actuals);
    ForceTotal first = total(projects.subList(0, 10), actuals);
    ForceTotal second = total(projects.subList(10, 20), actuals);
    assertSameTotals(
        first.committed().totals().plus(second.committed().totals()), whole.committed().totals());
    assertThat(first.committed().actualValueToDate().add(second.committed().actualValueToDate()))
        .isEqualByComparingTo(whole.committed().actualValueToDate());
    assertSameTotals(
        first.pipeline().totals().plus(second.pipeline().totals()), whole.pipeline().totals());
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void presentValueNeverExceedsUndiscountedValue(long seed) {
    RandomPortfolio g = new RandomPortfolio(seed);
    ForceTotal t = total(g.projects(20), Actuals.NONE);
    Totals c = t.committed().totals();
    assertThat(c.pvBenefits()).isLessThanOrEqualTo(c.valueBenefits());
    assertThat(c.pvCosts()).isLessThanOrEqualTo(c.valueCosts());
  }

  @ParameterizedTest
  @ValueSource(longs = {31, 32, 33})
  void actualsEqualToThePlanAreGreenEverywhere(long seed) {
    RandomPortfolio g = new RandomPortfolio(seed);
    List<Project> projects = g.projects(15);
    Appraiser a = new Appraiser(Fixtures.settings(), Fixtures.reference());
    Map<Actuals.Key, Map<Quarter, Actuals.Cell>> cells = new java.util.TreeMap<>();
    List<ProjectAppraisal> appraisals = new ArrayList<>();
    for (Project p : projects) {
      ProjectAppraisal pa = a.appraise(p);
      appraisals.add(pa);
      for (BenefitAppraisal b : pa.benefits()) {
        for (BenefitQuarter q : b.quarters()) {
          cells
              .computeIfAbsent(
                  new Actuals.Key(p.id(), b.benefit().id()), k -> new java.util.TreeMap<>())
              .put(
                  q.quarter(),
                  new Actuals.Cell(
                      q.gross(), new org.forcetotaliser.model.Location("a.csv", 2, 1)));
        }
      }
    }
    Actuals actuals = new Actuals(cells);
    Reconciler r = new Reconciler(Tolerance.DEFAULT, AS_OF);
    for (ProjectAppraisal pa : appraisals) {
      for (ItemReconciliation i : r.reconcile(pa, actuals)) {
        if (i.isCost() || i.realisation() == null) {
          continue;
        }
        assertThat(i.realisation()).as(i.project() + "/" + i.item()).isEqualByComparingTo("100");
        assertThat(i.rag()).isEqualTo(Rag.GREEN);
        assertThat(i.missing()).isEmpty();
      }
    }
  }
}

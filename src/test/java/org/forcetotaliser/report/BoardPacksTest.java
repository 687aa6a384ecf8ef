package org.forcetotaliser.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.ItemType;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.render.SamplePortfolio;
import org.forcetotaliser.report.BoardPackReport.QuarterValue;
import org.junit.jupiter.api.Test;

/** What the board pack adds to the three reports: the series, counts and sections. */
class BoardPacksTest {
  private static final BoardPackReport PACK = SamplePortfolio.ordinary().pack();

  private static ItemReconciliation item(String id, List<ItemReconciliation.QuarterRow> rows) {
    return new ItemReconciliation(
        "p",
        id,
        ItemType.of(BenefitDetail.Type.CASHABLE),
        "o",
        null,
        null,
        null,
        null,
        null,
        Rag.GREEN,
        List.of(),
        null,
        null,
        null,
        null,
        rows);
  }

  private static ItemReconciliation.QuarterRow row(Quarter q, String planned, String actual) {
    BigDecimal p = new BigDecimal(planned);
    BigDecimal a = actual == null ? null : new BigDecimal(actual);
    return new ItemReconciliation.QuarterRow(q, p, a, p, a);
  }

  @Test
  void seriesAddsDuePlansAndReportedActualsPerQuarter() {
    Quarter q1 = Quarter.of(2025, 1);
    Quarter q2 = Quarter.of(2025, 2);
    // a: Q1 planned 100, actual 90; Q2 planned 100, not reported
    // b: Q1 planned 0 (not due), actual 5; Q2 planned 50, actual 40
    List<QuarterValue> s =
        BoardPacks.series(
            List.of(
                item("a", List.of(row(q1, "100", "90"), row(q2, "100", null))),
                item("b", List.of(row(q1, "0", "5"), row(q2, "50", "40")))));
    assertThat(s).hasSize(2);
    // Q1: planned 100 (b not due), actual 90 + 5 = 95; one item due, two reported
    assertThat(s.get(0).planned()).isEqualByComparingTo("100");
    assertThat(s.get(0).actual()).isEqualByComparingTo("95");
    assertThat(s.get(0).due()).isEqualTo(1);
    assertThat(s.get(0).reported()).isEqualTo(2);
    // Q2: planned 150, actual 40 (a's missing actual is not zero, it is left out)
    assertThat(s.get(1).planned()).isEqualByComparingTo("150");
    assertThat(s.get(1).actual()).isEqualByComparingTo("40");
    assertThat(s.get(1).reported()).isEqualTo(1);
  }

  @Test
  void aQuarterWithNoReturnHasNoActual() {
    Quarter q1 = Quarter.of(2025, 1);
    List<QuarterValue> s = BoardPacks.series(List.of(item("a", List.of(row(q1, "100", null)))));
    assertThat(s.get(0).actual()).isNull();
  }

  @Test
  void seriesAddsUpToTheForceTotalToDate() {
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    for (QuarterValue q : PACK.series()) {
      planned = planned.add(q.planned());
      actual = q.actual() == null ? actual : actual.add(q.actual());
    }
    assertThat(planned).isEqualByComparingTo(PACK.total().total().committed().plannedValueToDate());
    assertThat(actual).isEqualByComparingTo(PACK.total().total().committed().actualValueToDate());
  }

  @Test
  void ragCountsCoverEveryBenefit() {
    int n = PACK.ragCounts().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(n).isEqualTo(PACK.reconcile().benefits().size());
    // zero-planned shows only when some benefit has it; the sample has none
    assertThat(PACK.ragCounts().keySet())
        .containsExactly(Rag.GREEN, Rag.AMBER, Rag.RED, Rag.NOT_REPORTED, Rag.NOT_DUE);
  }

  @Test
  void everyProjectHasASectionWithItsOwnItems() {
    assertThat(PACK.projects()).hasSize(4);
    for (BoardPackReport.ProjectSection p : PACK.projects()) {
      String id = p.appraisal().project().id();
      assertThat(p.benefits()).allMatch(i -> i.project().equals(id));
      assertThat(p.benefits()).hasSize(p.appraisal().benefits().size());
    }
  }

  @Test
  void missingListsOnlyItemsWithMissingQuarters() {
    assertThat(PACK.missing()).isNotEmpty().allMatch(i -> !i.missing().isEmpty());
    assertThat(PACK.missing())
        .extracting(ItemReconciliation::item)
        .contains("fewer-burglaries", "fewer-assaults");
  }
}

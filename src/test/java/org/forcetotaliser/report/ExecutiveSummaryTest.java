package org.forcetotaliser.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.load.ReferenceCatalogue;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Portfolio;
import org.forcetotaliser.model.Prices;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Stage;
import org.forcetotaliser.model.Uncertain;
import org.forcetotaliser.render.SamplePortfolio;
import org.junit.jupiter.api.Test;

/**
 * The executive summary on a portfolio small enough to work by hand: one live project with two
 * cashable benefits (£1 a unit, no additionality, real prices in the price base, so each quantity
 * is its £) and a cost, owned by "Insp A. Hale".
 *
 * <p>{@code cash}: 1,000 a quarter from 2025-26 Q1; actuals Q1 900, Q2 800, Q3 300. {@code cash2}:
 * 500 a quarter; actual Q1 500 only. {@code staff}: a cost of 1,000 a quarter, every quarter
 * reported. Tolerances are the defaults, green at 90 %, amber at 70 %.
 */
class ExecutiveSummaryTest {
  private static final Quarter Q1 = Quarter.of(2025, 1);
  private static final Quarter Q2 = Quarter.of(2025, 2);
  private static final Quarter Q3 = Quarter.of(2025, 3);
  private static final Location AT = new Location("p.yaml", 1, 1);

  private static Profile perQuarter(String amount) {
    return new Profile.Rate(Uncertain.point(amount), false, null, null, null);
  }

  private static Portfolio portfolio() {
    Project p =
        new Project(
            "p",
            "Cash project",
            "Insp A. Hale",
            BuildingBlock.PARTNERSHIPS,
            Stage.LIVE,
            "force-wide",
            Q1,
            Quarter.of(2026, 4),
            Prices.REAL,
            List.of(new Cost("staff", Cost.Kind.REVENUE, perQuarter("1000"), Uncertain.ZERO, AT)),
            List.of(
                new Benefit(
                    "cash",
                    new BenefitDetail.Cashable(),
                    perQuarter("1000"),
                    Factors.NONE,
                    null,
                    null,
                    null,
                    AT),
                new Benefit(
                    "cash2",
                    new BenefitDetail.Cashable(),
                    perQuarter("500"),
                    Factors.NONE,
                    null,
                    null,
                    null,
                    AT)),
            AT);
    Map<Actuals.Key, Map<Quarter, Actuals.Cell>> m = new TreeMap<>();
    m.put(new Actuals.Key("p", "cash"), cells(Q1, "900", Q2, "800", Q3, "300"));
    m.put(new Actuals.Key("p", "cash2"), cells(Q1, "500"));
    m.put(new Actuals.Key("p", "staff"), cells(Q1, "1000", Q2, "1000", Q3, "1000"));
    return new Portfolio(SamplePortfolio.settings(), List.of(p), new Actuals(m));
  }

  private static Map<Quarter, Actuals.Cell> cells(Object... kv) {
    Map<Quarter, Actuals.Cell> cells = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      cells.put((Quarter) kv[i], new Actuals.Cell(new BigDecimal((String) kv[i + 1]), AT));
    }
    return cells;
  }

  private static BoardPackReport pack(Quarter asOf, Quarter compareTo) {
    Portfolio p = portfolio();
    return BoardPacks.build(
        p,
        SamplePortfolio.reference().withOverrides(p.settings()),
        p.settings(),
        asOf,
        ReferenceCatalogue.sources(),
        org.forcetotaliser.model.MapInOrder.ONE_THREAD,
        new BoardPacks.Options(compareTo, 0, 1));
  }

  @Test
  void thePositionAsOfEachQuarterIsWorkedFromTheSameFiles() {
    ExecutiveSummary s = pack(Q3, Q2).summary();
    // as of Q2: cash planned 1,000 + 1,000 = 2,000, actual 900 + 800 = 1,700 (85 %: amber);
    // cash2 planned 500 + 500 = 1,000, reported Q1 only: actual 500 of 500 (100 %: green),
    // Q2 missing. Planned to date 3,000; actual 2,200; like for like 2,200 / 2,500 = 0.88
    ExecutiveSummary.Position before = s.before();
    assertThat(before.plannedToDate()).isEqualByComparingTo("3000");
    assertThat(before.actualToDate()).isEqualByComparingTo("2200");
    assertThat(before.plannedReported()).isEqualByComparingTo("2500");
    assertThat(before.realisation()).isEqualByComparingTo("0.88");
    assertThat(before.count(Rag.AMBER)).isEqualTo(1);
    assertThat(before.count(Rag.GREEN)).isEqualTo(1);
    assertThat(before.missingItems()).isEqualTo(1);
    assertThat(before.missingQuarters()).isEqualTo(1);
    // as of Q3: cash planned 3,000, actual 2,000 (66.7 %: red); cash2 planned 1,500, actual 500
    // of 500, Q2 and Q3 missing. Planned to date 4,500; actual 2,500; 2,500 / 3,500 = 0.714285…
    ExecutiveSummary.Position now = s.now();
    assertThat(now.plannedToDate()).isEqualByComparingTo("4500");
    assertThat(now.actualToDate()).isEqualByComparingTo("2500");
    assertThat(now.plannedReported()).isEqualByComparingTo("3500");
    assertThat(now.realisation().setScale(6, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("0.714286");
    assertThat(now.count(Rag.RED)).isEqualTo(1);
    assertThat(now.count(Rag.AMBER)).isZero();
    assertThat(now.missingQuarters()).isEqualTo(2);
    assertThat(now.overdueActions()).isNull();
  }

  @Test
  void theChangesAreNowLessBefore() {
    List<ExecutiveSummary.Change> changes = pack(Q3, Q2).summary().changes();
    // planned 4,500 − 3,000 = +1,500; actual 2,500 − 2,200 = +300;
    // realisation 0.714285… − 0.88 = −0.165714… (−16.6 points); red 0 → 1, amber 1 → 0;
    // quarters missing 1 → 2; no roadmap, so no row for overdue actions
    assertThat(changes)
        .extracting(ExecutiveSummary.Change::label)
        .containsExactly(
            "Planned value to date",
            "Actual value to date",
            "Realisation to date",
            "Benefits red",
            "Benefits amber",
            "Benefits green",
            "Benefits not reported",
            "Items with missing returns",
            "Quarters missing");
    assertThat(changes.get(0).difference()).isEqualByComparingTo("1500");
    assertThat(changes.get(1).difference()).isEqualByComparingTo("300");
    assertThat(changes.get(2).difference().setScale(6, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("-0.165714");
    assertThat(changes.get(3).difference()).isEqualByComparingTo("1");
    assertThat(changes.get(4).difference()).isEqualByComparingTo("-1");
    assertThat(changes.get(8).difference()).isEqualByComparingTo("1");
  }

  @Test
  void theBenefitsOffTrackAndTheStatusChangesAreNamed() {
    ExecutiveSummary s = pack(Q3, Q2).summary();
    assertThat(s.redOrAmber()).extracting(i -> i.item()).containsExactly("cash");
    assertThat(s.ragChanges())
        .containsExactly(new ExecutiveSummary.RagChange("p", "cash", Rag.AMBER, Rag.RED));
    // cash2: Q2 and Q3 missing; the cost reported every quarter
    assertThat(s.missingByOwner())
        .containsExactly(new ExecutiveSummary.OwnerReturns("Insp A. Hale", 1, 2));
  }

  @Test
  void aProjectsOverallStatusIsItsWorstBenefit() {
    // cash red, cash2 green: red
    assertThat(pack(Q3, Q2).projects().get(0).overall()).isEqualTo(Rag.RED);
    // as of Q2: cash amber, cash2 green: amber
    assertThat(pack(Q2, Q1).projects().get(0).overall()).isEqualTo(Rag.AMBER);
  }

  @Test
  void thePackShowsTheChangesInWords() {
    String html = org.forcetotaliser.render.BoardPack.html(pack(Q3, Q2));
    // 0.88 reads 88.0%, 0.714285… reads 71.4%, the change −0.165714… reads −16.6 points
    assertThat(html)
        .contains(
            "<tr><th scope=\"row\">Realisation to date</th><td class=\"num\">88.0%</td>"
                + "<td class=\"num\">71.4%</td><td class=\"num\">-16.6 points</td></tr>")
        .contains(
            "<tr><th scope=\"row\">Actual value to date</th><td class=\"num\">£2,200</td>"
                + "<td class=\"num\">£2,500</td><td class=\"num\">+£300</td></tr>")
        .contains(
            "<tr><th scope=\"row\">Benefits amber</th><td class=\"num\">1</td>"
                + "<td class=\"num\">0</td><td class=\"num\">-1</td></tr>")
        .contains("1 red (Cash project: cash), of 2 benefits.")
        .contains("Insp A. Hale: 2 quarters on 1 item.")
        .contains(
            "71.4% of plan for the quarters reported: £2,500 actual against £3,500 planned for"
                + " those quarters (£4,500 planned for every quarter due).");
  }

  @Test
  void theWorkbookSummarySheetComesFirstWithTheSameFigures() throws java.io.IOException {
    byte[] xlsx = org.forcetotaliser.render.Workbooks.boardPack(pack(Q3, Q2));
    List<String> rows = new java.util.ArrayList<>();
    try (var wb =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var sheet = wb.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("Executive summary");
      for (var row : sheet.read()) {
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
          var cell = row.getCell(c);
          cells.add(cell == null ? "" : cell.getText());
        }
        rows.add(String.join(" | ", cells));
      }
    }
    // the header block (6 rows, a blank row), the heading, then a row per figure: money to the
    // penny, a fraction to six places, as of Q2 | as of Q3 | change (worked above):
    // planned 3,000 | 4,500 | +1,500; actual 2,200 | 2,500 | +300; planned for the quarters
    // reported 2,500 | 3,500 | +1,000; realisation 0.88 | 0.714286 | −0.165714; red 0 → 1,
    // amber 1 → 0, green 1 → 1 (cash2 500 of 500); missing items 1 → 1, quarters 1 → 2
    assertThat(rows.get(5)).isEqualTo("compared with | 2025-26 Q2");
    assertThat(rows.get(6)).isEqualTo("figure | as of 2025-26 Q2 | as of 2025-26 Q3 | change");
    assertThat(rows.get(7)).startsWith("Committed NPSV (1 project) |  | ");
    assertThat(rows.subList(11, rows.size()))
        .containsExactly(
            "Planned value to date | 3000.00 | 4500.00 | 1500.00",
            "Actual value to date | 2200.00 | 2500.00 | 300.00",
            "Planned value for the quarters reported | 2500.00 | 3500.00 | 1000.00",
            "Realisation to date | 0.880000 | 0.714286 | -0.165714",
            "Benefits red | 0 | 1 | 1",
            "Benefits amber | 1 | 0 | -1",
            "Benefits green | 1 | 1 | 0",
            "Benefits not reported | 0 | 0 | 0",
            "Items with missing returns | 1 | 1 | 0",
            "Quarters missing | 1 | 2 | 1",
            "Off track: Cash project: cash |  | Red",
            "Status changed: Cash project: cash | Amber | Red",
            "Quarters missing: Insp A. Hale (1 item) |  | 2");
  }

  @Test
  void theQuarterComparedWithMustBeEarlier() {
    assertThatThrownBy(() -> pack(Q2, Q2)).isInstanceOf(IllegalArgumentException.class);
  }
}

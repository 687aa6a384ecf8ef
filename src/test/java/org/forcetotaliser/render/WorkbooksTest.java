package org.forcetotaliser.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.report.BoardPackReport;
import org.junit.jupiter.api.Test;

/** The workbooks read back: sheets, numeric money, formats, frozen headers, filters, safety. */
class WorkbooksTest {
  private static final BoardPackReport PACK = SamplePortfolio.ordinary().pack();
  private static final byte[] TOTAL =
      Workbooks.total(PACK.total(), PACK.reconcile(), PACK.sources());

  /** The whole sheet, header block included. */
  private static List<Row> sheet(byte[] xlsx, String sheet) throws IOException {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      return wb.findSheet(sheet).orElseThrow().read();
    }
  }

  /**
   * The sheet's table: its heading row (the first after the header block) and the rows under it.
   */
  private static List<Row> rows(byte[] xlsx, String sheet) throws IOException {
    List<Row> all = sheet(xlsx, sheet);
    int top = 0;
    while (all.get(top).getRowNum() < 6) {
      top++;
    }
    return all.subList(top, all.size());
  }

  private static List<String> sheetNames(byte[] xlsx) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      return wb.getSheets().map(Sheet::getName).toList();
    }
  }

  /** The first row whose first cells are {@code keys}. */
  private static Row find(List<Row> rows, String... keys) {
    for (Row r : rows) {
      boolean match = true;
      for (int i = 0; i < keys.length; i++) {
        match &= keys[i].equals(r.getCellText(i));
      }
      if (match) {
        return r;
      }
    }
    throw new AssertionError("no row " + String.join(" / ", keys));
  }

  private static int column(List<Row> rows, String heading) {
    Row h = rows.get(0);
    for (int i = 0; i < h.getCellCount(); i++) {
      if (heading.equals(h.getCellText(i))) {
        return i;
      }
    }
    throw new AssertionError("no column " + heading);
  }

  private static Map<String, String> entries(byte[] xlsx) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void totalHasASheetPerBreakdown() throws IOException {
    assertThat(sheetNames(TOTAL))
        .containsExactly(
            "Summary",
            "By building block",
            "By type",
            "By year",
            "By offence",
            "By stage",
            "By area",
            "Reconciliation",
            "Double counts",
            "Sources");
  }

  @Test
  void everySheetHasTheForcePricesAndAsOfAboveItsTable() throws IOException {
    for (String name : sheetNames(TOTAL)) {
      List<Row> all = sheet(TOTAL, name);
      assertThat(all.get(0).getCellText(0)).as(name).isEqualTo("Force total as of 2026-27 Q2");
      assertThat(all.get(1).getCellText(0)).isEqualTo("force");
      assertThat(all.get(2).getCellText(0)).isEqualTo("prices");
      assertThat(all.get(2).getCellText(1)).startsWith("£ at ");
      assertThat(all.get(3).getCellText(0)).isEqualTo("as of");
      assertThat(all.get(3).getCellText(1)).isEqualTo("2026-27 Q2");
      // a blank row, then the table's headings on row 6
      assertThat(all.get(4).getRowNum()).isEqualTo(6);
    }
    // no "unit" column: each figure carries its own format
    assertThat(rows(TOTAL, "Summary").get(0).getCellCount()).isEqualTo(3);
  }

  @Test
  void moneyIsANumberInPoundsFormat() throws IOException {
    List<Row> rows = rows(TOTAL, "Summary");
    Cell pv = find(rows, "PV benefits").getCell(1);
    assertThat(pv.getType()).isEqualTo(CellType.NUMBER);
    assertThat(pv.asNumber())
        .isEqualByComparingTo(
            PACK.total()
                .total()
                .committed()
                .measures()
                .pvBenefits()
                .setScale(2, java.math.RoundingMode.HALF_EVEN));
    assertThat(pv.getDataFormatString()).isEqualTo(Workbooks.MONEY);
    assertThat(Workbooks.MONEY).isEqualTo("\"£\"#,##0;-\"£\"#,##0");
  }

  @Test
  void costsAndCashableItemsAreInPoundsAndHoursWhole() throws IOException {
    List<Row> rows = rows(TOTAL, "Reconciliation");
    Cell cashable = find(rows, "custody-triage", "overtime").getCell(column(rows, "planned"));
    assertThat(cashable.getDataFormatString()).isEqualTo(Workbooks.MONEY);
    Cell hours = find(rows, "custody-triage", "sergeant-hours").getCell(column(rows, "planned"));
    assertThat(hours.getDataFormatString()).isEqualTo("#,##0");
    for (Row r : rows.subList(1, rows.size())) {
      if ("Cost".equals(r.getCellText(2)) && r.getCell(column(rows, "actual")) != null) {
        assertThat(r.getCell(column(rows, "actual")).getDataFormatString())
            .isEqualTo(Workbooks.MONEY);
      }
    }
  }

  @Test
  void aBreakdownEndsInATotalsRowSummedExactly() throws IOException {
    // two made-up rows: £100.10 + £200.205 = £300.305 of benefits, written to the penny as
    // 300.30 (half-even); costs £50 + £0.25 = £50.25; NPSV £50.10 + £199.955 = £250.055 → 250.06;
    // 1.5 + 2.25 = 3.75 offences; hours 10 + 0.5 = 10.5; BCRs 2.002 and 800.82 are not added
    Summary a = summary("a", "100.10", "50", "1.5", "10", "2.002");
    Summary b = summary("b", "200.205", "0.25", "2.25", "0.5", "800.82");
    byte[] xlsx =
        Workbooks.write(
            "t",
            List.of(
                Workbooks.sheet(
                    "By stage",
                    org.forcetotaliser.report.TotalTables.breakdownSheet(
                        org.forcetotaliser.calc.Breakdown.STAGE, List.of(a, b)))));
    String xml = new String(Workbooks.entries(xlsx).get("xl/worksheets/sheet1.xml"), UTF_8);
    // the totals row is the fourth: headings, a, b, total
    String total =
        xml.substring(
            xml.indexOf("<row r=\"4\""), xml.indexOf("</row>", xml.indexOf("<row r=\"4\"")));
    assertThat(total)
        .contains("<v>300.30</v>")
        .contains("<v>50.25</v>")
        .contains("<v>250.06</v>")
        .contains("<v>3.7500</v>")
        .contains("<v>10.5000</v>")
        .doesNotContain("802.822");
    String comments = new String(Workbooks.entries(xlsx).get("xl/comments1.xml"), UTF_8);
    assertThat(comments).contains("a ratio is not summed");
  }

  private static Summary summary(
      String key, String benefits, String costs, String offences, String hours, String bcr) {
    BigDecimal pvb = new BigDecimal(benefits);
    BigDecimal pvc = new BigDecimal(costs);
    BigDecimal zero = BigDecimal.ZERO;
    Measures m =
        new Measures(
            pvb,
            zero,
            pvc,
            pvb.subtract(pvc),
            new BigDecimal(bcr),
            null,
            null,
            null,
            new BigDecimal(offences),
            zero,
            zero,
            new BigDecimal(hours),
            zero,
            true);
    return new Summary(key, null, m, zero, zero, false);
  }

  @Test
  void anAbsentFigureIsAnEmptyCellWithANoteNeverZero() throws IOException {
    // the type breakdown carries benefit measures only: its PV costs are absent, with the reason
    List<Row> rows = rows(TOTAL, "By type");
    int costs = column(rows, "PV costs");
    for (Row r : rows.subList(1, rows.size())) {
      Cell c = r.getCell(costs);
      assertThat(c == null || c.getType() == CellType.EMPTY).as(r.getCellText(0)).isTrue();
    }
    String comments =
        entries(TOTAL).entrySet().stream()
            .filter(e -> e.getKey().startsWith("xl/comments"))
            .map(Map.Entry::getValue)
            .reduce("", String::concat);
    assertThat(comments).contains("costs belong to projects, not to benefits");
  }

  @Test
  void theStylesHaveANormalStyleAndCitationsWrap() throws IOException {
    String styles = entries(TOTAL).get("xl/styles.xml");
    assertThat(styles)
        .contains("<cellStyleXfs count=\"1\">")
        .contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>")
        .contains("wrapText=\"true\"");
    // the Sources sheet is the last: its citation column (D) is wide
    String sources = entries(TOTAL).get("xl/worksheets/sheet10.xml");
    assertThat(sources).contains("<col min=\"4\" max=\"4\" width=\"60.0\"");
  }

  @Test
  void reconciliationValuesAreTheHandWorkedNumbers() throws IOException {
    // custody-triage/overtime: £40,000 a year = £10,000 a quarter, cashable (unit £1, no
    // additionality). Due 2025-26 Q1 to 2026-27 Q2 = 6 quarters: planned £60,000.
    // Reported 9,500 + 10,200 + 11,000 + 9,800 + 10,100 + 9,900 = £60,500.
    List<Row> rows = rows(TOTAL, "Reconciliation");
    Row overtime = find(rows, "custody-triage", "overtime");
    Cell planned = overtime.getCell(column(rows, "planned_value"));
    Cell actual = overtime.getCell(column(rows, "actual_value"));
    assertThat(planned.getType()).isEqualTo(CellType.NUMBER);
    assertThat(planned.asNumber()).isEqualByComparingTo("60000");
    assertThat(actual.asNumber()).isEqualByComparingTo("60500");
    // realisation 60,500 / 60,000 = 100.8333…% is stored as a fraction in a % format
    Cell realised = overtime.getCell(column(rows, "realisation"));
    assertThat(realised.getType()).isEqualTo(CellType.NUMBER);
    assertThat(realised.asNumber()).isEqualByComparingTo("1.008333");
    assertThat(realised.getDataFormatString()).isEqualTo("0.0%");
    // custody-triage/sergeant-hours: 5 reported quarters × 400 × 0.9 = 1,800 planned;
    // (380 + 410 + 300 + 260 + 240) × 0.9 = 1,431 actual; variance −369 stays a number
    Row hours = find(rows, "custody-triage", "sergeant-hours");
    Cell variance = hours.getCell(column(rows, "variance"));
    assertThat(variance.getType()).isEqualTo(CellType.NUMBER);
    assertThat(variance.asNumber()).isEqualByComparingTo("-369");
  }

  @Test
  void doubleCountsCarryTheirPoundsAtStake() throws IOException {
    List<Row> rows = rows(TOTAL, "Double counts");
    assertThat(rows).hasSize(1 + PACK.total().total().doubleCounts().size());
    Cell atStake = find(rows, "definite", "overtime-budget").getCell(column(rows, "PV at stake"));
    assertThat(atStake.getType()).isEqualTo(CellType.NUMBER);
    assertThat(atStake.asNumber())
        .isEqualByComparingTo(
            PACK.total()
                .total()
                .doubleCounts()
                .get(0)
                .atStake()
                .setScale(2, java.math.RoundingMode.HALF_EVEN));
  }

  @Test
  void everySheetHasAFrozenHeaderAndAnAutofilter() throws IOException {
    // the reader does not expose panes or filters, so read the sheet XML itself
    Map<String, String> parts = entries(TOTAL);
    List<String> sheets =
        parts.keySet().stream()
            .filter(n -> n.startsWith("xl/worksheets/sheet") && n.endsWith(".xml"))
            .toList();
    assertThat(sheets).hasSize(10);
    for (String s : sheets) {
      // the headings are on row 6, under the header block
      assertThat(parts.get(s))
          .as(s)
          .containsPattern("<pane [^>]*ySplit=\"6\"")
          .contains("state=\"frozen\"")
          .containsPattern("<autoFilter ref=\"A6:[A-Z]+\\d+\"");
    }
  }

  @Test
  void sameInputGivesTheSameBytes() throws IOException {
    assertThat(Workbooks.total(PACK.total(), PACK.reconcile(), PACK.sources())).isEqualTo(TOTAL);
    assertThat(Workbooks.boardPack(PACK)).isEqualTo(Workbooks.boardPack(PACK));
    assertThat(entries(TOTAL).get("docProps/core.xml")).contains(Workbooks.FIXED_TIME);
  }

  @Test
  void estimateReconcileAndPackWorkbooksOpen() throws IOException {
    assertThat(sheetNames(Workbooks.estimate(PACK.estimate())))
        .containsExactly(
            "Projects",
            "Benefits",
            "Qualitative targets",
            "By financial year",
            "Scenarios",
            "Tornado");
    assertThat(sheetNames(Workbooks.reconcile(PACK.reconcile()))).containsExactly("Reconciliation");
    assertThat(sheetNames(Workbooks.boardPack(PACK)))
        .containsExactly(
            "Executive summary",
            "Summary",
            "By building block",
            "By type",
            "By year",
            "By offence",
            "By stage",
            "By area",
            "Reconciliation",
            "By quarter",
            "Missing actuals",
            "Projects",
            "Double counts",
            "Sources",
            "Warnings");
    // the series in the pack adds up to the total's planned value to date, give or take the
    // rounding of each quarter to pence
    List<Row> series = rows(Workbooks.boardPack(PACK), "By quarter");
    BigDecimal planned = BigDecimal.ZERO;
    for (Row r : series.subList(1, series.size())) {
      planned = planned.add(r.getCell(1).asNumber());
    }
    assertThat(planned)
        .isCloseTo(
            PACK.total().total().committed().plannedValueToDate(),
            org.assertj.core.data.Offset.offset(
                new BigDecimal("0.01").multiply(BigDecimal.valueOf(series.size()))));
  }

  @Test
  void neutralisesFormulaLikeText() {
    assertThat(Workbooks.neutralise("=1+1")).isEqualTo("'=1+1");
    assertThat(Workbooks.neutralise("+1")).isEqualTo("'+1");
    assertThat(Workbooks.neutralise("-2+3")).isEqualTo("'-2+3");
    assertThat(Workbooks.neutralise("@SUM(1)")).isEqualTo("'@SUM(1)");
    assertThat(Workbooks.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(Workbooks.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(Workbooks.neutralise("safe = text")).isEqualTo("safe = text");
  }
}

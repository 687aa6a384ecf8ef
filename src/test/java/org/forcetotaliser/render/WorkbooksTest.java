package org.forcetotaliser.render;

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
import org.forcetotaliser.report.BoardPackReport;
import org.junit.jupiter.api.Test;

/** The workbooks read back: sheets, numeric money, formats, frozen headers, filters, safety. */
class WorkbooksTest {
  private static final BoardPackReport PACK = SamplePortfolio.ordinary().pack();
  private static final byte[] TOTAL =
      Workbooks.total(PACK.total(), PACK.reconcile(), PACK.sources());

  private static List<Row> rows(byte[] xlsx, String sheet) throws IOException {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      return wb.findSheet(sheet).orElseThrow().read();
    }
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
  void totalHasTheFiveSheets() throws IOException {
    assertThat(sheetNames(TOTAL))
        .containsExactly("Summary", "Breakdowns", "Reconciliation", "Double counts", "Sources");
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
    assertThat(pv.getDataFormatString()).startsWith("£#,##0");
  }

  @Test
  void reconciliationValuesAreTheHandWorkedNumbers() throws IOException {
    // custody-triage/overtime: £40,000 a year = £10,000 a quarter, cashable (unit £1, no
    // additionality). Due 2025-26 Q1 to 2026-27 Q2 = 6 quarters: planned £60,000.
    // Reported 9,500 + 10,200 + 11,000 + 9,800 + 10,100 + 9,900 = £60,500.
    List<Row> rows = rows(TOTAL, "Reconciliation");
    Row overtime = find(rows, "custody-triage", "overtime");
    Cell planned = overtime.getCell(column(rows, "planned value"));
    Cell actual = overtime.getCell(column(rows, "actual value"));
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
        parts.keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet")).toList();
    assertThat(sheets).hasSize(5);
    for (String s : sheets) {
      assertThat(parts.get(s))
          .as(s)
          .containsPattern("<pane [^>]*ySplit=\"1\"")
          .contains("state=\"frozen\"")
          .containsPattern("<autoFilter ref=\"A1:[A-Z]+\\d+\"");
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
        .containsExactly("Projects", "Benefits", "Basis");
    assertThat(sheetNames(Workbooks.reconcile(PACK.reconcile())))
        .containsExactly("Reconciliation", "Basis");
    assertThat(sheetNames(Workbooks.boardPack(PACK)))
        .containsExactly(
            "Summary",
            "Breakdowns",
            "Reconciliation",
            "By quarter",
            "Missing actuals",
            "Projects",
            "Double counts",
            "Sources");
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

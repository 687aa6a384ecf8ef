package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forcetotaliser.load.TestWorkbook.bool;
import static org.forcetotaliser.load.TestWorkbook.error;
import static org.forcetotaliser.load.TestWorkbook.formula;
import static org.forcetotaliser.load.TestWorkbook.formulaText;
import static org.forcetotaliser.load.TestWorkbook.inline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.render.DiagnosticPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Actuals from workbooks, from Windows-1252 CSV files and from standard input, read into the same
 * sums as a UTF-8 CSV file gives (docs/method.md §8).
 */
class XlsxActualsTest {

  @TempDir Path tmp;

  static final String PROJECT =
      "id: op-harbour\n"
          + "name: Operation Harbour\n"
          + "owner: Ch Insp A. Example\n"
          + "building_block: projects-and-prevention\n"
          + "stage: approved\n"
          + "start: 2025-26 Q1\n"
          + "end: 2027-28 Q4\n"
          + "costs:\n"
          + "  - id: outreach\n"
          + "    kind: revenue\n"
          + "    profile: { per_year: 45000 }\n";

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /** A portfolio folder with the project and {@code files} (name, bytes) under actuals/. */
  private Path portfolio(Object... files) throws IOException {
    Path p = tmp.resolve("portfolio");
    Files.createDirectories(p.resolve("projects"));
    Files.createDirectories(p.resolve("actuals"));
    Files.writeString(p.resolve("projects/harbour.yaml"), PROJECT);
    for (int i = 0; i < files.length; i += 2) {
      Files.write(p.resolve("actuals").resolve((String) files[i]), (byte[]) files[i + 1]);
    }
    return p;
  }

  private static LoadResult load(Path p) {
    return PortfolioLoader.load(List.of(p.toString()), new ByteArrayInputStream(new byte[0]));
  }

  private static BigDecimal sum(LoadResult r, String quarter) {
    return r.portfolio()
        .actuals()
        .of("op-harbour", "outreach")
        .get(Quarter.parse(quarter))
        .actual();
  }

  @Test
  void everyKindOfCellIsReadAsItsValue() throws IOException {
    byte[] book =
        new TestWorkbook()
            .sheet(
                "Return",
                List.of(
                    row("project", "item", "period", "actual", "note"),
                    // April: a number Excel stored as a double, 1200.1 kept to 15 digits
                    row("op-harbour", "outreach", "2025-04", new BigDecimal("1200.0999999999999")),
                    // May: a formula, read as the value Excel saved with it
                    row("op-harbour", "outreach", inline("2025-05"), formula("D2*2", "2400.2")),
                    // June: a formula whose saved value is text
                    row("op-harbour", "outreach", "2025-06", formulaText("TEXT(1)", "99.7"), "x")))
            .bytes();
    LoadResult r = load(portfolio("q1.xlsx", book, "~$q1.xlsx", new byte[] {1, 2, 3}));
    // 1200.1 + 2400.2 + 99.7 = 3700.0; the lock file ~$q1.xlsx is not read
    assertThat(sum(r, "2025-26 Q1")).isEqualByComparingTo("3700.0");
    assertThat(r.actualsFiles()).isEqualTo(1);
    // the text 99.7 is read with a warning at its cell
    assertThat(r.diagnostics()).hasSize(1);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.rule()).isEqualTo("number-as-text");
    assertThat(d.location().toString()).endsWith("actuals/q1.xlsx:Return!D4");
  }

  @Test
  void everySheetWithTheColumnsIsReadAndTheRestPassedOver() throws IOException {
    byte[] book =
        new TestWorkbook()
            .sheet("Read me", List.of(row("Fill in the actual column"), row("project", "owner")))
            .sheet(
                "Q1",
                List.of(
                    row("Quarter 1 return"),
                    row(),
                    row(null, "actual", "period", "item", "project"),
                    row(null, 100, "2025-26 Q1", "outreach", "op-harbour")))
            .sheet(
                "Q2",
                List.of(
                    row("project", "item", "period", "actual", "note"),
                    row("op-harbour", "outreach", "2025-26 Q2", 250.5, null),
                    row(null, null, null, null, null),
                    row("op-harbour", "outreach", "2025-26 Q3", null, "not in yet")))
            .bytes();
    LoadResult r = load(portfolio("returns.xlsx", book));
    assertThat(r.diagnostics()).isEmpty();
    // Q1 from a header in columns B to E of row 3; Q2 below; a blank actual stays missing
    assertThat(sum(r, "2025-26 Q1")).isEqualByComparingTo("100");
    assertThat(sum(r, "2025-26 Q2")).isEqualByComparingTo("250.5");
    assertThat(r.portfolio().actuals().of("op-harbour", "outreach"))
        .doesNotContainKey(Quarter.parse("2025-26 Q3"));
    Actuals.Cell q1 =
        r.portfolio().actuals().of("op-harbour", "outreach").get(Quarter.parse("2025-26 Q1"));
    // where the first figure was written: its period, sheet Q1, cell C4
    assertThat(q1.location().sheet()).isEqualTo("Q1");
    assertThat(q1.location().cell()).isEqualTo("C4");
  }

  @Test
  void problemsAreLocatedAtTheirCellInTextAndJson() throws IOException {
    byte[] book =
        new TestWorkbook()
            .sheet(
                "Return 2025-26 Q1",
                List.of(
                    row("project", "item", "period", "actual"),
                    row("op-harbour", "outreach", "2025-26 Q1", bool(true)),
                    row("op-harbour", "outreach", "2025-26 Q2", error("#N/A")),
                    row("op-harbour", "outreach", "2025-26 Q3", -5)))
            .bytes();
    LoadResult r = load(portfolio("bad.xlsx", book));
    List<String> where = r.diagnostics().stream().map(d -> d.location().toString()).toList();
    assertThat(where)
        .allSatisfy(w -> assertThat(w).contains("actuals/bad.xlsx:'Return 2025-26 Q1'!"));
    assertThat(where.stream().map(w -> w.substring(w.indexOf('!') + 1)).toList())
        .containsExactly("D2", "D3", "D4");
    assertThat(r.diagnostics().stream().map(Diagnostic::rule).toList())
        .containsExactly("bad-csv", "bad-csv", "negative-quantity");
    String json = DiagnosticPrinter.json(r.diagnostics());
    assertThat(json)
        .contains("\"line\" : 3,")
        .contains("\"column\" : 4,")
        .contains("\"sheet\" : \"Return 2025-26 Q1\"")
        .contains("\"cell\" : \"D3\"");
  }

  @Test
  void aFileThatIsNotAWorkbookIsAnErrorNotAStackTrace() throws IOException {
    byte[] xls = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    LoadResult r = load(portfolio("old.xlsx", xls, "empty.xlsx", new byte[0]));
    assertThat(r.diagnostics()).extracting(Diagnostic::rule).containsOnly("unreadable-file");
    assertThat(r.diagnostics().get(1).message()).contains("Excel 97-2003 (.xls)");
  }

  @Test
  void hostilePartsAreErrorsNeverExceptions() throws IOException {
    byte[] good =
        new TestWorkbook()
            .sheet(
                "R",
                List.of(
                    row("project", "item", "period", "actual"),
                    row("op-harbour", "outreach", "2025-26 Q1", 1)))
            .bytes();
    java.util.Map<String, String> entity = TestWorkbook.parts(good);
    // an entity that would expand a billion times, or read a file, is not expanded
    entity.put(
        "xl/sharedStrings.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>&b;</t></si></sst>");
    java.util.Map<String, String> missing = TestWorkbook.parts(good);
    // a shared string the package does not have
    missing.put(
        "xl/worksheets/sheet1.xml",
        missing.get("xl/worksheets/sheet1.xml").replace("<v>0</v>", "<v>999</v>"));
    java.util.Map<String, String> noBook = TestWorkbook.parts(good);
    noBook.remove("xl/workbook.xml");
    java.util.Map<String, String> broken = TestWorkbook.parts(good);
    broken.put("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>");
    LoadResult r =
        load(
            portfolio(
                "a.xlsx", TestWorkbook.zip(entity),
                "b.xlsx", TestWorkbook.zip(missing),
                "c.xlsx", TestWorkbook.zip(noBook),
                "d.xlsx", TestWorkbook.zip(broken)));
    assertThat(r.diagnostics())
        .extracting(d -> d.location().file().substring(d.location().file().lastIndexOf('/') + 1))
        .containsExactly("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx");
    assertThat(r.diagnostics()).extracting(Diagnostic::rule).containsOnly("unreadable-file");
    assertThat(r.diagnostics().get(2).message())
        .isEqualTo("the workbook is damaged: it has no `xl/workbook.xml`");
    assertThat(r.portfolio().actuals().isEmpty()).isTrue();
  }

  @Test
  void aHeaderInTitleCaseIsReadAsTheHeaderAndGetsTheHint() throws IOException {
    byte[] book =
        new TestWorkbook()
            .sheet(
                "Return",
                List.of(
                    row("Project", "Item", "Period", "Actual"),
                    row("op-harbour", "outreach", "2025-26 Q1", 1)))
            .bytes();
    LoadResult r = load(portfolio("q1.xlsx", book));
    assertThat(r.diagnostics()).hasSize(1);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.location().cell()).isEqualTo("A1");
    assertThat(d.message()).startsWith("the header row's names are not the actuals columns");
    assertThat(d.hint())
        .isEqualTo("column names are lower case: write `project,item,period,actual`");
  }

  @Test
  void aWorkbookWithNoReturnSheetSaysSo() throws IOException {
    byte[] book = new TestWorkbook().sheet("Sheet1", List.of(row("hello"))).bytes();
    LoadResult r = load(portfolio("notes.xlsx", book));
    assertThat(r.diagnostics()).hasSize(1);
    assertThat(r.diagnostics().get(0).message())
        .isEqualTo(
            "no sheet of the workbook has a header row with the columns "
                + "`project`, `item`, `period` and `actual`");
  }

  /** Excel's "CSV (Comma delimited)": Windows-1252 bytes, CRLF line ends. */
  static final byte[] WINDOWS_1252 =
      ("project,item,period,actual,note\r\n"
              + "op-harbour,outreach,2025-26 Q1,11250,\"\u00A311,250 on the caf\u00E9 sessions\"\r\n"
              + "op-harbour,outreach,2025-07,1000.25,\u201Cjuly\u201D\r\n"
              + "op-harbour,outreach,2025-08,-3,\r\n")
          .getBytes(java.nio.charset.Charset.forName("windows-1252"));

  @Test
  void aWindows1252FileIsReadWithAWarningThatNamesTheEncoding() throws IOException {
    // £ is the single byte 0xA3 on line 2, not UTF-8
    // (33 bytes of header and CRLF, then 38 bytes up to the opening quote)
    assertThat(WINDOWS_1252[71]).isEqualTo((byte) 0xA3);
    LoadResult r = load(portfolio("q1.csv", WINDOWS_1252));
    assertThat(sum(r, "2025-26 Q1")).isEqualByComparingTo("11250");
    // July is in Q2: 1000.25; August's -3 is refused, so the quarter is July alone
    assertThat(sum(r, "2025-26 Q2")).isEqualByComparingTo("1000.25");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::rule)
        .containsExactly("legacy-encoding", "negative-quantity");
    assertThat(r.diagnostics().get(0).message())
        .contains("read as Windows-1252")
        .contains("line 2 has the first byte that is not UTF-8: 0xA3, `\u00A3` in Windows-1252");
    // CRLF lines: the `-3` is on line 4 at column 29 (11 + 9 + 8 characters before it)
    Diagnostic negative = r.diagnostics().get(1);
    assertThat(negative.location().line()).isEqualTo(4);
    assertThat(negative.location().column()).isEqualTo(29);
  }

  @Test
  void utf16AndBinaryFilesStayErrors() throws IOException {
    byte[] utf16 = "project,item,period,actual\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] binary = {'p', 'r', 1, 2, 3, (byte) 0x81, 4, '\n'};
    byte[] undefined =
        "project,item,period,actual\nop-harbour,outreach,2025-26 Q1,1,\u0090\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    LoadResult r = load(portfolio("a.csv", utf16, "b.csv", binary, "c.csv", undefined));
    assertThat(r.diagnostics()).extracting(Diagnostic::rule).containsOnly("unreadable-file");
    assertThat(r.diagnostics()).hasSize(3);
  }

  @Test
  void encodingIsFoundFromTheWholeFile() throws IOException {
    assertThat(enc("caf\u00E9 \u00A3".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(TextFiles.Encoding.UTF_8);
    assertThat(enc(WINDOWS_1252).isFallback()).isTrue();
    // a UTF-8 sequence cut short at the end: its first byte, 0xC2, is named
    assertThat(enc(new byte[] {'a', '\n', (byte) 0xC2}).why()).contains("line 2").contains("0xC2");
    assertThat(enc(new byte[] {'a', (byte) 0x9D}).charset()).isNull();
  }

  private static TextFiles.Encoding enc(byte[] b) throws IOException {
    return TextFiles.encoding(new ByteArrayInputStream(b));
  }

  @Test
  void standardInputHoldsAProjectOrAnActualsCsv() throws IOException {
    Path p = portfolio();
    byte[] csv =
        "\uFEFF\"Project\",item,period,actual\r\nop-harbour,outreach,2025-26 Q1,7\r\n"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(PortfolioLoader.isActualsCsv(csv)).isTrue();
    assertThat(PortfolioLoader.isActualsCsv(PROJECT.getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(
            PortfolioLoader.isActualsCsv(
                "# project,item,period,actual\n".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    LoadResult r = PortfolioLoader.load(List.of(p.toString(), "-"), new ByteArrayInputStream(csv));
    // the header's `"Project"` is in the wrong case: read as actuals, refused with the hint
    assertThat(r.diagnostics()).extracting(d -> d.location().file()).containsExactly("<stdin>");
    byte[] good =
        "project,item,period,actual\nop-harbour,outreach,2025-26 Q1,7\n"
            .getBytes(StandardCharsets.UTF_8);
    r = PortfolioLoader.load(List.of(p.toString(), "-"), new ByteArrayInputStream(good));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(sum(r, "2025-26 Q1")).isEqualByComparingTo("7");
    assertThat(r.actualsFiles()).isEqualTo(1);
    assertThat(r.projectFiles()).isEqualTo(1);
  }

  @Test
  void xlsxNumbersAndDates() {
    // Excel keeps 15 significant digits: 0.1 + 0.2 is stored 0.30000000000000004
    assertThat(XlsxReader.plain(new BigDecimal("0.30000000000000004"))).isEqualTo("0.3");
    assertThat(XlsxReader.plain(new BigDecimal("1.2345E3"))).isEqualTo("1234.5");
    assertThat(XlsxReader.plain(new BigDecimal("100"))).isEqualTo("100");
    assertThat(XlsxReader.plain(new BigDecimal("0.000"))).isEqualTo("0");
    // serial 1 is 1 January 1900, 59 is 28 February 1900, 61 is 1 March 1900 (60 is Excel's
    // 29 February that never was); 45748 is 1 April 2025
    assertThat(XlsxReader.date(BigDecimal.ONE, false)).hasToString("1900-01-01");
    assertThat(XlsxReader.date(BigDecimal.valueOf(59), false)).hasToString("1900-02-28");
    assertThat(XlsxReader.date(BigDecimal.valueOf(61), false)).hasToString("1900-03-01");
    assertThat(XlsxReader.date(new BigDecimal("45748.75"), false)).hasToString("2025-04-01");
    assertThat(XlsxReader.date(BigDecimal.ZERO, true)).hasToString("1904-01-01");
    assertThat(XlsxReader.isDateFormat("yyyy-mm-dd")).isTrue();
    assertThat(XlsxReader.isDateFormat("[h]:mm")).isTrue();
    assertThat(XlsxReader.isDateFormat("[$\u00A3-809]#,##0.00")).isFalse();
    assertThat(XlsxReader.isDateFormat("0.0\" days\"")).isFalse();
    assertThat(XlsxReader.isDateFormat("#,##0;[Red]-#,##0")).isFalse();
    assertThat(XlsxReader.column("D7")).isEqualTo(4);
    assertThat(XlsxReader.column("AA10")).isEqualTo(27);
    assertThat(Location.columnLetters(27)).isEqualTo("AA");
    assertThat(Location.columnLetters(702)).isEqualTo("ZZ");
    assertThat(Location.columnLetters(703)).isEqualTo("AAA");
  }

  @Test
  void cellLocationsPrintAsExcelReferences() {
    assertThat(Location.ofCell("q2.xlsx", "Return 2025-26 Q2", 7, 4))
        .hasToString("q2.xlsx:'Return 2025-26 Q2'!D7");
    assertThat(Location.ofCell("q2.xlsx", "Sheet1", 10, 27)).hasToString("q2.xlsx:Sheet1!AA10");
    assertThat(Location.ofCell("q2.xlsx", "Bob's", 1, 1)).hasToString("q2.xlsx:'Bob''s'!A1");
    List<Location> sorted =
        new ArrayList<>(
            List.of(
                Location.ofCell("a.xlsx", "B", 1, 1),
                Location.ofCell("a.xlsx", "A", 9, 1),
                Location.ofFile("a.xlsx")));
    sorted.sort(null);
    assertThat(sorted)
        .extracting(Location::toString)
        .containsExactly("a.xlsx", "a.xlsx:A!A9", "a.xlsx:B!A1");
  }
}

package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.forcetotaliser.load.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import ons-pfa} into a portfolio's indicators/, and {@code index} reading it. */
class IndexCommandTest {
  static final Path RAW = Path.of("src/test/resources/national");

  @TempDir Path dir;

  @Test
  void importingARawEditionWritesWhatTheBundleHolds() throws IOException {
    Path out = dir.resolve("indicators");
    Cli r =
        Cli.run(
            "import",
            "ons-pfa",
            RAW.resolve("ons_pfa_tables_P1_counts_ye_mar2019.csv").toString(),
            "-o",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("989 figures for YE 2019-03, 43 force areas, 23 offence " + "groups")
        .contains("England and Wales row in 23 of 23 offence groups");
    // 43 forces × 23 groups = 989 rows, the same as the bundle's YE 2019-03 rows
    String written = Files.readString(out.resolve("ons-pfa-p1-ye-2019-03.csv"));
    String bundled =
        new String(
            getClass()
                .getResourceAsStream("/org/forcetotaliser/reference/pfa-recorded-crime.csv")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    List<String> rows = written.lines().skip(1).toList();
    assertThat(rows).hasSize(989);
    assertThat(bundled.lines().filter(l -> l.contains(",YE 2019-03,")).toList()).isEqualTo(rows);
  }

  /**
   * A workbook laid out as a newer edition might be: a contents sheet first, table P1 on a sheet
   * named otherwise, columns in another order, numbers as numbers.
   */
  private Path workbook() throws IOException {
    CsvTable jun =
        CsvTable.parse(
            "p1",
            Files.readString(RAW.resolve("ons_pfa_tables_P1_counts_ye_jun2025.csv"))
                .lines()
                .skip(6)
                .reduce("", (a, b) -> a + b + "\n")
                .replace(
                    "\"Total recorded crime\n (excluding " + "fraud) \n[note 2]\"",
                    "Total recorded crime (excluding fraud) [note 2]"));
    Path file = dir.resolve("pfatables.xlsx");
    try (OutputStream os = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(os, "test", "1.0");
      Worksheet contents = wb.newWorksheet("Contents");
      contents.value(0, 0, "Contents");
      contents.value(1, 0, "Table P1: recorded crime by police force area");
      Worksheet ws = wb.newWorksheet("P1 counts");
      ws.value(
          0,
          0,
          "Table P1: Police recorded crime by offence group and police force "
              + "area, England and Wales, number of offences, year ending September 2025 "
              + "[note 1]");
      // the columns reversed after the name: robbery comes before the total
      List<String> h = jun.header();
      int width = h.size();
      ws.value(2, 0, "Area Code");
      ws.value(2, 1, "Area Name");
      for (int c = 2; c < width; c++) {
        ws.value(2, width + 1 - c, h.get(c));
      }
      int r = 3;
      for (List<String> row : jun.rows()) {
        ws.value(r, 0, row.get(0));
        ws.value(r, 1, row.get(1));
        for (int c = 2; c < width; c++) {
          ws.value(r, width + 1 - c, new BigDecimal(row.get(c).replace(",", "")));
        }
        r++;
      }
      wb.finish();
    }
    return file;
  }

  @Test
  void aWorkbookIsReadByTitleAndHeadingsWhateverItsLayout() throws IOException {
    Path out = dir.resolve("portfolio/indicators");
    Files.createDirectories(out.getParent());
    Cli r = Cli.run("import", "ons-pfa", workbook().toString(), "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("989 figures for YE 2025-09")
        .contains("in 23 of 23 offence groups");
    // the same figures as the bundle's YE 2025-06 rows, by force and group, under the new
    // period
    List<String> written =
        Files.readString(out.resolve("ons-pfa-p1-ye-2025-09.csv")).lines().skip(1).toList();
    String bundled =
        new String(
            getClass()
                .getResourceAsStream("/org/forcetotaliser/reference/pfa-recorded-crime.csv")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(written)
        .isEqualTo(
            bundled
                .lines()
                .filter(l -> l.contains(",YE 2025-06,"))
                .map(l -> l.replace(",YE 2025-06,", ",YE 2025-09,"))
                .toList());

    // the index then defaults to the imported period and says where its figures came from
    Files.writeString(
        dir.resolve("portfolio/force.yaml"),
        "force: Test\n" + "force_area: hertfordshire\nindex: { comparators: [essex, kent] }\n");
    Cli index = Cli.run("index", dir.resolve("portfolio").toString(), "--format", "json");
    assertThat(index.code()).as(index.err()).isZero();
    assertThat(index.out())
        .contains("\"current\": \"YE 2025-09\"")
        .contains(
            "indicators/ons-pfa-p1-ye-2025-09.csv: 989 figures from an imported ONS " + "table P1");
  }

  @Test
  void aSheetThatIsNotTableP1IsRefused() throws IOException {
    Path csv = dir.resolve("p3.csv");
    Files.copy(RAW.resolve("ons_mye5_lad23_population_mid2011_to_mid2023.csv"), csv);
    Cli r = Cli.run("import", "ons-pfa", csv.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(r.err()).contains("not ONS table P1").contains("[bad-ons-table]");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anUnknownKindIsAUsageError() {
    Cli r = Cli.run("import", "ons-css", "x.csv");
    assertThat(r.code()).isEqualTo(Main.USAGE);
  }

  @Test
  void theXlsxIndexHasAnIndexSheet() throws IOException {
    Path out = dir.resolve("index.xlsx");
    Cli r = Cli.run("index", "examples", "--format", "xlsx", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> names = new ArrayList<>();
    List<String> firstColumn = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(Files.newInputStream(out))) {
      wb.getSheets().forEach(s -> names.add(s.getName()));
      for (Row row : wb.getFirstSheet().read()) {
        firstColumn.add(row.getCellText(1));
      }
    }
    assertThat(names).containsExactly("Index", "Index by force", "Index notes");
    // under the header block (the index's title and comparators), ranked by index: Suffolk
    // 161.02 first (see golden/cli/index-table.out)
    assertThat(firstColumn.get(firstColumn.indexOf("force area") + 1)).isEqualTo("Suffolk");
    assertThat(firstColumn).contains("Hertfordshire (this force)", "comparator mean");
  }

  @Test
  void theBoardPackHasAPreventionIndexSection() throws IOException {
    Path html = dir.resolve("pack.html");
    Cli r = Cli.run("report", "examples", "--as-of", "2026-27 Q2", "-o", html.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String pack = Files.readString(html);
    String section = pack.substring(pack.indexOf("<section id=\"prevention-index\""));
    section = section.substring(0, section.indexOf("</section>"));
    // the ranked bar chart, the small multiples, the gap table and the caveat
    assertThat(section)
        .contains(
            "id=\"index-ranked-figure\"",
            "id=\"index-rates-figure\"",
            "id=\"index-gaps\"",
            "These figures show association, not attribution: they do not "
                + "show that any programme caused the difference.");
    // Hertfordshire 114.01 ranks 7 of 8 (golden/cli/index-table.out), its bar highlighted
    assertThat(section)
        .contains(
            "<td>7</td><th scope=\"row\">Hertfordshire (this force)</th>"
                + "<td class=\"num\">114.01</td>");
    assertThat(pack).contains("<li><a href=\"#prevention-index\">Prevention Index</a></li>");
    // each small multiple is titled by the indicator's label, not its id; the 38-character
    // label of recorded-crime is longer than the 30 a chart holds, and its last space at or
    // before character 30 is the 21st character, so it reads "Total recorded crime" (20
    // characters) then "(excluding fraud)"
    assertThat(section)
        .contains(
            "font-weight=\"bold\">Total recorded crime</text>",
            "font-weight=\"bold\">(excluding fraud)</text>",
            "font-weight=\"bold\">Violence with injury</text>")
        .doesNotContain("font-weight=\"bold\">recorded-crime</text>");

    Path xlsx = dir.resolve("pack.xlsx");
    Cli x =
        Cli.run(
            "report",
            "examples",
            "--as-of",
            "2026-27 Q2",
            "--format",
            "xlsx",
            "-o",
            xlsx.toString());
    assertThat(x.code()).as(x.err()).isZero();
    List<String> names = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(Files.newInputStream(xlsx))) {
      wb.getSheets().forEach(s -> names.add(s.getName()));
    }
    assertThat(names).contains("Index", "Index by force", "Index notes");
  }
}

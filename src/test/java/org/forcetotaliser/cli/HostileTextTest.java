package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input text meant to do harm or to mislead, end to end through the command line: escape sequences
 * and direction overrides in names and actuals, a name longer than a spreadsheet cell, a hundred
 * projects on one cost category, levels recorded by month, a plan that is zero once made net, files
 * the tool does not read, and small command-line slips.
 */
class HostileTextTest {
  static final Path EXAMPLES = HostileFilesTest.EXAMPLES;
  static final String HARBOUR =
      """
      id: %s
      name: "%s"
      owner: Ch Insp A. Example
      building_block: projects-and-prevention
      stage: approved
      area: %s
      start: 2025-26 Q1
      end: 2027-28 Q4
      benefits:
        - id: fewer-burglaries
          type: crime-harm
          offence: 28F
          profile: { 2025-26 Q2: 3, 2025-26 Q3: 4 }
      """;

  static Path project(Path dir, String id, String name, String area) throws IOException {
    Files.createDirectories(dir.resolve("projects"));
    return Files.writeString(
        dir.resolve("projects/" + id + ".yaml"), String.format(HARBOUR, id, name, area));
  }

  // ---- terminal escapes and direction overrides ----------------------------------------------

  @Test
  void escapeSequencesAreShownEscapedInDiagnosticsAndExplain(@TempDir Path tmp) throws IOException {
    // ESC ] 0 ; … BEL sets the window title; U+202E reverses what follows
    project(tmp, "harbour", "Harbour\\e]0;owned\\a \\u202Eesrever", "north");
    Files.createDirectories(tmp.resolve("actuals"));
    Files.writeString(
        tmp.resolve("actuals/q1.csv"),
        "project,item,period,actual\nx\u001B[2J,fewer-burglaries,2025-26 Q2,1\n");
    MainTest.Run check = MainTest.run("check", tmp.toString());
    assertThat(check.code()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(check.err()).doesNotContain("\u001B").contains("x\\e[2J");
    Files.delete(tmp.resolve("actuals/q1.csv"));
    MainTest.Run explain = MainTest.run("explain", "harbour", tmp.toString());
    assertThat(explain.code()).as(explain.err()).isEqualTo(Main.OK);
    assertThat(explain.out())
        .doesNotContain("\u001B", "\u0007", "\u202E")
        .contains("harbour — Harbour\\e]0;owned\\u0007 \\u202Eesrever");
    MainTest.Run md = MainTest.run("explain", "harbour", "--format", "markdown", tmp.toString());
    assertThat(md.out()).doesNotContain("\u001B", "\u0007", "\u202E");
    Path pack = tmp.resolve("pack.html");
    MainTest.Run report =
        MainTest.run("report", tmp.toString(), "--as-of", "2026-27 Q2", "-o", pack.toString());
    assertThat(report.code()).as(report.err()).isEqualTo(Main.OK);
    assertThat(Files.readString(pack))
        .doesNotContain("\u001B", "\u0007", "\u202E")
        .contains("<h3><bdi>Harbour\\e]0;owned\\u0007 \\u202Eesrever</bdi>");
  }

  // ---- XLSX limits ----------------------------------------------------------------------------

  @Test
  void textLongerThanACellIsCutWithAMarkerAndAWarning(@TempDir Path tmp) throws IOException {
    project(tmp, "harbour", "n".repeat(40_000), "north");
    Path xlsx = tmp.resolve("estimate.xlsx");
    MainTest.Run r =
        MainTest.run("estimate", "--format", "xlsx", "-o", xlsx.toString(), tmp.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.err())
        .contains(
            xlsx
                + ": warning: sheet `Projects`, row 6, column `name` "
                + "holds 40,000 characters, more than the 32,767 a cell holds: it is cut, ending in "
                + "`… [cut: N more characters]` [cell-cut]");
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
      List<Row> rows = wb.findSheet("Projects").orElseThrow().read();
      // under the header block (title, force, prices, a blank row) and the heading row: row 6
      Row first = rows.stream().filter(x -> x.getRowNum() == 6).findFirst().orElseThrow();
      String name = first.getCellText(1);
      // 32,767 − 40 characters kept; 40,000 − 32,727 = 7,273 cut
      assertThat(name)
          .hasSize(32_727 + "… [cut: 7,273 more characters]".length())
          .startsWith("nnn")
          .endsWith("n… [cut: 7,273 more characters]");
    }
    // under --strict the warning is an error and nothing is written
    Path strict = tmp.resolve("strict.xlsx");
    r =
        MainTest.run(
            "estimate", "--format", "xlsx", "--strict", "-o", strict.toString(), tmp.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(strict).doesNotExist();
  }

  // ---- a flood inside one diagnostic ----------------------------------------------------------

  @Test
  void aPossibleDoubleCountNamesFiveAndCountsTheRest(@TempDir Path tmp) throws IOException {
    for (int i = 0; i < 120; i++) {
      project(tmp, String.format("p%03d", i), "Project " + i, "north");
    }
    MainTest.Run r =
        MainTest.run("total", "--as-of", "2026-27 Q2", "--format", "json", tmp.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    String line =
        r.err()
            .lines()
            .filter(l -> l.endsWith("[possible-double-count]"))
            .findFirst()
            .orElseThrow();
    assertThat(line)
        .contains(
            "may be counted twice by p000/fewer-burglaries, "
                + "p001/fewer-burglaries, p002/fewer-burglaries, p003/fewer-burglaries, "
                + "p004/fewer-burglaries and 115 more in ");
    assertThat(line.length()).isLessThan(400);
    // JSON, for machines, keeps every project
    assertThat(r.out()).contains("\"p119\"");
  }

  // ---- levels, zero plans ---------------------------------------------------------------------

  @Test
  void aLevelRecordedByMonthTakesTheQuartersLastMonth(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("projects"));
    Files.writeString(
        tmp.resolve("projects/survey.yaml"),
        """
        id: survey
        name: Staff survey
        owner: Ch Insp A. Example
        building_block: workforce
        stage: live
        start: 2025-26 Q1
        end: 2026-27 Q4
        benefits:
          - id: confidence
            type: qualitative
            measure: "% of staff confident"
            profile: { 2025-26 Q1: 60 }
          - id: gone
            type: cashable
            deadweight: 100%
            profile: { 2025-26 Q1: 1000 }
        """);
    Files.createDirectories(tmp.resolve("actuals"));
    Files.writeString(
        tmp.resolve("actuals/q1.csv"),
        """
        project,item,period,actual
        survey,confidence,2025-05,52
        survey,confidence,2025-06,55
        survey,confidence,2025-04,50
        survey,gone,2025-26 Q1,800
        """);
    MainTest.Run r =
        MainTest.run("reconcile", "--as-of", "2025-26 Q1", "--format", "json", tmp.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    JsonNode benefits = new ObjectMapper().readTree(r.out()).get("benefits");
    JsonNode level = benefits.get(0);
    assertThat(level.get("benefit").asText()).isEqualTo("confidence");
    // June, the quarter's last month, is the level: 55 against 60 planned, not 50+52+55 = 157
    assertThat(level.get("actual").decimalValue()).isEqualByComparingTo("55");
    assertThat(level.get("planned").decimalValue()).isEqualByComparingTo("60");
    // 55 / 60 = 91.6667 %
    assertThat(level.get("realisation").decimalValue()).isEqualByComparingTo("91.6667");
    JsonNode gone = benefits.get(1);
    // deadweight 100 %: planned 1000 × 0 = 0 net; the actual 800 × 0 = 0; reported, not missing
    assertThat(gone.get("rag").asText()).isEqualTo("zero-planned");
    assertThat(gone.get("realisation").isNull()).isTrue();
  }

  // ---- files the tool does not read -----------------------------------------------------------

  @Test
  void caseVariantsOfExtensionsAreRead() {
    MainTest.Run r = MainTest.run("check", GoldenCheckTest.ROOT + "/unread-file/portfolio");
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    // HARBOUR.YAML and q2.CSV, and nothing else
    assertThat(r.out()).contains(": 1 project, 1 actuals file: no errors, 3 warnings");
  }

  // ---- small ones -----------------------------------------------------------------------------

  @Test
  void aBreakdownAskedForTwiceIsPrintedOnce() {
    MainTest.Run r =
        MainTest.run(
            "total",
            EXAMPLES.toString(),
            "--as-of",
            "2026-27 Q2",
            "--by",
            "area,area",
            "--by",
            "area");
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out().lines().filter(l -> l.startsWith("By area")).count()).isEqualTo(1);
  }

  @Test
  void aHeaderInCapitalsGetsTheHintAboutCase(@TempDir Path tmp) throws IOException {
    Path csv =
        Files.writeString(
            tmp.resolve("q1.csv"),
            "Project,Item,Period,Actual\nmobile-data,airtime,2025-26 Q1,1\n");
    MainTest.Run r = HostileFilesTest.check(csv);
    HostileFilesTest.failsCleanly(
        r,
        Main.INPUT_ERRORS,
        "the first row is not a header",
        "hint: column names are lower case: write `project,item,period,actual`");
  }
}

package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.forcetotaliser.load.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template actuals --format xlsx} and {@code --per-owner}: the workbook to fill in. */
class TemplateWorkbookTest {

  @TempDir Path tmp;

  private Map<String, String> template(String... more) throws IOException {
    Path xlsx = tmp.resolve("return.xlsx");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "template",
                "actuals",
                "examples",
                "--as-of",
                "2026-27 Q3",
                "--format",
                "xlsx",
                "-o",
                xlsx.toString()));
    args.addAll(List.of(more));
    MainTest.Run r = MainTest.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    return TestWorkbook.parts(Files.readAllBytes(xlsx));
  }

  @Test
  void instructionsThenTheReturnWithOpenCellsValidationAndAFrozenHeader() throws IOException {
    Map<String, String> parts = template();
    String book = parts.get("xl/workbook.xml");
    assertThat(book.indexOf("name=\"Instructions\""))
        .isGreaterThan(0)
        .isLessThan(book.indexOf("name=\"Return 2026-27 Q3\""));
    String sheet = parts.get("xl/worksheets/sheet2.xml");
    // protected with no password; widths and the filter left free
    assertThat(sheet)
        .contains(
            "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" "
                + "autoFilter=\"0\"/>")
        .doesNotContain("password");
    assertThat(sheet).contains("ySplit=\"1\"").contains("state=\"frozen\"");
    assertThat(sheet)
        .contains("type=\"custom\"")
        .contains("<formula1>AND(ISNUMBER(D2),D2>=0)</formula1>")
        .contains("type=\"list\"")
        .contains("<formula1>\"green,amber,red\"</formula1>");
    // the actual and note cells of row 2 have a style whose protection is unlocked
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<c r=\"D2\" s=\"(\\d+)\"").matcher(sheet);
    assertThat(m.find()).isTrue();
    int style = Integer.parseInt(m.group(1));
    String xfs = parts.get("xl/styles.xml");
    String cellXfs = xfs.substring(xfs.indexOf("<cellXfs"), xfs.indexOf("</cellXfs>"));
    String[] each = cellXfs.split("<xf ");
    assertThat(each[style + 1]).contains("locked=\"false\"");
  }

  @Test
  void aBlankTemplateDroppedIntoActualsIsReadAsNoFiguresAndNoProblems() throws IOException {
    Path p = tmp.resolve("portfolio");
    copy(Path.of("examples"), p);
    Path xlsx = p.resolve("actuals/2026-27-q3.xlsx");
    MainTest.Run t =
        MainTest.run(
            "template",
            "actuals",
            p.toString(),
            "--as-of",
            "2026-27 Q3",
            "--format",
            "xlsx",
            "-o",
            xlsx.toString());
    assertThat(t.code()).isEqualTo(Main.OK);
    MainTest.Run check = MainTest.run("check", p.toString());
    assertThat(check.code()).as(check.err()).isEqualTo(Main.OK);
    assertThat(check.out() + check.err())
        .contains("5 actuals files: no errors, no warnings")
        .doesNotContain("xlsx:");
  }

  @Test
  void perOwnerWritesAFileForEachOwnerNamedSafely() throws IOException {
    Path dir = tmp.resolve("returns");
    MainTest.Run r =
        MainTest.run(
            "template",
            "actuals",
            "examples",
            "--as-of",
            "2026-27 Q2",
            "--format",
            "xlsx",
            "--per-owner",
            dir.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).isEmpty();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .contains("dci-s-patel.xlsx", "mr-j-lindqvist-head-of-criminal-justice.xlsx")
          .allSatisfy(n -> assertThat(n).matches("[a-z0-9-]+\\.xlsx"));
    }
    assertThat(r.err())
        .contains("wrote " + dir.resolve("dci-s-patel.xlsx") + " (DCI S. Patel: ")
        .doesNotContain(".tmp");
    // the rows of all the files are the rows of the whole return
    MainTest.Run whole = MainTest.run("template", "actuals", "examples", "--as-of", "2026-27 Q2");
    int rows = (int) whole.out().lines().count() - 1;
    int sum = 0;
    for (String line : r.err().lines().toList()) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(": (\\d+) rows?\\)$").matcher(line);
      if (m.find()) {
        sum += Integer.parseInt(m.group(1));
      }
    }
    assertThat(sum).isEqualTo(rows);
  }

  @Test
  void ownerNamesBecomeSafeFileNames() {
    assertThat(TemplateCommand.fileName("Ch Insp A. Example")).isEqualTo("ch-insp-a-example");
    assertThat(TemplateCommand.fileName("Zoë O'Brien")).isEqualTo("zoe-o-brien");
    assertThat(TemplateCommand.fileName("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(TemplateCommand.fileName("")).isEqualTo("no-owner");
    assertThat(TemplateCommand.fileName("CON")).isEqualTo("con-owner");
  }

  @Test
  void usageErrorsNameTheProblem() {
    MainTest.Run both =
        MainTest.run(
            "template", "actuals", "examples", "--per-owner", tmp.toString(), "-o", "x.csv");
    assertThat(both.code()).isEqualTo(Main.USAGE);
    assertThat(both.err()).contains("give either -o FILE or --per-owner DIR, not both");
    MainTest.Run table =
        MainTest.run(
            "template", "actuals", "examples", "--per-owner", tmp.toString(), "--format", "table");
    assertThat(table.code()).isEqualTo(Main.USAGE);
    assertThat(table.err()).contains("--per-owner writes csv or xlsx files");
    MainTest.Run empty = MainTest.run("template", "actuals", "examples", "-o", "");
    assertThat(empty.code()).isEqualTo(Main.USAGE);
    assertThat(empty.err()).contains("-o needs a file name; found an empty name");
    MainTest.Run folder = MainTest.run("template", "actuals", "examples", "-o", tmp.toString());
    assertThat(folder.code()).isEqualTo(Main.USAGE);
    assertThat(folder.err()).contains("it is a folder; name a file in it").doesNotContain(".tmp");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}

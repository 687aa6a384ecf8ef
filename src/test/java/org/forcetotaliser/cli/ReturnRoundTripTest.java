package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.forcetotaliser.load.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarter's return, both ways: the template written as CSV and as a workbook, each filled in
 * with the same figures (the workbook by typing into its open cells, as a person would), dropped
 * into actuals/ and reconciled. The two JSON reports are the same, byte for byte.
 */
class ReturnRoundTripTest {

  static final String QUARTER = "2026-27 Q3";

  @TempDir Path tmp;

  /** A copy of the example portfolio. */
  private Path portfolio() throws IOException {
    Path to = tmp.resolve("portfolio");
    Path from = Path.of("examples");
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
    return to;
  }

  /** The figure typed on the return's row {@code i} (1 = the first below the header). */
  static String figure(int i) {
    return i + ".5";
  }

  @Test
  void aFilledWorkbookReconcilesAsTheSameFiguresInCsvDo() throws IOException {
    Path p = portfolio();
    MainTest.Run csv = MainTest.run("template", "actuals", p.toString(), "--as-of", QUARTER);
    assertThat(csv.code()).isEqualTo(Main.OK);
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).startsWith("project,item,period,actual,note,");
    // every row to fill: its project, item and period, then the blank actual
    List<String> filled = new ArrayList<>(List.of(lines.get(0)));
    List<Boolean> progress = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int third = nth(line, ',', 3);
      boolean rag = line.startsWith("roadmap,");
      progress.add(rag);
      filled.add(
          line.substring(0, third + 1) + (rag ? "green" : figure(i)) + line.substring(third + 1));
    }
    assertThat(progress).contains(true, false);

    Path xlsx = tmp.resolve("template.xlsx");
    MainTest.Run book =
        MainTest.run(
            "template",
            "actuals",
            p.toString(),
            "--as-of",
            QUARTER,
            "--format",
            "xlsx",
            "-o",
            xlsx.toString());
    assertThat(book.code()).isEqualTo(Main.OK);
    Map<String, String> parts = TestWorkbook.parts(Files.readAllBytes(xlsx));
    String sheet = parts.get("xl/worksheets/sheet2.xml");
    // type into each open actual cell, D2 downwards: a number, or a status as text
    StringBuilder typed = new StringBuilder();
    Matcher m = Pattern.compile("<c r=\"D(\\d+)\" s=\"(\\d+)\"></c>").matcher(sheet);
    int cells = 0;
    while (m.find()) {
      int row = Integer.parseInt(m.group(1));
      int i = row - 1;
      String value =
          progress.get(i - 1)
              ? "<c r=\"D"
                  + row
                  + "\" s=\""
                  + m.group(2)
                  + "\" t=\"inlineStr\"><is><t>green</t></is></c>"
              : "<c r=\"D" + row + "\" s=\"" + m.group(2) + "\"><v>" + figure(i) + "</v></c>";
      m.appendReplacement(typed, Matcher.quoteReplacement(value));
      cells++;
    }
    m.appendTail(typed);
    assertThat(cells).isEqualTo(lines.size() - 1);
    parts.put("xl/worksheets/sheet2.xml", typed.toString());

    Path actuals = p.resolve("actuals");
    Files.writeString(actuals.resolve("2026-27-q3.csv"), String.join("\n", filled) + "\n");
    MainTest.Run fromCsv = reconcile(p);
    Files.delete(actuals.resolve("2026-27-q3.csv"));
    Files.write(actuals.resolve("2026-27-q3.xlsx"), TestWorkbook.zip(parts));
    MainTest.Run fromXlsx = reconcile(p);

    assertThat(fromCsv.code()).isEqualTo(Main.OK);
    assertThat(fromXlsx.code()).isEqualTo(Main.OK);
    assertThat(fromXlsx.err()).isEqualTo(fromCsv.err());
    assertThat(fromXlsx.out()).isEqualTo(fromCsv.out());
    // the figures were read: the first row's 1.5 is in the report
    assertThat(fromCsv.out()).contains("1.5");
  }

  private static MainTest.Run reconcile(Path p) {
    return MainTest.run("reconcile", p.toString(), "--as-of", QUARTER, "--format", "json");
  }

  private static int nth(String s, char c, int n) {
    int at = -1;
    for (int k = 0; k < n; k++) {
      at = s.indexOf(c, at + 1);
    }
    return at;
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}

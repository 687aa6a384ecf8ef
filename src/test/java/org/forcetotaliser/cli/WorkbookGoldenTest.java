package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The estimate, reconcile, total and board pack (report) workbooks of the example portfolio, read
 * back cell by cell (text and number format) with the notes on their absent figures, against golden
 * files under golden/xlsx; run with {@code -Dgolden.update=true} to rewrite them, then read the
 * diff.
 */
class WorkbookGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/xlsx");

  @ParameterizedTest
  @ValueSource(strings = {"estimate", "reconcile", "total", "report"})
  void everySheetAndCellAsExpected(String command, @TempDir Path tmp) throws IOException {
    Path xlsx = tmp.resolve(command + ".xlsx");
    List<String> args = new ArrayList<>(List.of(command, "examples", "--format", "xlsx"));
    if (!command.equals("estimate")) {
      args.addAll(List.of("--as-of", "2026-27 Q2"));
    }
    args.addAll(List.of("-o", xlsx.toString()));
    MainTest.Run r = MainTest.run(args.toArray(new String[0]));
    assertThat(r.code()).as(r.err()).isZero();
    String actual = dump(Files.readAllBytes(xlsx));
    Path golden = DIR.resolve(command + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** Every sheet, every cell: its text and its number format; then every note, as written. */
  private static String dump(byte[] xlsx) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().toList()) {
        sb.append("== ").append(s.getName()).append('\n');
        for (Row row : s.read()) {
          StringBuilder line = new StringBuilder().append(row.getRowNum()).append(": ");
          for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            line.append(i == 0 ? "" : " | ");
            if (c != null) {
              line.append(c.getText());
              if (c.getDataFormatString() != null && !c.getDataFormatString().equals("General")) {
                line.append(" {").append(c.getDataFormatString()).append('}');
              }
            }
          }
          sb.append(line).append('\n');
        }
      }
    }
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().startsWith("xl/comments")) {
          String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          sb.append("== notes ").append(e.getName()).append('\n');
          // each note: <comment ref="E8" …><text><t>why</t></text></comment>
          java.util.regex.Matcher m =
              java.util.regex.Pattern.compile("<comment ref=\"([A-Z]+\\d+)\".*?<t[^>]*>([^<]*)</t>")
                  .matcher(xml);
          List<String> notes = new ArrayList<>();
          while (m.find()) {
            notes.add(m.group(1) + ": " + m.group(2));
          }
          notes.sort(null);
          notes.forEach(n -> sb.append(n).append('\n'));
        }
      }
    }
    return sb.toString();
  }
}

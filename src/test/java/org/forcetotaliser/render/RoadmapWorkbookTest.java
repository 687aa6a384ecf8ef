package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.PortfolioLoader;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.report.Reports;
import org.forcetotaliser.report.RoadmapReport;
import org.junit.jupiter.api.Test;

/**
 * The roadmap workbook of the example portfolio, read back cell by cell (value and number format)
 * against a golden file; run with {@code -Dgolden.update=true} to rewrite it, then read the diff.
 */
class RoadmapWorkbookTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/xlsx/roadmap.txt");

  private static byte[] workbook() {
    LoadResult r = PortfolioLoader.load(List.of("examples"), InputStream.nullInputStream());
    RoadmapReport report =
        Reports.roadmap(
            r.portfolio(),
            r.reference(),
            r.portfolio().settings(),
            Quarter.parse("2026-27 Q2"),
            RoadmapReport.Filter.NONE);
    return RoadmapRenderer.workbook(report);
  }

  /** Every sheet, every cell: its text, and its number format where it has one. */
  private static String dump(byte[] xlsx) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().toList()) {
        sb.append("== ").append(s.getName()).append('\n');
        for (Row row : s.read()) {
          StringBuilder line = new StringBuilder();
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
    return sb.toString();
  }

  @Test
  void everySheetAndCellAsExpected() throws IOException {
    String actual = dump(workbook());
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertThat(workbook()).isEqualTo(workbook());
  }
}

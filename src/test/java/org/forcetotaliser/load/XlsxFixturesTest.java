package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forcetotaliser.load.TestWorkbook.date;
import static org.forcetotaliser.load.TestWorkbook.error;
import static org.forcetotaliser.load.TestWorkbook.formula;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workbooks of the golden corpus, written from this source so that a reader can see what each
 * cell holds: the committed .xlsx files must be exactly what it builds. Run with {@code
 * -Dgolden.update=true} to rewrite them.
 */
class XlsxFixturesTest {

  static final Path XLSX_RETURN =
      Path.of("src/test/resources/golden/check/xlsx-return/portfolio/actuals/q2.xlsx");

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /**
   * A return as people fill one in: a title above the header, a number typed as text, a month Excel
   * turned into a date, a formula's error, a formula with its saved value, a value outside the
   * table; and a sheet of notes that is not a return.
   */
  static byte[] xlsxReturn() {
    return new TestWorkbook()
        .sheet("Notes", List.of(row("Figures from the neighbourhood team"), row("project", "lead")))
        .sheet(
            "Return 2025-26 Q2",
            List.of(
                row("Operation Harbour, quarter 2"),
                row("project", "item", "period", "actual", "note"),
                row("op-harbour", "outreach", "2025-26 Q2", "11250", "typed as text"),
                // 45748 is 1 April 2025, what Excel keeps when `2025-04` is typed
                row("op-harbour", "outreach", date(45748), 3750),
                row("op-harbour", "fewer-assaults", "2025-26 Q3", error("#DIV/0!")),
                row("op-harbour", "fewer-assaults", "2025-26 Q2", formula("1+2", "3")),
                row("op-harbour", "fewer-assaults", "2025-26 Q4", 1, null, null, "stray")))
        .bytes();
  }

  @Test
  void theCommittedWorkbooksAreWhatThisSourceBuilds() throws IOException {
    byte[] built = xlsxReturn();
    if (Boolean.getBoolean("golden.update")) {
      Files.write(XLSX_RETURN, built);
    }
    assertThat(Files.readAllBytes(XLSX_RETURN)).isEqualTo(built);
  }
}

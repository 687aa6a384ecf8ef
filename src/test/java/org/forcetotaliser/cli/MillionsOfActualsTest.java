package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An actuals file of three million rows is read in a JVM with a 256 MB heap: rows are streamed,
 * never kept. Three million rows kept as strings would need well over 256 MB, so a reader that kept
 * them would die of OutOfMemoryError (exit 70) here.
 */
class MillionsOfActualsTest {
  private static final int PROJECTS = 200;
  private static final int ITEMS = 10;
  private static final int FIRST_YEAR = 2000;
  // 2000 to 2124: inside the years a file may use (1990-91 to 2150-51)
  private static final int YEARS = 125;

  @Test
  void threeMillionRowsInA256MegabyteHeap(@TempDir Path tmp) throws Exception {
    Path p = tmp.resolve("p");
    HostileFilesTest.copy(HostileFilesTest.EXAMPLES, p);
    Path csv = p.resolve("actuals/millions.csv");
    long rows = 0;
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("project,item,period,actual,note\n");
      for (int project = 0; project < PROJECTS; project++) {
        for (int item = 0; item < ITEMS; item++) {
          for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            for (int month = 1; month <= 12; month++) {
              w.write(
                  "not-here-"
                      + project
                      + ",item-"
                      + item
                      + ","
                      + year
                      + "-"
                      + (month < 10 ? "0" : "")
                      + month
                      + ",1.25,\n");
              rows++;
            }
          }
        }
      }
    }
    // 200 × 10 × 125 × 12
    assertThat(rows).isEqualTo(3_000_000);
    Process child = ChildJvm.start(tmp, List.of("-Xmx256m"), "check", p.toString());
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    String err = Files.readString(tmp.resolve("stderr.txt"));
    String out = Files.readString(tmp.resolve("stdout.txt"));
    assertThat(child.isAlive()).isFalse();
    // one error per unknown project (200 of them); the examples' 2 warnings are accepted
    assertThat(child.exitValue()).as(err).isEqualTo(Main.INPUT_ERRORS);
    assertThat(err)
        .contains(
            "p/actuals/millions.csv:2:1: error: actuals name project "
                + "`not-here-0`, which is not in the portfolio [unknown-project]")
        .contains("… and ")
        .endsWith(p + ": 10 projects, 5 actuals files: 200 errors, no warnings (2 accepted)\n")
        .doesNotContain("OutOfMemoryError", "internal error");
    assertThat(err.lines().count()).isLessThanOrEqualTo(HostileFilesTest.SCREENFUL);
    assertThat(out).isEmpty();
  }
}

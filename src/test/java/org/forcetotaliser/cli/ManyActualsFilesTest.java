package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seventy thousand one-row actuals files: more than a 16-bit file number holds (65,536), read
 * without an internal error, each row counted once. Time is not asserted; the benchmark
 * harness measures it (docs/performance.md, "Many files").
 */
class ManyActualsFilesTest {
  private static final int FILES = 70_000;

  @Test
  void seventyThousandFilesAreAllRead(@TempDir Path tmp) throws IOException {
    Path p = tmp.resolve("p");
    HostileFilesTest.copy(HostileFilesTest.EXAMPLES, p);
    Path many = Files.createDirectories(p.resolve("actuals/many"));
    // file i holds one row: project `gone-(i / 48)`, month i % 48 from 2025-04; no row is a
    // duplicate, and files past number 65,535 are read like the rest
    for (int i = 0; i < FILES; i++) {
      int month = i % 48;
      Files.writeString(many.resolve(String.format("f%05d.csv", i)),
          "project,item,period,actual\ngone-" + i / 48 + ",x," + (2025 + (month + 3) / 12)
              + "-" + String.format("%02d", (month + 3) % 12 + 1) + ",1\n");
    }
    MainTest.Run r = MainTest.run("check", p.toString());
    assertThat(r.err()).doesNotContain("internal error", "Exception");
    assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
    // one unknown-project error per project named: 70,000 / 48 = 1,458.3, so 1,459 of them;
    // the examples' own 4 actuals files and their 2 warnings besides
    assertThat(r.err()).endsWith(p + ": 10 projects, 70004 actuals files: 1459 errors, "
        + "2 warnings\n");
  }
}

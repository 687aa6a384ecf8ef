package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.report.BoardPackReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack opened in a real browser: headless Chromium loads the file with networking turned off as
 * far as flags allow, and the DOM it builds must hold the headline figures and the charts. A
 * screenshot is left in target/board-pack.png for a human to look at. Skipped when Chromium is not
 * installed (CI installs it: see .ci/run).
 */
class BoardPackBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 60;

  @TempDir static Path dir;

  private static BoardPackReport pack;
  private static Path file;

  @BeforeAll
  static void writePack() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "Chromium is not installed at "
            + CHROMIUM
            + ": skipping the browser test (apt-get install chromium; CI always has it)");
    pack = SamplePortfolio.ordinary().pack();
    file = dir.resolve("pack.html");
    Files.writeString(file, BoardPack.html(pack), StandardCharsets.UTF_8);
  }

  /** Runs Chromium headless with the given extra flags; returns its standard output. */
  private static String chromium(String... extra) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
    cmd.addAll(List.of(extra));
    cmd.add(file.toUri().toString());
    Path stdout = Files.createTempFile(dir, "stdout", ".txt");
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError(
          "Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(stderr));
    }
    assertThat(p.exitValue())
        .as("Chromium exit code; stderr: %s", Files.readString(stderr))
        .isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  @Test
  void theBrowsersDomHasTheHeadlineFiguresAndTheCharts() throws Exception {
    String dom = chromium("--dump-dom");
    Measures m = pack.total().total().committed().measures();
    assertThat(dom)
        .contains(
            Numbers.pounds(m.pvBenefits()),
            Numbers.pounds(m.pvCashable()),
            Numbers.pounds(m.npsv()),
            Numbers.ratio(m.bcr()),
            Numbers.quantity(m.hoursFreed(), 0),
            Numbers.quantity(m.fteYears(), 1),
            Numbers.quantity(m.harmCss(), 0),
            Numbers.quantity(m.harmCchi(), 0));
    assertThat(dom)
        .contains(Numbers.pounds(pack.total().total().pipeline().measures().pvBenefits()));
    for (String id : List.of("chart-series", "chart-blocks", "chart-harm", "chart-rag")) {
      assertThat(dom).containsPattern("<svg[^>]*id=\"" + id + "\"");
    }
    assertThat(dom).contains("Planned against actual as of " + pack.asOf());
  }

  @Test
  void savesAScreenshot() throws Exception {
    Path png = Path.of("target", "board-pack.png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    chromium("--screenshot=" + png, "--window-size=1280,2400", "--hide-scrollbars");
    assertThat(png).exists();
    byte[] head = new byte[8];
    System.arraycopy(Files.readAllBytes(png), 0, head, 0, 8);
    assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }
}

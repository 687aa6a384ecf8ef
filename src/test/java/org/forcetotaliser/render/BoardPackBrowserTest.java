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

  /** Runs Chromium headless on the pack with the given extra flags; returns its standard output. */
  private static String chromium(String... extra) throws IOException, InterruptedException {
    return chromium(file, extra);
  }

  /** Runs Chromium headless on {@code page}; returns its standard output. */
  private static String chromium(Path page, String... extra)
      throws IOException, InterruptedException {
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
    cmd.add(page.toUri().toString());
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

  /**
   * A script, added to a copy of the pack for this test only, that measures every text of every
   * chart as the browser lays it out and lists each one whose box is not inside its chart's box
   * (half a unit of slack for anti-aliasing): a clipped tick label or a cut tornado label. It also
   * lists the reference-sources table if it is wider than the page, which it must not be: its long
   * citations wrap.
   */
  private static final String MEASURE =
      "<script>(function(){var out=[];"
          + "document.querySelectorAll('svg').forEach(function(svg){"
          + "var box=svg.getBoundingClientRect();"
          + "svg.querySelectorAll('text').forEach(function(t){"
          + "var r=t.getBoundingClientRect();"
          + "if(r.width===0&&r.height===0){return;}"
          + "if(r.left<box.left-0.5||r.right>box.right+0.5||r.top<box.top-0.5"
          + "||r.bottom>box.bottom+0.5){out.push(svg.id+': '+t.textContent);}"
          + "});});"
          + "var w=document.getElementById('sources-table').parentNode;"
          + "if(w.scrollWidth>w.clientWidth+1){out.push('sources-table scrolls sideways');}"
          + "var p=document.createElement('pre');p.id='overflow';"
          + "p.textContent='checked '+document.querySelectorAll('svg text').length"
          + "+' texts; outside: '+JSON.stringify(out);document.body.appendChild(p);"
          + "})();</script>";

  /** The texts of the pack's charts that lie outside their chart, as the browser lays them out. */
  private static String overflowing(String html, String name) throws Exception {
    Path page = dir.resolve(name);
    Files.writeString(page, html.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);
    String dom = chromium(page, "--dump-dom", "--window-size=1280,2000");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<pre id=\"overflow\">checked (\\d+) texts; outside: (.*?)</pre>")
            .matcher(dom);
    assertThat(m.find()).as("the measuring script ran").isTrue();
    assertThat(Integer.parseInt(m.group(1))).as("texts measured").isGreaterThan(20);
    return m.group(2);
  }

  @Test
  void noChartTextOverflowsItsChart() throws Exception {
    assertThat(overflowing(Files.readString(file), "measured.html")).isEqualTo("[]");
  }

  /**
   * The examples' pack: long project names and input labels in the tornado, a roadmap chart, money
   * axes in the millions.
   */
  @Test
  void noChartTextOverflowsInTheExamplesPack() throws Exception {
    Path pack = dir.resolve("examples.html");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code =
        org.forcetotaliser.cli.Main.run(
            new java.io.ByteArrayInputStream(new byte[0]),
            new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
            new java.io.PrintStream(err),
            "report",
            "examples",
            "--as-of",
            "2026-27 Q2",
            "-o",
            pack.toString());
    assertThat(code).as("report examples: %s", err).isZero();
    String html = Files.readString(pack);
    assertThat(html).contains("id='chart-tornado'").contains("id='chart-roadmap'");
    assertThat(overflowing(html, "examples-measured.html")).isEqualTo("[]");
  }

  /**
   * The measuring script finds what it is for: a chart whose text is pushed past its right edge is
   * reported, so a pass above means the texts fit, not that nothing was measured.
   */
  @Test
  void theMeasureSeesATextThatOverflows() throws Exception {
    String html = Files.readString(file);
    String shifted =
        html.replaceFirst(
            "(<svg id='chart-blocks'[^>]*>)",
            "$1<text x='870' y='40' font-size='14'>wide label</text>");
    assertThat(overflowing(shifted, "shifted.html")).contains("chart-blocks: wide label");
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

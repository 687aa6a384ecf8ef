package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board pack of a portfolio with ranged inputs carries the tornado chart. */
class BoardPackTornadoTest {

  @Test
  void theExamplesPackShowsWhichAssumptionsMatter(@TempDir Path tmp) throws Exception {
    Path pack = tmp.resolve("pack.html");
    assertThat(Cli.run("report", "examples", "--as-of", "2026-27 Q2", "-o", pack.toString()).code())
        .isZero();
    String html = Files.readString(pack, StandardCharsets.UTF_8);
    assertThat(html).contains("<svg id='chart-tornado'");
    // the widest swing in the examples: youth-knife-diversion's attribution, 40%..75%
    // (likely 60%): NPSV −£105,036 at 40 % and £94,010 at 75 %, a swing of £199,046 — the
    // same figures as `estimate --scenarios` prints; the input is named in words, by the
    // project's name and the benefit's id and factor
    assertThat(html)
        .contains(
            "Northby youth knife-crime diversion: Fewer assaults with injury — attribution</th>"
                + "<td class=\"num\">-£105,036</td><td class=\"num\">£94,010</td>"
                + "<td class=\"num\">£199,046</td>");
  }
}

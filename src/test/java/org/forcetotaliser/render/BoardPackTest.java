package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcetotaliser.report.BoardPackReport;
import org.junit.jupiter.api.Test;

/** The HTML board pack: golden file, determinism, self-containment, escaping. */
class BoardPackTest {
  private static final String HTML = BoardPack.html(SamplePortfolio.ordinary().pack());

  @Test
  void matchesTheGoldenFile() throws Exception {
    // chart layout follows the font's metrics; the golden file was made with DejaVu Sans
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Charts.fontInstalled(),
        "the font "
            + Charts.FONT
            + " is not installed (Debian: fonts-dejavu-core), so the charts lay out"
            + " differently from the golden file; skipping the golden comparison");
    Golden.check("report/pack.html", HTML);
  }

  @Test
  void sameInputGivesTheSameBytes() {
    assertThat(BoardPack.html(SamplePortfolio.ordinary().pack())).isEqualTo(HTML);
  }

  @Test
  void hasTheFourChartsAsInlineSvg() {
    assertThat(count(HTML, "<svg ")).isEqualTo(4);
    for (String id : new String[] {"chart-series", "chart-blocks", "chart-harm", "chart-rag"}) {
      assertThat(HTML).contains("<svg id='" + id + "'");
    }
  }

  @Test
  void fetchesNothing() {
    // no external resources of any kind: scripts, stylesheets, images, fonts, frames
    assertThat(HTML).doesNotContainPattern("(?i)<(script|link|img|iframe|object|embed|image)\\b");
    assertThat(HTML).doesNotContainPattern("(?i)\\bsrc\\s*=");
    assertThat(HTML).doesNotContainPattern("(?i)@import|url\\(\\s*['\"]?(https?:|//)");
    assertThat(HTML).doesNotContainPattern("(?i)href\\s*=\\s*[\"'](?!#)");
    // the only URLs are XML namespace names and sources quoted as text
    Matcher m = Pattern.compile("(?i)([\\w:]+)=[\"']https?://").matcher(HTML);
    while (m.find()) {
      assertThat(m.group(1)).startsWith("xmlns");
    }
  }

  @Test
  void hasNoRandomIdsOrTimes() {
    assertThat(HTML).doesNotContainPattern("_\\d{9,}");
    assertThat(HTML).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\dT\\d\\d:");
  }

  @Test
  void showsTheHeadlineFiguresOfTheTotal() {
    BoardPackReport r = SamplePortfolio.ordinary().pack();
    String pv = Numbers.pounds(r.total().total().committed().measures().pvBenefits());
    assertThat(HTML).contains("<div class=\"value\">" + pv + "</div>");
    assertThat(HTML).contains("Harm prevented (Crime Severity Score)");
    assertThat(HTML).contains("Harm prevented (Cambridge Crime Harm Index, days)");
  }

  @Test
  void ragIsWrittenInWordsAsWellAsColour() {
    assertThat(HTML).contains("<span class=\"rag rag-green\">Green</span>");
    assertThat(HTML).contains("<span class=\"rag rag-not-reported\">Not reported</span>");
  }

  @Test
  void hasAPrintStylesheetForA4() {
    assertThat(HTML).contains("@media print").contains("size: A4").contains("break-before: page");
  }

  @Test
  void escapesEveryTextFromTheInputFiles() {
    String html = BoardPack.html(SamplePortfolio.hostile().pack());
    assertThat(html)
        .doesNotContain(SamplePortfolio.SCRIPT)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).doesNotContainPattern("(?i)<script");
    assertThat(html).contains("=HYPERLINK(&quot;http://x&quot;)");
    assertThat(html).contains(SamplePortfolio.AT_SUM);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}

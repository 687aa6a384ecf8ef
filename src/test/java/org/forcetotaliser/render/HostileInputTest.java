package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.forcetotaliser.report.BoardPackReport;
import org.junit.jupiter.api.Test;

/**
 * A portfolio whose project name, owner, area and wider-benefit source are hostile: markup that
 * would run in a browser and text a spreadsheet would run as a formula. Every output must show them
 * as text.
 */
class HostileInputTest {
  private static final BoardPackReport PACK = SamplePortfolio.hostile().pack();

  // ---- HTML -------------------------------------------------------------------------------

  @Test
  void htmlEscapesMarkupFromEveryField() {
    String html = BoardPack.html(PACK);
    assertThat(html).doesNotContainPattern("(?i)<script");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    // an owner in an attribute-breaking form stays inside its text node
    assertThat(html).contains("=HYPERLINK(&quot;http://x&quot;)");
    assertThat(html).doesNotContain("=HYPERLINK(\"http://x\")");
    assertThat(html).contains(" · <bdi>" + SamplePortfolio.AT_SUM + "</bdi> · ");
    assertThat(html).contains("<td><bdi>" + SamplePortfolio.MINUS + "</bdi></td>");
  }

  @Test
  void htmlShowsControlAndBidiCharactersEscapedAndIsolatesUserText() {
    String html = BoardPack.html(SamplePortfolio.controls().pack());
    assertThat(html).doesNotContain("\u001B", "\u0007", "\u202E");
    // ESC ] 0 ; … BEL would set a terminal's title; U+202E would reverse the heading
    assertThat(html).contains("<h3><bdi>Harbour\\e]0;owned\\u0007 \\u202Eesrever</bdi>");
    assertThat(html).contains("owner: <bdi>Ch Insp\\e[2J</bdi>");
  }

  // ---- Markdown and terminal tables -------------------------------------------------------

  @Test
  void markdownEscapesMarkupAndLinksInEveryCell() {
    // the area is a cell of the total's breakdown by area; the owner of the flat reconcile
    String md =
        Renderer.total(PACK.total(), Format.MARKDOWN)
            + Cells.table(org.forcetotaliser.report.ReconcileTables.flat(PACK.reconcile()))
                .toMarkdown();
    assertThat(md).doesNotContain("<script").doesNotContain("</script>");
    assertThat(md).contains("| @SUM(1) |");
    TextTable t = new TextTable("<b>t</b>", List.of(new TextTable.Column("h", false)));
    t.add(List.of(TextTable.Cell.text(SamplePortfolio.SCRIPT)));
    t.add(List.of(TextTable.Cell.text("[click](http://x) <http://y> & ![i](j) `c` a|b")));
    assertThat(t.toMarkdown())
        .isEqualTo(
            "### &lt;b&gt;t&lt;/b&gt;\n\n| h |\n| --- |\n"
                + "| &lt;script&gt;alert(1)&lt;/script&gt; |\n"
                + "| \\[click\\](http://x) &lt;http://y&gt; &amp; !\\[i\\](j) \\`c\\` a\\|b |\n");
  }

  @Test
  void textFormatsShowControlAndBidiCharactersEscaped() {
    SamplePortfolio p = SamplePortfolio.controls();
    TextTable flat =
        Cells.table(org.forcetotaliser.report.ReconcileTables.flat(p.pack().reconcile()));
    for (String all : new String[] {flat.toTable(), flat.toMarkdown(), flat.toCsv()}) {
      assertThat(all).doesNotContain("\u001B", "\u0007", "\u202E");
      assertThat(all).containsAnyOf("Ch Insp\\e[2J", "Ch Insp\\\\e\\[2J");
    }
    assertThat(Escapes.controls("a\u001B[31mb\u0007c\u202Ed\te\nf\u009Bg"))
        .isEqualTo("a\\e[31mb\\u0007c\\u202Ed\\te\\nf\\u009Bg");
    assertThat(Escapes.controlsKeepingLines("a\nb\u001B")).isEqualTo("a\nb\\e");
    // escapes are measured before the columns are aligned: `\e[2J` is five characters wide
    TextTable t =
        new TextTable(
            null, List.of(new TextTable.Column("owner", false), new TextTable.Column("n", true)));
    t.add(List.of(TextTable.Cell.text("A\u001B[2J"), TextTable.Cell.number("1", "1")));
    t.add(List.of(TextTable.Cell.text("abcdefgh"), TextTable.Cell.number("22", "22")));
    // widths 8 and 2, two spaces between: a rule of 12
    assertThat(t.toTable())
        .isEqualTo("owner      n\n────────────\nA\\e[2J     1\n" + "abcdefgh  22\n");
  }

  // ---- JSON -------------------------------------------------------------------------------

  @Test
  void jsonEscapesActingCharactersAndReadsBackTheSameText() throws Exception {
    // DEL, the C1 control NEL, a right-to-left override and a line separator are written as
    // \\u escapes; £ and é, which print, are written as they are
    String name = "Harbour\u007F\u0085\u202Eesrever\u2028£é";
    String json = new Json().begin().string("name", name).end().finish();
    assertThat(json)
        .contains("\"Harbour\\u007F\\u0085\\u202Eesrever\\u2028£é\"")
        .doesNotContain("\u007F", "\u0085", "\u202E", "\u2028");
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("name").asText())
        .isEqualTo(name);
  }

  @Test
  void checkJsonEscapesActingCharactersInMessages() throws Exception {
    org.forcetotaliser.model.Diagnostic d =
        org.forcetotaliser.model.Diagnostic.of(
            org.forcetotaliser.model.Location.ofFile("a\u202Eb.yaml"),
            org.forcetotaliser.model.LoadRule.values()[0],
            "found `x\u0085y`");
    String json = DiagnosticPrinter.json(List.of(d));
    assertThat(json).contains("a\\u202Eb.yaml", "x\\u0085y").doesNotContain("\u202E", "\u0085");
  }

  // ---- CSV --------------------------------------------------------------------------------

  @Test
  void csvNeutralisesFormulasInOwnersAndAreas() {
    String reconcile =
        Cells.table(org.forcetotaliser.report.ReconcileTables.flat(PACK.reconcile())).toCsv();
    assertThat(reconcile).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",");
    assertThat(reconcile).doesNotContain(",=HYPERLINK");
    String estimate =
        Cells.table(org.forcetotaliser.report.EstimateTables.flat(PACK.estimate())).toCsv();
    assertThat(estimate).contains(",'@SUM(1),");
    String total = Cells.table(org.forcetotaliser.report.TotalTables.flat(PACK.total())).toCsv();
    assertThat(total).contains("area,'@SUM(1),");
  }

  @Test
  void csvKeepsGenuineNegativeNumbersAsNumbers() {
    // youth-diversion/fewer-assaults falls short of plan: its variance is a negative number
    String reconcile =
        Cells.table(org.forcetotaliser.report.ReconcileTables.flat(PACK.reconcile())).toCsv();
    assertThat(reconcile).containsPattern(",-\\d+(\\.\\d+)?,");
    assertThat(reconcile).doesNotContain(",'-");
    assertThat(TextTable.csv(SamplePortfolio.MINUS, false)).isEqualTo("'-2+3");
    assertThat(TextTable.csv("-2.5", true)).isEqualTo("-2.5");
  }

  // ---- XLSX -------------------------------------------------------------------------------

  private static List<String> texts(byte[] xlsx) throws IOException {
    List<String> out = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet s : wb.getSheets().toList()) {
        for (Row r : s.read()) {
          for (Cell c : r) {
            if (c != null && c.getType() == CellType.STRING) {
              out.add(c.asString());
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void xlsxNeutralisesFormulasInEveryTextCell() throws IOException {
    List<String> pack = texts(Workbooks.boardPack(PACK));
    List<String> estimate = texts(Workbooks.estimate(PACK.estimate()));
    List<String> all = new ArrayList<>(pack);
    all.addAll(estimate);
    all.addAll(texts(Workbooks.total(PACK.total(), PACK.reconcile(), PACK.sources())));
    all.addAll(texts(Workbooks.reconcile(PACK.reconcile())));
    assertThat(all).contains("'" + SamplePortfolio.FORMULA, "'" + SamplePortfolio.AT_SUM);
    assertThat(estimate).contains("'" + SamplePortfolio.MINUS, SamplePortfolio.SCRIPT);
    for (String s : all) {
      assertThat(s)
          .as("text cell")
          .doesNotStartWith("=")
          .doesNotStartWith("+")
          .doesNotStartWith("-")
          .doesNotStartWith("@")
          .doesNotStartWith("\t")
          .doesNotStartWith("\r");
    }
  }

  @Test
  void xlsxHasNoFormulaCells() throws IOException {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(Workbooks.boardPack(PACK)))) {
      for (Sheet s : wb.getSheets().toList()) {
        for (Row r : s.read()) {
          for (Cell c : r) {
            if (c != null) {
              assertThat(c.getType()).isNotEqualTo(CellType.FORMULA);
            }
          }
        }
      }
    }
  }

  @Test
  void xlsxKeepsNegativeNumbersAsNumbers() throws IOException {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(Workbooks.reconcile(PACK.reconcile())))) {
      List<Row> all = wb.findSheet("Reconciliation").orElseThrow().read();
      // the table starts under the header block, at its heading row
      int top = 0;
      while (!"project".equals(all.get(top).getCellText(0))) {
        top++;
      }
      List<Row> rows = all.subList(top, all.size());
      int variance = 7;
      assertThat(rows.get(0).getCellText(variance)).isEqualTo("variance");
      boolean negative = false;
      for (Row r : rows.subList(1, rows.size())) {
        Cell c = r.getCell(variance);
        if (c != null && c.getType() == CellType.NUMBER && c.asNumber().signum() < 0) {
          negative = true;
        }
      }
      assertThat(negative).isTrue();
    }
  }
}

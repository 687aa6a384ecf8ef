package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.PortfolioLoader;
import org.forcetotaliser.load.ReferenceCatalogue;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.report.BoardPackReport;
import org.forcetotaliser.report.BoardPacks;
import org.junit.jupiter.api.Test;

/** The board pack's Roadmap section and sheet, on the example portfolio as of 2026-27 Q2. */
class BoardPackRoadmapTest {
  private static final BoardPackReport PACK = pack();

  private static BoardPackReport pack() {
    LoadResult r = PortfolioLoader.load(List.of("examples"), InputStream.nullInputStream());
    return BoardPacks.build(
        r.portfolio(),
        r.reference(),
        r.portfolio().settings(),
        Quarter.parse("2026-27 Q2"),
        ReferenceCatalogue.sources());
  }

  private static String section(String html) {
    int from = html.indexOf("<section id=\"roadmap\"");
    assertThat(from).isPositive();
    return html.substring(from, html.indexOf("</section>", from));
  }

  @Test
  void theSectionHasAScorecardRowPerBlock() {
    String s = section(BoardPack.html(PACK));
    for (String block :
        List.of(
            "Leadership and culture",
            "Partnerships",
            "Data and digital",
            "Resourcing and efficiency",
            "Projects and prevention",
            "Workforce")) {
      assertThat(s).contains("<th scope=\"row\">" + block + "</th>");
    }
    // partnerships: 2 actions, 0 done, 1 overdue, 1 in progress, 0 not started; 1 of 4
    // milestones met = 25.0%
    assertThat(s)
        .contains(
            "<th scope=\"row\">Partnerships</th><td>Ch Supt N. Osei</td>"
                + "<td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\">1</td>"
                + "<td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1 of 4</td>"
                + "<td class=\"num\">25.0%</td>");
    assertThat(s).contains("<svg").contains("Actions by state in each building block");
  }

  @Test
  void overdueActionsAndLateMilestonesAreListedWithOwners() {
    String s = section(BoardPack.html(PACK));
    // overdue: joint-problem-solving-hub, case-file-automation; late milestones also in
    // leading-for-prevention (done late) and street-triage-evenings (in progress)
    assertThat(s)
        .contains(
            "(joint-problem-solving-hub)",
            "Supt T. Ellery",
            "(case-file-automation)",
            "(leading-for-prevention)",
            "(street-triage-evenings)",
            "hub-open (due 2026-27 Q1, not done)");
    assertThat(s).doesNotContain("(mobile-data-rollout)");
  }

  @Test
  void aPortfolioWithoutARoadmapHasNoSection() {
    String html = BoardPack.html(SamplePortfolio.ordinary().pack());
    assertThat(html).doesNotContain("id=\"roadmap\"").doesNotContain("href=\"#roadmap\"");
  }

  @Test
  void theWorkbookGainsRoadmapSheets() throws IOException {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(Workbooks.boardPack(PACK)))) {
      List<String> names = wb.getSheets().map(Sheet::getName).toList();
      assertThat(names).contains("Roadmap", "Roadmap actions");
      List<Row> rows = wb.findSheet("Roadmap").orElseThrow().read();
      // the header block names the roadmap and the force above the table
      assertThat(rows.get(0).getCellText(0)).startsWith("Prevention Roadmap as of");
      assertThat(rows.get(1).getCellText(0)).isEqualTo("force");
      int heading = 0;
      while (!rows.get(heading).getCellText(0).equals("building block")) {
        heading++;
      }
      // the heading row and six blocks, the building block by its label as a person reads it
      assertThat(rows).hasSize(heading + 7);
      assertThat(rows.get(heading + 2).getCellText(0)).isEqualTo("Partnerships");
    }
  }
}

package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.report.Column;
import org.forcetotaliser.report.ColumnType;
import org.forcetotaliser.report.ReportTable;
import org.junit.jupiter.api.Test;

/**
 * The recipe "add a column": a column defined only here, in test code, reads by its type in every
 * tabular format without any renderer knowing its name.
 */
class ColumnModelTest {
  /** A column no report has: a made-up £ figure, and one per other type. */
  private static ReportTable throwaway() {
    ReportTable t =
        new ReportTable(
            "Throwaway",
            List.of(
                Column.id("thing", "a made-up key"),
                Column.money("custody savings", "a £ figure no report has"),
                Column.quantity("arrests", "a count kept to one decimal", "arrests", 1),
                Column.ratio("leverage", "a ratio"),
                Column.percentage("coverage", "held in percent"),
                Column.fraction("share", "held as a fraction"),
                Column.count("teams", "a whole count"),
                Column.period("from", "a quarter"),
                Column.milestone("payback", "a year reached")));
    // £1,234,567.505 rounds half-even to £1,234,568 shown and 1234567.50 (to the penny) raw;
    // 12.25 arrests to one decimal is 12.2 (half-even); 1.005 to two is 1.00; 92.45% → 92.4%;
    // 0.1525 as a percentage is 15.25% → 15.2%
    t.add(
        "a",
        new BigDecimal("1234567.505"),
        new BigDecimal("12.25"),
        new BigDecimal("1.005"),
        new BigDecimal("92.45"),
        new BigDecimal("0.1525"),
        3,
        Quarter.parse("2026-27 Q2"),
        Quarter.parse("2026-27 Q2").year());
    t.rule();
    t.add("b", new BigDecimal("-20"), null, null, null, null, 0, null, null);
    return t;
  }

  @Test
  void everyTextFormatShowsTheThrowawayColumnsByTheirType() {
    TextTable text = Cells.table(throwaway());
    String table = text.toTable();
    assertThat(table)
        .contains("custody savings")
        .contains("£1,234,568")
        .contains("-£20")
        .contains("12.2")
        .contains("1.00")
        .contains("92.4%")
        .contains("15.2%")
        .contains("2026-27 Q2");
    // an absent figure reads as a dash in a table, blank in CSV
    assertThat(table.lines().filter(l -> l.startsWith("b ")).findFirst().orElseThrow())
        .contains("—");
    String csv = text.toCsv();
    assertThat(csv)
        .startsWith(
            "thing,custody savings,arrests,leverage,coverage,share,teams," + "from,payback\r\n");
    assertThat(csv)
        .contains("a,1234567.50,12.25,1.005,92.45,0.1525,3,2026-27 Q2,2026-27\r\n")
        .contains("b,-20.00,,,,,0,,\r\n");
    String md = text.toMarkdown();
    assertThat(md)
        .contains("| thing | custody savings | arrests |")
        .contains("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
        .contains("| a | £1,234,568 | 12.2 | 1.00 | 92.4% | 15.2% | 3 | 2026-27 Q2 | 2026-27 |");
  }

  @Test
  void theWorkbookWritesTheThrowawayColumnsAsTypedNumbers() throws Exception {
    byte[] xlsx = Workbooks.write("Throwaway", List.of(Workbooks.sheet("Throwaway", throwaway())));
    Map<String, byte[]> entries = Workbooks.entries(xlsx);
    String sheet = new String(entries.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    // money to the penny, quantities and ratios to four decimals, a percent as a fraction
    assertThat(sheet)
        .contains(">1234567.50<")
        .contains(">12.2500<")
        .contains(">1.0050<")
        .contains(">0.924500<")
        .contains(">0.152500<")
        .contains(">-20.00<");
    assertThat(Workbooks.kind(ColumnType.MONEY)).isEqualTo(Workbooks.Kind.MONEY);
  }

  @Test
  void aLabelledColumnShowsLabelsToPeopleAndIdsToPrograms() throws Exception {
    // a throwaway table of labelled ids and a mixed figure column, defined only here
    ReportTable t =
        new ReportTable(
            "Labelled",
            List.of(
                Column.labelled("block", "a building block"),
                Column.figure("figure", "a £ in one row, hours in the next")));
    t.add(
        org.forcetotaliser.model.BuildingBlock.LEADERSHIP_AND_CULTURE,
        new Column.Figure(Column.money("x", "£"), new BigDecimal("1234.5")));
    t.add(
        org.forcetotaliser.model.Stage.LIVE,
        new Column.Figure(Column.quantity("x", "hours", "hours", 0), new BigDecimal("20203.4")));
    TextTable text = Cells.table(t);
    assertThat(text.toTable())
        .contains("Leadership and culture  £1,234")
        .contains("Live                    20,203");
    assertThat(text.toMarkdown()).contains("| Leadership and culture | £1,234 |");
    // CSV keeps the ids, and a mixed column's numbers to four decimals
    assertThat(text.toCsv())
        .isEqualTo("block,figure\r\nleadership-and-culture,1234.5\r\nlive,20203.4\r\n");
    byte[] xlsx = Workbooks.write("Labelled", List.of(Workbooks.sheet("Labelled", t)));
    String strings =
        new String(Workbooks.entries(xlsx).get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
    assertThat(strings).contains("Leadership and culture").doesNotContain("leadership-and-culture");
    String sheet =
        new String(Workbooks.entries(xlsx).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    // £1,234.50 to the penny and 20,203.4 hours to four decimals, each in its own format
    assertThat(sheet).contains(">1234.50<").contains(">20203.4000<");
  }

  @Test
  void aColumnThatMustHaveAValueRefusesAnAbsentOne() {
    ReportTable t = new ReportTable(null, List.of(Column.count("teams", "a whole count")));
    assertThatThrownBy(() -> t.add((Object) null)).hasMessageContaining("teams");
  }

  private static Column column(String name, ColumnType type) {
    return new Column(name, "a made-up figure", null, type, 0, Column.DASH);
  }

  @Test
  void signedChangesPointsNumbersAndIndicesReadByTheirType() {
    ReportTable t =
        new ReportTable(
            null,
            List.of(
                column("change", ColumnType.CHANGE),
                column("gap", ColumnType.POINTS),
                column("weight", ColumnType.NUMBER),
                column("index", ColumnType.INDEX)));
    // 0.0525 is 5.25% → +5.2% (half-even) and raw 0.0525; 3.15 pp to one decimal is +3.2 pp;
    // a weight 0.25 reads as given; 103.455 to two decimals is 103.46 (half-even: the 5 after
    // an odd 5 rounds up), the same in CSV
    t.add(
        new BigDecimal("0.0525"),
        new BigDecimal("3.15"),
        new BigDecimal("0.25"),
        new BigDecimal("103.455"));
    // −0.0004 is −0.04%, 0.0% to one decimal, with neither sign; −2.96 pp to one decimal is −3.0
    t.add(
        new BigDecimal("-0.0004"),
        new BigDecimal("-2.96"),
        new BigDecimal("1"),
        new BigDecimal("1234.5"));
    t.add(null, null, null, null);
    TextTable text = Cells.table(t);
    assertThat(text.rows().get(0))
        .extracting(TextTable.Cell::shown)
        .containsExactly("+5.2%", "+3.2 pp", "0.25", "103.46");
    assertThat(text.rows().get(1))
        .extracting(TextTable.Cell::shown)
        .containsExactly("0.0%", "-3.0 pp", "1", "1234.50");
    assertThat(text.toCsv())
        .isEqualTo(
            "change,gap,weight,index\r\n"
                + "0.0525,3.15,0.25,103.46\r\n"
                + "-0.0004,-2.96,1,1234.50\r\n"
                + ",,,\r\n");
    assertThat(text.rows().get(2)).extracting(TextTable.Cell::shown).containsOnly("—");
  }

  @Test
  void anAbsentTextShowsItsDashButIsBlankInCsv() {
    ReportTable t =
        new ReportTable(null, List.of(Column.text("lead", "who leads").absentAs(Column.DASH)));
    t.add((Object) null);
    TextTable text = Cells.table(t);
    assertThat(text.toTable()).contains("—");
    assertThat(text.toCsv()).isEqualTo("lead\r\n\r\n");
  }
}

package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Quarter;
import org.junit.jupiter.api.Test;

/** The streaming CSV reader: line endings, quoting, sums and where things were written. */
class ActualsReaderTest {

  static final String ROWS =
      "project,item,period,actual,note\n"
          + "p,a,2025-04,1.25,\"April, \"\"first\"\" month\"\n"
          + "p,a,2025-05,2,\n"
          + "p,a,2025-26 Q2,10\n"
          + "p,b,2025/26 Q3,\"3\",\n";

  static void read(String text, ActualsReader reader) throws IOException {
    reader.read(
        "a.csv",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        TextFiles.Encoding.UTF_8);
  }

  static Actuals actuals(String text, List<Diagnostic> out) throws IOException {
    ActualsReader r = new ActualsReader(FiscalCalendar.APRIL, out);
    read(text, r);
    return r.actuals();
  }

  @Test
  void sameSumsWhateverTheLineEndings() throws IOException {
    for (String text :
        List.of(
            ROWS,
            ROWS.replace("\n", "\r\n"),
            ROWS.replace("\n", "\r"),
            "\uFEFF" + ROWS,
            ROWS.substring(0, ROWS.length() - 1))) {
      List<Diagnostic> out = new ArrayList<>();
      Actuals a = actuals(text, out);
      assertThat(out).isEmpty();
      // April 1.25 + May 2 = 3.25 in 2025-26 Q1
      assertThat(a.of("p", "a").get(Quarter.of(2025, 1)).actual()).isEqualByComparingTo("3.25");
      assertThat(a.of("p", "a").get(Quarter.of(2025, 2)).actual()).isEqualByComparingTo("10");
      assertThat(a.of("p", "b").get(Quarter.of(2025, 3)).actual()).isEqualByComparingTo("3");
    }
  }

  @Test
  void firstRowsLocationIsKept() throws IOException {
    Actuals a = actuals(ROWS, new ArrayList<>());
    assertThat(a.of("p", "a").get(Quarter.of(2025, 1)).location())
        .isEqualTo(new Location("a.csv", 2, 5));
  }

  @Test
  void duplicatesAcrossSpellingsNameBothRows() throws IOException {
    List<Diagnostic> out = new ArrayList<>();
    actuals("project,item,period,actual\np,a,2025-26 Q1,1\np,a,2025-06,2\n", out);
    assertThat(out)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo("duplicate-actual");
              assertThat(d.location()).isEqualTo(new Location("a.csv", 3, 5));
              assertThat(d.message()).contains("a.csv:2:5");
            });
  }

  @Test
  void amountsAreNeverGuessed() throws IOException {
    List<Diagnostic> out = new ArrayList<>();
    Actuals a =
        actuals(
            "project,item,period,actual\np,a,2025-04,\"1,234\"\np,a,2025-05,£5\n"
                + "p,a,2025-06,1e3\n",
            out);
    assertThat(out).extracting(Diagnostic::rule).containsExactly("bad-csv", "bad-csv", "bad-csv");
    assertThat(a.isEmpty()).isTrue();
  }

  @Test
  void manyRowsOfFewItemsKeepOneCellPerQuarter() throws IOException {
    StringBuilder sb = new StringBuilder("project,item,period,actual\n");
    int rows = 0;
    for (int year = 2000; year < 2100; year++) {
      for (int m = 1; m <= 12; m++) {
        sb.append("p,a,").append(year).append('-').append(String.format("%02d", m)).append(",1\n");
        rows++;
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    Actuals a = actuals(sb.toString(), out);
    assertThat(out).isEmpty();
    // 1,200 monthly rows of 1 make 1,200 / 3 = 400 whole quarters of 3: Jan–Mar 2000 is
    // 1999-00 Q4, then 99 financial years of 4 quarters (396), then Apr–Dec 2099 is 3 more
    assertThat(rows).isEqualTo(1200);
    assertThat(a.of("p", "a")).hasSize(1 + 396 + 3);
    assertThat(a.of("p", "a").get(Quarter.of(1999, 4)).actual()).isEqualByComparingTo("3");
    assertThat(a.of("p", "a").get(Quarter.of(2050, 2)).actual()).isEqualByComparingTo("3");
  }

  /**
   * More files than 16 bits count, and a column past 65,535: every location stays exact. File
   * {@code f<i>.csv} holds one row for item {@code a<i>}; a last file repeats file 69,999's
   * item-quarter after a padded project name: 70,000 spaces are columns 1–70,000, "p" 70,001, ","
   * 70,002, "a69999" 70,003–70,008, "," 70,009, so its period starts at column 70,010. In {@code
   * p,a69999,2025-04} the period starts at column 10 (1 + 1 + 6 + 1 before it).
   */
  @Test
  void locationsStayExactPastSixtyFiveThousandFiles() throws IOException {
    List<Diagnostic> out = new ArrayList<>();
    ActualsReader r = new ActualsReader(FiscalCalendar.APRIL, out);
    int files = 70_000;
    for (int i = 0; i < files; i++) {
      r.read(
          "f" + i + ".csv",
          new ByteArrayInputStream(
              ("project,item,period,actual\n" + "p,a" + i + ",2025-04,1\n")
                  .getBytes(StandardCharsets.UTF_8)),
          TextFiles.Encoding.UTF_8);
    }
    String padded = " ".repeat(70_000) + "p";
    r.read(
        "last.csv",
        new ByteArrayInputStream(
            ("project,item,period,actual\n" + padded + ",a69999,2025-26 Q1,1\n")
                .getBytes(StandardCharsets.UTF_8)),
        TextFiles.Encoding.UTF_8);
    // the repeat is refused, naming file 69,999's row
    assertThat(out)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo("duplicate-actual");
              assertThat(d.location()).isEqualTo(new Location("last.csv", 2, 70_010));
              assertThat(d.message()).endsWith("the first is at f69999.csv:2:10");
            });
    Actuals a = r.actuals();
    // file 0's row: "p,a0," is 5 characters, the period starts at column 6
    assertThat(a.of("p", "a0").get(Quarter.of(2025, 1)).location())
        .isEqualTo(new Location("f0.csv", 2, 6));
    assertThat(a.of("p", "a69999").get(Quarter.of(2025, 1)).location())
        .isEqualTo(new Location("f69999.csv", 2, 10));
  }
}

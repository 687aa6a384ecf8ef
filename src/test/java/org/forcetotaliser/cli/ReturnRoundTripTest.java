package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarter's return, round trip: the template for a quarter, filled in, dropped into actuals/
 * unchanged and reconciled, gives the figures worked out by hand.
 */
class ReturnRoundTripTest {

  private static String run(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void templateFilledInAndReconciled(@TempDir Path tmp) throws IOException {
    Path portfolio = tmp.resolve("northshire");
    copy(Path.of("examples"), portfolio);
    Path returns = portfolio.resolve("actuals/2026-27-q3.csv");
    run(
        "template",
        "actuals",
        portfolio.toString(),
        "--as-of",
        "2026-27 Q3",
        "--project",
        "mobile-data",
        "-o",
        returns.toString());
    List<String> lines = Files.readAllLines(returns, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("project,item,period,actual,note,planned,unit,owner");
    // the return lists officer hours for the quarter missed earlier (2026-27 Q1) and for Q3
    assertThat(lines)
        .contains(
            "mobile-data,officer-hours,2026-27 Q1,,,2500,hours,Supt L. Brennan",
            "mobile-data,officer-hours,2026-27 Q3,,,2500,hours,Supt L. Brennan");
    // fill in: officer hours 2,400 for Q1 and 2,500 for Q3; every other row as planned
    List<String> filled = new ArrayList<>();
    filled.add(lines.get(0));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      String actual = f[5];
      if (f[1].equals("officer-hours") && f[2].equals("2026-27 Q1")) {
        actual = "2400";
      }
      f[3] = actual;
      filled.add(String.join(",", f));
    }
    Files.write(returns, filled, StandardCharsets.UTF_8);

    JsonNode doc =
        new ObjectMapper()
            .readTree(
                run(
                    "reconcile",
                    portfolio.toString(),
                    "--as-of",
                    "2026-27 Q3",
                    "--project",
                    "mobile-data",
                    "--format",
                    "json"));
    JsonNode officer = null;
    for (JsonNode b : doc.get("benefits")) {
      if (b.get("benefit").asText().equals("officer-hours")) {
        officer = b;
      }
    }
    assertThat(officer).isNotNull();
    // officer hours: additionality (1 − 10 %) × 80 % = 0.72; plan 2,500 a quarter from
    // 2025-26 Q2 → 1,800 net a quarter; due 2025-26 Q2 to 2026-27 Q3 = 6 quarters → 10,800
    // actuals 2,300 + 2,450 + 2,600 (2025-26) + 2,400 + 2,550 + 2,500 (2026-27) = 14,800 gross
    // × 0.72 = 10,656 net; realisation 10,656 / 10,800 = 98.6667 % → green; nothing missing
    assertThat(officer.get("planned").decimalValue()).isEqualByComparingTo("10800");
    assertThat(officer.get("actual").decimalValue()).isEqualByComparingTo("10656");
    assertThat(officer.get("realisation").decimalValue()).isEqualByComparingTo("98.6667");
    assertThat(officer.get("rag").asText()).isEqualTo("green");
    assertThat(officer.get("missing")).isEmpty();
    // spend filled in as planned: every cost of the project is at 100 % and green
    for (JsonNode c : doc.get("costs")) {
      assertThat(c.get("realisation").decimalValue())
          .as(c.get("cost").asText())
          .isEqualByComparingTo("100");
      assertThat(c.get("rag").asText()).isEqualTo("green");
    }
  }

  @Test
  void theReturnAsAWorkbook(@TempDir Path tmp) throws Exception {
    Path xlsx = tmp.resolve("returns.xlsx");
    run(
        "template",
        "actuals",
        "examples",
        "--as-of",
        "2026-27 Q3",
        "--project",
        "mobile-data",
        "--format",
        "xlsx",
        "-o",
        xlsx.toString());
    try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(Files.newInputStream(xlsx))) {
      List<org.dhatim.fastexcel.reader.Row> rows =
          wb.findSheet("Return 2026-27 Q3").orElseThrow().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("project");
      assertThat(rows.get(0).getCellText(5)).isEqualTo("planned");
      // the same rows as the CSV return: officer hours missed in Q1, then due in Q3
      org.dhatim.fastexcel.reader.Row first = rows.get(1);
      assertThat(first.getCellText(1)).isEqualTo("officer-hours");
      assertThat(first.getCellText(2)).isEqualTo("2026-27 Q1");
      assertThat(first.getCell(5).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
      assertThat(first.getCell(5).asNumber()).isEqualByComparingTo("2500");
      assertThat(rows).hasSize(12);
    }
  }
}

package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reconciled figure has one name and one meaning in every format: the CSV and the JSON of the
 * same run carry the same value under the same column name, item by item (docs/method.md §8).
 */
class OneNameEveryFormatTest {
  private static final List<String> FIGURES =
      List.of(
          "planned",
          "planned_reported",
          "actual",
          "variance",
          "realisation",
          "forecast",
          "forecast_trend",
          "planned_value",
          "actual_value");

  @Test
  void reconcileCsvAndJsonAgreeOnEveryFigureOfEveryBenefit() throws Exception {
    Cli csv = Cli.run("reconcile", "examples", "--as-of", "2026-27 Q2", "--format", "csv");
    Cli json = Cli.run("reconcile", "examples", "--as-of", "2026-27 Q2", "--format", "json");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(json.code()).as(json.err()).isZero();

    List<String> lines = csv.out().lines().toList();
    List<String> header = fields(lines.get(0));
    Map<String, Map<String, String>> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = fields(line);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), f.get(i));
      }
      rows.put(row.get("project") + "/" + row.get("item"), row);
    }

    JsonNode benefits = new ObjectMapper().readTree(json.out()).path("benefits");
    assertThat(benefits.size()).isPositive();
    int compared = 0;
    for (JsonNode b : benefits) {
      Map<String, String> row =
          rows.get(b.path("project").asText() + "/" + b.path("benefit").asText());
      assertThat(row).as("CSV row of %s", b).isNotNull();
      for (String name : FIGURES) {
        JsonNode v = b.path(name);
        String cell = row.get(name);
        assertThat(cell).as("CSV has column %s", name).isNotNull();
        if (v.isNull() || v.isMissingNode()) {
          assertThat(cell).as("%s of %s", name, b.path("benefit")).isEmpty();
        } else {
          assertThat(new BigDecimal(cell))
              .as("%s of %s", name, b.path("benefit"))
              .isEqualByComparingTo(v.decimalValue());
          compared++;
        }
      }
    }
    // the examples' benefits have figures to compare, not only absent ones
    assertThat(compared).isGreaterThan(benefits.size());
  }

  /** One CSV line's fields: quoted fields may hold commas and doubled quotes. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }
}

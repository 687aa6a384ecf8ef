package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.model.FinancialYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The price base is a choice of units, not of answers (method.md §4): restating a report with
 * {@code --price-base Y} multiplies every £ by {@code deflator(Y) / deflator(price_base)} and
 * leaves every ratio, payback year, quantity, harm score and hour alone. Checked over every example
 * and test portfolio and every report's JSON, field by field.
 */
class PriceBaseInvarianceTest {

  /** Fields in £ of the report's price base; every other number must not move. */
  static final Set<String> MONEY =
      Set.of(
          "pv_benefits",
          "pv_cashable",
          "pv_costs",
          "npsv",
          "value",
          "pv",
          "unit_value",
          "planned_value",
          "actual_value",
          "at_stake",
          "planned_value_to_date",
          "actual_value_to_date",
          "npsv_at_low",
          "npsv_at_high",
          "swing");

  static final List<String> PORTFOLIOS =
      List.of(
          "examples",
          "src/test/resources/portfolios/overlaps",
          "src/test/resources/golden/check/valid/portfolio",
          "src/test/resources/portfolios/health");

  static final List<List<String>> REPORTS =
      List.of(
          List.of("estimate", "--scenarios", "--by-year"),
          List.of("reconcile", "--by-quarter", "--as-of", "2026-27 Q2"),
          List.of("total", "--as-of", "2026-27 Q2"),
          List.of("roadmap", "--as-of", "2026-27 Q2"));

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String p : PORTFOLIOS) {
      for (List<String> r : REPORTS) {
        for (String year : List.of("2019-20", "2023-24", "2025-26")) {
          out.add(Arguments.of(p, r, year));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} --price-base {2}")
  @MethodSource("cases")
  void everyPoundMovesByOneFactorAndNothingElseMoves(
      String portfolio, List<String> report, String year) throws Exception {
    JsonNode base = json(report, portfolio, null);
    FinancialYear from = FinancialYear.parse(base.get("price_base").asText());
    FinancialYear to = FinancialYear.parse(year);
    Map<FinancialYear, BigDecimal> d = ReferenceTables.bundled().deflators();
    BigDecimal factor = d.get(to).divide(d.get(from), MathContext.DECIMAL128);
    JsonNode restated = json(report, portfolio, year);
    assertThat(restated.get("price_base").asText()).isEqualTo(year);
    compare(base, restated, factor, "$");
  }

  private static JsonNode json(List<String> report, String portfolio, String year)
      throws Exception {
    List<String> args = new ArrayList<>(report);
    args.add(portfolio);
    args.addAll(List.of("--format", "json"));
    if (year != null) {
      args.addAll(List.of("--price-base", year));
    }
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static void compare(JsonNode a, JsonNode b, BigDecimal factor, String path) {
    assertThat(b.getNodeType()).as(path).isEqualTo(a.getNodeType());
    if (a.isObject()) {
      assertThat(b.size()).as(path).isEqualTo(a.size());
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (k.equals("price_base") || (k.equals("message") && path.startsWith("$.diagnostics["))) {
          // a warning's text quotes £ at stake as words; its rule and place must not move
          continue;
        }
        JsonNode x = a.get(k);
        JsonNode y = b.get(k);
        // a switching value is the input's own value (a percentage, or £ as written)
        boolean money = MONEY.contains(k) && !path.contains(".switching[");
        if (money && x.isNumber()) {
          // both are rounded to pence: the restated figure is within a penny or two of
          // the base figure × factor
          BigDecimal expected = x.decimalValue().multiply(factor);
          assertThat(y.decimalValue().subtract(expected).abs())
              .as(path + "." + k + ": " + x + " × " + factor + " vs " + y)
              .isLessThanOrEqualTo(new BigDecimal("0.02"));
        } else {
          compare(x, y, factor, path + "." + k);
        }
      }
    } else if (a.isArray()) {
      assertThat(b.size()).as(path).isEqualTo(a.size());
      for (int i = 0; i < a.size(); i++) {
        compare(a.get(i), b.get(i), factor, path + "[" + i + "]");
      }
    } else {
      assertThat(b).as(path).isEqualTo(a);
    }
  }
}

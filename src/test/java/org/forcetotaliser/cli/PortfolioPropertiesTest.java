package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.calc.RandomPortfolio;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants through the whole tool, files and all, over seeded random portfolios: the order of the
 * paths changes no output byte; a portfolio split into two folders gives the same output as the
 * whole; the same input twice gives byte-identical output in every format.
 */
class PortfolioPropertiesTest {
  private static final String AS_OF = "2026-27 Q2";

  private static String run(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.code()).as(r.err()).isZero();
    // the header names the force.yaml read, which lies in a different folder when split
    String out = r.out().replaceAll("\\([^()\n]*force\\.yaml\\)", "(force.yaml)");
    return out.startsWith("{") ? withWarningsInOrder(out) : out;
  }

  /**
   * A JSON report with its warnings named by file within the portfolio (projects/x.yaml), and
   * listed in that order: they are sorted by path, and a file's path depends on the folder it was
   * split into. Every other byte stays as it was.
   */
  private static String withWarningsInOrder(String json) {
    int at = json.indexOf("\n  \"diagnostics\": [");
    if (at < 0) {
      return json;
    }
    String list = json.substring(at);
    List<String> entries = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\n    \\{.*?\\n    \\}", java.util.regex.Pattern.DOTALL)
            .matcher(list);
    while (m.find()) {
      entries.add(
          m.group()
              .replaceAll("\"file\": \"[^\"]*/((projects|actuals)/[^\"]*)\"", "\"file\": \"$1\""));
    }
    java.util.Collections.sort(entries);
    return json.substring(0, at) + String.join(",", entries);
  }

  @ParameterizedTest
  @ValueSource(longs = {101, 102, 103})
  void splittingAndReorderingChangeNoOutputByte(long seed, @TempDir Path tmp) throws Exception {
    RandomPortfolio g = new RandomPortfolio(seed);
    List<Project> projects = g.projects(16);
    Actuals actuals = g.actuals(projects, Quarter.parse(AS_OF));
    PortfolioFiles.write(tmp.resolve("whole"), true, projects, actuals);
    List<Project> first = new ArrayList<>(projects.subList(0, 8));
    List<Project> second = new ArrayList<>(projects.subList(8, 16));
    PortfolioFiles.write(tmp.resolve("a"), true, first, actuals);
    PortfolioFiles.write(tmp.resolve("b"), false, second, actuals);
    String whole = tmp.resolve("whole").toString();
    String a = tmp.resolve("a").toString();
    String b = tmp.resolve("b").toString();
    for (String command : List.of("estimate", "reconcile", "total")) {
      for (String format : List.of("json", "csv", "table")) {
        List<String> base = new ArrayList<>(List.of(command, "--format", format));
        if (!command.equals("estimate")) {
          base.addAll(List.of("--as-of", AS_OF));
        }
        String all = run(with(base, whole));
        assertThat(run(with(base, a, b))).as(command + " " + format + " split").isEqualTo(all);
        assertThat(run(with(base, b, a))).as(command + " " + format + " reordered").isEqualTo(all);
        assertThat(run(with(base, whole))).as(command + " " + format + " again").isEqualTo(all);
      }
    }
  }

  private static String[] with(List<String> base, String... paths) {
    List<String> args = new ArrayList<>(base);
    args.addAll(List.of(paths));
    return args.toArray(new String[0]);
  }
}

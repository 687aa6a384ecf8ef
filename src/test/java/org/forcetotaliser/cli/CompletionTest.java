package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The shell completion script, generated as the build generates it (picocli's AutoComplete over
 * {@link AllCommands}): each command's {@code --format} offers exactly the formats that command
 * writes, the same ones its help lists and it accepts.
 */
class CompletionTest {
  private static final Pattern FUNCTION =
      Pattern.compile("function _picocli_totaliser_([a-z]+)\\(\\) \\{(.*?)\\n\\}", Pattern.DOTALL);
  private static final Pattern FORMATS =
      Pattern.compile("local FORMAT_option_args=\\(([^)]*)\\) # --format values");

  /** The values completion offers after {@code --format}, by command. */
  private static Map<String, List<String>> offered;

  @BeforeAll
  static void generate() {
    String script = AutoComplete.bash("totaliser", new CommandLine(AllCommands.class));
    offered = new LinkedHashMap<>();
    Matcher f = FUNCTION.matcher(script);
    while (f.find()) {
      Matcher m = FORMATS.matcher(f.group(2));
      if (m.find()) {
        offered.put(
            f.group(1),
            Arrays.stream(m.group(1).split(" ")).map(s -> s.replace("\"", "")).toList());
      }
    }
  }

  @Test
  void everyCommandWithAFormatOfferingOnlyItsOwn() {
    assertThat(offered)
        .containsOnlyKeys(
            "check",
            "estimate",
            "reconcile",
            "total",
            "roadmap",
            "explain",
            "report",
            "template",
            "index",
            "reference");
  }

  @Test
  void referenceOffersTheFourTextFormats() {
    assertThat(offered.get("reference")).containsExactly("table", "csv", "json", "markdown");
  }

  @Test
  void checkOffersDiagnosticFormatsOnly() {
    // lower case, as typed: the enum's constants are upper case
    assertThat(offered.get("check")).containsExactly("table", "json", "github");
  }

  @Test
  void reportsOfferWhatEachWrites() {
    assertThat(offered.get("roadmap")).containsExactly("table", "csv", "json", "markdown", "xlsx");
    assertThat(offered.get("estimate")).containsExactly("table", "csv", "json", "markdown", "xlsx");
    assertThat(offered.get("explain")).containsExactly("table", "markdown");
    assertThat(offered.get("report")).containsExactly("html", "xlsx");
    assertThat(offered.get("template")).containsExactly("csv", "xlsx", "table", "markdown");
    assertThat(offered.get("index")).containsExactly("table", "csv", "json", "markdown", "xlsx");
  }

  @Test
  void everyOfferedFormatIsAccepted() {
    // what completion offers, the command takes: `reference` with each of its formats runs
    for (String f : offered.get("reference")) {
      assertThat(MainTest.run("reference", "--format", f).code()).as(f).isEqualTo(Main.OK);
    }
    assertThat(MainTest.run("reference", "--format", "html").code()).isEqualTo(Main.USAGE);
  }
}

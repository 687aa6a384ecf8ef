package org.forcetotaliser.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule codes found while computing reports are documented in docs/rules.md with the exact lines
 * the golden outputs hold, so the documentation cannot drift from what is printed.
 */
class ReportRulesDocumentedTest {

  private static String headline(Path golden, String code) throws IOException {
    for (String line : Files.readAllLines(golden, StandardCharsets.UTF_8)) {
      if (line.endsWith("[" + code + "]")) {
        return line;
      }
    }
    throw new AssertionError(golden + " has no line for " + code);
  }

  @Test
  void everyReportTimeCodeIsDocumentedWithItsExactMessage() throws IOException {
    String docs = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
    Path overlaps = Path.of("src/test/resources/golden/cli/total-overlaps.err");
    // the examples accept their double count, so it is not printed: its line is made from the
    // entry total's JSON lists, as a run without the accept entry prints it
    com.fasterxml.jackson.databind.JsonNode d = null;
    for (com.fasterxml.jackson.databind.JsonNode n :
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(Path.of("src/test/resources/golden/cli/total-json.out").toFile())
            .get("diagnostics")) {
      if (n.get("rule").asText().equals("double-count")) {
        d = n;
      }
    }
    assertThat(d).isNotNull();
    String strict =
        d.get("file").asText()
            + ":"
            + d.get("line").asInt()
            + ":"
            + d.get("column").asInt()
            + ": warning: "
            + d.get("message").asText()
            + " [double-count]";
    for (String code :
        new String[] {"actual-after-as-of", "no-multiplier", "possible-double-count"}) {
      assertThat(docs).contains("## `" + code + "`").contains(headline(overlaps, code));
    }
    assertThat(docs).contains("## `double-count`").contains(strict);
  }
}

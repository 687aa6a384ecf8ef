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
 * The roadmap's progress lines in the quarter's return: listed for the actions under way, filled in
 * with a status, read back with the actuals and shown by {@code roadmap}.
 */
class RoadmapReturnTest {

  private static Path portfolio(Path tmp) throws IOException {
    Path to = tmp.resolve("northshire");
    try (Stream<Path> all = Files.walk(Path.of("examples"))) {
      for (Path p : all.toList()) {
        Path target = to.resolve(Path.of("examples").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private static JsonNode action(JsonNode roadmap, String id) {
    for (JsonNode a : roadmap.get("actions")) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no action " + id);
  }

  @Test
  void progressLinesAreAskedForAndReadBack(@TempDir Path tmp) throws IOException {
    Path dir = portfolio(tmp);
    Path returns = dir.resolve("actuals/2026-27-q3.csv");
    Cli t =
        Cli.run(
            "template",
            "actuals",
            dir.toString(),
            "--as-of",
            "2026-27 Q3",
            "-o",
            returns.toString());
    assertThat(t.code()).as(t.err()).isZero();
    List<String> lines = Files.readAllLines(returns, StandardCharsets.UTF_8);
    // as of 2026-27 Q3 the actions under way: in progress or overdue, not done or not started
    // (problem-profile-dashboard starts in Q3, so it is under way)
    List<String> progress = lines.stream().filter(l -> l.startsWith("roadmap,")).toList();
    assertThat(progress)
        .containsExactly(
            "roadmap,prevention-in-every-briefing,2026-27 Q3,,,,\"rag: green, amber or red\","
                + "ACC R. Hale",
            "roadmap,street-triage-evenings,2026-27 Q3,,,,\"rag: green, amber or red\","
                + "Ch Insp R. Okafor",
            "roadmap,joint-problem-solving-hub,2026-27 Q3,,,,\"rag: green, amber or red\","
                + "Supt T. Ellery",
            "roadmap,case-file-automation,2026-27 Q3,,,,\"rag: green, amber or red\","
                + "\"Mr J. Lindqvist, Head of Criminal Justice\"",
            "roadmap,problem-profile-dashboard,2026-27 Q3,,,,\"rag: green, amber or red\","
                + "\"Ms E. Fairbairn, Head of Analysis\"",
            "roadmap,demand-based-shifts,2026-27 Q3,,,,\"rag: green, amber or red\","
                + "Ch Supt H. Mwangi",
            "roadmap,knife-crime-diversion,2026-27 Q3,,,,\"rag: green, amber or red\","
                + "Supt K. Marsh",
            "roadmap,student-officer-retention-plan,2026-27 Q3,,,,\"rag: green, amber or red\","
                + "\"Ms P. Whitfield, Head of People\"");
    // fill in two statuses; leave every other line blank (a return not yet made)
    List<String> filled = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("roadmap,street-triage-evenings,")) {
        filled.add("roadmap,street-triage-evenings,2026-27 Q3,Green,evening rota filled,,,");
      } else if (l.startsWith("roadmap,joint-problem-solving-hub,")) {
        filled.add("roadmap,joint-problem-solving-hub,2026-27 Q3,red,,,,");
      } else {
        filled.add(l);
      }
    }
    Files.write(returns, filled, StandardCharsets.UTF_8);
    Cli r = Cli.run("roadmap", dir.toString(), "--as-of", "2026-27 Q3", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    // Q3's reports replace Q2's red and amber
    assertThat(action(json, "street-triage-evenings").get("rag").asText()).isEqualTo("green");
    assertThat(action(json, "joint-problem-solving-hub").get("rag").asText()).isEqualTo("red");
    // nothing reported for Q3: Q2's amber still stands
    assertThat(action(json, "knife-crime-diversion").get("rag").asText()).isEqualTo("amber");
    // the next quarter's return asks again only for the actions without a Q3 status
    Cli next = Cli.run("template", "actuals", dir.toString(), "--as-of", "2026-27 Q3");
    assertThat(next.out())
        .doesNotContain("roadmap,street-triage-evenings,")
        .contains("roadmap,knife-crime-diversion,");
  }
}

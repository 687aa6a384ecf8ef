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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Warnings a force accepts in force.yaml (docs/method.md §9a), as the commands use them: the
 * example portfolio passes {@code --strict} everywhere, every report's JSON lists its accepted
 * warnings with their reasons, and an entry is judged stale only by a run that could have raised
 * what it names.
 */
class AcceptedWarningsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void fixToday() {
    // the default as-of quarter depends on today's date
    System.setProperty("totaliser.today", "2026-11-23");
  }

  @Nested
  class Examples {
    @ParameterizedTest
    @ValueSource(strings = {"check", "estimate", "reconcile", "total"})
    void passStrict(String command) {
      // every warning of the examples is accepted in examples/force.yaml, with its reason
      MainTest.Run r = MainTest.run(command, "examples", "--strict");
      assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
      assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reconcile", "total"})
    void passStrictAsOfTheirLastReturn(String command) {
      MainTest.Run r = MainTest.run(command, "examples", "--strict", "--as-of", "2026-27 Q2");
      assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
      assertThat(r.err()).isEmpty();
    }

    @Test
    void oneProjectFileOfTheDoubleCountPassesStrictAlone() {
      // the accept entry names nte-safer-streets, but a double count takes two projects: a run
      // on that file alone cannot raise it, so it does not call the entry unused
      for (String file : new String[] {"nte-safer-streets", "youth-knife-diversion"}) {
        MainTest.Run r =
            MainTest.run(
                "total",
                "examples/projects/" + file + ".yaml",
                "--strict",
                "--as-of",
                "2026-27 Q2");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.err()).as(file).isEmpty();
      }
    }

    @Test
    void reportsListTheirAcceptedWarningsAsCheckDoes() throws IOException {
      JsonNode check = json("check", "examples", "--format", "json").get("diagnostics");
      JsonNode estimate = json("estimate", "examples", "--format", "json").get("diagnostics");
      JsonNode reconcile = json("reconcile", "examples", "--format", "json").get("diagnostics");
      JsonNode total = json("total", "examples", "--format", "json").get("diagnostics");
      // check sees the two warnings found in the files; every report lists them the same way
      assertThat(rules(check)).containsExactly("stale-deflator", "not-costed");
      assertThat(estimate).isEqualTo(check);
      assertThat(reconcile).isEqualTo(check);
      // total also finds the definite double count on violence/northby, accepted too
      assertThat(rules(total)).containsExactly("double-count", "stale-deflator", "not-costed");
      assertThat(total.get(0).get("accepted").asText()).startsWith("Change Board, March 2026");
      assertThat(total.get(0).get("file").asText())
          .isEqualTo("examples/projects/nte-safer-streets.yaml");
      assertThat(total.get(0).get("line").asInt()).isEqualTo(27);
      assertThat(total.get(2).get("accepted").asText())
          .isEqualTo(
              "The Home Office publishes no unit cost for possession offences; harm is still"
                  + " counted");
      for (JsonNode d : total) {
        assertThat(fields(d))
            .containsExactly(
                "file", "line", "column", "severity", "rule", "message", "hint", "accepted");
      }
    }
  }

  @Nested
  class UnusedEntries {
    @TempDir Path dir;

    /** A portfolio of two projects, one on offence 92A (no Home Office cost), with accepts. */
    private Path portfolio(String accepts) throws IOException {
      Files.createDirectories(dir.resolve("projects"));
      Files.writeString(
          dir.resolve("force.yaml"),
          "force: Example Constabulary\nprice_base: 2024-25\naccept:\n" + accepts,
          StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("projects/harbour.yaml"), project("op-harbour", "92A"));
      Files.writeString(dir.resolve("projects/lantern.yaml"), project("op-lantern", "8N"));
      return dir;
    }

    private String project(String id, String offence) {
      return "id: "
          + id
          + "\nname: "
          + id
          + "\nowner: Insp A. Example\nbuilding_block: projects-and-prevention\nstage: approved\n"
          + "start: 2025-26 Q1\nend: 2026-27 Q4\ncosts:\n  - id: outreach\n    kind: revenue\n"
          + "    profile: { per_year: 40000 }\nbenefits:\n  - id: fewer-offences\n"
          + "    type: crime-harm\n    offence: "
          + offence
          + "\n    profile: { 2025-26 Q2: 3, 2025-26 Q3: 4 }\n";
    }

    private static final String NOT_COSTED =
        "  - { rule: not-costed, offence: 92A, reason: \"no Home Office cost\" }\n";
    private static final String DOUBLE_COUNT =
        "  - { rule: double-count, project: op-harbour, reason: \"agreed overlap\" }\n";

    @Test
    void aReportTimeEntryThatMatchesNothingIsStaleWhereTheReportLooksForIt() throws IOException {
      Path p = portfolio(NOT_COSTED + DOUBLE_COUNT);
      // total looks for double counts and finds none: the entry is stale (force.yaml line 5)
      MainTest.Run total = MainTest.run("total", p.toString(), "--as-of", "2026-27 Q2");
      assertThat(total.code()).isEqualTo(Main.OK);
      assertThat(total.err())
          .contains(
              "force.yaml:5:5: warning: `accept` entry for double-count project op-harbour"
                  + " matches no warning [unused-accept]");
      MainTest.Run strict =
          MainTest.run("total", p.toString(), "--as-of", "2026-27 Q2", "--strict");
      assertThat(strict.code()).isEqualTo(Main.INPUT_ERRORS);
      // and its JSON lists it with the accepted not-costed warning
      JsonNode d = json("total", p.toString(), "--as-of", "2026-27 Q2", "--format", "json");
      assertThat(rules(d.get("diagnostics"))).containsExactly("unused-accept", "not-costed");
      // check and estimate never look for double counts: they cannot tell
      for (String command : new String[] {"check", "estimate"}) {
        MainTest.Run r = MainTest.run(command, p.toString(), "--strict");
        assertThat(r.code()).as(command + r.err()).isEqualTo(Main.OK);
        assertThat(r.err()).as(command).doesNotContain("unused-accept");
      }
    }

    @Test
    void anEntryForAnotherProjectIsNotJudgedOnAProjectFileRunAlone() throws IOException {
      Path p = portfolio(NOT_COSTED + DOUBLE_COUNT);
      String lantern = p.resolve("projects/lantern.yaml").toString();
      // lantern has no 92A benefit and no double count; neither entry is about it
      for (String[] args :
          new String[][] {
            {"check", lantern, "--strict"},
            {"estimate", lantern, "--strict"},
            {"total", lantern, "--strict", "--as-of", "2026-27 Q2"}
          }) {
        MainTest.Run r = MainTest.run(args);
        assertThat(r.code()).as(args[0] + r.err()).isEqualTo(Main.OK);
        assertThat(r.err()).as(args[0]).doesNotContain("unused-accept");
      }
      // the same entries on the whole portfolio: harbour's 92A is accepted, and total finds no
      // double count for op-harbour
      assertThat(MainTest.run("total", p.toString(), "--as-of", "2026-27 Q2").err())
          .contains("double-count project op-harbour matches no warning");
    }

    @Test
    void anEntryForTheProjectReadIsJudgedOnAProjectFileRunAlone() throws IOException {
      Path p =
          portfolio(
              NOT_COSTED
                  + "  - { rule: no-effect, project: op-lantern, reason: \"no longer true\" }\n");
      MainTest.Run r = MainTest.run("check", p.resolve("projects/lantern.yaml").toString());
      assertThat(r.code()).isEqualTo(Main.OK);
      assertThat(r.err())
          .contains("`accept` entry for no-effect project op-lantern matches no warning")
          // the portfolio-wide entry is not judged on one file
          .doesNotContain("not-costed offence 92A");
    }
  }

  private static JsonNode json(String... args) throws IOException {
    MainTest.Run r = MainTest.run(args);
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    return JSON.readTree(r.out());
  }

  private static List<String> rules(JsonNode diagnostics) {
    List<String> out = new ArrayList<>();
    diagnostics.forEach(d -> out.add(d.get("rule").asText()));
    return out;
  }

  private static List<String> fields(JsonNode d) {
    List<String> out = new ArrayList<>();
    d.fieldNames().forEachRemaining(out::add);
    return out;
  }
}

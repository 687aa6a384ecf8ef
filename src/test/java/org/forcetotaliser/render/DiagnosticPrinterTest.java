package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Location;
import org.junit.jupiter.api.Test;

/** The text and JSON forms of diagnostics. */
class DiagnosticPrinterTest {

  static final Diagnostic BAD_PERCENT =
      Diagnostic.error(
              new Location("projects/harbour.yaml", 12, 17),
              "bad-percentage",
              "`deadweight`: expected a percentage between 0% and 100%, found `120%`")
          .withSourceLine("    deadweight: 120%");
  static final Diagnostic NO_FILE =
      Diagnostic.error(Location.ofFile("nowhere"), "no-input", "no such file or folder")
          .withHint("check the path");

  @Test
  void locationMessageRuleThenSourceAndCaretThenHint() {
    assertThat(DiagnosticPrinter.text(List.of(BAD_PERCENT.withHint("write `12%`"), NO_FILE)))
        .isEqualTo(
            """
            projects/harbour.yaml:12:17: error: `deadweight`: expected a percentage between 0% \
            and 100%, found `120%` [bad-percentage]
                    deadweight: 120%
                                ^
              hint: write `12%`
            nowhere: error: no such file or folder [no-input]
              hint: check the path
            """);
  }

  @Test
  void onlyTheFirstTwentyArePrinted() {
    // a screenful: twenty problems of up to four lines each, then a count of the rest
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      many.add(Diagnostic.error(new Location("a.yaml", i, 1), "x", "problem " + i));
    }
    String text = DiagnosticPrinter.text(many);
    assertThat(text)
        .contains("a.yaml:20:1: error: problem 20 [x]")
        .doesNotContain("problem 21")
        .endsWith("… and 3 more errors (use --format json to see them all)\n");
  }

  @Test
  void countsInWords() {
    assertThat(DiagnosticPrinter.counts(List.of())).isEqualTo("no errors, no warnings");
    assertThat(
            DiagnosticPrinter.counts(
                List.of(NO_FILE, Diagnostic.warning(Location.ofFile("f"), "w", "m"))))
        .isEqualTo("1 error, 1 warning");
  }

  @Test
  void acceptedWarningsAreNotPrintedNorCountedAsWarnings() {
    Diagnostic accepted =
        Diagnostic.warning(Location.ofFile("f"), "not-costed", "m").acceptedFor("no HO cost");
    assertThat(DiagnosticPrinter.text(List.of(accepted))).isEmpty();
    assertThat(DiagnosticPrinter.counts(List.of(NO_FILE, accepted)))
        .isEqualTo("1 error, no warnings (1 accepted)");
    assertThat(DiagnosticPrinter.json(List.of(accepted)))
        .contains("\"accepted\" : \"no HO cost\"")
        .contains("\"warnings\" : 0")
        .contains("\"accepted\" : 1");
    // --strict leaves an accepted warning a warning
    assertThat(accepted.asError().isError()).isFalse();
  }

  @Test
  void aFloodOfOneCauseIsOneFinding() {
    // five not-costed warnings about offence 10D in three projects print as one, with counts
    List<Diagnostic> flood = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      flood.add(
          Diagnostic.warning(
                  new Location("p" + i + ".yaml", 3, 5),
                  "not-costed",
                  "benefit b" + i + " is not costed")
              .about("p" + (i % 3), "b" + i, "10D"));
    }
    String text = DiagnosticPrinter.text(flood);
    assertThat(text.lines().filter(l -> l.contains("[not-costed]")).count()).isEqualTo(1);
    assertThat(text).contains("hint: offence `10D`: 5 findings in 3 projects, first shown here");
    assertThat(DiagnosticPrinter.json(flood)).contains("b4 is not costed");
  }

  @Test
  void json() {
    assertThat(DiagnosticPrinter.json(List.of(BAD_PERCENT, NO_FILE)).replaceAll("\\s+", " "))
        .isEqualTo(
            "{ \"diagnostics\" : [ { \"file\" : \"projects/harbour.yaml\", \"line\" : 12,"
                + " \"column\" : 17, \"severity\" : \"error\", \"rule\" : \"bad-percentage\","
                + " \"message\" : \"`deadweight`: expected a percentage between 0% and 100%, found"
                + " `120%`\", \"hint\" : null, \"accepted\" : null }, { \"file\" : \"nowhere\","
                + " \"line\" : null, \"column\" : null, \"severity\" : \"error\", \"rule\" :"
                + " \"no-input\", \"message\" : \"no such file or folder\", \"hint\" :"
                + " \"check the path\", \"accepted\" : null } ],"
                + " \"errors\" : 2, \"warnings\" : 0, \"accepted\" : 0 } ");
  }

  @Test
  void githubAnnotationsEscapeWhatTheWorkflowCommandsReserve() {
    // a file name with a comma and a colon, a message with a percent sign and a new line
    Diagnostic d =
        Diagnostic.error(
                new Location("projects/a,b:c.yaml", 12, 7),
                "bad-percentage",
                "expected 0% to 100%\nfound 120%")
            .withHint("use `20%`");
    Diagnostic w =
        Diagnostic.warning(Location.ofFile("force.yaml"), "several-force-files", "ignored");
    assertThat(DiagnosticPrinter.github(List.of(d, w)))
        .isEqualTo(
            "::error file=projects/a%2Cb%3Ac.yaml,line=12,col=7,title=bad-percentage::"
                + "expected 0%25 to 100%25%0Afound 120%25 (use `20%25`)\n"
                + "::warning file=force.yaml,title=several-force-files::ignored\n");
  }
}

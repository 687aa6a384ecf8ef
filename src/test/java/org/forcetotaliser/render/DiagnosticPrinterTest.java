package org.forcetotaliser.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Location;
import org.junit.jupiter.api.Test;

/** The text and JSON forms of diagnostics. */
class DiagnosticPrinterTest {

  static final Diagnostic BAD_PERCENT = Diagnostic.error(
          new Location("projects/harbour.yaml", 12, 17), "bad-percentage",
          "`deadweight`: expected a percentage between 0% and 100%, found `120%`")
      .withSourceLine("    deadweight: 120%");
  static final Diagnostic NO_FILE =
      Diagnostic.error(Location.ofFile("nowhere"), "no-input", "no such file or folder")
          .withHint("check the path");

  @Test
  void locationMessageRuleThenSourceAndCaretThenHint() {
    assertThat(DiagnosticPrinter.text(List.of(BAD_PERCENT.withHint("write `12%`"), NO_FILE)))
        .isEqualTo("""
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
    assertThat(text).contains("a.yaml:20:1: error: problem 20 [x]")
        .doesNotContain("problem 21")
        .endsWith("… and 3 more errors (use --format json to see them all)\n");
  }

  @Test
  void countsInWords() {
    assertThat(DiagnosticPrinter.counts(List.of())).isEqualTo("no errors, no warnings");
    assertThat(DiagnosticPrinter.counts(List.of(NO_FILE,
        Diagnostic.warning(Location.ofFile("f"), "w", "m"))))
        .isEqualTo("1 error, 1 warning");
  }

  @Test
  void json() {
    assertThat(DiagnosticPrinter.json(List.of(BAD_PERCENT, NO_FILE)).replaceAll("\\s+", " "))
        .isEqualTo("{ \"diagnostics\" : [ { \"file\" : \"projects/harbour.yaml\", \"line\" : 12,"
            + " \"column\" : 17, \"severity\" : \"error\", \"rule\" : \"bad-percentage\","
            + " \"message\" : \"`deadweight`: expected a percentage between 0% and 100%, found"
            + " `120%`\", \"hint\" : null }, { \"file\" : \"nowhere\", \"line\" : null,"
            + " \"column\" : null, \"severity\" : \"error\", \"rule\" : \"no-input\","
            + " \"message\" : \"no such file or folder\", \"hint\" : \"check the path\" } ],"
            + " \"errors\" : 2, \"warnings\" : 0 } ");
  }

  @Test
  void githubAnnotationsEscapeWhatTheWorkflowCommandsReserve() {
    // a file name with a comma and a colon, a message with a percent sign and a new line
    Diagnostic d = Diagnostic.error(new Location("projects/a,b:c.yaml", 12, 7),
        "bad-percentage", "expected 0% to 100%\nfound 120%").withHint("use `20%`");
    Diagnostic w = Diagnostic.warning(Location.ofFile("force.yaml"), "several-force-files",
        "ignored");
    assertThat(DiagnosticPrinter.github(List.of(d, w))).isEqualTo(
        "::error file=projects/a%2Cb%3Ac.yaml,line=12,col=7,title=bad-percentage::"
            + "expected 0%25 to 100%25%0Afound 120%25 (use `20%25`)\n"
            + "::warning file=force.yaml,title=several-force-files::ignored\n");
  }
}

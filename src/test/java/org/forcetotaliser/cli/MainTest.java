package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line itself: version, help, usage errors, formats and exit codes. */
class MainTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void version() {
    assertThat(run("--version")).isEqualTo(new Run(Main.OK, "totaliser 0.1.0\n", ""));
  }

  @Test
  void everyHelpEndsWithExamples() {
    for (String[] args : new String[][] {{"--help"}, {"check", "--help"}}) {
      Run r = run(args);
      assertThat(r.code()).isEqualTo(Main.OK);
      assertThat(r.out()).contains("Examples:").contains("totaliser check");
    }
  }

  @Test
  void usageErrors() {
    assertThat(run().code()).isEqualTo(Main.USAGE);
    assertThat(run("chek").code()).isEqualTo(Main.USAGE);
    Run r = run("check", "--format", "xml");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("xml");
  }

  @Test
  void simulateTakesOneToTenMillionDraws() {
    for (String n : new String[] {"0", "-1", "10000001"}) {
      Run r = run("estimate", "examples", "--simulate", n);
      assertThat(r.code()).as(n).isEqualTo(Main.USAGE);
      assertThat(r.err()).as(n).contains("from 1 to 10,000,000; found " + n);
      assertThat(r.out()).as(n).isEmpty();
    }
  }

  @Test
  void successPrintsASummaryToStdout() {
    Run r = run("check", GoldenCheckTest.ROOT + "/valid/portfolio");
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            GoldenCheckTest.ROOT
                + "/valid/portfolio: 1 project, 1 actuals file: no errors, no warnings\n");
  }

  @Test
  void warningsGoToStderrBeforeTheSummary() {
    Run r = run("check", GoldenCheckTest.ROOT + "/not-costed/harbour.yaml");
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.err()).contains("[not-costed]");
    assertThat(r.out()).endsWith(": no errors, 1 warning\n");
    assertThat(run("check", "--strict", GoldenCheckTest.ROOT + "/not-costed/harbour.yaml").code())
        .isEqualTo(Main.INPUT_ERRORS);
  }

  @Test
  void json() {
    Run r =
        run("check", "--format", "json", GoldenCheckTest.ROOT + "/end-before-start/harbour.yaml");
    assertThat(r.code()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains(
            "\"rule\" : \"end-before-start\"",
            "\"line\" : 7",
            "\"column\" : 6",
            "\"severity\" : \"error\"",
            "\"errors\" : 1",
            "\"warnings\" : 0",
            "\"hint\" : null");
  }

  /** Standard input that fails as only a bug could make it fail. */
  static final class Broken extends java.io.InputStream {
    @Override
    public int read() {
      throw new IllegalStateException("boom");
    }
  }

  static Run runWith(java.io.InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void internalErrorsShowNoStackTraceUnlessAsked() {
    Run r = runWith(new Broken(), "check", "-");
    assertThat(r.code()).isEqualTo(Main.INTERNAL);
    assertThat(r.err())
        .startsWith("totaliser: internal error: ")
        .contains("boom")
        .doesNotContain("\tat ");
    Run traced = runWith(new Broken(), "check", "--stacktrace", "-");
    assertThat(traced.code()).isEqualTo(Main.INTERNAL);
    assertThat(traced.err()).contains("\tat ");
  }
}

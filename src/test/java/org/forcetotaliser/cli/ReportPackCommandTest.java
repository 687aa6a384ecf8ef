package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.forcetotaliser.render.SamplePortfolio;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The report command's options and help, and --format xlsx on the other commands. */
class ReportPackCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void runsThePackInHtmlAndXlsx() throws Exception {
    SamplePortfolio sample = SamplePortfolio.ordinary();
    Inputs.Loaded loaded = new Inputs.Loaded(sample.portfolio(), SamplePortfolio.reference());
    ReportPackCommand cmd = new ReportPackCommand();
    cmd.asOf = SamplePortfolio.AS_OF;
    ReportCommand.Rendered html = cmd.run(loaded, loaded.settings());
    assertThat(new String(html.bytes(), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("as of 2026-27 Q2");
    assertThat(html.exitCode()).isEqualTo(Main.OK);
    cmd.format = org.forcetotaliser.render.Format.XLSX;
    ReportCommand.Rendered xlsx = cmd.run(loaded, loaded.settings());
    assertThat(xlsx.bytes()).startsWith((byte) 'P', (byte) 'K');
    // the definite double count in the sample is reported as a warning
    assertThat(xlsx.notes()).extracting(d -> d.rule()).contains("double-count");
  }

  @Test
  void theQuarterComparedWithMustBeEarlier() {
    Run r =
        run(
            new ReportPackCommand(),
            "examples",
            "--as-of",
            "2026-27 Q2",
            "--compare-to",
            "2026-27 Q3",
            "-o",
            "target/pack.html");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err())
        .contains("--compare-to 2026-27 Q3 is not before the pack's quarter, 2026-27 Q2");
  }

  /**
   * examples/force.yaml accepts two warnings (docs/method.md §9a); the pack's appendix lists each
   * the run matched, by title, with the reason force.yaml gives, and not again among the others.
   */
  @Test
  void theAppendixListsEachAcceptedWarningWithItsReason(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    java.nio.file.Path pack = tmp.resolve("pack.html");
    assertThat(Cli.run("report", "examples", "--as-of", "2026-27 Q2", "-o", pack.toString()).code())
        .isZero();
    String html = java.nio.file.Files.readString(pack);
    String appendix = html.substring(html.indexOf("<h3 id=\"accepted\">"));
    assertThat(appendix)
        .contains(
            "<th scope=\"row\">Offence has no Home Office cost <span class=\"muted\">"
                + "(not-costed)</span></th><td><bdi>examples/projects/youth-knife-diversion.yaml:55:14"
                + "</bdi></td>")
        .contains(
            "The Home Office publishes no unit cost for possession offences; harm is still"
                + " counted")
        .contains("GDP deflator is only a forecast")
        .contains("Budget in cash; restated when the deflator outturn is published");
    // the other warnings' list, when there is one, does not repeat them
    int list = html.indexOf("<ul id=\"warnings\">");
    String others = list < 0 ? "" : html.substring(list);
    assertThat(others).doesNotContain("[not-costed]").doesNotContain("[stale-deflator]");
  }

  @Test
  void reportNeedsAnOutputFile() {
    Run r = run(new ReportPackCommand(), "examples", "--as-of", "2026-27 Q2");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("`report` writes a file: give -o FILE");
  }

  @Test
  void reportWritesHtmlOrXlsxOnly() {
    Run r = run(new ReportPackCommand(), "--format", "csv", "-o", "target/pack.csv");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("cannot write csv").contains("[html, xlsx]");
  }

  @Test
  void xlsxNeedsAnOutputFileOnEveryCommand() {
    for (Object c : List.of(new EstimateCommand(), new ReconcileCommand(), new TotalCommand())) {
      Run r = run(c, "--format", "xlsx");
      assertThat(r.code()).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("--format xlsx writes a workbook, not text: give -o FILE");
    }
  }

  @Test
  void reportsFormatDefaultsToHtml() {
    String help =
        new CommandLine(new ReportPackCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertThat(help).contains("(default: html;");
    assertThat(new CommandLine(new TotalCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF))
        .contains("(default: table;");
  }

  @Test
  void everyHelpEndsWithExamples() {
    for (Object c :
        List.of(
            new ReportPackCommand(),
            new EstimateCommand(),
            new ReconcileCommand(),
            new TotalCommand())) {
      String help = new CommandLine(c).getUsageMessage(CommandLine.Help.Ansi.OFF);
      assertThat(help).contains("\nExamples:\n");
      String tail = help.substring(help.indexOf("\nExamples:\n"));
      assertThat(tail.strip().lines().skip(1)).allMatch(l -> l.startsWith("  totaliser "));
    }
    assertThat(new CommandLine(new ReportPackCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF))
        .contains("totaliser report examples --as-of \"2026-27 Q2\" -o pack.html");
  }
}

package org.forcetotaliser.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.forcetotaliser.check.Validator;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.PortfolioLoader;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.render.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code totaliser check [PATH…]}: reads everything, runs every rule, reports every problem. */
@Command(
    name = "check",
    modelTransformer = FormatOption.class,
    mixinStandardHelpOptions = true,
    description = "Validate a portfolio: every file and every rule. Exits 1 on any error.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser check                        the portfolio in this folder",
      "  totaliser check examples               a portfolio folder",
      "  totaliser check examples/projects/mobile-data.yaml   one project file",
      "  totaliser check - < examples/projects/mobile-data.yaml   a project on standard input",
      "  totaliser check --strict --format json examples",
      "  totaliser check --format github examples   in a GitHub Actions step"
    })
final class CheckCommand implements Callable<Integer>, FormatOption.Takes {

  /** How diagnostics are printed. */
  enum Format {
    TABLE,
    JSON,
    GITHUB
  }

  @Override
  public List<String> formatKeys() {
    return java.util.Arrays.stream(Format.values())
        .map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Portfolio folders, project files, actuals files, or - for standard input "
              + "(default: .)")
  private List<String> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description =
          "table, json, or github (GitHub Actions annotations) " + "(default: ${DEFAULT-VALUE})")
  private Format format;

  @Option(
      names = "--strict",
      description =
          "Treat every warning as an error, except those accepted in force.yaml " + "(`accept:`).")
  private boolean strict;

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
  private boolean stacktrace;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar (it shows only on a terminal, after a second).")
  private boolean quiet;

  /** Standard input, for path {@code -}; set by the command factory. */
  Commands.Context context = Commands.Context.quiet();

  @Override
  public Integer call() {
    LoadResult loaded;
    List<Diagnostic> diagnostics;
    try (Progress progress =
        Progress.start(spec.commandLine().getErr(), quiet, "reading files", "checking")) {
      loaded =
          PortfolioLoader.load(
              paths.isEmpty() ? List.of(".") : paths, context.stdin(), context.pool());
      progress.step(1);
      diagnostics = Validator.validate(loaded);
    }
    if (strict) {
      diagnostics = Validator.strict(diagnostics);
    }
    boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.JSON) {
      out.print(DiagnosticPrinter.json(diagnostics));
    } else if (format == Format.GITHUB) {
      out.print(DiagnosticPrinter.github(diagnostics));
    } else {
      err.print(DiagnosticPrinter.text(diagnostics));
      err.flush();
      String summary =
          loaded.label()
              + ": "
              + DiagnosticPrinter.plural(loaded.projectFiles(), "project", "projects")
              + ", "
              + DiagnosticPrinter.plural(loaded.actualsFiles(), "actuals file", "actuals files")
              + ": "
              + DiagnosticPrinter.counts(diagnostics);
      (errors ? err : out).println(summary);
    }
    out.flush();
    err.flush();
    return errors ? Main.INPUT_ERRORS : Main.OK;
  }
}

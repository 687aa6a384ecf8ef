package org.forcetotaliser.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.forcetotaliser.load.NationalTables;
import org.forcetotaliser.load.OnsPfaImporter;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.render.DiagnosticPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code totaliser import ons-pfa FILE [-o DIR]}: a newer edition of the ONS police force area
 * tables into the tidy series the Prevention Index reads (docs/method.md §Prevention Index) — the
 * same importer that built the bundled tables.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import a newer edition of a national table for the Prevention Index. "
            + "`ons-pfa`: the ONS \"Police force area data tables\" workbook as downloaded (.xlsx; "
            + "table P1 is found by its title) or table P1 saved as CSV.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser import ons-pfa pfatablesyedec2025.xlsx -o portfolio/indicators",
      "  totaliser import ons-pfa p1.csv   # writes indicators/ons-pfa-p1-ye-YYYY-MM.csv"
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "What to import: ons-pfa.")
  String kind;

  @Parameters(index = "1", paramLabel = "FILE", description = "The workbook or CSV.")
  Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "The portfolio's indicators folder to write into (default: indicators).")
  Path dir = Path.of("indicators");

  @Option(
      names = "--strict",
      description = "Treat warnings (totals that do not reconcile) as " + "errors.")
  boolean strict;

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
  boolean stacktrace;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!kind.equals("ons-pfa")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "`import` knows one kind of " + "table, ons-pfa; found `" + kind + "`");
    }
    Path parent = dir.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "cannot write into " + dir + ": the folder " + parent + " does not exist");
    }
    String shown = file.toString().replace('\\', '/');
    if (!Files.isRegularFile(file)) {
      err.print(
          DiagnosticPrinter.text(
              List.of(
                  Diagnostic.error(
                      org.forcetotaliser.model.Location.ofFile(shown),
                      "no-input",
                      "no such file"))));
      err.flush();
      return Main.INPUT_ERRORS;
    }
    OnsPfaImporter.Imported t =
        OnsPfaImporter.read(shown, file, NationalTables.areas(), NationalTables.indicators());
    List<Diagnostic> found =
        strict ? t.diagnostics().stream().map(Diagnostic::asError).toList() : t.diagnostics();
    err.print(DiagnosticPrinter.text(found));
    if (found.stream().anyMatch(Diagnostic::isError)) {
      err.println(shown + ": " + DiagnosticPrinter.counts(found) + "; nothing written");
      err.flush();
      return Main.INPUT_ERRORS;
    }
    err.flush();
    String name =
        "ons-pfa-p1-" + t.period().toString().toLowerCase(Locale.ROOT).replace(' ', '-') + ".csv";
    Path target = dir.resolve(name);
    try {
      Files.createDirectories(dir);
      AtomicFile.write(target, OnsPfaImporter.tidyCsv(t.counts()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println("totaliser: cannot write " + target + ": " + e.getMessage());
      return Main.USAGE;
    }
    long areas = t.counts().stream().map(c -> c.forceArea()).distinct().count();
    long reconciled =
        t.reconciliation().stream().filter(OnsPfaImporter.Reconciliation::reconciles).count();
    out.println(
        "wrote "
            + target.toString().replace('\\', '/')
            + ": "
            + t.counts().size()
            + " figures for "
            + t.period()
            + ", "
            + areas
            + " force areas, "
            + t.reconciliation().size()
            + " offence groups");
    out.println(
        "the force areas and British Transport Police add up to the England and Wales "
            + "row in "
            + reconciled
            + " of "
            + t.reconciliation().size()
            + " offence groups");
    if (!t.unavailable().isEmpty()) {
      out.println("not available (`..`) for " + String.join(", ", t.unavailable()));
    }
    out.flush();
    return Main.OK;
  }
}

package org.forcetotaliser.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.calc.PreventionIndex;
import org.forcetotaliser.load.ReferenceCatalogue;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.render.BoardPack;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.render.Workbooks;
import org.forcetotaliser.report.BoardPackReport;
import org.forcetotaliser.report.BoardPacks;
import org.forcetotaliser.report.IndexReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code totaliser report}: the board pack, one self-contained HTML file (or a workbook with {@code
 * --format xlsx}) with the headline figures, charts, reconciliation, missing actuals, double
 * counts, a section per project and the method and sources.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the board pack as of a quarter: one self-contained HTML file that "
            + "opens offline (an executive summary compared with an earlier quarter, headline "
            + "figures, charts, planned against actual, missing actuals, "
            + "double counts, every project, method and sources), or an Excel workbook of the "
            + "same figures with --format xlsx.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser report examples --as-of \"2026-27 Q2\" -o pack.html",
      "  totaliser report examples --as-of \"2026-27 Q2\" --format xlsx -o pack.xlsx",
      "  totaliser report examples --compare-to \"2025-26 Q4\" -o pack.html",
      "  totaliser report examples --price-base 2025-26 -o pack.html",
      "  totaliser report examples --strict -o pack.html   # unaccepted warnings fail"
    })
public final class ReportPackCommand extends PortfolioCommand {
  @Option(
      names = "--as-of",
      paramLabel = "QUARTER",
      converter = Converters.QuarterConverter.class,
      description = "The quarter the pack reports to (default: the last complete quarter).")
  Quarter asOf;

  @Option(
      names = "--compare-to",
      paramLabel = "QUARTER",
      converter = Converters.QuarterConverter.class,
      description =
          "The earlier quarter the executive summary compares with, its figures recomputed from"
              + " the same files (default: the quarter before --as-of).")
  Quarter compareTo;

  @Option(
      names = "--simulate",
      paramLabel = "N",
      description =
          "Monte Carlo draws for P10, P50, P90 and the chance that NPSV > 0 when some input is"
              + " a range (default: ${DEFAULT-VALUE}; 0: none).")
  int draws = BoardPacks.DRAWS;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The simulation's seed (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  void checkOptions() {
    if (draws < 0 || draws > 10_000_000) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--simulate takes a number of draws from 0 to 10,000,000; found " + draws);
    }
    if (asOf != null && compareTo != null && compareTo.compareTo(asOf) >= 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--compare-to "
              + compareTo
              + " is not before the pack's quarter, "
              + asOf
              + ": give an earlier quarter");
    }
  }

  public ReportPackCommand() {
    // the pack is HTML unless asked otherwise; picocli takes this as the option's default
    format = Format.HTML;
  }

  @Override
  Quarter asOfGiven() {
    return asOf;
  }

  @Override
  java.util.Set<String> reportRules() {
    return java.util.Set.of(
        "no-multiplier", "actual-after-as-of", "double-count", "possible-double-count");
  }

  @Override
  List<Format> formats() {
    return List.of(Format.HTML, Format.XLSX);
  }

  @Override
  public Integer call() throws Exception {
    if (output == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "`report` writes a file: give -o FILE (e.g. -o pack.html)");
    }
    return super.call();
  }

  @Override
  Rendered run(Inputs.Loaded loaded, ForceSettings settings) {
    Quarter quarter = AsOf.resolve(asOf, settings.calendar(), context.clock());
    Quarter earlier = compareTo == null ? quarter.plusQuarters(-1) : compareTo;
    if (earlier.compareTo(quarter) >= 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--compare-to "
              + earlier
              + " is not before the pack's quarter, "
              + quarter
              + ": give an earlier quarter");
    }
    BoardPackReport r =
        BoardPacks.build(
            loaded.portfolio(),
            loaded.reference(),
            settings,
            quarter,
            ReferenceCatalogue.sources(),
            context.pool(),
            new BoardPacks.Options(earlier, draws, seed));
    List<Diagnostic> notes = new ArrayList<>(r.notes());
    IndexReport index = index(settings, notes);
    // the appendix lists every warning of the run that force.yaml accepts, with its reason: the
    // same warnings, judged against the same accept entries, as the run prints
    List<Diagnostic> all = runWarnings(loaded, notes);
    if (format == Format.XLSX) {
      return Rendered.bytes(Workbooks.boardPack(r, index, all, cutCells(notes)), notes);
    }
    return Rendered.text(BoardPack.html(r, index, all), notes);
  }

  /**
   * The Prevention Index section's report when force.yaml names a force area, else null; a problem
   * computing it is an error of the pack.
   */
  private static IndexReport index(ForceSettings settings, List<Diagnostic> notes) {
    if (settings.index().forceArea() == null) {
      return null;
    }
    Path folder = IndexInputs.folderOf(settings);
    IndexInputs.Prepared data =
        IndexInputs.read(
            folder == null ? List.of() : List.of(folder),
            List.of(IndexInputs.prefixOf(settings)),
            settings.calendar());
    notes.addAll(data.problems());
    if (data.problems().stream().anyMatch(Diagnostic::isError)) {
      return null;
    }
    PreventionIndex.Outcome o = PreventionIndex.compute(data.data(), settings.index());
    notes.addAll(o.errors());
    return o.result() == null
        ? null
        : IndexReport.of(o.result(), data.data(), data.notes(), settings.priceBase());
  }
}

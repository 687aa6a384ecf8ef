package org.forcetotaliser.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.load.ReferenceCatalogue;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.render.JsonRenderer;
import org.forcetotaliser.render.Renderer;
import org.forcetotaliser.render.Workbooks;
import org.forcetotaliser.report.ReconcileReport;
import org.forcetotaliser.report.Reports;
import org.forcetotaliser.report.TotalReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code totaliser total}: the force totaliser. */
@Command(
    name = "total",
    mixinStandardHelpOptions = true,
    description =
        "The force total: every committed project added up, the pipeline apart, "
            + "breakdowns that add up to the total, planned and actual value to date, and double "
            + "counts with the £ at stake.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser total examples --as-of \"2026-27 Q2\"",
      "  totaliser total examples --by building_block --by year",
      "  totaliser total examples --format json -o total.json",
      "  totaliser total examples --format xlsx -o total.xlsx",
      "  totaliser total examples --strict   # unaccepted warnings fail"
    })
final class TotalCommand extends PortfolioCommand {
  @Option(
      names = "--as-of",
      paramLabel = "QUARTER",
      converter = Converters.QuarterConverter.class,
      description = "Value to date up to this quarter (default: the last complete quarter).")
  Quarter asOf;

  @Option(
      names = "--by",
      paramLabel = "DIMENSION",
      split = ",",
      description =
          "Only these breakdowns: building_block, type, year, offence, stage, area "
              + "(default: all).")
  List<String> by = new ArrayList<>();

  @Override
  Quarter asOfGiven() {
    return asOf;
  }

  @Override
  List<Format> formats() {
    return List.of(Format.TABLE, Format.CSV, Format.JSON, Format.MARKDOWN, Format.XLSX);
  }

  @Override
  java.util.Set<String> reportRules() {
    return java.util.Set.of(
        "no-multiplier", "actual-after-as-of", "double-count", "possible-double-count");
  }

  /** The breakdowns asked for, in the order given. */
  private final List<Breakdown> dims = new ArrayList<>();

  @Override
  void checkOptions() {
    for (String d : by) {
      String key = d.trim().replace('-', '_');
      Breakdown b = Breakdown.fromKey(key);
      if (b == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--by takes "
                + Breakdown.ALL.stream().map(Breakdown::key).collect(Collectors.joining(", "))
                + "; found `"
                + d
                + "`");
      }
      if (!dims.contains(b)) {
        // `--by area,area` asks for one breakdown
        dims.add(b);
      }
    }
  }

  @Override
  Rendered run(Inputs.Loaded loaded, ForceSettings settings) {
    Quarter quarter = AsOf.resolve(asOf, settings.calendar(), context.clock());
    TotalReport r =
        Reports.total(
            loaded.portfolio(),
            loaded.reference(),
            settings,
            quarter,
            dims.isEmpty() ? Breakdown.ALL : dims,
            context.pool());
    List<Diagnostic> notes = r.notes();
    if (format == Format.XLSX) {
      ReconcileReport rec =
          Reports.reconcile(
              loaded.portfolio(),
              loaded.reference(),
              settings,
              quarter,
              false,
              i -> true,
              context.pool());
      return Rendered.bytes(
          Workbooks.total(r, rec, ReferenceCatalogue.sources(), cutCells(notes)), notes);
    }
    if (format == Format.JSON) {
      return Rendered.text(JsonRenderer.total(r, runWarnings(loaded, notes)), notes);
    }
    return Rendered.text(Renderer.total(r, format), notes);
  }
}

package org.forcetotaliser.cli;

import java.util.List;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.render.JsonRenderer;
import org.forcetotaliser.render.Renderer;
import org.forcetotaliser.render.Workbooks;
import org.forcetotaliser.report.EstimateReport;
import org.forcetotaliser.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code totaliser estimate}: the appraisal of every project and of the portfolio. */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description =
        "Appraise every project and the portfolio: harm prevented, hours freed, "
            + "present values, NPSV, BCR, payback (committed projects in the total, proposed "
            + "ones as pipeline).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser estimate examples",
      "  totaliser estimate examples/projects/mobile-data.yaml --by-year",
      "  totaliser estimate examples --format json -o estimate.json",
      "  totaliser estimate examples --price-base 2025-26 --format markdown",
      "  totaliser estimate examples --format xlsx -o estimate.xlsx",
      "  totaliser estimate examples --scenarios --simulate 10000 --seed 7"
    })
final class EstimateCommand extends PortfolioCommand {
  @Option(
      names = "--by-year",
      description = "Add discounted benefits and costs per " + "financial year.")
  boolean byYear;

  @Option(
      names = "--scenarios",
      description =
          "Add low, likely and high scenarios from the "
              + "ranges in the input (e.g. attribution: 40%%..70%%).")
  boolean scenarios;

  @Option(
      names = "--simulate",
      paramLabel = "N",
      description =
          "Add a Monte Carlo simulation "
              + "of N draws (1 to 10,000,000): P10, P50, P90 and mean of NPSV, BCR and present "
              + "values, and P(NPSV > 0).")
  Integer draws;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "The simulation's seed (default "
              + "${DEFAULT-VALUE}); the same seed gives the same figures on every machine.")
  long seed = 1;

  @Override
  List<Format> formats() {
    return List.of(Format.TABLE, Format.CSV, Format.JSON, Format.MARKDOWN, Format.XLSX);
  }

  @Override
  java.util.Set<String> reportRules() {
    return java.util.Set.of("no-multiplier");
  }

  @Override
  void checkOptions() {
    if (draws != null && (draws < 1 || draws > 10_000_000)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--simulate takes a number of draws from 1 to 10,000,000; found " + draws);
    }
  }

  /** A project's appraisal and its JSON text. */
  private record Written(Reports.Appraised appraised, String text) {}

  @Override
  Rendered run(Inputs.Loaded loaded, ForceSettings settings) {
    Progress bar = progress;
    Reports.UncertaintyOptions options =
        new Reports.UncertaintyOptions(
            scenarios, draws == null ? 0 : draws, seed, bar == null ? null : bar::fraction);
    Reports.Estimating estimating =
        Reports.estimating(loaded.portfolio(), loaded.reference(), settings, byYear, options);
    if (format == Format.JSON) {
      // written project by project as each is appraised, never whole in memory: each
      // project's text is made on the thread that appraised it, written here in order
      JsonRenderer.EstimateStream json =
          new JsonRenderer.EstimateStream(writer(), settings, byYear);
      context
          .pool()
          .map(
              estimating.projects(),
              () -> {
                var appraise = estimating.worker();
                return i -> {
                  Reports.Appraised a = appraise.apply(i);
                  return new Written(a, json.prepare(a.appraisal(), a.uncertainty()));
                };
              },
              done -> {
                json.accept(
                    done.appraised().appraisal(), done.appraised().uncertainty(), done.text());
                estimating.add(done.appraised().slim());
              });
      EstimateReport r = estimating.finish();
      json.finish(r, runWarnings(loaded, r.notes()));
      return Rendered.spooled(r.notes());
    }
    // the other formats show projects' sums only: quarters are dropped as projects are done
    context
        .pool()
        .map(estimating.projects(), estimating::worker, done -> estimating.add(done.slim()));
    EstimateReport r = estimating.finish();
    if (format == Format.XLSX) {
      List<org.forcetotaliser.model.Diagnostic> notes = more(r.notes());
      return Rendered.bytes(Workbooks.estimate(r, cutCells(notes)), notes);
    }
    return Rendered.text(Renderer.estimate(r, format), r.notes());
  }
}

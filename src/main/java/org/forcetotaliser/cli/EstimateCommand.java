package org.forcetotaliser.cli;

import java.util.ArrayList;
import java.util.List;

import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.render.Renderer;
import org.forcetotaliser.report.EstimateReport;
import org.forcetotaliser.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code totaliser estimate}: the appraisal of every project and of the portfolio. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
    description = "Appraise every project and the portfolio: harm prevented, hours freed, "
        + "present values, NPSV, BCR, payback (committed projects in the total, proposed "
        + "ones as pipeline).",
    footerHeading = "%nExamples:%n",
    footer = {"  totaliser estimate examples",
        "  totaliser estimate examples/projects/op-harbour.yaml --by-year",
        "  totaliser estimate examples --format json -o estimate.json",
        "  totaliser estimate examples --price-base 2025-26 --format markdown"})
final class EstimateCommand extends ReportCommand {
  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "A portfolio folder, a project file, or - for standard input "
          + "(default: the current folder).")
  List<String> paths = new ArrayList<>();

  @Override
  List<String> paths() {
    return paths;
  }

  @Option(names = "--by-year", description = "Add discounted benefits and costs per "
      + "financial year.")
  boolean byYear;

  @Override
  Rendered run(Inputs.Loaded loaded, ForceSettings settings) {
    EstimateReport r = Reports.estimate(loaded.portfolio(), loaded.reference(), settings,
        byYear);
    return Rendered.text(Renderer.estimate(r, format), r.notes());
  }
}

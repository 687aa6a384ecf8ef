package org.forcetotaliser.report;

import java.util.List;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;

/**
 * The appraisal of every project, the committed portfolio and the pipeline. Built once, rendered in
 * any format. Immutable.
 *
 * @param byYear whether renderers add per-financial-year rows
 * @param uncertainty per project, in the same order; empty unless asked for
 * @param portfolioUncertainty the committed portfolio's; null unless asked for
 */
public record EstimateReport(
    ForceSettings settings,
    List<ProjectAppraisal> projects,
    Summary portfolio,
    Summary pipeline,
    boolean byYear,
    List<UncertaintyReport> uncertainty,
    UncertaintyReport portfolioUncertainty,
    List<Diagnostic> notes) {
  public EstimateReport {
    projects = List.copyOf(projects);
    uncertainty = List.copyOf(uncertainty);
    notes = List.copyOf(notes);
  }

  /** Whether scenarios or a simulation were asked for. */
  public boolean hasUncertainty() {
    return portfolioUncertainty != null;
  }
}

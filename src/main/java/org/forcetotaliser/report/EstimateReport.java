package org.forcetotaliser.report;

import java.util.List;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;

/**
 * The appraisal of every project, the committed portfolio and the pipeline. Built once,
 * rendered in any format. Immutable.
 *
 * @param byYear whether renderers add per-financial-year rows
 */
public record EstimateReport(ForceSettings settings, List<ProjectAppraisal> projects,
    Summary portfolio, Summary pipeline, boolean byYear, List<Diagnostic> notes) {
  public EstimateReport {
    projects = List.copyOf(projects);
    notes = List.copyOf(notes);
  }
}

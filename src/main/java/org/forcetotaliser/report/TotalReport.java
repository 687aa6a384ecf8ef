package org.forcetotaliser.report;

import java.util.List;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.calc.ForceTotal;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;

/**
 * The force total with its breakdowns and double counts. Immutable.
 *
 * @param dimensions the breakdowns to show (all of them unless {@code --by} narrows)
 */
public record TotalReport(
    ForceSettings settings,
    ForceTotal total,
    List<Breakdown> dimensions,
    int projects,
    int pipelineProjects,
    List<Diagnostic> notes) {
  public TotalReport {
    dimensions = List.copyOf(dimensions);
    notes = List.copyOf(notes);
  }
}

package org.forcetotaliser.report;

import java.util.List;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.Sensitivity;
import org.forcetotaliser.calc.Simulation;

/**
 * The uncertainty of one project or of the committed portfolio: scenarios (null unless asked for),
 * simulation (null unless asked for), tornado and switching values (projects only). Immutable.
 */
public record UncertaintyReport(
    Measures low,
    Measures likely,
    Measures high,
    Simulation.Result simulation,
    List<Sensitivity.Bar> tornado,
    List<Sensitivity.Switch> switching) {
  public UncertaintyReport {
    tornado = List.copyOf(tornado);
    switching = List.copyOf(switching);
  }

  public boolean hasScenarios() {
    return likely != null;
  }
}

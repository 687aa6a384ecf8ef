package org.forcetotaliser.report;

import java.util.List;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;

/**
 * Planned against actual for every benefit and cost as of a quarter. Immutable.
 *
 * @param byQuarter whether renderers add per-quarter rows
 */
public record ReconcileReport(
    ForceSettings settings,
    Quarter asOf,
    List<ItemReconciliation> benefits,
    List<ItemReconciliation> costs,
    boolean byQuarter,
    List<Diagnostic> notes) {
  public ReconcileReport {
    benefits = List.copyOf(benefits);
    costs = List.copyOf(costs);
    notes = List.copyOf(notes);
  }
}

package org.forcetotaliser.calc;

import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Quarter;

/**
 * The force totaliser's result (docs/method.md §9): committed and pipeline totals, breakdowns of
 * the committed total (each adds up to it), and double counts. Immutable.
 */
public record ForceTotal(
    Quarter asOf,
    Summary committed,
    Summary pipeline,
    Map<Breakdown, List<Summary>> breakdowns,
    List<DoubleCount> doubleCounts) {

  public ForceTotal {
    breakdowns = Map.copyOf(breakdowns);
    doubleCounts = List.copyOf(doubleCounts);
  }
}

package org.forcetotaliser.check;

import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.model.Diagnostic;

/**
 * Runs every registered check over a loaded portfolio and returns the loader's diagnostics together
 * with the checks' own, sorted by file, line and column. Stateless.
 */
public final class Validator {

  private Validator() {}

  /** Every diagnostic for {@code input}, sorted. */
  public static List<Diagnostic> validate(LoadResult input) {
    List<Diagnostic> found = new ArrayList<>();
    for (Rule rule : Rules.CHECKS) {
      rule.check(input, found::add);
    }
    List<Diagnostic> all = new ArrayList<>(input.diagnostics());
    all.addAll(input.sources().withSourceLines(found));
    List<Diagnostic> applied =
        Acceptance.apply(all, input.portfolio().settings().accepts(), input.wholePortfolio());
    // the entries that matched nothing come last, and are quoted from force.yaml
    all = new ArrayList<>(applied.subList(0, all.size()));
    all.addAll(input.sources().withSourceLines(applied.subList(all.size(), applied.size())));
    all.sort(null);
    return List.copyOf(all);
  }

  /**
   * Diagnostics with every warning raised to an error, for {@code --strict}; a warning accepted in
   * force.yaml stays a warning (docs/method.md §9a).
   */
  public static List<Diagnostic> strict(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::asError).toList();
  }
}

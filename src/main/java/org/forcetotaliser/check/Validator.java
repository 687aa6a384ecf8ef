package org.forcetotaliser.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Project;

/**
 * Runs every registered check over a loaded portfolio and returns the loader's diagnostics together
 * with the checks' own, sorted by file, line and column. Stateless.
 */
public final class Validator {

  private Validator() {}

  /**
   * Every diagnostic for {@code input}, sorted, with the warnings force.yaml accepts marked, and an
   * {@code unused-accept} warning for each entry about a rule {@code check} looks for that matches
   * nothing (docs/method.md §9a).
   */
  public static List<Diagnostic> validate(LoadResult input) {
    return validate(input, true);
  }

  /**
   * As {@link #validate(LoadResult)}; when not {@code judgeAccepts}, entries that match nothing are
   * left for the caller to judge once its report has raised its own warnings.
   */
  public static List<Diagnostic> validate(LoadResult input, boolean judgeAccepts) {
    List<Diagnostic> found = new ArrayList<>();
    for (Rule rule : Rules.CHECKS) {
      rule.check(input, found::add);
    }
    List<Diagnostic> all = new ArrayList<>(input.diagnostics());
    all.addAll(input.sources().withSourceLines(found));
    var accepts = input.portfolio().settings().accepts();
    all = new ArrayList<>(Acceptance.mark(all, accepts));
    if (judgeAccepts) {
      Acceptance.Scope scope = scope(input, Acceptance.Scope.checkRules());
      // quoted from force.yaml
      all.addAll(input.sources().withSourceLines(Acceptance.unused(all, accepts, scope)));
    }
    all.sort(null);
    return List.copyOf(all);
  }

  /**
   * The accept entries a run over {@code input} (null: a portfolio built in memory, read whole)
   * judges when it looks for {@code rules}: a run on a project file given on its own judges only
   * the entries that name a project it read (docs/method.md §9a).
   */
  public static Acceptance.Scope scope(LoadResult input, Set<String> rules) {
    if (input == null || input.wholePortfolio()) {
      return new Acceptance.Scope(rules, null);
    }
    Set<String> ids = new TreeSet<>();
    for (Project p : input.portfolio().projects()) {
      ids.add(p.id());
    }
    return new Acceptance.Scope(rules, ids);
  }

  /**
   * Diagnostics with every warning raised to an error, for {@code --strict}; a warning accepted in
   * force.yaml stays a warning (docs/method.md §9a).
   */
  public static List<Diagnostic> strict(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::asError).toList();
  }
}

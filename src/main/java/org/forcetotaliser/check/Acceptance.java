package org.forcetotaliser.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.forcetotaliser.load.Values;
import org.forcetotaliser.model.Accept;
import org.forcetotaliser.model.Diagnostic;

/**
 * Applies force.yaml's {@code accept:} entries (docs/method.md §9a): a warning an entry matches is
 * kept, marked with the entry's reason, so that it is listed in JSON but neither printed nor raised
 * by {@code --strict}; an entry that matches nothing a run could have raised is itself a warning.
 * Errors are never accepted. Stateless.
 */
public final class Acceptance {

  /** The rule of an entry that matches no warning. */
  public static final RuleInfo UNUSED =
      RuleInfo.warning("unused-accept", "an `accept` entry in force.yaml matches no warning");

  private Acceptance() {}

  /**
   * Which entries a run can judge: those for a rule the run looks for, and, when the run reads only
   * part of the portfolio, only those naming a project it read and not about a double count (which
   * takes two projects). An entry for a rule that is not a rule code at all is judged by every run
   * that could see its project. Immutable.
   *
   * @param rules the codes of every rule the run looks for
   * @param projects the ids of the projects read, when the run reads only part of the portfolio
   *     (one project file given on its own); null when it reads the whole portfolio
   */
  public record Scope(Set<String> rules, Set<String> projects) {
    public Scope {
      rules = Set.copyOf(rules);
      projects = projects == null ? null : Set.copyOf(projects);
    }

    /** A scope that judges no entry: a run that shows only part of its warnings. */
    public static Scope none() {
      return new Scope(Set.of(), Set.of());
    }

    /**
     * The codes {@code check} looks for: every rule found while loading and every check over the
     * loaded portfolio (not those found while a report is computed).
     */
    public static Set<String> checkRules() {
      Set<String> codes =
          Rules.LOAD.stream()
              .map(RuleInfo::code)
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      Rules.CHECKS.forEach(r -> codes.add(r.info().code()));
      return codes;
    }

    /** Rules whose warnings are about two projects at once: one project alone cannot raise them. */
    private static final Set<String> ACROSS_PROJECTS =
        Set.of("double-count", "possible-double-count");

    boolean judges(Accept a) {
      if (projects != null
          && (a.project() == null
              || !projects.contains(a.project())
              || ACROSS_PROJECTS.contains(a.rule()))) {
        // another project's entry, one about the whole portfolio, or one about a warning that
        // needs projects this run did not read: it cannot tell
        return false;
      }
      return rules.contains(a.rule()) || Rules.find(a.rule()).isEmpty();
    }
  }

  /**
   * The diagnostics with every warning an entry matches marked accepted, with the first matching
   * entry's reason; in the same order.
   */
  public static List<Diagnostic> mark(List<Diagnostic> diagnostics, List<Accept> accepts) {
    if (accepts.isEmpty()) {
      return diagnostics;
    }
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      Diagnostic kept = d;
      for (Accept a : accepts) {
        if (a.matches(d)) {
          kept = d.acceptedFor(a.reason());
          break;
        }
      }
      out.add(kept);
    }
    return out;
  }

  /**
   * An {@code unused-accept} warning, located at the entry, for each entry {@code scope} judges
   * that matches none of {@code seen}: every warning of the run, from loading and from the report.
   */
  public static List<Diagnostic> unused(List<Diagnostic> seen, List<Accept> accepts, Scope scope) {
    List<Diagnostic> out = new ArrayList<>();
    for (Accept a : accepts) {
      if (scope.judges(a) && seen.stream().noneMatch(a::matches)) {
        Diagnostic w =
            Diagnostic.warning(
                a.location(),
                UNUSED.code(),
                "`accept` entry for " + a.describe() + " matches no warning");
        String hint =
            Rules.find(a.rule()).isPresent()
                ? "remove it, or correct what it names"
                : unknownRule(a.rule());
        out.add(w.withHint(hint));
      }
    }
    return out;
  }

  private static String unknownRule(String rule) {
    List<String> codes = Rules.all().stream().map(RuleInfo::code).toList();
    String mean = Values.didYouMean(rule, codes);
    return "`" + rule + "` is not a rule code" + (mean == null ? "" : "; " + mean);
  }
}

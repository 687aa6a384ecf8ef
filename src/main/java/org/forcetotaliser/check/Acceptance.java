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
 * by {@code --strict}; an entry that matches nothing is itself a warning. Errors are never
 * accepted. Stateless.
 */
public final class Acceptance {

  /** The rule of an entry that matches no warning. */
  public static final RuleInfo UNUSED =
      RuleInfo.warning("unused-accept", "an `accept` entry in force.yaml matches no warning");

  private Acceptance() {}

  /**
   * The diagnostics with every warning an entry matches marked accepted (the first matching entry's
   * reason), followed by an {@code unused-accept} warning for each entry that matched nothing, when
   * {@code judgeUnused}. Entries for rules found only while reporting are judged by nobody here:
   * {@code check} cannot see those warnings.
   */
  public static List<Diagnostic> apply(
      List<Diagnostic> diagnostics, List<Accept> accepts, boolean judgeUnused) {
    if (accepts.isEmpty()) {
      return diagnostics;
    }
    boolean[] used = new boolean[accepts.size()];
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      Diagnostic kept = d;
      for (int i = 0; i < accepts.size(); i++) {
        if (accepts.get(i).matches(d)) {
          used[i] = true;
          if (kept == d) {
            kept = d.acceptedFor(accepts.get(i).reason());
          }
        }
      }
      out.add(kept);
    }
    if (judgeUnused) {
      Set<String> reportRules =
          Rules.REPORT.stream().map(RuleInfo::code).collect(Collectors.toSet());
      for (int i = 0; i < accepts.size(); i++) {
        Accept a = accepts.get(i);
        if (!used[i] && !reportRules.contains(a.rule())) {
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
    }
    return out;
  }

  private static String unknownRule(String rule) {
    List<String> codes = Rules.all().stream().map(RuleInfo::code).toList();
    String mean = Values.didYouMean(rule, codes);
    return "`" + rule + "` is not a rule code" + (mean == null ? "" : "; " + mean);
  }
}

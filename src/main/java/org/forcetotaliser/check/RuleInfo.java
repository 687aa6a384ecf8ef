package org.forcetotaliser.check;

import java.util.Objects;
import org.forcetotaliser.model.Diagnostic.Severity;

/**
 * A rule code, the severity of what it reports, and one line on what it checks. Immutable.
 *
 * @param stage {@code load} for problems found while reading a file, {@code check} for problems
 *     found in the loaded portfolio
 */
public record RuleInfo(String code, Severity severity, String stage, String summary) {
  public RuleInfo {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[a-z]+(-[a-z]+)*")) {
      throw new IllegalArgumentException("a rule code is kebab-case: " + code);
    }
  }

  static RuleInfo load(String code, String summary) {
    return new RuleInfo(code, Severity.ERROR, "load", summary);
  }

  static RuleInfo error(String code, String summary) {
    return new RuleInfo(code, Severity.ERROR, "check", summary);
  }

  static RuleInfo warning(String code, String summary) {
    return new RuleInfo(code, Severity.WARNING, "check", summary);
  }
}

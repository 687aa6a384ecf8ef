package org.forcetotaliser.model;

import java.util.Objects;
import org.forcetotaliser.model.Diagnostic.Severity;

/**
 * A rule code as the code names it: a constant of {@link LoadRule} or {@link ReportRule}, never a
 * bare string, so that a code cannot be misspelt or left out of the registry ({@code check.Rules}).
 */
public interface RuleCode {

  /** The rule's code, severity and summary. */
  Entry entry();

  /** The kebab-case code printed in brackets after a message. */
  default String code() {
    return entry().code();
  }

  /** How serious what the rule reports is. */
  default Severity severity() {
    return entry().severity();
  }

  /** One line on what the rule reports, for docs/rules.md and {@code check --rules}. */
  default String summary() {
    return entry().summary();
  }

  /** A rule's code, severity and one-line summary. Immutable. */
  record Entry(String code, Severity severity, String summary) {
    public Entry {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(summary, "summary");
    }
  }
}

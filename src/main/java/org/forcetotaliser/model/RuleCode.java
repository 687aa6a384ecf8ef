package org.forcetotaliser.model;

/**
 * A rule code as the code names it: a constant of {@link LoadRule} or {@link ReportRule}, never a
 * bare string, so that a code cannot be misspelt or left out of the registry ({@code check.Rules}).
 */
public interface RuleCode {

  /** The kebab-case code printed in brackets after a message. */
  String code();

  /** How serious what the rule reports is. */
  Diagnostic.Severity severity();

  /** One line on what the rule reports, for docs/rules.md and {@code check --rules}. */
  String summary();
}

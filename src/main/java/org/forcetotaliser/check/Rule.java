package org.forcetotaliser.check;

import java.util.function.Consumer;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.model.Diagnostic;

/**
 * One check over a loaded portfolio, with a stable kebab-case code that appears in every diagnostic
 * it reports. Implementations are stateless.
 */
public interface Rule {

  /** What the rule is: its code, how serious its findings are, and one line on what it checks. */
  RuleInfo info();

  /** Reports every problem this rule finds in {@code input}. */
  void check(LoadResult input, Consumer<Diagnostic> report);
}

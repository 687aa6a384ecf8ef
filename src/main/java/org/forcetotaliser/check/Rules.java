package org.forcetotaliser.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.forcetotaliser.load.LoadRule;
import org.forcetotaliser.model.Diagnostic.Severity;

/**
 * The registry of every rule code: the problems the loader reports while reading files, and
 * the checks run over the loaded portfolio. docs/rules.md and the golden tests cover every code
 * listed here. Adding a check = writing a {@link Rule} and listing it in {@link #CHECKS}.
 */
public final class Rules {

  private Rules() {}

  /** Problems found while reading files (reported by the loader, in package {@code load}). */
  public static final List<RuleInfo> LOAD = Arrays.stream(LoadRule.values())
      .map(r -> new RuleInfo(r.code(), r.severity(), "load", r.summary())).toList();

  /** The checks run over a loaded portfolio, in the order they run. */
  public static final List<Rule> CHECKS = List.of(
      new PortfolioRules.DuplicateProjectId(),
      new PortfolioRules.DuplicateItemId(),
      new ReferenceRules.UnknownOffence(),
      new ReferenceRules.NotCosted(),
      new ReferenceRules.UnknownRole(),
      new ReferenceRules.UnknownCostCategory(),
      new ReferenceRules.UnknownCchiSubgroup(),
      new PortfolioRules.MissingSource(),
      new ActualsRules.UnknownProject(),
      new ActualsRules.UnknownItem(),
      new ActualsRules.ActualOutsideProject(),
      new DeflatorRules.MissingDeflator(),
      new DeflatorRules.StaleDeflator(),
      new PlausibilityRules.NoEffect(),
      new PlausibilityRules.ZeroBenefit(),
      new PlausibilityRules.OptimismBiasAboveBound());

  /**
   * Problems found while a report is computed (in package {@code calc} and {@code report}),
   * which {@code check} cannot see: it has no quarter to report to.
   */
  public static final List<RuleInfo> REPORT = List.of(
      new RuleInfo("actual-after-as-of", Severity.WARNING, "report",
          "an actual for a quarter after the as-of quarter, ignored"),
      new RuleInfo("no-multiplier", Severity.WARNING, "report",
          "recorded crime cannot be scaled to all crime: no published multiplier"),
      new RuleInfo("double-count", Severity.WARNING, "report",
          "the same `claim` in two projects in the same quarter"),
      new RuleInfo("possible-double-count", Severity.WARNING, "report",
          "crime harm on one cost category in overlapping areas and quarters"),
      new RuleInfo("as-of-future", Severity.WARNING, "report",
          "`--as-of` is a quarter after the last complete one by today's date"));

  /** Every rule code: load rules, then checks, then those found while reporting. */
  public static List<RuleInfo> all() {
    List<RuleInfo> all = new ArrayList<>(LOAD);
    CHECKS.forEach(r -> all.add(r.info()));
    all.add(Acceptance.UNUSED);
    all.addAll(REPORT);
    return List.copyOf(all);
  }

  public static Optional<RuleInfo> find(String code) {
    return all().stream().filter(r -> r.code().equals(code)).findFirst();
  }
}

package org.forcetotaliser.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.ReportRule;

/**
 * The registry of every rule code: the problems the loader reports while reading files, and the
 * checks run over the loaded portfolio. docs/rules.md and the golden tests cover every code listed
 * here. Adding a check = writing a {@link Rule} and listing it in {@link #CHECKS}.
 */
public final class Rules {

  private Rules() {}

  /** Problems found while reading files (reported by the loader, in package {@code load}). */
  public static final List<RuleInfo> LOAD =
      Arrays.stream(LoadRule.values())
          .map(r -> new RuleInfo(r.code(), r.severity(), "load", r.summary()))
          .toList();

  /**
   * Problems found by {@code index} while computing the Prevention Index, and by {@code import
   * ons-pfa} while reading a national table (docs/method.md §Prevention Index).
   */
  public static final List<RuleInfo> INDEX = after(ReportRule.Stage.INDEX, ReportRule.Stage.IMPORT);

  /** The checks run over a loaded portfolio, in the order they run. */
  public static final List<Rule> CHECKS =
      List.of(
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
          new RoadmapRules.DuplicateActionId(),
          new RoadmapRules.UnknownLinkedProject(),
          new PlausibilityRules.NoEffect(),
          new PlausibilityRules.ZeroBenefit(),
          new PlausibilityRules.OptimismBiasAboveBound());

  /**
   * Problems found while a report is computed (in package {@code calc} and {@code report}), which
   * {@code check} cannot see: it has no quarter to report to.
   */
  public static final List<RuleInfo> REPORT = after(ReportRule.Stage.REPORT);

  private static List<RuleInfo> after(ReportRule.Stage... stages) {
    List<RuleInfo> out = new ArrayList<>();
    for (ReportRule.Stage stage : stages) {
      for (ReportRule r : ReportRule.values()) {
        if (r.stage() == stage) {
          out.add(new RuleInfo(r.code(), r.severity(), stage.toString(), r.summary()));
        }
      }
    }
    return List.copyOf(out);
  }

  /** Every rule code: load rules, checks, those found while reporting, then the index's. */
  public static List<RuleInfo> all() {
    List<RuleInfo> all = new ArrayList<>(LOAD);
    CHECKS.forEach(r -> all.add(r.info()));
    all.add(Acceptance.UNUSED);
    all.addAll(REPORT);
    all.addAll(INDEX);
    return List.copyOf(all);
  }

  public static Optional<RuleInfo> find(String code) {
    return all().stream().filter(r -> r.code().equals(code)).findFirst();
  }
}

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

  /**
   * The titles of the warnings a board may read in its pack (an accepted warning is listed there
   * with its reason): a few words a person understands, where the code is for files and scripts.
   * Every warning of the registry has one; errors stop a report, so no pack lists them.
   */
  private static final java.util.Map<String, String> TITLES =
      java.util.Map.ofEntries(
          java.util.Map.entry("unread-file", "File not read"),
          java.util.Map.entry("several-force-files", "More than one force.yaml"),
          java.util.Map.entry("progress-after-done", "Progress after an action was done"),
          java.util.Map.entry("legacy-encoding", "Return saved in Windows-1252, not UTF-8"),
          java.util.Map.entry("number-as-text", "Number typed as text in a workbook"),
          java.util.Map.entry("not-costed", "Offence has no Home Office cost"),
          java.util.Map.entry("stale-deflator", "GDP deflator is only a forecast"),
          java.util.Map.entry("no-effect", "Benefit made zero by deadweight or attribution"),
          java.util.Map.entry("zero-benefit", "Benefit worth nothing after risk adjustment"),
          java.util.Map.entry(
              "optimism-bias-above-bound", "Optimism bias above the Green Book bound"),
          java.util.Map.entry("unused-accept", "Accepted warning that no longer occurs"),
          java.util.Map.entry("actual-after-as-of", "Actual after the quarter reported to"),
          java.util.Map.entry("no-multiplier", "Recorded crime cannot be scaled to all crime"),
          java.util.Map.entry("double-count", "Same outcome claimed twice"),
          java.util.Map.entry("possible-double-count", "Possible double count of crime harm"),
          java.util.Map.entry("cell-cut", "Text cut to fit a spreadsheet cell"),
          java.util.Map.entry("as-of-future", "Quarter reported to is not over"),
          java.util.Map.entry(
              "unreconciled-ons-table", "ONS force figures do not add up to the national row"));

  /**
   * The rule's title as a person reads it ({@code Offence has no Home Office cost}); for a rule
   * without one, its one-line summary with a capital letter, and for an unknown code the code.
   */
  public static String title(String code) {
    String t = TITLES.get(code);
    if (t != null) {
      return t;
    }
    return find(code)
        .map(r -> Character.toUpperCase(r.summary().charAt(0)) + r.summary().substring(1))
        .orElse(code);
  }

  /** Whether {@code code} has a title of its own rather than its summary. */
  static boolean hasTitle(String code) {
    return TITLES.containsKey(code);
  }

  public static Optional<RuleInfo> find(String code) {
    return all().stream().filter(r -> r.code().equals(code)).findFirst();
  }
}

package org.forcetotaliser.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.forcetotaliser.model.Diagnostic.Severity;

/**
 * The registry of every rule code: the problems the loader reports while reading files, and
 * the checks run over the loaded portfolio. docs/rules.md and the golden tests cover every code
 * listed here. Adding a check = writing a {@link Rule} and listing it in {@link #CHECKS}.
 */
public final class Rules {

  private Rules() {}

  /** Problems found while reading files (reported by the loader, in package {@code load}). */
  public static final List<RuleInfo> LOAD = List.of(
      RuleInfo.load("no-input", "a path given on the command line does not exist"),
      RuleInfo.load("no-projects", "a portfolio folder holds no project files"),
      RuleInfo.load("unreadable-file", "a file cannot be read, is binary, or is not UTF-8"),
      new RuleInfo("several-force-files", Severity.WARNING, "load",
          "more than one force.yaml among the paths given; the first is used"),
      RuleInfo.load("yaml-syntax", "not valid YAML, tabs in indentation, or several documents"),
      RuleInfo.load("empty-file", "a YAML file holds nothing"),
      RuleInfo.load("duplicate-key", "a key, or a profile period, is given twice"),
      RuleInfo.load("yaml-alias", "a YAML anchor or alias (&name, *name)"),
      RuleInfo.load("unknown-key", "a key that the file format does not have"),
      RuleInfo.load("missing-key", "a required key is absent or empty"),
      RuleInfo.load("wrong-type", "a value of the wrong kind (a list for a number, text for a "
          + "number)"),
      RuleInfo.load("bad-value", "a value outside its allowed set"),
      RuleInfo.load("bad-id", "an id that is not lower-case letters, digits and `-`"),
      RuleInfo.load("unknown-building-block", "`building_block` is not one of the six"),
      RuleInfo.load("unknown-stage", "`stage` is not proposed, approved, live or closed"),
      RuleInfo.load("bad-period", "not a financial year, quarter or month"),
      RuleInfo.load("bad-percentage", "not a percentage, or outside 0–100 %"),
      RuleInfo.load("bad-range", "a range whose low end is above its high end, or whose likely "
          + "value lies outside"),
      RuleInfo.load("negative-quantity", "a quantity or amount below zero"),
      RuleInfo.load("end-before-start", "a project's `end` (or a profile's `to`) before its start"),
      RuleInfo.load("profile-outside-project", "a profile period outside the project's "
          + "start–end"),
      RuleInfo.load("mixed-profile", "a profile that mixes a rate with amounts per period"),
      RuleInfo.load("bad-csv", "an actuals file that is not the expected CSV"),
      RuleInfo.load("duplicate-actual", "a second actual for the same item and period"));

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

package org.forcetotaliser.model;

import org.forcetotaliser.model.Diagnostic.Severity;

/**
 * The problems found after loading, which {@code check} cannot see: while a report is computed
 * ({@code calc}, {@code report}, the command line), while the Prevention Index is computed, and
 * while a national table is imported (docs/method.md §Prevention Index). The rule registry ({@code
 * check.Rules}) lists these; the code that reports one names its constant.
 */
public enum ReportRule implements RuleCode {
  ACTUAL_AFTER_AS_OF(
      Stage.REPORT, Severity.WARNING, "an actual for a quarter after the as-of quarter, ignored"),
  NO_MULTIPLIER(
      Stage.REPORT,
      Severity.WARNING,
      "recorded crime cannot be scaled to all crime: no published multiplier"),
  DOUBLE_COUNT(
      Stage.REPORT, Severity.WARNING, "the same `claim` in two projects in the same quarter"),
  POSSIBLE_DOUBLE_COUNT(
      Stage.REPORT,
      Severity.WARNING,
      "crime harm on one cost category in overlapping areas and quarters"),
  CELL_CUT(
      Stage.REPORT,
      Severity.WARNING,
      "a text longer than the 32,767 characters an Excel cell holds, cut in a workbook"),
  AS_OF_FUTURE(
      Stage.REPORT,
      Severity.WARNING,
      "`--as-of` is a quarter after the last complete one by today's date"),
  UNKNOWN_INDICATOR(
      Stage.INDEX,
      Severity.ERROR,
      "an index indicator that is neither bundled nor in the indicators files"),
  UNKNOWN_INDEX_PERIOD(
      Stage.INDEX, Severity.ERROR, "a baseline or current period for which there are no figures"),
  MISSING_INDEX_VALUE(
      Stage.INDEX,
      Severity.ERROR,
      "the force itself has no value of an indicator at baseline or current"),
  BAD_ONS_TABLE(
      Stage.IMPORT,
      Severity.ERROR,
      "a file that is not ONS table P1 as published, or a figure that is not a count"),
  UNRECONCILED_ONS_TABLE(
      Stage.IMPORT,
      Severity.WARNING,
      "the forces and British Transport Police do not add up to the England and Wales "
          + "row, or a force has no row");

  /** Where a rule is found: computing a report, computing the index, importing a table. */
  public enum Stage {
    REPORT,
    INDEX,
    IMPORT;

    @Override
    public String toString() {
      return Keyed.key(this);
    }
  }

  private final Stage stage;
  private final Entry entry;

  /** The code is the constant's name in kebab case. */
  ReportRule(Stage stage, Severity severity, String summary) {
    this.stage = stage;
    this.entry = new Entry(Keyed.key(this), severity, summary);
  }

  public Stage stage() {
    return stage;
  }

  @Override
  public Entry entry() {
    return entry;
  }
}

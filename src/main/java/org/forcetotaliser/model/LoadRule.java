package org.forcetotaliser.model;

import org.forcetotaliser.model.Diagnostic.Severity;

/**
 * The problems the loader reports while reading files, each with its rule code. The rule registry
 * ({@code check.Rules}) lists these with the checks; the loader names a problem only through a
 * constant here, so a code cannot be misspelt or left out of the registry.
 */
public enum LoadRule implements RuleCode {
  NO_INPUT("no-input", Severity.ERROR, "a path given on the command line does not exist"),
  NO_PROJECTS("no-projects", Severity.ERROR, "a portfolio folder holds no project files"),
  UNREAD_FILE(
      "unread-file",
      Severity.WARNING,
      "a file under projects/ or actuals/ that is not read (not .yaml or .yml; not .csv or "
          + ".xlsx), or a "
          + "folder such as `Projects/` that differs from `projects/` only in case"),
  UNREADABLE_FILE(
      "unreadable-file",
      Severity.ERROR,
      "a file cannot be read, is binary, is not UTF-8 (or, for actuals, Windows-1252), or is "
          + "not a readable .xlsx workbook"),
  SEVERAL_FORCE_FILES(
      "several-force-files",
      Severity.WARNING,
      "more than one force.yaml among the paths given; the first is used"),
  YAML_SYNTAX(
      "yaml-syntax", Severity.ERROR, "not valid YAML, tabs in indentation, or several documents"),
  EMPTY_FILE("empty-file", Severity.ERROR, "a YAML file holds nothing"),
  DUPLICATE_KEY("duplicate-key", Severity.ERROR, "a key, or a profile period, is given twice"),
  YAML_ALIAS("yaml-alias", Severity.ERROR, "a YAML anchor or alias (&name, *name)"),
  UNKNOWN_KEY("unknown-key", Severity.ERROR, "a key that the file format does not have"),
  MISSING_KEY("missing-key", Severity.ERROR, "a required key is absent or empty"),
  WRONG_TYPE(
      "wrong-type",
      Severity.ERROR,
      "a value of the wrong kind (a list for a number, text for a " + "number)"),
  BAD_VALUE("bad-value", Severity.ERROR, "a value outside its allowed set"),
  BAD_ID(
      "bad-id",
      Severity.ERROR,
      "an id or area that is not lower-case letters, digits and `-`, starting with a letter or "
          + "digit"),
  UNKNOWN_BUILDING_BLOCK(
      "unknown-building-block", Severity.ERROR, "`building_block` is not one of the six"),
  UNKNOWN_STAGE(
      "unknown-stage", Severity.ERROR, "`stage` is not proposed, approved, live or closed"),
  BAD_PERIOD("bad-period", Severity.ERROR, "not a financial year, quarter or month"),
  BAD_PERCENTAGE("bad-percentage", Severity.ERROR, "not a percentage, or outside 0–100 %"),
  BAD_RANGE(
      "bad-range",
      Severity.ERROR,
      "a range whose low end is above its high end, or whose likely " + "value lies outside"),
  NEGATIVE_QUANTITY("negative-quantity", Severity.ERROR, "a quantity or amount below zero"),
  TOO_MANY_DIGITS(
      "too-many-digits",
      Severity.ERROR,
      "a number with more than 15 digits before or after the decimal point, more than a "
          + "spreadsheet holds"),
  END_BEFORE_START(
      "end-before-start",
      Severity.ERROR,
      "a project's `end` (or a profile's `to`) before its start"),
  PROFILE_OUTSIDE_PROJECT(
      "profile-outside-project",
      Severity.ERROR,
      "a profile period outside the project's " + "start–end"),
  MIXED_PROFILE(
      "mixed-profile", Severity.ERROR, "a profile that mixes a rate with amounts per period"),
  BAD_CSV(
      "bad-csv", Severity.ERROR, "an actuals file or sheet that is not the expected CSV or table"),
  LEGACY_ENCODING(
      "legacy-encoding",
      Severity.WARNING,
      "an actuals CSV file that is not UTF-8, read as Windows-1252 (Excel's \"CSV (Comma "
          + "delimited)\")"),
  NUMBER_AS_TEXT(
      "number-as-text",
      Severity.WARNING,
      "an actual in a workbook typed as text, not as a number; it is read as the number"),
  DATE_IN_PERIOD(
      "date-in-period",
      Severity.ERROR,
      "a period in a workbook that Excel holds as a date, not as a quarter or month"),
  DUPLICATE_ACTUAL(
      "duplicate-actual", Severity.ERROR, "a second actual for the same item and period"),
  UNKNOWN_FORCE_AREA(
      "unknown-force-area",
      Severity.ERROR,
      "`force_area`, a comparator or an indicators row names no territorial police force area"),
  BAD_COMPARATORS(
      "bad-comparators",
      Severity.ERROR,
      "`comparators` lists the force itself or a force twice, or `nearest` is out of range"),
  BAD_INDICATOR_CSV(
      "bad-indicator-csv", Severity.ERROR, "an indicators file that is not the expected CSV"),
  DUE_BEFORE_START(
      "due-before-start", Severity.ERROR, "a roadmap action's `due` before its `start`"),
  DONE_BEFORE_START(
      "done-before-start", Severity.ERROR, "a roadmap action's `done` before its `start`"),
  MILESTONE_OUTSIDE_ACTION(
      "milestone-outside-action", Severity.ERROR, "a milestone due outside its action's start–due"),
  DUPLICATE_MILESTONE_ID(
      "duplicate-milestone-id", Severity.ERROR, "two milestones of one action have the same `id`"),
  PROGRESS_AFTER_DONE(
      "progress-after-done",
      Severity.WARNING,
      "progress reported for a quarter after the action was done"),
  UNKNOWN_ACTION(
      "unknown-action",
      Severity.ERROR,
      "a return's roadmap progress line names no action of the roadmap");

  private final Entry entry;

  LoadRule(String code, Severity severity, String summary) {
    this.entry = new Entry(code, severity, summary);
  }

  @Override
  public Entry entry() {
    return entry;
  }

  @Override
  public String toString() {
    return entry.code();
  }
}

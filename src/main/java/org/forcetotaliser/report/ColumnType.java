package org.forcetotaliser.report;

/**
 * What kind of figure a report column holds. A renderer formats a cell by its column's type (and,
 * for quantities, the column's decimals), never by the column's name, so a figure reads the same in
 * every format.
 */
public enum ColumnType {
  /** Free text: a stage, a status, a note. */
  TEXT(false, true),
  /** Text that runs long, such as a source's citation; wrapped in a workbook. */
  PROSE(false, true),
  /** An identifier: a project, an item, a reference table's key. */
  ID(false, true),
  /**
   * An identifier people read by its label (a {@link org.forcetotaliser.model.Labelled}: a building
   * block, a benefit type, a stage, a status, an input): the label in a table, Markdown and a
   * workbook, the identifier in CSV (and JSON).
   */
  LABEL(false, true),
  /** A financial year or quarter, or a run of them. */
  PERIOD(false, true),
  /** The year a figure is reached, such as payback; lines up with the figures beside it. */
  MILESTONE(true, true),
  /** A whole count. */
  COUNT(true, false),
  /** Pounds: shown to the pound with separators, written to the penny. */
  MONEY(true, false),
  /** A number of things (offences, hours, harm), to the column's decimals. */
  QUANTITY(true, false),
  /** A ratio such as a BCR, to two decimals. */
  RATIO(true, false),
  /** A percentage held in percent (92.5 reads 92.5%). */
  PERCENTAGE(true, false),
  /** A percentage held as a fraction (0.152 reads 15.2%). */
  FRACTION(true, false),
  /** A change held as a fraction, signed (0.052 reads +5.2%). */
  CHANGE(true, false),
  /** A difference in percentage points, signed, to one decimal (3.14 reads +3.1 pp). */
  POINTS(true, false),
  /** A number as given, such as a weight: up to four decimals, no separators. */
  NUMBER(true, false),
  /** A 100-based index: two decimals, no separators, in every format. */
  INDEX(true, false),
  /**
   * A figure whose kind differs from row to row (a headline's measures, an item in its own unit):
   * each cell is a {@link Column.Figure} that says which column type it reads as. CSV writes its
   * number to four decimals, as a column of mixed units has no one precision.
   */
  FIGURE(true, false);

  private final boolean rightAligned;
  private final boolean text;

  ColumnType(boolean rightAligned, boolean text) {
    this.rightAligned = rightAligned;
    this.text = text;
  }

  /** Whether the column lines up on the right, as figures do. */
  public boolean rightAligned() {
    return rightAligned;
  }

  /** Whether a cell is written as text rather than as a number. */
  public boolean isText() {
    return text;
  }
}

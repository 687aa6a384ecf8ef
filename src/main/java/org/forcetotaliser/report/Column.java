package org.forcetotaliser.report;

import java.util.Objects;

/**
 * One column of a report: its name (the heading, the same in every format), what it means, its
 * unit, its type, the decimals a quantity is shown to, and what an absent value reads as ({@code
 * null} when every row must have one).
 */
public record Column(
    String name, String meaning, String unit, ColumnType type, int scale, String absent) {
  /** What an absent figure reads as unless a column says otherwise. */
  public static final String DASH = "—";

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /**
   * A figure that is absent for a reason worth reading in its cell ("not monetised"), rather than
   * the column's usual dash; blank in CSV and workbooks.
   */
  public record Absent(String reason) {
    public Absent {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return reason;
    }
  }

  public boolean absentAllowed() {
    return absent != null;
  }

  /** The same column with a different text for an absent value. */
  public Column absentAs(String text) {
    return new Column(name, meaning, unit, type, scale, text);
  }

  public static Column text(String name, String meaning) {
    return new Column(name, meaning, null, ColumnType.TEXT, 0, "");
  }

  public static Column id(String name, String meaning) {
    return new Column(name, meaning, null, ColumnType.ID, 0, "");
  }

  public static Column period(String name, String meaning) {
    return new Column(name, meaning, null, ColumnType.PERIOD, 0, "");
  }

  public static Column milestone(String name, String meaning) {
    return new Column(name, meaning, null, ColumnType.MILESTONE, 0, "");
  }

  public static Column count(String name, String meaning) {
    return new Column(name, meaning, null, ColumnType.COUNT, 0, null);
  }

  public static Column money(String name, String meaning) {
    return new Column(name, meaning, "£", ColumnType.MONEY, 0, DASH);
  }

  public static Column quantity(String name, String meaning, String unit, int scale) {
    return new Column(name, meaning, unit, ColumnType.QUANTITY, scale, DASH);
  }

  public static Column ratio(String name, String meaning) {
    return new Column(name, meaning, null, ColumnType.RATIO, 2, DASH);
  }

  public static Column percentage(String name, String meaning) {
    return new Column(name, meaning, "%", ColumnType.PERCENTAGE, 1, DASH);
  }

  public static Column fraction(String name, String meaning) {
    return new Column(name, meaning, "%", ColumnType.FRACTION, 1, DASH);
  }
}

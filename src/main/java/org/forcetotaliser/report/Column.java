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
   * A figure that is absent for a reason. When {@code shown}, the reason reads in its table cell
   * ("not monetised") in place of the column's usual dash; otherwise the cell reads as the column's
   * absent text. Blank in CSV; in a workbook an empty cell with the reason as its note.
   */
  public record Absent(String reason, boolean shown) {
    public Absent {
      Objects.requireNonNull(reason, "reason");
    }

    /** Absent, with the reason read in the cell. */
    public Absent(String reason) {
      this(reason, true);
    }

    /** Absent: the column's usual absent text in a table, the reason as a workbook's note. */
    public static Absent noted(String reason) {
      return new Absent(reason, false);
    }

    @Override
    public String toString() {
      return reason;
    }
  }

  /**
   * One cell of a {@link ColumnType#FIGURE} column: a value read as if it were in column {@code
   * as}, for a column whose rows hold figures of different kinds (a headline's measures, an item in
   * its own unit).
   */
  public record Figure(Column as, Object value) {
    public Figure {
      Objects.requireNonNull(as, "as");
      if (as.type() == ColumnType.FIGURE) {
        throw new IllegalArgumentException("a figure is read as a column of one type");
      }
    }
  }

  public boolean absentAllowed() {
    return absent != null;
  }

  /** The same column under another name. */
  public Column named(String other) {
    return new Column(other, meaning, unit, type, scale, absent);
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

  /** Text that runs long (a citation, a note): wrapped in a workbook. */
  public static Column prose(String name, String meaning) {
    return new Column(name, meaning, null, ColumnType.PROSE, 0, "");
  }

  /** A column whose cells are each a {@link Figure} of its own type. */
  public static Column figure(String name, String meaning) {
    return new Column(name, meaning, null, ColumnType.FIGURE, 0, "");
  }

  /** An identifier shown by its label; its cells are {@link org.forcetotaliser.model.Labelled}. */
  public static Column labelled(String name, String meaning) {
    return new Column(name, meaning, null, ColumnType.LABEL, 0, "");
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

package org.forcetotaliser.model;

/**
 * Where something was written: a file as the user named it, and a 1-based line and column (0 when
 * unknown). In a workbook the place is a cell: {@code sheet} names the sheet, {@code line} is the
 * row and {@code column} the column (1 = A), printed as Excel writes a reference, {@code
 * returns.xlsx:Return!D7}. {@code sheet} is null for a text file. Immutable.
 */
public record Location(String file, int line, int column, String sheet)
    implements Comparable<Location> {

  public Location(String file, int line, int column) {
    this(file, line, column, null);
  }

  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  /** A cell of a workbook's sheet: row and column 1-based. */
  public static Location ofCell(String file, String sheet, int row, int column) {
    return new Location(file, row, column, java.util.Objects.requireNonNull(sheet, "sheet"));
  }

  @Override
  public int compareTo(Location o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    if (sheet == null || o.sheet == null) {
      c = sheet == null ? (o.sheet == null ? 0 : -1) : 1;
    } else {
      c = sheet.compareTo(o.sheet);
    }
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  /** The cell as Excel names it, {@code D7}, or null when this is not a cell. */
  public String cell() {
    return sheet == null || line <= 0 ? null : columnLetters(Math.max(column, 1)) + line;
  }

  /** A 1-based column number as Excel's letters: 1 = A, 27 = AA. */
  public static String columnLetters(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /**
   * A sheet's name as a reference writes it: in single quotes (a quote doubled) unless it is
   * letters, digits and underscores, as Excel does ({@code 'Return 2026-27 Q3'!D7}).
   */
  static String quotedSheet(String sheet) {
    return sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  @Override
  public String toString() {
    if (sheet != null) {
      String ref = cell();
      return file + ":" + quotedSheet(sheet) + (ref == null ? "" : "!" + ref);
    }
    if (line <= 0) {
      return file;
    }
    return file + ":" + line + ":" + Math.max(column, 1);
  }
}

package org.forcetotaliser.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.forcetotaliser.model.Location;

/**
 * A sheet of cells as text, each with where it is: a CSV file (line and column of the field's first
 * character) or a workbook sheet (row and column number). Immutable once read.
 */
record Grid(String name, List<List<GridCell>> rows) {

  /** One cell's text as written (a workbook number as its plain decimal) and its place. */
  record GridCell(String text, Location at) {}

  Grid {
    List<List<GridCell>> copy = new ArrayList<>();
    rows.forEach(r -> copy.add(List.copyOf(r)));
    rows = List.copyOf(copy);
  }

  /** The text of a cell, or "" past the end of its row. */
  static String text(List<GridCell> row, int column) {
    return column < row.size() ? row.get(column).text() : "";
  }

  /**
   * Reads CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks).
   *
   * @throws IllegalArgumentException when a quoted field is never closed
   */
  static Grid csv(String file, String text) {
    List<List<GridCell>> rows = new ArrayList<>();
    List<GridCell> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int col = 1;
    int fieldLine = 1;
    int fieldCol = 1;
    boolean quoted = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
          col += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
          if (c == '\n') {
            line++;
            col = 0;
          }
        }
        col++;
        continue;
      }
      if (c == '"') {
        quoted = true;
        col++;
      } else if (c == ',') {
        row.add(new GridCell(field.toString(), new Location(file, fieldLine, fieldCol)));
        field.setLength(0);
        col++;
        fieldLine = line;
        fieldCol = col;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(new GridCell(field.toString(), new Location(file, fieldLine, fieldCol)));
        rows.add(row);
        row = new ArrayList<>();
        field.setLength(0);
        line++;
        col = 1;
        fieldLine = line;
        fieldCol = 1;
      } else {
        field.append(c);
        col++;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(
          new Location(file, fieldLine, fieldCol) + ": a quoted field is never closed");
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(new GridCell(field.toString(), new Location(file, fieldLine, fieldCol)));
      rows.add(row);
    }
    return new Grid(file, rows);
  }

  /**
   * The first sheet of a workbook whose first rows hold a cell starting with {@code title} (such as
   * {@code Table P1}) and, below it, a cell {@code column} (such as {@code Area Code}): a contents
   * sheet that only names the table is passed over. Null when none.
   */
  static Grid workbookSheet(String file, InputStream in, String title, String column)
      throws IOException {
    String wanted = normalTitle(title);
    String heading = normalTitle(column);
    try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
      for (Sheet sheet : wb.getSheets().toList()) {
        List<Row> read = sheet.read();
        boolean titled = false;
        boolean headed = false;
        for (Row r : read) {
          if (r.getRowNum() > 20) {
            break;
          }
          for (Cell c : r) {
            if (c == null || c.getType() != CellType.STRING) {
              continue;
            }
            String text = normalTitle(c.asString());
            if (r.getRowNum() <= 10 && text.startsWith(wanted)) {
              titled = true;
            } else if (titled && text.equals(heading)) {
              headed = true;
            }
          }
        }
        if (titled && headed) {
          return sheet(file, sheet.getName(), read);
        }
      }
    }
    return null;
  }

  private static String normalTitle(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static Grid sheet(String file, String sheetName, List<Row> read) {
    List<List<GridCell>> rows = new ArrayList<>();
    for (Row r : read) {
      while (rows.size() < r.getRowNum() - 1) {
        rows.add(List.of());
      }
      List<GridCell> cells = new ArrayList<>();
      for (int c = 0; c < r.getCellCount(); c++) {
        Cell cell = r.getCell(c);
        cells.add(new GridCell(cellText(cell), new Location(file, r.getRowNum(), c + 1)));
      }
      rows.add(cells);
    }
    return new Grid(file + " (sheet " + sheetName + ")", rows);
  }

  private static String cellText(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      return cell.asNumber().stripTrailingZeros().toPlainString();
    }
    String raw = cell.getText();
    return raw == null ? "" : raw;
  }
}

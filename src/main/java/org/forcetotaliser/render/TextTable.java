package org.forcetotaliser.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text built once and written as an aligned terminal table, CSV or Markdown. Each cell
 * has the text shown in a table and the raw text written to CSV (plain numbers, no £ or
 * separators). Immutable once built.
 */
public final class TextTable {
  /** A column: its heading, whether it is right-aligned (numbers). */
  public record Column(String heading, boolean right) {}

  /** A cell: what a reader sees, and what a spreadsheet gets. */
  public record Cell(String shown, String raw, boolean number) {
    public static Cell text(String s) {
      String v = s == null ? "" : s;
      return new Cell(v, v, false);
    }

    public static Cell number(String shown, String raw) {
      return new Cell(shown, raw, true);
    }
  }

  private final String title;
  private final List<Column> columns;
  private final List<List<Cell>> rows = new ArrayList<>();
  private final List<Integer> rules = new ArrayList<>();

  public TextTable(String title, List<Column> columns) {
    this.title = title;
    this.columns = List.copyOf(columns);
  }

  public String title() {
    return title;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<List<Cell>> rows() {
    return rows;
  }

  public TextTable add(List<Cell> row) {
    if (row.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + row.size() + " cells, table has " + columns.size() + " columns");
    }
    rows.add(List.copyOf(row));
    return this;
  }

  /** A horizontal rule before the next row (for totals under the rows they add up). */
  public TextTable rule() {
    rules.add(rows.size());
    return this;
  }

  /**
   * An aligned table for a terminal, with a heading underline. Control and bidirectional characters
   * in a cell are shown escaped ({@link Escapes#controls}), before the widths are measured, so that
   * no cell can move the cursor or turn the line around.
   */
  public String toTable() {
    int[] widths = new int[columns.size()];
    List<List<String>> texts = new ArrayList<>(rows.size());
    for (List<Cell> r : rows) {
      List<String> shown = new ArrayList<>(r.size());
      r.forEach(c -> shown.add(Escapes.controls(c.shown())));
      texts.add(shown);
    }
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).heading().length();
      for (List<String> r : texts) {
        widths[c] = Math.max(widths[c], r.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    if (title != null) {
      sb.append(Escapes.controls(title)).append('\n');
    }
    List<String> headings = new ArrayList<>();
    columns.forEach(c -> headings.add(c.heading()));
    line(sb, headings, widths);
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    total += 2 * (widths.length - 1);
    String underline = "─".repeat(total);
    sb.append(underline).append('\n');
    for (int i = 0; i < rows.size(); i++) {
      if (rules.contains(i)) {
        sb.append(underline).append('\n');
      }
      line(sb, texts.get(i), widths);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, List<String> cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        l.append("  ");
      }
      String s = cells.get(c);
      String pad = " ".repeat(widths[c] - s.length());
      l.append(columns.get(c).right() ? pad + s : s + pad);
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }

  /**
   * CSV per RFC 4180 with raw values; text that a spreadsheet would run as a formula is neutralised
   * with a leading apostrophe, and control characters are shown escaped (the CSV is often read on a
   * terminal).
   */
  public String toCsv() {
    StringBuilder sb = new StringBuilder();
    List<String> headings = new ArrayList<>();
    columns.forEach(c -> headings.add(csv(c.heading(), false)));
    sb.append(String.join(",", headings)).append("\r\n");
    for (List<Cell> r : rows) {
      List<String> cells = new ArrayList<>();
      r.forEach(c -> cells.add(csv(c.raw(), c.number())));
      sb.append(String.join(",", cells)).append("\r\n");
    }
    return sb.toString();
  }

  /** Quotes a CSV field when needed, neutralising formula-like text (OWASP CSV injection). */
  public static String csv(String value, boolean number) {
    String v = value == null ? "" : number ? value : Escapes.controls(value);
    if (!number && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  /** A GitHub-flavoured Markdown table, with the title as a heading. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    if (title != null) {
      sb.append("### ").append(md(title)).append("\n\n");
    }
    List<String> headings = new ArrayList<>();
    List<String> aligns = new ArrayList<>();
    for (Column c : columns) {
      headings.add(md(c.heading()));
      aligns.add(c.right() ? "---:" : "---");
    }
    sb.append("| ").append(String.join(" | ", headings)).append(" |\n");
    sb.append("| ").append(String.join(" | ", aligns)).append(" |\n");
    for (List<Cell> r : rows) {
      List<String> cells = new ArrayList<>();
      r.forEach(c -> cells.add(md(c.shown())));
      sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    return sb.toString();
  }

  private static String md(String s) {
    return Escapes.markdown(s.replace("\n", " "));
  }
}

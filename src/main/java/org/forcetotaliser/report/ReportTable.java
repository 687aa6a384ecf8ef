package org.forcetotaliser.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report laid out as a table of typed columns: the value every tabular format renders. Cells hold
 * the figures themselves ({@link java.math.BigDecimal}, numbers, text, periods, or {@code null} for
 * absent), never formatted text; rounding happens only in a renderer.
 */
public final class ReportTable {
  private final String title;
  private final List<Column> columns;
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<Integer> rules = new ArrayList<>();

  public ReportTable(String title, List<Column> columns) {
    this.title = title;
    this.columns = List.copyOf(columns);
  }

  /** The table's title, or {@code null} for a bare table (a CSV file). */
  public String title() {
    return title;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The rows, each a value per column ({@code null} where absent). */
  public List<List<Object>> rows() {
    return Collections.unmodifiableList(rows);
  }

  /** The row indices a horizontal rule comes before (totals under what they add up). */
  public List<Integer> rules() {
    return Collections.unmodifiableList(rules);
  }

  public ReportTable add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + values.length + " values, table has " + columns.size() + " columns");
    }
    for (int c = 0; c < values.length; c++) {
      if (values[c] == null && !columns.get(c).absentAllowed()) {
        throw new IllegalArgumentException("column `" + columns.get(c).name() + "` needs a value");
      }
    }
    rows.add(Collections.unmodifiableList(java.util.Arrays.asList(values.clone())));
    return this;
  }

  /** A horizontal rule before the next row. */
  public ReportTable rule() {
    rules.add(rows.size());
    return this;
  }
}

package org.forcetotaliser.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.forcetotaliser.model.Labelled;
import org.forcetotaliser.render.TextTable.Cell;
import org.forcetotaliser.report.Column;
import org.forcetotaliser.report.ReportTable;

/**
 * Formats a report's cells by their column's type: the one place a figure of a typed table becomes
 * text for the table, CSV and Markdown formats.
 */
public final class Cells {
  private Cells() {}

  /** A value of {@code column} as shown in a table and as written to CSV. */
  public static Cell of(Column column, Object value) {
    if (value == null) {
      String shown = column.absent() == null ? "" : column.absent();
      // an absent value is blank in CSV whatever a table shows for it
      return column.type().isText() ? new Cell(shown, "", false) : Cell.number(shown, "");
    }
    if (value instanceof Column.Absent a) {
      if (!a.shown()) {
        return of(column, null);
      }
      return column.type().isText() ? Cell.text(a.reason()) : Cell.number(a.reason(), "");
    }
    return switch (column.type()) {
      case TEXT, PROSE, ID, PERIOD, MILESTONE -> Cell.text(value.toString());
      case LABEL -> {
        // the label where a person reads, the identifier where a program does (CSV)
        Labelled l = (Labelled) value;
        yield new Cell(l.label(), l.key(), false);
      }
      case COUNT -> Cell.number(value.toString(), value.toString());
      case MONEY -> Cell.number(Numbers.pounds(decimal(value)), Numbers.rawMoney(decimal(value)));
      case QUANTITY ->
          Cell.number(
              Numbers.quantity(decimal(value), column.scale()), Numbers.raw(decimal(value)));
      case RATIO -> Cell.number(Numbers.ratio(decimal(value)), Numbers.raw(decimal(value)));
      case PERCENTAGE -> Cell.number(Numbers.percent(decimal(value)), Numbers.raw(decimal(value)));
      case FRACTION ->
          Cell.number(Numbers.fractionAsPercent(decimal(value)), Numbers.raw(decimal(value)));
      case CHANGE -> Cell.number(signedPercent(decimal(value)), Numbers.raw(decimal(value)));
      case POINTS -> Cell.number(points(decimal(value)), Numbers.raw(decimal(value)));
      case NUMBER -> Cell.number(Numbers.raw(decimal(value)), Numbers.raw(decimal(value)));
      case INDEX -> Cell.number(index(decimal(value)), index(decimal(value)));
      case FIGURE -> figure((Column.Figure) value);
    };
  }

  /** A fraction as a signed percentage: 0.052 → +5.2%. */
  static String signedPercent(BigDecimal v) {
    String s = Numbers.fractionAsPercent(v);
    return v.setScale(3, RoundingMode.HALF_EVEN).signum() > 0 ? "+" + s : s;
  }

  /** Percentage points: 3.14 → +3.1 pp. */
  static String points(BigDecimal v) {
    String s = Numbers.quantity(v, 1) + " pp";
    return v.setScale(1, RoundingMode.HALF_EVEN).signum() > 0 ? "+" + s : s;
  }

  /** An index to two decimals: 103.456 → 103.46. */
  static String index(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A figure read as its own column, its CSV text to four decimals whatever its kind. */
  private static Cell figure(Column.Figure f) {
    Cell inner = of(f.as(), f.value());
    Object v = f.value();
    if (v instanceof Column.Absent || v == null || f.as().type().isText()) {
      return inner;
    }
    return Cell.number(inner.shown(), Numbers.raw(decimal(v)));
  }

  private static BigDecimal decimal(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    throw new IllegalArgumentException("not a figure: " + v);
  }

  /** A typed table as text: headings are column names, alignment follows the type. */
  public static TextTable table(ReportTable t) {
    java.util.List<TextTable.Column> cols = new java.util.ArrayList<>();
    for (Column c : t.columns()) {
      cols.add(new TextTable.Column(c.name(), c.type().rightAligned()));
    }
    TextTable out = new TextTable(t.title(), cols);
    for (int i = 0; i < t.rows().size(); i++) {
      if (t.rules().contains(i)) {
        out.rule();
      }
      java.util.List<Object> row = t.rows().get(i);
      java.util.List<Cell> cells = new java.util.ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        cells.add(of(t.columns().get(c), row.get(c)));
      }
      out.add(cells);
    }
    return out;
  }
}

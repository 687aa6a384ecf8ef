package org.forcetotaliser.render;

import java.math.BigDecimal;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.render.TextTable.Cell;
import org.forcetotaliser.render.TextTable.Column;
import org.forcetotaliser.report.ReturnTemplate;

/**
 * The lines under a report's title (whose figures, in which prices), the return template as a text
 * table, and the cells of the field-by-field tables of {@code explain}. Reports with typed columns
 * become text tables through {@link Cells#table}.
 */
public final class Tables {
  private Tables() {}

  static Column left(String h) {
    return new Column(h, false);
  }

  static Column right(String h) {
    return new Column(h, true);
  }

  static Cell text(Object o) {
    return Cell.text(o == null ? "" : o.toString());
  }

  static Cell money(BigDecimal v) {
    return Cell.number(Numbers.pounds(v), Numbers.rawMoney(v));
  }

  static Cell qty(BigDecimal v, int scale) {
    return Cell.number(Numbers.quantity(v, scale), Numbers.raw(v));
  }

  /**
   * The line under a reconciliation's title: £ are undiscounted (docs/method.md §8), so it names
   * the prices only.
   */
  public static String undiscountedBasis(ForceSettings s) {
    return whose(s) + undiscounted(s);
  }

  /** In which prices, for figures that are not discounted (docs/method.md §8). */
  static String undiscounted(ForceSettings s) {
    return "£ at " + s.priceBase() + " prices, undiscounted";
  }

  /**
   * The force and the force.yaml its settings came from, or that the defaults apply (README,
   * "Files"): a project file run on its own takes the nearest force.yaml above it.
   */
  static String whose(ForceSettings s) {
    return force(s) + " · ";
  }

  /** Whose figures: the force and its force.yaml, or that the defaults apply. */
  static String force(ForceSettings s) {
    String file = s.sourceFile();
    if (file == null) {
      // settings built in memory carry a force's name but no file
      return s.force() == null ? "default settings (no force.yaml)" : s.force();
    }
    return (s.force() == null ? "" : s.force() + " ") + "(" + file + ")";
  }

  /** In which prices, discounted how. */
  static String prices(ForceSettings s) {
    return "£ at "
        + s.priceBase()
        + " prices, discounted to "
        + s.discountYear()
        + " ("
        + s.discountSchedule()
        + " STPR)";
  }

  /** The line under every report title: whose figures, in which prices, discounted how. */
  public static String basis(ForceSettings s) {
    return whose(s) + prices(s);
  }

  // ---- return template ----------------------------------------------------------------------

  /** The quarter's return as a text table; its columns are {@link ReturnTemplate#table}'s. */
  public static TextTable returnTemplate(ReturnTemplate t) {
    return Cells.table(t.table());
  }
}

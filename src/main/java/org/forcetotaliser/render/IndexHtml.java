package org.forcetotaliser.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.forcetotaliser.calc.IndexResult;
import org.forcetotaliser.report.Column;
import org.forcetotaliser.report.IndexReport;
import org.forcetotaliser.report.ReportTable;

/**
 * The board pack's Prevention Index section (docs/board-pack.md): the index of every force as a
 * ranked bar chart, each indicator's rate at both periods against the comparators' mean as small
 * multiples, the gap table and the caveat. Charts are plain SVG written here, each with its figures
 * in a table beside it; all text is escaped. No figure is computed here.
 */
public final class IndexHtml {
  private static final String FORCE = "#1f4e79";
  private static final String OTHER = "#9db3c9";
  private static final String MEAN = "#e69f00";

  private IndexHtml() {}

  /** The section, ready to put in the pack. */
  public static String section(IndexReport r) {
    IndexResult x = r.result();
    StringBuilder h = new StringBuilder();
    h.append("<section id=\"prevention-index\" class=\"part\">\n");
    h.append("  <h2>").append(Escapes.html(IndexRenderer.title(r))).append("</h2>\n");
    h.append("  <p class=\"basis\">").append(Escapes.html(IndexRenderer.basis(r))).append("</p>\n");
    h.append("  <p><strong>").append(Escapes.html(r.caveat())).append("</strong></p>\n");
    // the ranked bar chart
    List<String> ranked = IndexRenderer.ranked(r);
    h.append("  <figure id=\"index-ranked-figure\" aria-labelledby=\"index-ranked-caption\">\n")
        .append(
            "    <figcaption id=\"index-ranked-caption\">Prevention Index by force, highest "
                + "first (100 = no change since ")
        .append(Escapes.html(x.baseline().toString()))
        .append(")</figcaption>\n")
        .append(
            "    <div role=\"img\" aria-label=\"Prevention Index by force; the figures are "
                + "in the table below\">")
        .append(ranked(r, ranked))
        .append("</div>\n");
    h.append(
        "    <div class=\"table-wrap\"><table id=\"index-table\"><thead><tr>"
            + "<th scope=\"col\">rank</th><th scope=\"col\">force area</th>"
            + "<th scope=\"col\" class=\"num\">index</th></tr></thead><tbody>\n");
    TextTable composite = IndexRenderer.composite(r);
    for (List<TextTable.Cell> row : composite.rows()) {
      h.append("      <tr><td>")
          .append(Escapes.html(row.get(0).shown()))
          .append("</td><th scope=\"row\">")
          .append(Escapes.html(row.get(1).shown()))
          .append("</th><td class=\"num\">")
          .append(Escapes.html(row.get(2).shown()))
          .append("</td></tr>\n");
    }
    h.append("    </tbody></table></div>\n  </figure>\n");
    // small multiples
    h.append("  <figure id=\"index-rates-figure\" aria-labelledby=\"index-rates-caption\">\n")
        .append("    <figcaption id=\"index-rates-caption\">Each indicator at ")
        .append(Escapes.html(x.baseline().toString()))
        .append(" and ")
        .append(Escapes.html(x.current().toString()))
        .append(": ")
        .append(Escapes.html(r.name(x.force())))
        .append(" against the comparators' mean</figcaption>\n")
        .append(
            "    <div role=\"img\" aria-label=\"Each indicator's value at both periods "
                + "against the comparators' mean; the figures are in the gap table below\">")
        .append(multiples(r))
        .append("</div>\n  </figure>\n");
    // the gap table
    ReportTable gaps = r.gaps();
    h.append("  <div class=\"table-wrap\"><table id=\"index-gaps\"><caption>")
        .append(Escapes.html(gaps.title()))
        .append("</caption><thead><tr>");
    for (Column c : gaps.columns()) {
      h.append("<th scope=\"col\"")
          .append(c.type().rightAligned() ? " class=\"num\"" : "")
          .append('>')
          .append(Escapes.html(c.name()))
          .append("</th>");
    }
    h.append("</tr></thead><tbody>\n");
    for (List<Object> row : gaps.rows()) {
      h.append("      <tr>");
      for (int c = 0; c < row.size(); c++) {
        Column column = gaps.columns().get(c);
        String v = Escapes.html(Cells.of(column, row.get(c)).shown());
        h.append(c == 0 ? "<th scope=\"row\">" + v + "</th>" : "<td class=\"num\">" + v + "</td>");
      }
      h.append("</tr>\n");
    }
    h.append("    </tbody></table></div>\n");
    h.append("  <h3>Notes</h3>\n  <ul id=\"index-notes\">\n");
    for (String n : r.notes()) {
      h.append("    <li>").append(Escapes.html(n)).append("</li>\n");
    }
    h.append("  </ul>\n</section>\n");
    return h.toString();
  }

  private static String fmt(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Horizontal bars, one per force, with a line at 100. */
  private static String ranked(IndexReport r, List<String> order) {
    IndexResult.Composite c = r.result().index();
    double max = 100;
    for (BigDecimal v : c.byForce().values()) {
      if (v != null) {
        max = Math.max(max, v.doubleValue());
      }
    }
    max = Math.ceil(max / 20) * 20;
    int label = 190;
    int width = 720;
    int plot = width - label - 60;
    int row = 26;
    int height = row * order.size() + 30;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append(
            "\" font-family=\"DejaVu Sans, Verdana, Arial, " + "sans-serif\" font-size=\"12\">");
    for (int i = 0; i < order.size(); i++) {
      String id = order.get(i);
      BigDecimal v = c.byForce().get(id);
      double y = 10 + i * row;
      boolean me = id.equals(r.result().force());
      s.append("<text x=\"")
          .append(label - 6)
          .append("\" y=\"")
          .append(fmt(y + 15))
          .append("\" text-anchor=\"end\"")
          .append(me ? " font-weight=\"bold\"" : "")
          .append('>')
          .append(Escapes.html(r.name(id)))
          .append("</text>");
      if (v == null) {
        s.append("<text x=\"")
            .append(label + 4)
            .append("\" y=\"")
            .append(fmt(y + 15))
            .append("\">no index (an indicator missing)</text>");
        continue;
      }
      double w = v.doubleValue() / max * plot;
      s.append("<rect x=\"")
          .append(label)
          .append("\" y=\"")
          .append(fmt(y + 3))
          .append("\" width=\"")
          .append(fmt(w))
          .append("\" height=\"18\" fill=\"")
          .append(me ? FORCE : OTHER)
          .append("\"/>");
      s.append("<text x=\"")
          .append(fmt(label + w + 4))
          .append("\" y=\"")
          .append(fmt(y + 16))
          .append("\">")
          .append(v == null ? Numbers.ABSENT : Cells.index(v))
          .append("</text>");
    }
    double x100 = label + 100 / max * plot;
    s.append("<line x1=\"")
        .append(fmt(x100))
        .append("\" y1=\"6\" x2=\"")
        .append(fmt(x100))
        .append("\" y2=\"")
        .append(height - 18)
        .append("\" stroke=\"#1b1b1b\" " + "stroke-dasharray=\"4 3\"/>");
    s.append("<text x=\"")
        .append(fmt(x100))
        .append("\" y=\"")
        .append(height - 4)
        .append("\" text-anchor=\"middle\">100 = no change</text>");
    return s.append("</svg>").toString();
  }

  /** The characters of bold 11px text that fit the width of one small chart. */
  private static final int TITLE_CHARS = 30;

  /**
   * A label broken between words into a first line of at most {@link #TITLE_CHARS} characters and
   * the rest: "Total recorded crime (excluding fraud)" reads "Total recorded crime" then
   * "(excluding fraud)".
   */
  static List<String> titleLines(String label) {
    if (label.length() <= TITLE_CHARS) {
      return List.of(label);
    }
    int cut = label.lastIndexOf(' ', TITLE_CHARS);
    if (cut <= 0) {
      return List.of(label);
    }
    return List.of(label.substring(0, cut), label.substring(cut + 1));
  }

  /** One small chart per indicator: the force and the comparators' mean at both periods. */
  private static String multiples(IndexReport r) {
    IndexResult x = r.result();
    List<IndexResult.IndicatorRow> rows = x.indicators();
    int cols = 3;
    int cw = 240;
    int ch = 170;
    int lines = (rows.size() + cols - 1) / cols;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(cols * cw)
        .append(' ')
        .append(lines * ch + 24)
        .append(
            "\" font-family=\"DejaVu Sans, Verdana, " + "Arial, sans-serif\" font-size=\"11\">");
    for (int k = 0; k < rows.size(); k++) {
      IndexResult.IndicatorRow i = rows.get(k);
      int ox = (k % cols) * cw;
      int oy = (k / cols) * ch;
      BigDecimal[] values = {
        i.baseline(), i.comparatorMeanBaseline(), i.current(), i.comparatorMeanCurrent()
      };
      double max = 0;
      for (BigDecimal v : values) {
        if (v != null) {
          max = Math.max(max, v.doubleValue());
        }
      }
      // the indicator's label, on two lines when it is longer than a chart is wide
      List<String> title = titleLines(i.label());
      for (int t = 0; t < title.size(); t++) {
        s.append("<text x=\"")
            .append(ox + 8)
            .append("\" y=\"")
            .append(oy + 13 + 12 * t)
            .append("\" font-weight=\"bold\">")
            .append(Escapes.html(title.get(t)))
            .append("</text>");
      }
      double base = oy + 140;
      double plot = 100;
      for (int b = 0; b < 4; b++) {
        BigDecimal v = values[b];
        double bx = ox + 20 + (b / 2) * 110 + (b % 2) * 44;
        if (v != null && max > 0) {
          double bh = v.doubleValue() / max * plot;
          s.append("<rect x=\"")
              .append(fmt(bx))
              .append("\" y=\"")
              .append(fmt(base - bh))
              .append("\" width=\"40\" height=\"")
              .append(fmt(bh))
              .append("\" fill=\"")
              .append(b % 2 == 0 ? FORCE : MEAN)
              .append("\"/>");
          s.append("<text x=\"")
              .append(fmt(bx + 20))
              .append("\" y=\"")
              .append(fmt(base - bh - 3))
              .append("\" text-anchor=\"middle\">")
              .append(Escapes.html(Numbers.quantity(v, 2)))
              .append("</text>");
        }
      }
      s.append("<line x1=\"")
          .append(ox + 16)
          .append("\" y1=\"")
          .append(fmt(base))
          .append("\" x2=\"")
          .append(ox + 230)
          .append("\" y2=\"")
          .append(fmt(base))
          .append("\" stroke=\"#555\"/>");
      s.append("<text x=\"")
          .append(ox + 62)
          .append("\" y=\"")
          .append(fmt(base + 14))
          .append("\" text-anchor=\"middle\">")
          .append(Escapes.html(x.baseline().toString()))
          .append("</text>");
      s.append("<text x=\"")
          .append(ox + 172)
          .append("\" y=\"")
          .append(fmt(base + 14))
          .append("\" text-anchor=\"middle\">")
          .append(Escapes.html(x.current().toString()))
          .append("</text>");
    }
    int ly = lines * ch + 14;
    s.append("<rect x=\"8\" y=\"")
        .append(ly - 10)
        .append("\" width=\"12\" height=\"12\" fill=\"")
        .append(FORCE)
        .append("\"/><text x=\"26\" y=\"")
        .append(ly)
        .append("\">")
        .append(Escapes.html(r.name(x.force())))
        .append("</text>");
    s.append("<rect x=\"220\" y=\"")
        .append(ly - 10)
        .append("\" width=\"12\" height=\"12\" " + "fill=\"")
        .append(MEAN)
        .append("\"/><text x=\"238\" y=\"")
        .append(ly)
        .append("\">comparators' mean</text>");
    return s.append("</svg>").toString();
  }
}

package org.forcetotaliser.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.report.BoardPackReport.QuarterValue;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The board pack's charts, drawn by JFreeChart into JFreeSVG as inline SVG: no browser, no images,
 * nothing fetched. Output is deterministic: one fixed font family, element ids from a fixed prefix
 * per chart, numbers written at a fixed precision. The figures plotted are the report's; only their
 * conversion to screen coordinates happens here.
 */
final class Charts {
  /** The font every chart is laid out with; DejaVu Sans ships with Debian's JDK images. */
  static final String FONT = "DejaVu Sans";

  /** What the SVG asks a browser for: the same face, then close substitutes. */
  static final String SVG_FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

  /**
   * The size a chart is laid out at, in SVG user units; the page scales it to its width (the SVG
   * has a viewBox and no fixed size), so text keeps its proportion to the chart.
   */
  static final int WIDTH = 880;

  static final int HEIGHT = 380;

  /** The height of one bar's row in the bar charts whose height follows their number of bars. */
  static final int ROW = 34;

  /**
   * Room kept right of the plot: a horizontal chart's last tick label is centred on the end of the
   * axis, so half of it lies beyond the plot. Half the widest compact label ("-£12.25m") at the
   * tick font, with a margin.
   */
  static final int RIGHT_ROOM = 40;

  /** Colours with enough contrast on white, distinguishable with common colour blindness. */
  static final Color PLANNED = new Color(0x1f, 0x4e, 0x79);

  static final Color ACTUAL = new Color(0xe6, 0x9f, 0x00);
  static final Color BAR = new Color(0x1f, 0x4e, 0x79);

  static {
    // charts are drawn off screen: never start a windowing toolkit, even on a desktop
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Charts() {}

  /** Whether the font the charts are laid out with is installed (else Java substitutes). */
  static boolean fontInstalled() {
    return java.util.Arrays.asList(
            java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT))
        .contains(FONT);
  }

  /** Planned against actual value per quarter. */
  static String plannedVsActual(List<QuarterValue> series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (QuarterValue q : series) {
      data.addValue(number(q.planned()), "planned", q.quarter().toString());
      data.addValue(number(q.actual()), "actual", q.quarter().toString());
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, null, "£ (undiscounted)", data, PlotOrientation.VERTICAL, true, false, false);
    style(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setSeriesPaint(0, PLANNED);
    r.setSeriesPaint(1, ACTUAL);
    money(plot);
    return svg(chart, "chart-series");
  }

  /** PV of benefits per building block, each named by {@code label}. */
  static String pvByBlock(List<Summary> rows, java.util.function.Function<String, String> label) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Summary s : rows) {
      data.addValue(number(s.measures().pvBenefits()), "PV benefits", label.apply(s.key()));
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, null, "£ PV", data, PlotOrientation.HORIZONTAL, false, false, false);
    style(chart);
    ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, BAR);
    money(chart.getCategoryPlot());
    return svg(chart, "chart-blocks", height(rows.size()));
  }

  /** Harm prevented per offence category, on the lead index. */
  static String harmByOffence(List<Summary> rows, boolean css, String axis) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Summary s : rows) {
      data.addValue(
          number(css ? s.measures().harmCss() : s.measures().harmCchi()),
          "harm",
          BoardPack.words(s.key()));
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, null, axis, data, PlotOrientation.HORIZONTAL, false, false, false);
    style(chart);
    ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, BAR);
    compact(chart.getCategoryPlot(), false);
    return svg(chart, "chart-harm", height(rows.size()));
  }

  /**
   * A tornado: for each input, how far NPSV moves from its likely value with the input at its low
   * end and at its high end, bars either side of zero.
   */
  static String tornado(
      List<org.forcetotaliser.report.BoardPackReport.TornadoBar> bars,
      Map<String, String> projectNames) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (org.forcetotaliser.report.BoardPackReport.TornadoBar b : bars) {
      String label = projectNames.getOrDefault(b.project(), b.project()) + ": " + b.ref().label();
      data.addValue(number(b.lowChange()), "input at its low end", label);
      data.addValue(number(b.highChange()), "input at its high end", label);
    }
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            null,
            null,
            "change in NPSV from the likely value",
            data,
            PlotOrientation.HORIZONTAL,
            true,
            false,
            false);
    style(chart);
    BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
    r.setSeriesPaint(0, ACTUAL);
    r.setSeriesPaint(1, PLANNED);
    // a long label wraps onto up to four lines in the left half rather than being cut short
    chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
    chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(4);
    money(chart.getCategoryPlot());
    return svg(chart, "chart-tornado", Math.max(HEIGHT, 90 + bars.size() * 2 * ROW));
  }

  /** How many roadmap actions each building block has in each state, stacked. */
  static String actionsByState(List<org.forcetotaliser.calc.BlockStatus> blocks) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (org.forcetotaliser.calc.BlockStatus b : blocks) {
      for (org.forcetotaliser.calc.ActionState s : org.forcetotaliser.calc.ActionState.values()) {
        data.addValue(b.states().get(s), s.label(), b.block().label());
      }
    }
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            null, null, "actions", data, PlotOrientation.HORIZONTAL, true, false, false);
    style(chart);
    BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
    r.setSeriesPaint(0, new Color(0x2e, 0x7d, 0x32));
    r.setSeriesPaint(1, new Color(0xc6, 0x28, 0x28));
    r.setSeriesPaint(2, PLANNED);
    r.setSeriesPaint(3, new Color(0xbd, 0xbd, 0xbd));
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis())
        .setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return svg(chart, "chart-roadmap", height(blocks.size()));
  }

  /** How many benefits have each status, each bar in its RAG colour. */
  static String ragCounts(Map<Rag, Integer> counts, Map<Rag, String> labels) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Paint[] paints = new Paint[counts.size()];
    int i = 0;
    for (Map.Entry<Rag, Integer> e : counts.entrySet()) {
      data.addValue(e.getValue(), "benefits", labels.get(e.getKey()));
      paints[i++] = ragColour(e.getKey());
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, null, "benefits", data, PlotOrientation.VERTICAL, false, false, false);
    style(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer r =
        new BarRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public Paint getItemPaint(int row, int column) {
            return paints[column];
          }
        };
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(true);
    r.setDefaultOutlinePaint(Color.DARK_GRAY);
    r.setDefaultOutlineStroke(new BasicStroke(1f));
    plot.setRenderer(r);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return svg(chart, "chart-rag");
  }

  static Color ragColour(Rag rag) {
    return switch (rag) {
      case GREEN -> new Color(0x2e, 0x7d, 0x32);
      case AMBER -> new Color(0xf0, 0xa2, 0x02);
      case RED -> new Color(0xc6, 0x28, 0x28);
      case ZERO_PLANNED, NOT_REPORTED -> new Color(0x75, 0x75, 0x75);
      case NOT_DUE -> new Color(0xe0, 0xe0, 0xe0);
    };
  }

  private static Double number(BigDecimal v) {
    return v == null ? null : v.doubleValue();
  }

  /** The height of a horizontal bar chart of {@code bars} categories: at least {@link #HEIGHT}. */
  static int height(int bars) {
    return Math.max(HEIGHT, 90 + bars * ROW);
  }

  private static void money(CategoryPlot plot) {
    compact(plot, true);
  }

  /** Axis ticks written compactly, so that they fit: £2.0m, £250k, 1.6k. */
  private static void compact(CategoryPlot plot, boolean pounds) {
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new Compact(pounds));
  }

  /**
   * A tick label in few characters: millions to one decimal ({@code £2.0m}, two when the tick needs
   * them, {@code £1.25m}), thousands without decimals unless needed ({@code £250k}, {@code 12.5k}),
   * smaller numbers whole. UK digits whatever the machine's locale.
   */
  static final class Compact extends java.text.NumberFormat {
    private static final long serialVersionUID = 1L;
    private final boolean pounds;

    Compact(boolean pounds) {
      this.pounds = pounds;
    }

    static String text(double v, boolean pounds) {
      DecimalFormatSymbols uk = DecimalFormatSymbols.getInstance(Locale.UK);
      double a = Math.abs(v);
      String body;
      if (a >= 999_500) {
        body = new DecimalFormat("0.0#", uk).format(a / 1_000_000) + "m";
      } else if (a >= 10_000) {
        body = new DecimalFormat("0.#", uk).format(a / 1_000) + "k";
      } else {
        body = new DecimalFormat("#,##0.##", uk).format(a);
      }
      boolean negative = v < 0 && !body.matches("0(\\.0+)?[mk]?");
      return (negative ? "-" : "") + (pounds ? "£" : "") + body;
    }

    @Override
    public StringBuffer format(
        double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
      return toAppendTo.append(text(number, pounds));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
      return toAppendTo.append(text(number, pounds));
    }

    @Override
    public Number parse(String source, java.text.ParsePosition parsePosition) {
      throw new UnsupportedOperationException("tick labels are only written");
    }
  }

  private static void style(JFreeChart chart) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
    theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
    theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
    theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setRangeGridlinePaint(new Color(0xbd, 0xbd, 0xbd));
    theme.setDomainGridlinePaint(new Color(0xbd, 0xbd, 0xbd));
    theme.apply(chart);
    // the machine's locale must not change the axis labels: UK digits and separators
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis())
        .setNumberFormatOverride(
            new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
  }

  /** The chart as an SVG element scaled to its container, ids prefixed by {@code id}. */
  private static String svg(JFreeChart chart, String id) {
    return svg(chart, id, HEIGHT);
  }

  private static String svg(JFreeChart chart, String id, int height) {
    chart.setPadding(new org.jfree.chart.ui.RectangleInsets(6, 6, 6, RIGHT_ROOM));
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
    g2.setDefsKeyPrefix(id + "-");
    g2.setFontFunction(family -> SVG_FONT);
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height));
    return g2.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, height), null, null);
  }
}

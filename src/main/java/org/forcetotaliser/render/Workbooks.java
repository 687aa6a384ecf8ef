package org.forcetotaliser.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReferenceSource;
import org.forcetotaliser.report.BoardPackReport;
import org.forcetotaliser.report.Column;
import org.forcetotaliser.report.ColumnType;
import org.forcetotaliser.report.EstimateReport;
import org.forcetotaliser.report.EstimateTables;
import org.forcetotaliser.report.ReconcileReport;
import org.forcetotaliser.report.ReconcileTables;
import org.forcetotaliser.report.ReportTable;
import org.forcetotaliser.report.SummaryTables;
import org.forcetotaliser.report.TotalReport;
import org.forcetotaliser.report.TotalTables;

/**
 * Reports as Excel workbooks (fastexcel), each sheet a report's typed table: numbers are stored as
 * numbers in the format of their column's type (£ for money, % for percentages, two decimals for
 * ratios, separators for quantities); above each table a block of rows says whose figures they are,
 * in which prices and as of when; a table's totals rows are bold; an absent figure is an empty cell
 * with a note saying why, never £0; long text wraps; every sheet has a frozen header row and an
 * autofilter, and text that a spreadsheet could take for a formula is neutralised. The bytes are
 * deterministic: fastexcel stamps the time of writing into docProps/core.xml and every zip entry,
 * so the package is rewritten with a fixed time ({@link #FIXED_TIME}). No figure is computed here.
 */
public final class Workbooks {
  /** The creation time written into every workbook, so that the same input gives the same bytes. */
  public static final String FIXED_TIME = "2000-01-01T00:00:00Z";

  static final String MONEY = "\"£\"#,##0;-\"£\"#,##0";
  static final String PERCENT = "0.0%";
  static final String RATIO = "0.00";
  static final String QUANTITY = "#,##0.0";
  static final String WHOLE = "#,##0";
  static final String FINE = "#,##0.0000";

  private Workbooks() {}

  /** How a column's values are written: the number format and the decimals stored. */
  enum Kind {
    TEXT,
    /** Text that runs long: wrapped, in a wide column. */
    PROSE,
    MONEY,
    PERCENT,
    FRACTION,
    RATIO,
    QUANTITY,
    /** A quantity shown whole (hours, harm) but stored to four decimals. */
    WHOLE_QUANTITY,
    /** A quantity shown to four decimals (a switching value). */
    FINE_QUANTITY,
    WHOLE
  }

  record Col(String heading, Kind kind) {}

  /** A number written in its own format rather than its column's (a headline's rows). */
  record Typed(Kind kind, Object value) {}

  /**
   * One sheet: a header block (label and value rows above the table), a header row, and rows of
   * values (String, BigDecimal, whole numbers, {@link Typed}, {@link Column.Absent} or null); rows
   * from {@code totalsFrom} on are totals, in bold and outside the autofilter.
   */
  static final class Sheet {
    final String name;
    final List<Col> cols;
    final List<List<Object>> rows = new ArrayList<>();
    final List<String[]> header = new ArrayList<>();
    int totalsFrom = -1;

    Sheet(String name, Col... cols) {
      this.name = name;
      this.cols = List.of(cols);
    }

    Sheet add(Object... values) {
      if (values.length != cols.size()) {
        throw new IllegalArgumentException(
            name + ": row has " + values.length + " values, sheet has " + cols.size() + " columns");
      }
      rows.add(Arrays.asList(values));
      return this;
    }

    /** A row of the header block: a label and its value. */
    Sheet header(String label, String value) {
      header.add(new String[] {label, value});
      return this;
    }

    /** The rows of the header block and the blank row under it. */
    int headerRows() {
      return header.isEmpty() ? 0 : header.size() + 1;
    }
  }

  static Col text(String h) {
    return new Col(h, Kind.TEXT);
  }

  static Col money(String h) {
    return new Col(h, Kind.MONEY);
  }

  static Col col(String h, Kind k) {
    return new Col(h, k);
  }

  /**
   * Text as a spreadsheet must see it: a value starting with {@code = + - @}, tab or carriage
   * return is prefixed with a single quote so that it is never run as a formula (OWASP CSV
   * injection). Numbers are written as numbers and never pass through here.
   */
  public static String neutralise(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    return "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  // ---- the reports ----------------------------------------------------------------------------

  /**
   * A typed report table as a sheet: each column written by its type, each {@link Column.Figure} by
   * its own; rows after the table's first rule are its totals.
   */
  static Sheet sheet(String name, ReportTable t) {
    Col[] cols = new Col[t.columns().size()];
    for (int c = 0; c < cols.length; c++) {
      Column col = t.columns().get(c);
      cols[c] = new Col(col.name(), kind(col));
    }
    Sheet s = new Sheet(name, cols);
    for (List<Object> row : t.rows()) {
      Object[] values = new Object[row.size()];
      for (int c = 0; c < values.length; c++) {
        values[c] = value(t.columns().get(c), row.get(c));
      }
      s.add(values);
    }
    if (!t.rules().isEmpty()) {
      s.totalsFrom = t.rules().get(0);
    }
    return s;
  }

  /** A cell's value as a sheet holds it: text as text, a figure typed by its own column. */
  private static Object value(Column column, Object v) {
    if (v == null || v instanceof Column.Absent) {
      return v;
    }
    if (v instanceof Column.Figure f) {
      return new Typed(kind(f.as()), value(f.as(), f.value()));
    }
    if (v instanceof org.forcetotaliser.model.Labelled l && column.type() == ColumnType.LABEL) {
      return l.label();
    }
    return column.type().isText() ? v.toString() : v;
  }

  /** How a column is written in a workbook: by its type, and a quantity by its decimals. */
  static Kind kind(Column column) {
    Kind k = kind(column.type());
    if (k != Kind.QUANTITY) {
      return k;
    }
    return column.scale() == 0
        ? Kind.WHOLE_QUANTITY
        : column.scale() >= 4 ? Kind.FINE_QUANTITY : Kind.QUANTITY;
  }

  /** How a column type is written in a workbook. */
  static Kind kind(ColumnType type) {
    return switch (type) {
      case TEXT, ID, LABEL, PERIOD, MILESTONE -> Kind.TEXT;
      case PROSE -> Kind.PROSE;
      case COUNT -> Kind.WHOLE;
      case MONEY -> Kind.MONEY;
      case QUANTITY, FIGURE -> Kind.QUANTITY;
      case RATIO -> Kind.RATIO;
      case PERCENTAGE -> Kind.PERCENT;
      case FRACTION, CHANGE -> Kind.FRACTION;
      case POINTS, NUMBER, INDEX -> Kind.RATIO;
    };
  }

  /**
   * The header block of every sheet of a report: its title, whose figures they are, in which
   * prices, and as of when.
   */
  private static List<Sheet> headed(
      List<Sheet> sheets, String title, String prices, ForceSettings s, Quarter asOf) {
    for (Sheet sheet : sheets) {
      sheet.header(title, "");
      sheet.header("force", Tables.force(s));
      sheet.header("prices", prices);
      if (asOf != null) {
        sheet.header("as of", asOf.toString());
      }
    }
    return sheets;
  }

  /**
   * The roadmap's block and action sheets, each under the header block of the roadmap: its title,
   * the force, the prices of its PV benefits and NPSV, and the as-of quarter.
   */
  static List<Sheet> roadmapSheets(org.forcetotaliser.report.RoadmapReport r, String blocks) {
    return headed(
        List.of(sheet(blocks, r.blocksTable()), sheet("Roadmap actions", r.actionsTable())),
        "Prevention Roadmap as of " + r.asOf(),
        Tables.prices(r.settings()),
        r.settings(),
        r.asOf());
  }

  private static Sheet sheet(ReportTable t) {
    return sheet(t.title(), t);
  }

  public static byte[] estimate(EstimateReport r) {
    return estimate(r, NO_SINK);
  }

  /** As {@link #estimate(EstimateReport)}, saying what was cut ({@link #CELL_LIMIT}). */
  public static byte[] estimate(EstimateReport r, Consumer<String> cut) {
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(sheet(EstimateTables.projectSheet(r)));
    sheets.add(sheet(EstimateTables.benefits(r)));
    ReportTable targets = EstimateTables.qualitativeTargets(r);
    if (targets != null) {
      sheets.add(sheet(targets));
    }
    if (r.byYear()) {
      sheets.add(sheet(EstimateTables.years(r)));
    }
    if (r.hasUncertainty()) {
      if (r.portfolioUncertainty().hasScenarios()) {
        sheets.add(sheet(EstimateTables.scenarios(r)));
      }
      if (r.portfolioUncertainty().simulation() != null) {
        sheets.add(sheet("Monte Carlo", EstimateTables.simulation(r)));
      }
      sheets.add(sheet("Tornado", EstimateTables.tornado(r)));
    }
    headed(sheets, "Estimate", Tables.prices(r.settings()), r.settings(), null);
    return write("Estimate", sheets, cut);
  }

  public static byte[] reconcile(ReconcileReport r) {
    return reconcile(r, NO_SINK);
  }

  /** As {@link #reconcile(ReconcileReport)}, saying what was cut ({@link #CELL_LIMIT}). */
  public static byte[] reconcile(ReconcileReport r, Consumer<String> cut) {
    String title = "Reconciliation as of " + r.asOf();
    List<Sheet> sheets = new ArrayList<>(List.of(reconciliation(r)));
    headed(sheets, title, reconcileBasis(r), r.settings(), r.asOf());
    return write(title, sheets, cut);
  }

  private static Sheet reconciliation(ReconcileReport r) {
    return sheet("Reconciliation", ReconcileTables.flat(r));
  }

  private static String reconcileBasis(ReconcileReport r) {
    return Tables.undiscounted(r.settings())
        + "; planned and actual net of additionality, before optimism bias";
  }

  /** The force total: Summary, a sheet per breakdown, Reconciliation, Double counts, Sources. */
  public static byte[] total(TotalReport r, ReconcileReport rec, List<ReferenceSource> sources) {
    return total(r, rec, sources, NO_SINK);
  }

  /** As {@link #total(TotalReport, ReconcileReport, List)}, saying what was cut. */
  public static byte[] total(
      TotalReport r, ReconcileReport rec, List<ReferenceSource> sources, Consumer<String> cut) {
    String title = "Force total as of " + r.total().asOf();
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(sheet("Summary", TotalTables.headline(r)));
    sheets.addAll(breakdowns(r));
    headed(sheets, title, Tables.prices(r.settings()), r.settings(), r.total().asOf());
    Sheet reconciliation = reconciliation(rec);
    headed(List.of(reconciliation), title, reconcileBasis(rec), rec.settings(), rec.asOf());
    sheets.add(reconciliation);
    List<Sheet> rest =
        List.of(
            sheet(TotalTables.doubleCountSheet(r.total().doubleCounts())),
            sheet(TotalTables.sources(sources)));
    headed(rest, title, Tables.prices(r.settings()), r.settings(), r.total().asOf());
    sheets.addAll(rest);
    return write(title, sheets, cut);
  }

  /** A sheet per breakdown, each with its totals row. */
  private static List<Sheet> breakdowns(TotalReport r) {
    List<Sheet> out = new ArrayList<>();
    for (Breakdown d : r.dimensions()) {
      out.add(sheet(TotalTables.breakdownSheet(d, r.total().breakdowns().get(d))));
    }
    return out;
  }

  /** The board pack's figures: the total's sheets plus the series and missing actuals. */
  public static byte[] boardPack(BoardPackReport r) {
    return boardPack(r, null, List.of(), NO_SINK);
  }

  /**
   * The board pack's figures: the executive summary first, the Prevention Index sheets when {@code
   * index} is set, and last the warnings of {@code diagnostics} by rule title, those force.yaml
   * accepts with the reason it gives; saying what was cut ({@link #CELL_LIMIT}).
   */
  public static byte[] boardPack(
      BoardPackReport r,
      org.forcetotaliser.report.IndexReport index,
      List<org.forcetotaliser.model.Diagnostic> diagnostics,
      Consumer<String> cut) {
    String title = "Board pack as of " + r.asOf();
    ForceSettings settings = r.total().settings();
    String prices = Tables.prices(settings);
    List<Sheet> sheets = new ArrayList<>();
    Sheet summary = sheet(SummaryTables.summary(r, index));
    summary.header(title, "");
    summary.header("force", Tables.force(settings));
    summary.header("NPSV and BCR", prices);
    summary.header("value to date", reconcileBasis(r.reconcile()));
    summary.header("as of", r.asOf().toString());
    summary.header("compared with", r.summary().compareTo().toString());
    sheets.add(sheet("Summary", TotalTables.headline(r.total())));
    sheets.addAll(breakdowns(r.total()));
    headed(sheets, title, prices, settings, r.asOf());
    List<Sheet> reconciled =
        List.of(
            reconciliation(r.reconcile()),
            sheet(ReconcileTables.series(r.series())),
            sheet(ReconcileTables.missing(r.missing())));
    headed(reconciled, title, reconcileBasis(r.reconcile()), settings, r.asOf());
    sheets.addAll(reconciled);
    List<Sheet> estimated =
        List.of(
            sheet(EstimateTables.projectSheet(r.estimate())),
            sheet(TotalTables.doubleCountSheet(r.total().total().doubleCounts())));
    headed(estimated, title, prices, settings, r.asOf());
    sheets.addAll(estimated);
    if (r.roadmap() != null) {
      sheets.addAll(roadmapSheets(r.roadmap(), "Roadmap"));
    }
    if (index != null) {
      sheets.addAll(IndexWorkbook.sheets(index));
    }
    sheets.addAll(
        headed(
            List.of(sheet(TotalTables.sources(r.sources())), warnings(diagnostics)),
            title,
            prices,
            settings,
            r.asOf()));
    sheets.add(0, summary);
    return write(title, sheets, cut);
  }

  /**
   * Every warning once, in order, by its rule's title beside its code, with the reason force.yaml
   * gives when it accepts the warning (docs/method.md §9a).
   */
  static Sheet warnings(List<org.forcetotaliser.model.Diagnostic> diagnostics) {
    Sheet s =
        new Sheet(
            "Warnings",
            text("warning"),
            text("rule"),
            text("where"),
            col("message", Kind.PROSE),
            col("accepted because", Kind.PROSE));
    List<org.forcetotaliser.model.Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(null);
    java.util.Set<org.forcetotaliser.model.Diagnostic> seen = new java.util.HashSet<>();
    for (org.forcetotaliser.model.Diagnostic d : sorted) {
      if (!d.isError() && seen.add(d)) {
        s.add(
            org.forcetotaliser.check.Rules.title(d.rule()),
            d.rule(),
            d.location().toString(),
            d.message(),
            d.isAccepted() ? d.accepted() : null);
      }
    }
    return s;
  }

  /** What a benefit is valued by: its offence, role, source or measure, as written. */
  static String basis(org.forcetotaliser.model.BenefitDetail d) {
    return EstimateTables.basis(d);
  }

  // ---- writing --------------------------------------------------------------------------------

  /** The most characters a cell holds in Excel; longer text is cut, ending in a marker. */
  public static final int CELL_LIMIT = 32_767;

  private static final Consumer<String> NO_SINK = s -> {};

  /**
   * {@code s} cut to {@link #CELL_LIMIT} characters, ending in a marker that says how many were
   * cut; {@code s} itself when it fits. Never splits a surrogate pair.
   */
  static String fitted(String s) {
    if (s.length() <= CELL_LIMIT) {
      return s;
    }
    int keep = CELL_LIMIT - 40;
    if (Character.isHighSurrogate(s.charAt(keep - 1))) {
      keep--;
    }
    return s.substring(0, keep)
        + "… [cut: "
        + String.format(java.util.Locale.UK, "%,d", s.length() - keep)
        + " more characters]";
  }

  static byte[] write(String title, List<Sheet> sheets) {
    return write(title, sheets, NO_SINK);
  }

  static byte[] write(String title, List<Sheet> sheets, Consumer<String> cut) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "Force Totaliser", "1.0");
      wb.properties().setTitle(title);
      for (Sheet s : sheets) {
        Worksheet ws = wb.newWorksheet(s.name);
        for (int h = 0; h < s.header.size(); h++) {
          String[] line = s.header.get(h);
          ws.value(h, 0, neutralise(line[0]));
          if (!line[1].isEmpty()) {
            ws.value(h, 1, neutralise(line[1]));
          }
          if (h == 0) {
            ws.style(h, 0).bold().set();
          }
        }
        int top = s.headerRows();
        for (int c = 0; c < s.cols.size(); c++) {
          Kind kind = s.cols.get(c).kind();
          ws.value(top, c, s.cols.get(c).heading());
          ws.style(top, c).bold().fillColor("DDE5EE").wrapText(kind == Kind.PROSE).set();
          ws.width(c, kind == Kind.PROSE ? 60 : kind == Kind.TEXT ? 24 : 16);
        }
        for (int r = 0; r < s.rows.size(); r++) {
          List<Object> row = s.rows.get(r);
          boolean total = s.totalsFrom >= 0 && r >= s.totalsFrom;
          for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof String text && text.length() > CELL_LIMIT) {
              cut.accept(
                  "sheet `"
                      + s.name
                      + "`, row "
                      + (top + r + 2)
                      + ", column `"
                      + s.cols.get(c).heading()
                      + "` holds "
                      + String.format(java.util.Locale.UK, "%,d", text.length())
                      + " characters, more than the "
                      + String.format(java.util.Locale.UK, "%,d", CELL_LIMIT)
                      + " a cell holds: it is cut, ending "
                      + "in `… [cut: N more characters]`");
              v = fitted(text);
            }
            cell(ws, top + 1 + r, c, s.cols.get(c).kind(), v, total);
          }
        }
        ws.freezePane(0, top + 1);
        int filtered = s.totalsFrom >= 0 ? s.totalsFrom : s.rows.size();
        ws.setAutoFilter(top, 0, top + Math.max(filtered, 1), s.cols.size() - 1);
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fixTimes(out.toByteArray());
  }

  private static void cell(Worksheet ws, int r, int c, Kind kind, Object v, boolean total) {
    if (v == null) {
      return;
    }
    if (v instanceof Column.Absent a) {
      // an absent figure is an empty cell; its reason, when there is one, is the cell's note
      if (!a.reason().isBlank()) {
        ws.comment(r, c, a.reason());
      }
      return;
    }
    if (v instanceof Typed t) {
      cell(ws, r, c, t.kind(), t.value(), total);
      return;
    }
    if (v instanceof String s) {
      ws.value(r, c, neutralise(s));
      if (kind == Kind.PROSE) {
        ws.style(r, c).wrapText(true).verticalAlignment("top").set();
      } else if (total) {
        ws.style(r, c).bold().set();
      }
      return;
    }
    if (v instanceof Integer || v instanceof Long) {
      ws.value(r, c, (Number) v);
      style(ws, r, c, WHOLE, total);
      return;
    }
    if (!(v instanceof BigDecimal d)) {
      ws.value(r, c, neutralise(v.toString()));
      return;
    }
    switch (kind) {
      case MONEY -> {
        ws.value(r, c, d.setScale(2, RoundingMode.HALF_EVEN));
        style(ws, r, c, MONEY, total);
      }
      case PERCENT -> {
        ws.value(r, c, d.movePointLeft(2).setScale(6, RoundingMode.HALF_EVEN));
        style(ws, r, c, PERCENT, total);
      }
      case FRACTION -> {
        ws.value(r, c, d.setScale(6, RoundingMode.HALF_EVEN));
        style(ws, r, c, PERCENT, total);
      }
      case RATIO -> {
        ws.value(r, c, d.setScale(4, RoundingMode.HALF_EVEN));
        style(ws, r, c, RATIO, total);
      }
      case WHOLE -> {
        ws.value(r, c, d.setScale(0, RoundingMode.HALF_EVEN));
        style(ws, r, c, WHOLE, total);
      }
      case WHOLE_QUANTITY -> {
        ws.value(r, c, d.setScale(4, RoundingMode.HALF_EVEN));
        style(ws, r, c, WHOLE, total);
      }
      case FINE_QUANTITY -> {
        ws.value(r, c, d.setScale(4, RoundingMode.HALF_EVEN));
        style(ws, r, c, FINE, total);
      }
      case QUANTITY, TEXT, PROSE -> {
        ws.value(r, c, d.setScale(4, RoundingMode.HALF_EVEN));
        style(ws, r, c, QUANTITY, total);
      }
    }
  }

  private static void style(Worksheet ws, int r, int c, String format, boolean total) {
    if (total) {
      ws.style(r, c).format(format).bold().set();
    } else {
      ws.style(r, c).format(format).set();
    }
  }

  /**
   * The package rewritten with a fixed time: the same entries in the same order, each stamped
   * {@link #FIXED_TIME}, and the creation time in docProps/core.xml replaced by it; the styles get
   * their "Normal" cell style ({@link #withNormalStyle}).
   */
  static byte[] fixTimes(byte[] xlsx) {
    // a local date-time, not an instant: the zip's DOS time must not depend on the time zone
    java.time.LocalDateTime time =
        java.time.LocalDateTime.ofInstant(
            java.time.Instant.parse(FIXED_TIME), java.time.ZoneOffset.UTC);
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries(xlsx).entrySet()) {
        byte[] data = e.getValue();
        if (e.getKey().equals("docProps/core.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          xml =
              xml.replaceAll(
                  "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + FIXED_TIME + "$2");
          data = xml.getBytes(StandardCharsets.UTF_8);
        } else if (e.getKey().equals("xl/styles.xml")) {
          data = withNormalStyle(new String(data, StandardCharsets.UTF_8));
        }
        ZipEntry fixed = new ZipEntry(e.getKey());
        fixed.setTimeLocal(time);
        zip.putNextEntry(fixed);
        zip.write(data);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The styles with the built-in "Normal" cell style that every cell's style derives from:
   * fastexcel writes the base format ({@code cellStyleXfs}) but not the style naming it, which
   * Excel takes in its stride and openpyxl warns about.
   */
  static byte[] withNormalStyle(String xml) {
    if (!xml.contains("<cellStyles")) {
      xml =
          xml.replace(
              "</cellXfs>",
              "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\""
                  + " builtinId=\"0\"/></cellStyles>");
    }
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The entries of the package fastexcel wrote, in order, read through its central directory.
   * (fastexcel streams zip64 data descriptors that java.util.zip.ZipInputStream rejects, so the
   * directory is read here: each entry's local header, then its deflated or stored data.)
   */
  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = -1;
    for (int i = zip.length - 22; i >= 0; i--) {
      if (b.getInt(i) == 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new IOException("not a zip package: no end of central directory");
    }
    int count = Short.toUnsignedInt(b.getShort(end + 10));
    int at = (int) Integer.toUnsignedLong(b.getInt(end + 16));
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (int n = 0; n < count; n++) {
      if (b.getInt(at) != 0x02014b50) {
        throw new IOException("bad central directory entry at " + at);
      }
      int method = Short.toUnsignedInt(b.getShort(at + 10));
      int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
      int local = (int) Integer.toUnsignedLong(b.getInt(at + 42));
      String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
      int data =
          local
              + 30
              + Short.toUnsignedInt(b.getShort(local + 26))
              + Short.toUnsignedInt(b.getShort(local + 28));
      out.put(
          name,
          method == 0
              ? Arrays.copyOfRange(
                  zip, data, data + (int) Integer.toUnsignedLong(b.getInt(at + 20)))
              : inflate(zip, data));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return out;
  }

  private static byte[] inflate(byte[] zip, int from) throws IOException {
    Inflater inflater = new Inflater(true);
    inflater.setInput(zip, from, zip.length - from);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IOException("truncated zip entry");
        }
        out.write(buf, 0, n);
      }
    } catch (DataFormatException e) {
      throw new IOException(e);
    } finally {
      inflater.end();
    }
    return out.toByteArray();
  }
}

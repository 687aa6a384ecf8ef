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
import org.forcetotaliser.calc.BenefitAppraisal;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.calc.DoubleCount;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReferenceSource;
import org.forcetotaliser.report.BoardPackReport;
import org.forcetotaliser.report.Column;
import org.forcetotaliser.report.ColumnType;
import org.forcetotaliser.report.EstimateReport;
import org.forcetotaliser.report.ReconcileReport;
import org.forcetotaliser.report.ReportTable;
import org.forcetotaliser.report.TotalReport;

/**
 * Reports as Excel workbooks (fastexcel): numbers are stored as numbers with £, % and ratio
 * formats, every sheet has a frozen header row and an autofilter, and text that a spreadsheet could
 * take for a formula is neutralised. The bytes are deterministic: fastexcel stamps the time of
 * writing into docProps/core.xml and every zip entry, so the package is rewritten with a fixed time
 * ({@link #FIXED_TIME}). No figure is computed here.
 */
public final class Workbooks {
  /** The creation time written into every workbook, so that the same input gives the same bytes. */
  public static final String FIXED_TIME = "2000-01-01T00:00:00Z";

  static final String MONEY = "£#,##0;-£#,##0";
  static final String PERCENT = "0.0%";
  static final String RATIO = "0.00";
  static final String QUANTITY = "#,##0.0";
  static final String WHOLE = "#,##0";

  private Workbooks() {}

  /** How a column's values are written. */
  enum Kind {
    TEXT,
    MONEY,
    PERCENT,
    FRACTION,
    RATIO,
    QUANTITY,
    WHOLE
  }

  record Col(String heading, Kind kind) {}

  /** A number written in its own format rather than its column's (a summary's rows). */
  record Typed(Kind kind, BigDecimal value) {}

  private static Typed m(BigDecimal v) {
    return v == null ? null : new Typed(Kind.MONEY, v);
  }

  private static Typed r(BigDecimal v) {
    return v == null ? null : new Typed(Kind.RATIO, v);
  }

  private static Typed f(BigDecimal v) {
    return v == null ? null : new Typed(Kind.FRACTION, v);
  }

  private static Typed q(BigDecimal v) {
    return v == null ? null : new Typed(Kind.QUANTITY, v);
  }

  /** One sheet: a header row and rows of values (String, BigDecimal, Integer or null). */
  static final class Sheet {
    final String name;
    final List<Col> cols;
    final List<List<Object>> rows = new ArrayList<>();

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
   * The quarter's return as a workbook to fill in: the same columns as the CSV, with the planned
   * quantity a number. Saved as CSV, a filled-in sheet drops into actuals/.
   */
  public static byte[] returnTemplate(org.forcetotaliser.report.ReturnTemplate t) {
    return returnTemplate(t, NO_SINK);
  }

  /** As {@link #returnTemplate(org.forcetotaliser.report.ReturnTemplate)}, saying what was cut. */
  public static byte[] returnTemplate(
      org.forcetotaliser.report.ReturnTemplate t, Consumer<String> cut) {
    return write("Return " + t.asOf(), List.of(sheet("Return " + t.asOf(), t.table())), cut);
  }

  /** A typed report table as a sheet: each column written by its type. */
  static Sheet sheet(String name, ReportTable t) {
    Col[] cols = new Col[t.columns().size()];
    for (int c = 0; c < cols.length; c++) {
      Column col = t.columns().get(c);
      cols[c] = new Col(col.name(), kind(col.type()));
    }
    Sheet s = new Sheet(name, cols);
    for (List<Object> row : t.rows()) {
      Object[] values = new Object[row.size()];
      for (int c = 0; c < values.length; c++) {
        Object v = row.get(c);
        v = v instanceof Column.Absent ? null : v;
        values[c] = v == null || !t.columns().get(c).type().isText() ? v : v.toString();
      }
      s.add(values);
    }
    return s;
  }

  /** How a column type is written in a workbook. */
  static Kind kind(ColumnType type) {
    return switch (type) {
      case TEXT, ID, PERIOD, MILESTONE -> Kind.TEXT;
      case COUNT -> Kind.WHOLE;
      case MONEY -> Kind.MONEY;
      case QUANTITY -> Kind.QUANTITY;
      case RATIO -> Kind.RATIO;
      case PERCENTAGE -> Kind.PERCENT;
      case FRACTION, CHANGE -> Kind.FRACTION;
      case POINTS, NUMBER, INDEX -> Kind.RATIO;
    };
  }

  public static byte[] estimate(EstimateReport r) {
    return estimate(r, NO_SINK);
  }

  /** As {@link #estimate(EstimateReport)}, saying what was cut ({@link #CELL_LIMIT}). */
  public static byte[] estimate(EstimateReport r, Consumer<String> cut) {
    Sheet projects = measuresSheet("Projects");
    for (ProjectAppraisal p : r.projects()) {
      measuresRow(projects, p.project().id(), p.project(), p.measures());
    }
    measuresRow(projects, "committed", null, r.portfolio().measures());
    measuresRow(projects, "pipeline", null, r.pipeline().measures());
    Sheet benefits =
        new Sheet(
            "Benefits",
            text("project"),
            text("benefit"),
            text("type"),
            text("basis"),
            col("risk-adjusted quantity", Kind.QUANTITY),
            money("value"),
            money("PV"),
            col("harm (CSS)", Kind.QUANTITY),
            col("harm (CCHI days)", Kind.QUANTITY),
            col("hours", Kind.QUANTITY));
    for (ProjectAppraisal p : r.projects()) {
      for (BenefitAppraisal b : p.benefits()) {
        benefits.add(
            p.project().id(),
            b.benefit().id(),
            b.benefit().type().key(),
            basis(b.benefit().detail()),
            b.riskAdjusted(),
            b.value(),
            b.pv(),
            b.harmCss(),
            b.harmCchi(),
            b.hours());
      }
    }
    return write(
        "Estimate", List.of(projects, benefits, basisSheet(Tables.basis(r.settings()), null)), cut);
  }

  public static byte[] reconcile(ReconcileReport r) {
    return reconcile(r, NO_SINK);
  }

  /** As {@link #reconcile(ReconcileReport)}, saying what was cut ({@link #CELL_LIMIT}). */
  public static byte[] reconcile(ReconcileReport r, Consumer<String> cut) {
    List<ItemReconciliation> all = new ArrayList<>(r.benefits());
    all.addAll(r.costs());
    return write(
        "Reconciliation as of " + r.asOf(),
        List.of(reconciliation(all), basisSheet(Tables.basis(r.settings()), r.asOf())),
        cut);
  }

  /** The force total: Summary, Breakdowns, Reconciliation, Double counts and Sources. */
  public static byte[] total(TotalReport r, ReconcileReport rec, List<ReferenceSource> sources) {
    return total(r, rec, sources, NO_SINK);
  }

  /** As {@link #total(TotalReport, ReconcileReport, List)}, saying what was cut. */
  public static byte[] total(
      TotalReport r, ReconcileReport rec, List<ReferenceSource> sources, Consumer<String> cut) {
    List<ItemReconciliation> all = new ArrayList<>(rec.benefits());
    all.addAll(rec.costs());
    return write(
        "Force total as of " + r.total().asOf(),
        List.of(
            summary(r),
            breakdowns(r),
            reconciliation(all),
            doubleCounts(r.total().doubleCounts()),
            sources(sources)),
        cut);
  }

  /** The board pack's figures: the total's sheets plus the series and missing actuals. */
  public static byte[] boardPack(BoardPackReport r) {
    return boardPack(r, null, NO_SINK);
  }

  /**
   * The board pack's figures, with the Prevention Index sheets when {@code index} is set, saying
   * what was cut ({@link #CELL_LIMIT}).
   */
  public static byte[] boardPack(
      BoardPackReport r, org.forcetotaliser.report.IndexReport index, Consumer<String> cut) {
    List<ItemReconciliation> all = new ArrayList<>(r.reconcile().benefits());
    all.addAll(r.reconcile().costs());
    Sheet series =
        new Sheet(
            "By quarter",
            text("quarter"),
            money("planned value"),
            money("actual value"),
            col("items due", Kind.WHOLE),
            col("items reported", Kind.WHOLE));
    for (BoardPackReport.QuarterValue q : r.series()) {
      series.add(q.quarter().toString(), q.planned(), q.actual(), q.due(), q.reported());
    }
    Sheet missing =
        new Sheet(
            "Missing actuals",
            text("project"),
            text("item"),
            text("type"),
            text("owner"),
            text("missing quarters"));
    for (ItemReconciliation i : r.missing()) {
      missing.add(i.project(), i.item(), i.type().key(), i.owner(), quarters(i.missing()));
    }
    Sheet projects = measuresSheet("Projects");
    for (ProjectAppraisal p : r.estimate().projects()) {
      measuresRow(projects, p.project().id(), p.project(), p.measures());
    }
    List<Sheet> sheets =
        new ArrayList<>(
            List.of(
                summary(r.total()),
                breakdowns(r.total()),
                reconciliation(all),
                series,
                missing,
                projects,
                doubleCounts(r.total().total().doubleCounts())));
    if (r.roadmap() != null) {
      sheets.add(sheet("Roadmap", r.roadmap().blocksTable()));
      sheets.add(sheet("Roadmap actions", r.roadmap().actionsTable()));
    }
    if (index != null) {
      sheets.addAll(IndexWorkbook.sheets(index));
    }
    sheets.add(sources(r.sources()));
    return write("Board pack as of " + r.asOf(), sheets, cut);
  }

  // ---- sheets ---------------------------------------------------------------------------------

  private static Sheet summary(TotalReport r) {
    Sheet s =
        new Sheet(
            "Summary",
            text("measure"),
            col("committed", Kind.QUANTITY),
            col("pipeline", Kind.QUANTITY),
            text("unit"));
    // each row has its own unit, so each number carries its own format
    Summary c = r.total().committed();
    Summary p = r.total().pipeline();
    Measures a = c.measures();
    Measures b = p.measures();
    s.add("as of", null, null, r.total().asOf().toString());
    s.add(
        "projects",
        new Typed(Kind.WHOLE, BigDecimal.valueOf(r.projects())),
        new Typed(Kind.WHOLE, BigDecimal.valueOf(r.pipelineProjects())),
        "count");
    s.add("PV benefits", m(a.pvBenefits()), m(b.pvBenefits()), "£");
    s.add("PV cashable", m(a.pvCashable()), m(b.pvCashable()), "£");
    s.add("PV costs", m(a.pvCosts()), m(b.pvCosts()), "£");
    s.add("NPSV", m(a.npsv()), m(b.npsv()), "£");
    s.add("BCR", r(a.bcr()), r(b.bcr()), "ratio");
    s.add("cash ROI", r(a.cashRoi()), r(b.cashRoi()), "ratio");
    s.add("switching value", f(a.switchingValue()), f(b.switchingValue()), "%");
    s.add("offences prevented", q(a.offencesPrevented()), q(b.offencesPrevented()), "offences");
    s.add("harm (CSS)", q(a.harmCss()), q(b.harmCss()), "CSS");
    s.add("harm (CCHI days)", q(a.harmCchi()), q(b.harmCchi()), "days");
    s.add("hours freed", q(a.hoursFreed()), q(b.hoursFreed()), "hours");
    s.add("FTE-years freed", q(a.fteYears()), q(b.fteYears()), "FTE-years");
    s.add("planned value to date", m(c.plannedValueToDate()), m(p.plannedValueToDate()), "£");
    s.add("actual value to date", m(c.actualValueToDate()), m(p.actualValueToDate()), "£");
    s.add("basis", null, null, Tables.basis(r.settings()));
    return s;
  }

  private static Sheet breakdowns(TotalReport r) {
    Sheet s =
        new Sheet(
            "Breakdowns",
            text("dimension"),
            text("key"),
            money("PV benefits"),
            money("PV cashable"),
            money("PV costs"),
            money("NPSV"),
            col("BCR", Kind.RATIO),
            col("offences", Kind.QUANTITY),
            col("harm (CSS)", Kind.QUANTITY),
            col("harm (CCHI days)", Kind.QUANTITY),
            col("hours", Kind.QUANTITY),
            col("FTE-years", Kind.QUANTITY),
            money("planned to date"),
            money("actual to date"));
    for (Breakdown d : r.dimensions()) {
      for (Summary x : r.total().breakdowns().get(d)) {
        Measures m = x.measures();
        boolean b = x.benefitsOnly();
        s.add(
            d.key(),
            x.key(),
            m.pvBenefits(),
            m.pvCashable(),
            b ? null : m.pvCosts(),
            b ? null : m.npsv(),
            b ? null : m.bcr(),
            m.offencesPrevented(),
            m.harmCss(),
            m.harmCchi(),
            m.hoursFreed(),
            m.fteYears(),
            x.plannedValueToDate(),
            x.actualValueToDate());
      }
    }
    return s;
  }

  private static Sheet reconciliation(List<ItemReconciliation> items) {
    Sheet s =
        new Sheet(
            "Reconciliation",
            text("project"),
            text("item"),
            text("type"),
            text("owner"),
            col("planned", Kind.QUANTITY),
            col("planned_reported", Kind.QUANTITY),
            col("actual", Kind.QUANTITY),
            col("variance", Kind.QUANTITY),
            col("realisation", Kind.PERCENT),
            text("RAG"),
            text("missing quarters"),
            money("planned value"),
            money("actual value"),
            col("forecast", Kind.QUANTITY),
            col("forecast_trend", Kind.QUANTITY));
    for (ItemReconciliation i : items) {
      s.add(
          i.project(),
          i.item(),
          i.type().key(),
          i.owner(),
          i.planned(),
          i.plannedReported(),
          i.actual(),
          i.variance(),
          i.realisation(),
          BoardPack.RAG_LABELS.get(i.rag()),
          quarters(i.missing()),
          i.plannedValue(),
          i.actualValue(),
          i.forecast(),
          i.forecastTrend());
    }
    return s;
  }

  private static Sheet doubleCounts(List<DoubleCount> counts) {
    Sheet s =
        new Sheet(
            "Double counts",
            text("kind"),
            text("claim"),
            text("projects"),
            text("benefits"),
            text("first quarter"),
            text("last quarter"),
            col("quarters", Kind.WHOLE),
            money("PV at stake"));
    for (DoubleCount d : counts) {
      s.add(
          d.kind().key(),
          d.claim().key(),
          String.join(", ", d.projects()),
          String.join(", ", d.items()),
          d.periods().get(0).toString(),
          d.periods().get(d.periods().size() - 1).toString(),
          d.periods().size(),
          d.atStake());
    }
    return s;
  }

  private static Sheet sources(List<ReferenceSource> sources) {
    Sheet s =
        new Sheet(
            "Sources",
            text("table"),
            text("title"),
            text("publisher"),
            text("citation"),
            text("price year"),
            text("licence"),
            text("confidence"),
            text("url"));
    for (ReferenceSource x : sources) {
      s.add(
          x.table(),
          x.title(),
          x.publisher(),
          x.citation(),
          x.priceYear(),
          x.licence(),
          x.confidence(),
          x.url());
    }
    return s;
  }

  private static Sheet basisSheet(String basis, Quarter asOf) {
    Sheet s = new Sheet("Basis", text("setting"), text("value"));
    s.add("basis", basis);
    if (asOf != null) {
      s.add("as of", asOf.toString());
    }
    return s;
  }

  private static Sheet measuresSheet(String name) {
    return new Sheet(
        name,
        text("project"),
        text("name"),
        text("stage"),
        text("building block"),
        text("area"),
        text("owner"),
        money("PV benefits"),
        money("PV cashable"),
        money("PV costs"),
        money("NPSV"),
        col("BCR", Kind.RATIO),
        col("cash ROI", Kind.RATIO),
        text("payback"),
        col("switching value", Kind.FRACTION),
        col("offences", Kind.QUANTITY),
        col("harm (CSS)", Kind.QUANTITY),
        col("harm (CCHI days)", Kind.QUANTITY),
        col("hours", Kind.QUANTITY),
        col("FTE-years", Kind.QUANTITY));
  }

  private static void measuresRow(Sheet s, String id, Project p, Measures m) {
    s.add(
        id,
        p == null ? null : p.name(),
        p == null ? null : p.stage().key(),
        p == null || p.buildingBlock() == null ? null : p.buildingBlock().key(),
        p == null ? null : p.area(),
        p == null ? null : p.owner(),
        m.pvBenefits(),
        m.pvCashable(),
        m.pvCosts(),
        m.npsv(),
        m.bcr(),
        m.cashRoi(),
        m.payback() == null ? null : m.payback().toString(),
        m.switchingValue(),
        m.offencesPrevented(),
        m.harmCss(),
        m.harmCchi(),
        m.hoursFreed(),
        m.fteYears());
  }

  /** What a benefit is valued by: its offence, role, source or measure, as written. */
  static String basis(BenefitDetail d) {
    if (d instanceof BenefitDetail.CrimeHarm c) {
      return "offence " + c.offence();
    }
    if (d instanceof BenefitDetail.HoursFreed h) {
      return h.role() + ", " + h.use();
    }
    if (d instanceof BenefitDetail.Wider w) {
      return w.source() == null ? "" : w.source();
    }
    if (d instanceof BenefitDetail.Qualitative q) {
      return q.measure();
    }
    return "";
  }

  private static String quarters(List<Quarter> qs) {
    List<String> s = new ArrayList<>();
    qs.forEach(q -> s.add(q.toString()));
    return String.join(", ", s);
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
        for (int c = 0; c < s.cols.size(); c++) {
          ws.value(0, c, s.cols.get(c).heading());
          ws.style(0, c).bold().fillColor("DDE5EE").set();
          ws.width(c, s.cols.get(c).kind() == Kind.TEXT ? 24 : 16);
        }
        for (int r = 0; r < s.rows.size(); r++) {
          List<Object> row = s.rows.get(r);
          for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof String text && text.length() > CELL_LIMIT) {
              cut.accept(
                  "sheet `"
                      + s.name
                      + "`, row "
                      + (r + 2)
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
            cell(ws, r + 1, c, s.cols.get(c).kind(), v);
          }
        }
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, s.cols.size() - 1);
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fixTimes(out.toByteArray());
  }

  private static void cell(Worksheet ws, int r, int c, Kind kind, Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof String s) {
      ws.value(r, c, neutralise(s));
      return;
    }
    if (v instanceof Typed t) {
      cell(ws, r, c, t.kind(), t.value());
      return;
    }
    if (v instanceof Integer i) {
      ws.value(r, c, i);
      ws.style(r, c).format(WHOLE).set();
      return;
    }
    BigDecimal d = (BigDecimal) v;
    switch (kind) {
      case MONEY -> {
        ws.value(r, c, d.setScale(2, RoundingMode.HALF_EVEN));
        ws.style(r, c).format(MONEY).set();
      }
      case PERCENT -> {
        ws.value(r, c, d.movePointLeft(2).setScale(6, RoundingMode.HALF_EVEN));
        ws.style(r, c).format(PERCENT).set();
      }
      case FRACTION -> {
        ws.value(r, c, d.setScale(6, RoundingMode.HALF_EVEN));
        ws.style(r, c).format(PERCENT).set();
      }
      case RATIO -> {
        ws.value(r, c, d.setScale(4, RoundingMode.HALF_EVEN));
        ws.style(r, c).format(RATIO).set();
      }
      case WHOLE -> {
        ws.value(r, c, d.setScale(0, RoundingMode.HALF_EVEN));
        ws.style(r, c).format(WHOLE).set();
      }
      case QUANTITY, TEXT -> {
        ws.value(r, c, d.setScale(4, RoundingMode.HALF_EVEN));
        ws.style(r, c).format(QUANTITY).set();
      }
    }
  }

  /**
   * The package rewritten with a fixed time: the same entries in the same order, each stamped
   * {@link #FIXED_TIME}, and the creation time in docProps/core.xml replaced by it.
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

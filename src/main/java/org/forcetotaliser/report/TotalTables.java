package org.forcetotaliser.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.calc.DoubleCount;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.model.ReferenceSource;

/**
 * The force total laid out as typed tables (docs/method.md §9): the headline, a table per
 * breakdown, the double counts, the flat table of its CSV form, and the workbook's breakdown sheets
 * with their totals rows and its sources.
 */
public final class TotalTables {
  private TotalTables() {}

  static final Column PV_BENEFITS = Column.money("PV benefits", "present value of all benefits");
  static final Column PV_CASHABLE =
      Column.money("PV cashable", "present value of the cashable benefits");
  static final Column PV_COSTS = Column.money("PV costs", "present value of the costs");
  static final Column NPSV = Column.money("NPSV", "PV benefits less PV costs");
  static final Column BCR = Column.ratio("BCR", "PV benefits over PV costs");
  static final Column OFFENCES = Column.quantity("offences", "offences prevented", "offences", 1);
  static final Column HARM_CSS =
      Column.quantity("harm (CSS)", "harm prevented, Crime Severity Score", "CSS", 0);
  static final Column HARM_CCHI =
      Column.quantity("harm (CCHI days)", "harm prevented, Cambridge Crime Harm Index", "days", 0);
  static final Column HOURS = Column.quantity("hours", "officer and staff hours freed", "hours", 0);
  static final Column FTE =
      Column.quantity("FTE-years", "hours freed as full-time years", "FTE-years", 1);
  static final Column PLANNED_TO_DATE =
      Column.money("planned to date", "planned benefit value up to as-of, undiscounted");
  static final Column ACTUAL_TO_DATE =
      Column.money("actual to date", "reported benefit value up to as-of, undiscounted");

  /** Why a breakdown by benefit has no cost measures (docs/method.md §9). */
  static final String BENEFITS_ONLY = "costs belong to projects, not to benefits";

  // ---- headline -------------------------------------------------------------------------------

  /** The committed and pipeline measures side by side, each row in its own kind of figure. */
  public static ReportTable headline(TotalReport r) {
    Summary c = r.total().committed();
    Summary p = r.total().pipeline();
    ReportTable t =
        new ReportTable(
            "Headline",
            List.of(
                Column.text("measure", "the measure"),
                Column.figure("committed (" + r.projects() + ")", "the committed projects"),
                Column.figure("pipeline (" + r.pipelineProjects() + ")", "the proposed projects")));
    Measures a = c.measures();
    Measures b = p.measures();
    row(t, "PV benefits", PV_BENEFITS, a, b, Measures::pvBenefits);
    row(t, "  of which cashable", PV_CASHABLE, a, b, Measures::pvCashable);
    row(t, "PV costs", PV_COSTS, a, b, Measures::pvCosts);
    row(t, "NPSV", NPSV, a, b, Measures::npsv);
    row(t, "BCR", BCR, a, b, m -> ratio(m, m.bcr()));
    row(t, "cash ROI", Column.ratio("cash ROI", ""), a, b, m -> ratio(m, m.cashRoi()));
    row(
        t,
        "payback",
        Column.milestone("payback", ""),
        a,
        b,
        m -> m.payback() == null ? Column.Absent.noted("not reached") : m.payback());
    row(
        t,
        "switching value",
        Column.fraction("switching value", ""),
        a,
        b,
        m -> ratio(m, m.switchingValue()));
    row(t, "offences prevented", OFFENCES, a, b, Measures::offencesPrevented);
    row(t, "harm (CSS)", HARM_CSS, a, b, Measures::harmCss);
    row(t, "harm (CCHI days)", HARM_CCHI, a, b, Measures::harmCchi);
    row(t, "hours freed", HOURS, a, b, Measures::hoursFreed);
    row(t, "FTE-years freed", FTE, a, b, TotalTables::fte);
    t.add(
        "planned value to date",
        new Column.Figure(PLANNED_TO_DATE, c.plannedValueToDate()),
        new Column.Figure(PLANNED_TO_DATE, p.plannedValueToDate()));
    t.add(
        "actual value to date",
        new Column.Figure(ACTUAL_TO_DATE, c.actualValueToDate()),
        new Column.Figure(ACTUAL_TO_DATE, p.actualValueToDate()));
    return t;
  }

  private static void row(
      ReportTable t,
      String measure,
      Column as,
      Measures a,
      Measures b,
      Function<Measures, Object> value) {
    t.add(measure, new Column.Figure(as, value.apply(a)), new Column.Figure(as, value.apply(b)));
  }

  /** A ratio, or why it is absent (docs/method.md §7). */
  private static Object ratio(Measures m, BigDecimal v) {
    if (v != null) {
      return v;
    }
    if (m.ratiosAbsentReason() != null) {
      return Column.Absent.noted(m.ratiosAbsentReason());
    }
    return m.pvCosts().signum() == 0 ? Column.Absent.noted("no costs") : null;
  }

  private static Object fte(Measures m) {
    return m.fteYears() == null ? Column.Absent.noted("fte_hours is not set") : m.fteYears();
  }

  // ---- breakdowns -----------------------------------------------------------------------------

  /** How a breakdown is titled: "By building block". */
  public static String title(Breakdown d) {
    return "By " + d.key().replace('_', ' ');
  }

  /** One breakdown as the text formats show it. */
  public static ReportTable breakdown(Breakdown d, List<Summary> rows) {
    ReportTable t =
        new ReportTable(
            title(d),
            List.of(
                Column.labelled(d.key(), "the breakdown's key"),
                PV_BENEFITS,
                PV_COSTS,
                NPSV,
                BCR,
                OFFENCES,
                HOURS,
                PLANNED_TO_DATE,
                ACTUAL_TO_DATE));
    for (Summary s : rows) {
      Measures m = s.measures();
      boolean b = s.benefitsOnly();
      Object absent = Column.Absent.noted(BENEFITS_ONLY);
      t.add(
          Labels.breakdownKey(d, s.key()),
          m.pvBenefits(),
          b ? absent : m.pvCosts(),
          b ? absent : m.npsv(),
          b ? absent : ratio(m, m.bcr()),
          m.offencesPrevented(),
          m.hoursFreed(),
          s.plannedValueToDate(),
          s.actualValueToDate());
    }
    return t;
  }

  /**
   * One breakdown with every measure and a totals row under it, as a workbook sheet shows it: £,
   * quantities and hours summed exactly; the BCR, a ratio, is not summed (docs/method.md §9: the
   * rows add up to the total).
   */
  public static ReportTable breakdownSheet(Breakdown d, List<Summary> rows) {
    ReportTable t =
        new ReportTable(
            title(d),
            List.of(
                Column.labelled(d.key(), "the breakdown's key"),
                PV_BENEFITS,
                PV_CASHABLE,
                PV_COSTS,
                NPSV,
                BCR,
                OFFENCES,
                HARM_CSS,
                HARM_CCHI,
                HOURS,
                FTE,
                PLANNED_TO_DATE,
                ACTUAL_TO_DATE));
    boolean benefitsOnly = false;
    for (Summary s : rows) {
      Measures m = s.measures();
      boolean b = s.benefitsOnly();
      benefitsOnly |= b;
      Object absent = Column.Absent.noted(BENEFITS_ONLY);
      t.add(
          Labels.breakdownKey(d, s.key()),
          m.pvBenefits(),
          m.pvCashable(),
          b ? absent : m.pvCosts(),
          b ? absent : m.npsv(),
          b ? absent : ratio(m, m.bcr()),
          m.offencesPrevented(),
          m.harmCss(),
          m.harmCchi(),
          m.hoursFreed(),
          fte(m),
          s.plannedValueToDate(),
          s.actualValueToDate());
    }
    t.rule();
    Object costsAbsent = Column.Absent.noted(BENEFITS_ONLY);
    t.add(
        new Labels.Plain("total"),
        sum(rows, s -> s.measures().pvBenefits()),
        sum(rows, s -> s.measures().pvCashable()),
        benefitsOnly ? costsAbsent : sum(rows, s -> s.measures().pvCosts()),
        benefitsOnly ? costsAbsent : sum(rows, s -> s.measures().npsv()),
        Column.Absent.noted("a ratio is not summed: see the Summary sheet"),
        sum(rows, s -> s.measures().offencesPrevented()),
        sum(rows, s -> s.measures().harmCss()),
        sum(rows, s -> s.measures().harmCchi()),
        sum(rows, s -> s.measures().hoursFreed()),
        rows.stream().anyMatch(s -> s.measures().fteYears() == null)
            ? Column.Absent.noted("fte_hours is not set")
            : sum(rows, s -> s.measures().fteYears()),
        sum(rows, Summary::plannedValueToDate),
        sum(rows, Summary::actualValueToDate));
    return t;
  }

  /** The exact sum of a figure over the rows; null when no row has it. */
  static BigDecimal sum(List<Summary> rows, Function<Summary, BigDecimal> figure) {
    BigDecimal total = null;
    for (Summary s : rows) {
      BigDecimal v = figure.apply(s);
      if (v != null) {
        total = total == null ? v : total.add(v);
      }
    }
    return total;
  }

  // ---- double counts --------------------------------------------------------------------------

  private static final Column KIND = Column.text("kind", "definite or possible");
  private static final Column CLAIM = Column.text("claim", "what is claimed twice");
  private static final Column AT_STAKE =
      Column.money("PV at stake", "the PV that falls if only the largest claim stays");

  /** The double counts, each claim's quarters shortened to a run. */
  public static ReportTable doubleCounts(List<DoubleCount> counts) {
    ReportTable t =
        new ReportTable(
            "Double counts",
            List.of(
                KIND,
                CLAIM,
                Column.text("projects", "the projects claiming it"),
                Column.text("quarters", "the quarters claimed twice"),
                AT_STAKE));
    for (DoubleCount d : counts) {
      String periods =
          d.periods().size() == 1
              ? d.periods().get(0).toString()
              : d.periods().get(0)
                  + " – "
                  + d.periods().get(d.periods().size() - 1)
                  + " ("
                  + d.periods().size()
                  + ")";
      t.add(
          d.kind().key(),
          d.claim().key(),
          DoubleCount.firstFew(d.projects()),
          periods,
          d.atStake());
    }
    return t;
  }

  /** The double counts with every project and benefit named, as a workbook sheet shows them. */
  public static ReportTable doubleCountSheet(List<DoubleCount> counts) {
    ReportTable t =
        new ReportTable(
            "Double counts",
            List.of(
                KIND,
                CLAIM,
                Column.prose("projects", "the projects claiming it"),
                Column.prose("benefits", "the benefits claiming it"),
                Column.period("first quarter", "the first quarter claimed twice"),
                Column.period("last quarter", "the last quarter claimed twice"),
                Column.count("quarters", "how many quarters are claimed twice"),
                AT_STAKE));
    for (DoubleCount d : counts) {
      t.add(
          d.kind().key(),
          d.claim().key(),
          String.join(", ", d.projects()),
          String.join(", ", d.items()),
          d.periods().get(0),
          d.periods().get(d.periods().size() - 1),
          d.periods().size(),
          d.atStake());
    }
    return t;
  }

  // ---- flat -----------------------------------------------------------------------------------

  /** The totals and every breakdown row in one flat table: the CSV form of a total. */
  public static ReportTable flat(TotalReport r) {
    ReportTable t =
        new ReportTable(
            null,
            List.of(
                Column.text("dimension", "total, or the breakdown"),
                Column.labelled("key", "committed or pipeline, or the breakdown's key"),
                Column.money("pv_benefits", PV_BENEFITS.meaning()),
                Column.money("pv_cashable", PV_CASHABLE.meaning()),
                Column.money("pv_costs", PV_COSTS.meaning()),
                Column.money("npsv", NPSV.meaning()),
                Column.ratio("bcr", BCR.meaning()),
                Column.ratio("cash_roi", "cashable benefits less costs, over costs"),
                Column.milestone("payback", "the year discounted benefits reach costs"),
                Column.fraction("switching_value", "the fall in benefits that brings NPSV to 0"),
                Column.quantity("offences_prevented", OFFENCES.meaning(), "offences", 4),
                Column.quantity("harm_css", HARM_CSS.meaning(), "CSS", 4),
                Column.quantity("harm_cchi", HARM_CCHI.meaning(), "days", 4),
                Column.quantity("hours_freed", HOURS.meaning(), "hours", 4),
                Column.quantity("fte_years", FTE.meaning(), "FTE-years", 4),
                Column.money("planned_value_to_date", PLANNED_TO_DATE.meaning()),
                Column.money("actual_value_to_date", ACTUAL_TO_DATE.meaning())));
    flatRow(t, "total", new Labels.Plain("committed"), r.total().committed());
    flatRow(t, "total", new Labels.Plain("pipeline"), r.total().pipeline());
    for (Breakdown d : r.dimensions()) {
      for (Summary s : r.total().breakdowns().get(d)) {
        flatRow(t, d.key(), Labels.breakdownKey(d, s.key()), s);
      }
    }
    return t;
  }

  private static void flatRow(ReportTable t, String dim, Object key, Summary s) {
    Measures m = s.measures();
    boolean b = s.benefitsOnly();
    t.add(
        dim,
        key,
        m.pvBenefits(),
        m.pvCashable(),
        b ? null : m.pvCosts(),
        b ? null : m.npsv(),
        b ? null : m.bcr(),
        b ? null : m.cashRoi(),
        b ? null : m.payback(),
        b ? null : m.switchingValue(),
        m.offencesPrevented(),
        m.harmCss(),
        m.harmCchi(),
        m.hoursFreed(),
        m.fteYears(),
        s.plannedValueToDate(),
        s.actualValueToDate());
  }

  // ---- sources --------------------------------------------------------------------------------

  /** The reference tables a report's figures rest on, with their citations. */
  public static ReportTable sources(List<ReferenceSource> sources) {
    ReportTable t =
        new ReportTable(
            "Sources",
            List.of(
                Column.id("table", "the reference table"),
                Column.prose("title", "its title"),
                Column.text("publisher", "who publishes it"),
                Column.prose("citation", "how to cite it"),
                Column.text("price year", "the prices its £ are in"),
                Column.text("licence", "its licence"),
                Column.text("confidence", "how far to rely on it"),
                Column.prose("url", "where it is published")));
    for (ReferenceSource x : sources) {
      t.add(
          x.table(),
          x.title(),
          x.publisher(),
          x.citation(),
          x.priceYear(),
          x.licence(),
          x.confidence(),
          x.url());
    }
    return t;
  }
}

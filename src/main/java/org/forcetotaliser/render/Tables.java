package org.forcetotaliser.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.calc.DoubleCount;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.ItemType;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.render.TextTable.Cell;
import org.forcetotaliser.render.TextTable.Column;
import org.forcetotaliser.report.EstimateReport;
import org.forcetotaliser.report.EstimateTables;
import org.forcetotaliser.report.ReconcileReport;
import org.forcetotaliser.report.ReturnTemplate;
import org.forcetotaliser.report.TotalReport;

/** Lays reports out as text tables, for the table, CSV and Markdown formats. */
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

  static Cell ratio(BigDecimal v) {
    return Cell.number(Numbers.ratio(v), Numbers.raw(v));
  }

  static Cell qty(BigDecimal v, int scale) {
    return Cell.number(Numbers.quantity(v, scale), Numbers.raw(v));
  }

  static Cell pct(BigDecimal v) {
    return Cell.number(Numbers.percent(v), Numbers.raw(v));
  }

  /**
   * The line under a reconciliation's title: £ are undiscounted (docs/method.md §8), so it names
   * the prices only.
   */
  public static String undiscountedBasis(ForceSettings s) {
    return whose(s) + "£ at " + s.priceBase() + " prices, undiscounted";
  }

  /**
   * The force and the force.yaml its settings came from, or that the defaults apply (README,
   * "Files"): a project file run on its own takes the nearest force.yaml above it.
   */
  static String whose(ForceSettings s) {
    String file = s.sourceFile();
    if (file == null) {
      // settings built in memory carry a force's name but no file
      return s.force() == null ? "default settings (no force.yaml) · " : s.force() + " · ";
    }
    return (s.force() == null ? "" : s.force() + " ") + "(" + file + ") · ";
  }

  /** The line under every report title: whose figures, in which prices, discounted how. */
  public static String basis(ForceSettings s) {
    return whose(s)
        + "£ at "
        + s.priceBase()
        + " prices, discounted to "
        + s.discountYear()
        + " ("
        + s.discountSchedule()
        + " STPR)";
  }

  // ---- estimate -----------------------------------------------------------------------------

  /**
   * Qualitative benefits, which have no £: each one's measure and its target level by period
   * (method.md §7); null when the estimate has none.
   */
  public static TextTable qualitativeTargets(EstimateReport r) {
    TextTable t =
        new TextTable(
            "Qualitative targets",
            List.of(
                left("project"), left("benefit"), left("measure"), left("target level by period")));
    for (ProjectAppraisal p : r.projects()) {
      for (org.forcetotaliser.calc.BenefitAppraisal b : p.benefits()) {
        if (b.benefit().detail() instanceof org.forcetotaliser.model.BenefitDetail.Qualitative q) {
          List<String> levels = new ArrayList<>();
          b.quarters()
              .forEach(x -> levels.add(x.quarter() + ": " + Numbers.quantity(x.gross(), 1)));
          t.add(
              List.of(
                  text(p.project().id()),
                  text(b.benefit().id()),
                  text(q.measure()),
                  text(String.join("; ", levels))));
        }
      }
    }
    return t.rows().isEmpty() ? null : t;
  }

  /** Every measure of every project in one flat table: the CSV form of an estimate. */
  public static TextTable estimateFlat(EstimateReport r) {
    return Cells.table(EstimateTables.flat(r));
  }

  // ---- reconcile ----------------------------------------------------------------------------

  /** How a reconciled quantity reads: £ for cash and costs, whole hours, else one decimal. */
  static Cell amount(ItemType type, BigDecimal v) {
    if (type.inPounds()) {
      return money(v);
    }
    if (type.is(BenefitDetail.Type.HOURS_FREED)) {
      return qty(v, 0);
    }
    return qty(v, 1);
  }

  static String rag(Rag rag) {
    return switch (rag) {
      case GREEN -> "GREEN";
      case AMBER -> "AMBER";
      case RED -> "RED";
      case ZERO_PLANNED -> "zero planned";
      case NOT_REPORTED -> "not reported";
      case NOT_DUE -> "not due";
    };
  }

  /** Quarters as a list, or as a first … last (count) run when there are more than two. */
  static String quarters(List<Quarter> qs) {
    if (qs.size() > 2) {
      return qs.get(0) + " … " + qs.get(qs.size() - 1) + " (" + qs.size() + ")";
    }
    List<String> s = new ArrayList<>();
    qs.forEach(q -> s.add(q.toString()));
    return String.join("; ", s);
  }

  /** Every quarter, for CSV. */
  static String allQuarters(List<Quarter> qs) {
    List<String> s = new ArrayList<>();
    qs.forEach(q -> s.add(q.toString()));
    return String.join("; ", s);
  }

  /**
   * The reconcile table, with the column names and meanings of docs/method.md §8 (method.md §4):
   * {@code planned} is every due quarter's plan, {@code planned_reported} the like-for-like plan of
   * the reported quarters; quarter rows add up to their item's row.
   */
  public static TextTable reconcileItems(
      String title, List<ItemReconciliation> items, boolean byQuarter) {
    TextTable t =
        new TextTable(
            title,
            List.of(
                left("project"),
                left("item"),
                left("type"),
                right("planned"),
                right("planned_reported"),
                right("actual"),
                right("variance"),
                right("realisation"),
                right("forecast"),
                left("RAG"),
                left("missing")));
    for (ItemReconciliation i : items) {
      t.add(
          List.of(
              text(i.project()),
              text(i.item()),
              text(i.type()),
              amount(i.type(), i.planned()),
              amount(i.type(), i.plannedReported()),
              amount(i.type(), i.actual()),
              amount(i.type(), i.variance()),
              pct(i.realisation()),
              amount(i.type(), i.forecast()),
              text(rag(i.rag())),
              text(quarters(i.missing()))));
      if (byQuarter) {
        for (ItemReconciliation.QuarterRow q : i.quarters()) {
          t.add(
              List.of(
                  text(""),
                  text("  " + q.quarter()),
                  text(""),
                  amount(i.type(), q.planned()),
                  amount(i.type(), q.plannedReported()),
                  amount(i.type(), q.actual()),
                  text(""),
                  text(""),
                  text(""),
                  text(""),
                  text("")));
        }
      }
    }
    return t;
  }

  /** Every field of every item, flat: the CSV form of a reconciliation. */
  public static TextTable reconcileFlat(ReconcileReport r) {
    TextTable t =
        new TextTable(
            null,
            List.of(
                left("project"),
                left("item"),
                left("type"),
                left("owner"),
                right("planned"),
                right("planned_reported"),
                right("actual"),
                right("variance"),
                right("realisation"),
                left("rag"),
                left("missing"),
                right("planned_value"),
                right("actual_value"),
                right("forecast"),
                right("forecast_trend")));
    List<ItemReconciliation> all = new ArrayList<>(r.benefits());
    all.addAll(r.costs());
    for (ItemReconciliation i : all) {
      t.add(
          List.of(
              text(i.project()),
              text(i.item()),
              text(i.type()),
              text(i.owner()),
              qty(i.planned(), 4),
              qty(i.plannedReported(), 4),
              qty(i.actual(), 4),
              qty(i.variance(), 4),
              qty(i.realisation(), 4),
              text(i.rag()),
              text(allQuarters(i.missing())),
              money(i.plannedValue()),
              money(i.actualValue()),
              qty(i.forecast(), 4),
              qty(i.forecastTrend(), 4)));
    }
    return t;
  }

  /** RAG counts of the benefits. */
  public static TextTable ragCounts(List<ItemReconciliation> items) {
    TextTable t = new TextTable("Status", List.of(left("RAG"), right("benefits")));
    for (Rag rag : Rag.values()) {
      long n = items.stream().filter(i -> i.rag() == rag).count();
      if (n == 0 && rag == Rag.ZERO_PLANNED) {
        continue; // rare: a row only when it happens
      }
      t.add(List.of(text(rag(rag)), Cell.number(Long.toString(n), Long.toString(n))));
    }
    return t;
  }

  // ---- total --------------------------------------------------------------------------------

  public static TextTable headline(TotalReport r) {
    Summary c = r.total().committed();
    Summary p = r.total().pipeline();
    TextTable t =
        new TextTable(
            "Headline",
            List.of(
                left("measure"),
                right("committed (" + r.projects() + ")"),
                right("pipeline (" + r.pipelineProjects() + ")")));
    Measures a = c.measures();
    Measures b = p.measures();
    t.add(List.of(text("PV benefits"), money(a.pvBenefits()), money(b.pvBenefits())));
    t.add(List.of(text("  of which cashable"), money(a.pvCashable()), money(b.pvCashable())));
    t.add(List.of(text("PV costs"), money(a.pvCosts()), money(b.pvCosts())));
    t.add(List.of(text("NPSV"), money(a.npsv()), money(b.npsv())));
    t.add(List.of(text("BCR"), ratio(a.bcr()), ratio(b.bcr())));
    t.add(List.of(text("cash ROI"), ratio(a.cashRoi()), ratio(b.cashRoi())));
    t.add(List.of(text("payback"), text(a.payback()), text(b.payback())));
    t.add(
        List.of(
            text("switching value"),
            Cell.number(
                Numbers.fractionAsPercent(a.switchingValue()), Numbers.raw(a.switchingValue())),
            Cell.number(
                Numbers.fractionAsPercent(b.switchingValue()), Numbers.raw(b.switchingValue()))));
    t.add(
        List.of(
            text("offences prevented"),
            qty(a.offencesPrevented(), 1),
            qty(b.offencesPrevented(), 1)));
    t.add(List.of(text("harm (CSS)"), qty(a.harmCss(), 0), qty(b.harmCss(), 0)));
    t.add(List.of(text("harm (CCHI days)"), qty(a.harmCchi(), 0), qty(b.harmCchi(), 0)));
    t.add(List.of(text("hours freed"), qty(a.hoursFreed(), 0), qty(b.hoursFreed(), 0)));
    t.add(List.of(text("FTE-years freed"), qty(a.fteYears(), 1), qty(b.fteYears(), 1)));
    t.add(
        List.of(
            text("planned value to date"),
            money(c.plannedValueToDate()),
            money(p.plannedValueToDate())));
    t.add(
        List.of(
            text("actual value to date"),
            money(c.actualValueToDate()),
            money(p.actualValueToDate())));
    return t;
  }

  public static TextTable breakdown(String dimension, List<Summary> rows) {
    TextTable t =
        new TextTable(
            "By " + dimension.replace('_', ' '),
            List.of(
                left(dimension),
                right("PV benefits"),
                right("PV costs"),
                right("NPSV"),
                right("BCR"),
                right("offences"),
                right("hours"),
                right("planned to date"),
                right("actual to date")));
    for (Summary s : rows) {
      Measures m = s.measures();
      t.add(
          List.of(
              text(s.key()),
              money(m.pvBenefits()),
              s.benefitsOnly() ? money(null) : money(m.pvCosts()),
              s.benefitsOnly() ? money(null) : money(m.npsv()),
              s.benefitsOnly() ? ratio(null) : ratio(m.bcr()),
              qty(m.offencesPrevented(), 1),
              qty(m.hoursFreed(), 0),
              money(s.plannedValueToDate()),
              money(s.actualValueToDate())));
    }
    return t;
  }

  public static TextTable doubleCounts(List<DoubleCount> counts) {
    TextTable t =
        new TextTable(
            "Double counts",
            List.of(
                left("kind"),
                left("claim"),
                left("projects"),
                left("quarters"),
                right("PV at stake")));
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
          List.of(
              text(d.kind().key()),
              text(d.claim().key()),
              text(DoubleCount.firstFew(d.projects())),
              text(periods),
              money(d.atStake())));
    }
    return t;
  }

  /** The breakdown rows in one flat table: the CSV form of a total. */
  public static TextTable totalFlat(TotalReport r) {
    TextTable t =
        new TextTable(
            null,
            List.of(
                left("dimension"),
                left("key"),
                right("pv_benefits"),
                right("pv_cashable"),
                right("pv_costs"),
                right("npsv"),
                right("bcr"),
                right("cash_roi"),
                left("payback"),
                right("switching_value"),
                right("offences_prevented"),
                right("harm_css"),
                right("harm_cchi"),
                right("hours_freed"),
                right("fte_years"),
                right("planned_value_to_date"),
                right("actual_value_to_date")));
    t.add(summaryRow("total", "committed", r.total().committed()));
    t.add(summaryRow("total", "pipeline", r.total().pipeline()));
    for (Breakdown d : r.dimensions()) {
      for (Summary s : r.total().breakdowns().get(d)) {
        t.add(summaryRow(d.key(), s.key(), s));
      }
    }
    return t;
  }

  private static List<Cell> summaryRow(String dim, String key, Summary s) {
    Measures m = s.measures();
    boolean b = s.benefitsOnly();
    return List.of(
        text(dim),
        text(key),
        money(m.pvBenefits()),
        money(m.pvCashable()),
        money(b ? null : m.pvCosts()),
        money(b ? null : m.npsv()),
        ratio(b ? null : m.bcr()),
        ratio(b ? null : m.cashRoi()),
        text(b ? null : m.payback()),
        ratio(b ? null : m.switchingValue()),
        qty(m.offencesPrevented(), 4),
        qty(m.harmCss(), 4),
        qty(m.harmCchi(), 4),
        qty(m.hoursFreed(), 4),
        qty(m.fteYears(), 4),
        money(s.plannedValueToDate()),
        money(s.actualValueToDate()));
  }

  // ---- uncertainty --------------------------------------------------------------------------

  /** NPSV and BCR of the low, likely and high scenarios per project and for the portfolio. */
  public static TextTable scenarios(EstimateReport r) {
    TextTable t =
        new TextTable(
            "Scenarios",
            List.of(
                left("project"),
                right("NPSV low"),
                right("NPSV likely"),
                right("NPSV high"),
                right("BCR low"),
                right("BCR likely"),
                right("BCR high")));
    for (int i = 0; i < r.projects().size(); i++) {
      t.add(scenarioRow(r.projects().get(i).project().id(), r.uncertainty().get(i)));
    }
    t.rule();
    t.add(scenarioRow("committed", r.portfolioUncertainty()));
    return t;
  }

  private static List<Cell> scenarioRow(
      String name, org.forcetotaliser.report.UncertaintyReport u) {
    return List.of(
        text(name),
        money(u.low().npsv()),
        money(u.likely().npsv()),
        money(u.high().npsv()),
        ratio(u.low().bcr()),
        ratio(u.likely().bcr()),
        ratio(u.high().bcr()));
  }

  /** The simulated distribution of NPSV per project and for the portfolio. */
  public static TextTable simulation(EstimateReport r) {
    org.forcetotaliser.calc.Simulation.Result whole = r.portfolioUncertainty().simulation();
    TextTable t =
        new TextTable(
            "Monte Carlo: " + whole.draws() + " draws, seed " + whole.seed(),
            List.of(
                left("project"),
                right("NPSV P10"),
                right("P50"),
                right("P90"),
                right("mean"),
                right("BCR P50"),
                right("P(NPSV > 0)")));
    for (int i = 0; i < r.projects().size(); i++) {
      t.add(simulationRow(r.projects().get(i).project().id(), r.uncertainty().get(i).simulation()));
    }
    t.rule();
    t.add(simulationRow("committed", whole));
    return t;
  }

  private static List<Cell> simulationRow(
      String name, org.forcetotaliser.calc.Simulation.Result s) {
    return List.of(
        text(name),
        money(s.npsv().p10()),
        money(s.npsv().p50()),
        money(s.npsv().p90()),
        money(s.npsv().mean()),
        ratio(s.bcr() == null ? null : s.bcr().p50()),
        Cell.number(Numbers.fractionAsPercent(s.pNpsvPositive()), Numbers.raw(s.pNpsvPositive())));
  }

  /** Each ranged input's NPSV at its ends, biggest swing first, with its switching value. */
  public static TextTable tornado(EstimateReport r) {
    TextTable t =
        new TextTable(
            "Tornado and switching values",
            List.of(
                left("project"),
                left("input"),
                right("NPSV at low"),
                right("NPSV at high"),
                right("swing"),
                right("switching value")));
    for (int i = 0; i < r.projects().size(); i++) {
      org.forcetotaliser.report.UncertaintyReport u = r.uncertainty().get(i);
      java.util.Map<String, BigDecimal> switches = new java.util.HashMap<>();
      u.switching().forEach(s -> switches.put(s.input(), s.value()));
      for (org.forcetotaliser.calc.Sensitivity.Bar b : u.tornado()) {
        BigDecimal sv = switches.get(b.input());
        t.add(
            List.of(
                text(r.projects().get(i).project().id()),
                text(b.input().replaceFirst("^(benefits|costs)\\.", "")),
                money(b.npsvAtLow()),
                money(b.npsvAtHigh()),
                money(b.swing()),
                sv == null ? Cell.number("none in range", "") : qty(sv, 4)));
      }
    }
    return t;
  }

  // ---- return template ----------------------------------------------------------------------

  /** The quarter's return as a text table; its columns are {@link ReturnTemplate#table}'s. */
  public static TextTable returnTemplate(ReturnTemplate t) {
    return Cells.table(t.table());
  }
}

package org.forcetotaliser.render;

import java.util.List;
import org.forcetotaliser.calc.BenefitAppraisal;
import org.forcetotaliser.calc.BenefitQuarter;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.calc.CostAppraisal;
import org.forcetotaliser.calc.DoubleCount;
import org.forcetotaliser.calc.ForceTotal;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Sensitivity;
import org.forcetotaliser.calc.Simulation;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.calc.Totals;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.report.EstimateReport;
import org.forcetotaliser.report.ReconcileReport;
import org.forcetotaliser.report.TotalReport;
import org.forcetotaliser.report.UncertaintyReport;

/** Renders reports as the JSON documents of README "Commands". */
public final class JsonRenderer {
  public static final String ESTIMATE = "force-totaliser/estimate/1";
  public static final String RECONCILE = "force-totaliser/reconcile/1";
  public static final String TOTAL = "force-totaliser/total/1";

  private JsonRenderer() {}

  private static void header(Json j, String schema, ForceSettings s) {
    j.string("schema", schema)
        .string("price_base", s.priceBase())
        .string("discount_year", s.discountYear())
        .string("discount_schedule", s.discountSchedule());
  }

  /** The estimate, listing the warnings found while computing it. */
  public static String estimate(EstimateReport r) {
    return estimate(r, sorted(r.notes()));
  }

  /** The estimate, listing {@code diagnostics}: every warning of the run. */
  public static String estimate(EstimateReport r, List<Diagnostic> diagnostics) {
    Json j = new Json().begin();
    header(j, ESTIMATE, r.settings());
    j.array("projects");
    for (int pi = 0; pi < r.projects().size(); pi++) {
      project(
          j, r.projects().get(pi), r.byYear(), r.hasUncertainty() ? r.uncertainty().get(pi) : null);
    }
    j.endArray();
    portfolio(j, r);
    diagnostics(j, diagnostics);
    return j.end().finish();
  }

  private static List<Diagnostic> sorted(List<Diagnostic> notes) {
    List<Diagnostic> all = new java.util.ArrayList<>(notes);
    all.sort(null);
    return all;
  }

  /**
   * Every warning of the run, as {@code check --format json} lists them: {@code "diagnostics": [
   * {"file", "line", "column", "severity", "rule", "message", "hint", "accepted"} ]}, where {@code
   * accepted} is the reason of the force.yaml entry that accepts the warning, or null
   * (docs/method.md §9a). Accepted warnings are not printed, so this is where they are listed.
   */
  private static void diagnostics(Json j, List<Diagnostic> diagnostics) {
    j.array("diagnostics");
    for (Diagnostic d : diagnostics) {
      boolean placed = d.location().line() > 0;
      j.begin()
          .string("file", d.location().file())
          .integer("line", placed ? Integer.valueOf(d.location().line()) : null)
          .integer("column", placed ? Integer.valueOf(Math.max(1, d.location().column())) : null)
          .string("severity", d.severity().label())
          .string("rule", d.rule())
          .string("message", d.message())
          .string("hint", d.hint())
          .string("accepted", d.accepted())
          .end();
    }
    j.endArray();
  }

  /**
   * An estimate written to {@code out} project by project, as each is appraised; {@link #finish}
   * adds the portfolio and the pipeline. The same document as {@link
   * JsonRenderer#estimate(EstimateReport)}.
   */
  public static final class EstimateStream {
    private final Json j;
    private final boolean byYear;

    public EstimateStream(java.io.Writer out, ForceSettings settings, boolean byYear) {
      this.byYear = byYear;
      j = new Json(out).begin();
      header(j, ESTIMATE, settings);
      j.array("projects");
    }

    /** The project's JSON text; may be made on any thread. */
    public String prepare(ProjectAppraisal p, UncertaintyReport uncertainty) {
      return Json.element(2, e -> project(e, p, byYear, uncertainty));
    }

    /**
     * Writes the next project, in the portfolio's order: its text from {@link #prepare}, or made
     * now when that is null.
     */
    public void accept(ProjectAppraisal p, UncertaintyReport uncertainty, String prepared) {
      if (prepared != null) {
        j.raw(prepared);
      } else {
        project(j, p, byYear, uncertainty);
      }
    }

    /**
     * Ends the document with the portfolio and pipeline of the finished report, and {@code
     * diagnostics}, every warning of the run.
     */
    public void finish(EstimateReport r, List<Diagnostic> diagnostics) {
      j.endArray();
      portfolio(j, r);
      diagnostics(j, diagnostics);
      j.end().finishStream();
    }
  }

  private static void project(
      Json j, ProjectAppraisal p, boolean byYear, UncertaintyReport uncertainty) {
    j.begin()
        .string("id", p.project().id())
        .string("name", p.project().name())
        .string("stage", p.project().stage())
        .string("building_block", p.project().buildingBlock())
        .string("area", p.project().area())
        .string("start", p.project().start())
        .string("end", p.project().end());
    measures(j.begin("measures"), p.measures()).end();
    if (byYear) {
      years(j, p.totals());
    }
    if (uncertainty != null) {
      uncertainty(j, uncertainty, true);
    }
    j.array("benefits");
    for (BenefitAppraisal b : p.benefits()) {
      benefit(j, b);
    }
    j.endArray().array("costs");
    for (CostAppraisal c : p.costs()) {
      j.begin()
          .string("id", c.cost().id())
          .string("kind", c.cost().kind())
          .money("amount", c.amount())
          .quantity("optimism_bias", c.optimismBias())
          .money("value", c.value())
          .money("pv", c.pv());
      j.array("quarters");
      for (CostAppraisal.CostQuarter q : c.quarters()) {
        j.begin()
            .string("period", q.quarter())
            .money("amount", q.amount())
            .money("value", q.value())
            .money("pv", q.pv())
            .end();
      }
      j.endArray().end();
    }
    j.endArray().end();
  }

  private static void portfolio(Json j, EstimateReport r) {
    measures(j.begin("portfolio"), r.portfolio().measures());
    if (r.byYear()) {
      years(j, r.portfolio().totals());
    }
    if (r.hasUncertainty()) {
      uncertainty(j, r.portfolioUncertainty(), false);
    }
    j.end();
    measures(j.begin("pipeline"), r.pipeline().measures()).end();
  }

  private static void uncertainty(Json j, UncertaintyReport u, boolean project) {
    if (u.hasScenarios()) {
      j.begin("scenarios");
      measures(j.begin("low"), u.low()).end();
      measures(j.begin("likely"), u.likely()).end();
      measures(j.begin("high"), u.high()).end();
      j.end();
    }
    Simulation.Result s = u.simulation();
    if (s != null) {
      j.begin("simulation").integer("draws", s.draws()).integer("seed", s.seed());
      distribution(j, "npsv", s.npsv(), true);
      distribution(j, "bcr", s.bcr(), false);
      distribution(j, "pv_benefits", s.pvBenefits(), true);
      distribution(j, "pv_costs", s.pvCosts(), true);
      j.quantity("p_npsv_positive", s.pNpsvPositive()).end();
    }
    if (project) {
      j.array("tornado");
      for (Sensitivity.Bar b : u.tornado()) {
        j.begin()
            .string("input", b.input())
            .money("npsv_at_low", b.npsvAtLow())
            .money("npsv_at_high", b.npsvAtHigh())
            .money("swing", b.swing())
            .end();
      }
      j.endArray().array("switching");
      for (Sensitivity.Switch w : u.switching()) {
        j.begin().string("input", w.input()).quantity("value", w.value()).end();
      }
      j.endArray();
    }
  }

  private static void distribution(Json j, String name, Simulation.Distribution d, boolean money) {
    if (d == null) {
      j.string(name, null);
      return;
    }
    j.begin(name);
    if (money) {
      j.money("p10", d.p10()).money("p50", d.p50()).money("p90", d.p90()).money("mean", d.mean());
    } else {
      j.quantity("p10", d.p10())
          .quantity("p50", d.p50())
          .quantity("p90", d.p90())
          .quantity("mean", d.mean());
    }
    j.end();
  }

  private static void benefit(Json j, BenefitAppraisal b) {
    j.begin()
        .string("id", b.benefit().id())
        .string("type", b.benefit().type())
        .quantity("additionality", b.additionality())
        .quantity("gross", b.gross())
        .quantity("net", b.net())
        .quantity("risk_adjusted", b.riskAdjusted())
        .money("unit_value", b.unit().fixed())
        .money("value", b.value())
        .money("pv", b.pv())
        .quantity("harm_css", b.harmCss())
        .quantity("harm_cchi", b.harmCchi())
        .quantity("hours", b.hours())
        .string("offence_category", b.offenceCategory())
        .string("claim", b.benefit().claim());
    j.array("quarters");
    for (BenefitQuarter q : b.quarters()) {
      j.begin()
          .string("period", q.quarter())
          .quantity("gross", q.gross())
          .quantity("net", q.net())
          .quantity("risk_adjusted", q.riskAdjusted())
          .money("value", q.value())
          .quantity("discount_factor", q.discountFactor())
          .money("pv", q.pv())
          .end();
    }
    j.endArray().end();
  }

  private static void years(Json j, Totals t) {
    j.array("years");
    t.byYear()
        .forEach(
            (y, f) ->
                j.begin()
                    .string("year", y)
                    .money("pv_benefits", f.pvBenefits())
                    .money("pv_costs", f.pvCosts())
                    .money("npsv", f.pvBenefits().subtract(f.pvCosts()))
                    .end());
    j.endArray();
  }

  static Json measures(Json j, Measures m) {
    return j.money("pv_benefits", m.pvBenefits())
        .money("pv_cashable", m.pvCashable())
        .money("pv_costs", m.pvCosts())
        .money("npsv", m.npsv())
        .quantity("bcr", m.bcr())
        .quantity("cash_roi", m.cashRoi())
        .string("payback", m.payback())
        .quantity("switching_value", m.switchingValue())
        .string("ratios_absent", m.ratiosAbsentReason())
        .quantity("offences_prevented", m.offencesPrevented())
        .quantity("harm_css", m.harmCss())
        .quantity("harm_cchi", m.harmCchi())
        .quantity("hours_freed", m.hoursFreed())
        .quantity("fte_years", m.fteYears());
  }

  /** Benefit-only rows: the measures that belong to costs are absent. */
  private static Json summary(Json j, Summary s) {
    if (s.benefitsOnly()) {
      Measures m = s.measures();
      j.money("pv_benefits", m.pvBenefits())
          .money("pv_cashable", m.pvCashable())
          .money("pv_costs", null)
          .money("npsv", null)
          .quantity("bcr", null)
          .quantity("cash_roi", null)
          .string("payback", null)
          .quantity("switching_value", null)
          .string("ratios_absent", null)
          .quantity("offences_prevented", m.offencesPrevented())
          .quantity("harm_css", m.harmCss())
          .quantity("harm_cchi", m.harmCchi())
          .quantity("hours_freed", m.hoursFreed())
          .quantity("fte_years", m.fteYears());
    } else {
      measures(j, s.measures());
    }
    return j.money("planned_value_to_date", s.plannedValueToDate())
        .money("actual_value_to_date", s.actualValueToDate());
  }

  /** The reconciliation, listing the warnings found while computing it. */
  public static String reconcile(ReconcileReport r) {
    return reconcile(r, sorted(r.notes()), new Json()).finish();
  }

  /**
   * The reconciliation written to {@code out} as it is rendered, listing {@code diagnostics}: every
   * warning of the run.
   */
  public static void reconcile(
      ReconcileReport r, List<Diagnostic> diagnostics, java.io.Writer out) {
    reconcile(r, diagnostics, new Json(out)).finishStream();
  }

  private static Json reconcile(ReconcileReport r, List<Diagnostic> diagnostics, Json j) {
    j.begin();
    header(j, RECONCILE, r.settings());
    j.string("as_of", r.asOf());
    j.array("benefits");
    for (ItemReconciliation i : r.benefits()) {
      item(j, i, "benefit", r.byQuarter());
    }
    j.endArray().array("costs");
    for (ItemReconciliation i : r.costs()) {
      item(j, i, "cost", r.byQuarter());
    }
    j.endArray();
    diagnostics(j, diagnostics);
    return j.end();
  }

  private static void item(Json j, ItemReconciliation i, String itemKey, boolean byQuarter) {
    j.begin()
        .string("project", i.project())
        .string(itemKey, i.item())
        .string("type", i.type())
        .string("owner", i.owner())
        .quantity("planned", i.planned())
        .quantity("planned_reported", i.plannedReported())
        .quantity("actual", i.actual())
        .quantity("variance", i.variance())
        .quantity("realisation", i.realisation())
        .string("rag", i.rag());
    j.array("missing");
    for (Quarter q : i.missing()) {
      j.element(q);
    }
    j.endArray()
        .money("planned_value", i.plannedValue())
        .money("actual_value", i.actualValue())
        .quantity("forecast", i.forecast())
        .quantity("forecast_trend", i.forecastTrend());
    if (byQuarter) {
      j.array("quarters");
      for (ItemReconciliation.QuarterRow q : i.quarters()) {
        j.begin()
            .string("period", q.quarter())
            .quantity("planned", q.planned())
            .quantity("planned_reported", q.plannedReported())
            .quantity("actual", q.actual())
            .money("planned_value", q.plannedValue())
            .money("actual_value", q.actualValue())
            .end();
      }
      j.endArray();
    }
    j.end();
  }

  /** The force total, listing the warnings found while computing it. */
  public static String total(TotalReport r) {
    return total(r, sorted(r.notes()));
  }

  /** The force total, listing {@code diagnostics}: every warning of the run. */
  public static String total(TotalReport r, List<Diagnostic> diagnostics) {
    ForceTotal t = r.total();
    Json j = new Json().begin();
    header(j, TOTAL, r.settings());
    j.string("as_of", t.asOf());
    summary(j.begin("committed").integer("projects", r.projects()), t.committed()).end();
    summary(j.begin("pipeline").integer("projects", r.pipelineProjects()), t.pipeline()).end();
    j.begin("breakdowns");
    for (Breakdown d : r.dimensions()) {
      j.array(d.key());
      for (Summary s : t.breakdowns().get(d)) {
        summary(j.begin().string("key", s.key()), s).end();
      }
      j.endArray();
    }
    j.end();
    j.array("double_counts");
    for (DoubleCount d : t.doubleCounts()) {
      j.begin().string("kind", d.kind().key()).string("claim", d.claim().key());
      strings(j, "projects", d.projects());
      strings(j, "benefits", d.items());
      j.array("periods");
      for (Quarter q : d.periods()) {
        j.element(q);
      }
      j.endArray().money("at_stake", d.atStake()).end();
    }
    j.endArray();
    diagnostics(j, diagnostics);
    return j.end().finish();
  }

  private static void strings(Json j, String name, List<String> values) {
    j.array(name);
    for (String v : values) {
      j.element(v);
    }
    j.endArray();
  }

  /** A text table as {"table": name, "rows": [ {column: raw text} ]}. */
  public static String rows(String name, TextTable t) {
    Json j = new Json().begin().string("table", name).array("rows");
    for (List<TextTable.Cell> row : t.rows()) {
      j.begin();
      for (int c = 0; c < row.size(); c++) {
        j.string(t.columns().get(c).heading(), row.get(c).raw());
      }
      j.end();
    }
    return j.endArray().end().finish();
  }
}

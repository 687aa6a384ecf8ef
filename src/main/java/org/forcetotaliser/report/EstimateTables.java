package org.forcetotaliser.report;

import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Totals;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.HarmIndex;

/**
 * An estimate laid out as typed tables (docs/method.md, "Measures"): the value, harm and per-year
 * tables of the text formats and the flat table of its CSV form. Each figure has one column
 * definition here, used by every format that shows it.
 */
public final class EstimateTables {
  private EstimateTables() {}

  static final Column PROJECT =
      Column.id("project", "the project, or the committed or " + "pipeline total");
  static final Column STAGE = Column.text("stage", "the project's stage");
  static final Column PV_BENEFITS = Column.money("PV benefits", "present value of all benefits");
  static final Column PV_CASHABLE =
      Column.money("cashable", "present value of the cashable " + "benefits");
  static final Column PV_COSTS = Column.money("PV costs", "present value of the costs");
  static final Column NPSV =
      Column.money("NPSV", "net present social value: PV benefits " + "less PV costs");
  static final Column BCR = Column.ratio("BCR", "PV benefits over PV costs");
  static final Column PAYBACK =
      Column.milestone(
          "payback",
          "the first year cumulative " + "discounted benefits reach cumulative discounted costs");
  static final Column OFFENCES = Column.quantity("offences", "offences prevented", "offences", 1);
  static final Column HARM_CSS =
      Column.quantity("harm (CSS)", "harm prevented, Crime " + "Severity Score", "CSS", 0);
  static final Column HARM_CCHI =
      Column.quantity(
          "harm (CCHI days)", "harm prevented, " + "Cambridge Crime Harm Index", "days", 0);
  static final Column HOURS = Column.quantity("hours", "officer and staff hours freed", "hours", 0);
  static final Column FTE =
      Column.quantity("FTE-years", "hours freed as full-time years", "FTE-years", 1);
  static final Column YEAR = Column.period("year", "the financial year");

  /** The value table: one row per project, then the committed total and the pipeline. */
  public static ReportTable value(EstimateReport r) {
    ReportTable t =
        new ReportTable(
            "Value",
            List.of(PROJECT, STAGE, PV_BENEFITS, PV_CASHABLE, PV_COSTS, NPSV, BCR, PAYBACK));
    int committed = 0;
    for (ProjectAppraisal p : r.projects()) {
      valueRow(t, p.project().id(), p.project().stage().key(), p.measures());
      if (p.project().stage().isCommitted()) {
        committed++;
      }
    }
    t.rule();
    valueRow(t, "committed (" + committed + ")", null, r.portfolio().measures());
    valueRow(
        t, "pipeline (" + (r.projects().size() - committed) + ")", null, r.pipeline().measures());
    return t;
  }

  private static void valueRow(ReportTable t, String name, String stage, Measures m) {
    // no monetised benefit: the BCR is absent "not monetised", not a dash (method.md §7)
    Object bcr =
        m.ratiosAbsentReason() != null ? new Column.Absent(m.ratiosAbsentReason()) : m.bcr();
    t.add(name, stage, m.pvBenefits(), m.pvCashable(), m.pvCosts(), m.npsv(), bcr, m.payback());
  }

  /** The harm and hours table; the force's chosen harm index comes first. */
  public static ReportTable harm(EstimateReport r) {
    boolean cssFirst = r.settings().harmIndex() == HarmIndex.CSS;
    ReportTable t =
        new ReportTable(
            "Harm prevented and hours freed",
            List.of(
                PROJECT,
                OFFENCES,
                cssFirst ? HARM_CSS : HARM_CCHI,
                cssFirst ? HARM_CCHI : HARM_CSS,
                HOURS,
                FTE));
    int committed = 0;
    for (ProjectAppraisal p : r.projects()) {
      harmRow(t, p.project().id(), p.measures(), cssFirst);
      if (p.project().stage().isCommitted()) {
        committed++;
      }
    }
    t.rule();
    harmRow(t, "committed (" + committed + ")", r.portfolio().measures(), cssFirst);
    harmRow(
        t,
        "pipeline (" + (r.projects().size() - committed) + ")",
        r.pipeline().measures(),
        cssFirst);
    return t;
  }

  private static void harmRow(ReportTable t, String name, Measures m, boolean cssFirst) {
    t.add(
        name,
        m.offencesPrevented(),
        cssFirst ? m.harmCss() : m.harmCchi(),
        cssFirst ? m.harmCchi() : m.harmCss(),
        m.hoursFreed(),
        m.fteYears());
  }

  /** Discounted benefits and costs per project and financial year (--by-year). */
  public static ReportTable years(EstimateReport r) {
    ReportTable t =
        new ReportTable("By financial year", List.of(PROJECT, YEAR, PV_BENEFITS, PV_COSTS, NPSV));
    for (ProjectAppraisal p : r.projects()) {
      years(t, p.project().id(), p.totals());
    }
    t.rule();
    years(t, "committed", r.portfolio().totals());
    return t;
  }

  private static void years(ReportTable t, String name, Totals totals) {
    for (Map.Entry<FinancialYear, Totals.YearFlow> e : totals.byYear().entrySet()) {
      Totals.YearFlow f = e.getValue();
      t.add(name, e.getKey(), f.pvBenefits(), f.pvCosts(), f.pvBenefits().subtract(f.pvCosts()));
    }
  }

  /** Every measure of every project in one flat table: the CSV form of an estimate. */
  public static ReportTable flat(EstimateReport r) {
    ReportTable t =
        new ReportTable(
            null,
            List.of(
                Column.id("project", PROJECT.meaning()),
                Column.text("stage", STAGE.meaning()),
                Column.text("building_block", "the project's building block"),
                Column.text("area", "the area the project serves"),
                Column.money("pv_benefits", PV_BENEFITS.meaning()),
                Column.money("pv_cashable", PV_CASHABLE.meaning()),
                Column.money("pv_costs", PV_COSTS.meaning()),
                Column.money("npsv", NPSV.meaning()),
                Column.ratio("bcr", BCR.meaning()),
                Column.ratio("cash_roi", "cashable benefits less costs, over costs"),
                Column.period("payback", PAYBACK.meaning()),
                Column.ratio("switching_value", "the fall in benefits that brings NPSV to zero"),
                Column.quantity("offences_prevented", OFFENCES.meaning(), "offences", 4),
                Column.quantity("harm_css", HARM_CSS.meaning(), "CSS", 4),
                Column.quantity("harm_cchi", HARM_CCHI.meaning(), "days", 4),
                Column.quantity("hours_freed", HOURS.meaning(), "hours", 4),
                Column.quantity("fte_years", FTE.meaning(), "FTE-years", 4)));
    for (ProjectAppraisal p : r.projects()) {
      flatRow(
          t,
          p.project().id(),
          p.project().stage().key(),
          p.project().buildingBlock().key(),
          p.project().area(),
          p.measures());
    }
    flatRow(t, "committed", null, null, null, r.portfolio().measures());
    flatRow(t, "pipeline", null, null, null, r.pipeline().measures());
    return t;
  }

  private static void flatRow(
      ReportTable t, String id, String stage, String block, String area, Measures m) {
    t.add(
        id,
        stage,
        block,
        area,
        m.pvBenefits(),
        m.pvCashable(),
        m.pvCosts(),
        m.npsv(),
        m.bcr(),
        m.cashRoi(),
        m.payback(),
        m.switchingValue(),
        m.offencesPrevented(),
        m.harmCss(),
        m.harmCchi(),
        m.hoursFreed(),
        m.fteYears());
  }
}

package org.forcetotaliser.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.BenefitAppraisal;
import org.forcetotaliser.calc.InputRef;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Sensitivity;
import org.forcetotaliser.calc.Simulation;
import org.forcetotaliser.calc.Totals;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.HarmIndex;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Stage;

/**
 * An estimate laid out as typed tables (docs/method.md, "Measures"): the value, harm and per-year
 * tables of the text formats and the flat table of its CSV form. Each figure has one column
 * definition here, used by every format that shows it.
 */
public final class EstimateTables {
  private EstimateTables() {}

  static final Column PROJECT =
      Column.id("project", "the project, or the committed or " + "pipeline total");
  static final Column STAGE = Column.labelled("stage", "the project's stage");
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
      valueRow(t, p.project().id(), p.project().stage(), p.measures());
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

  private static void valueRow(ReportTable t, String name, Stage stage, Measures m) {
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
                Column.labelled("stage", STAGE.meaning()),
                Column.labelled("building_block", "the project's building block"),
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
          p.project().stage(),
          p.project().buildingBlock(),
          p.project().area(),
          p.measures());
    }
    flatRow(t, "committed", null, null, null, r.portfolio().measures());
    flatRow(t, "pipeline", null, null, null, r.pipeline().measures());
    return t;
  }

  private static void flatRow(
      ReportTable t, String id, Stage stage, BuildingBlock block, String area, Measures m) {
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

  /**
   * Qualitative benefits, which have no £: each one's measure and its target level by period
   * (method.md §7); null when the estimate has none.
   */
  public static ReportTable qualitativeTargets(EstimateReport r) {
    ReportTable t =
        new ReportTable(
            "Qualitative targets",
            List.of(
                PROJECT,
                Column.id("benefit", "the qualitative benefit"),
                Column.text("measure", "what it measures"),
                Column.text("target level by period", "the level planned for each period")));
    for (ProjectAppraisal p : r.projects()) {
      for (BenefitAppraisal b : p.benefits()) {
        if (b.benefit().detail() instanceof BenefitDetail.Qualitative q) {
          List<String> levels = new ArrayList<>();
          // a level is a plain number to one decimal, as the benefit's measure reads it
          b.quarters()
              .forEach(
                  x ->
                      levels.add(
                          x.quarter()
                              + ": "
                              + x.gross().setScale(1, java.math.RoundingMode.HALF_EVEN)));
          t.add(p.project().id(), b.benefit().id(), q.measure(), String.join("; ", levels));
        }
      }
    }
    return t.rows().isEmpty() ? null : t;
  }

  // ---- uncertainty (docs/method.md, "Uncertainty") -----------------------------------------

  private static final Column NPSV_LOW = Column.money("NPSV low", "NPSV with every input low");
  private static final Column NPSV_LIKELY =
      Column.money("NPSV likely", "NPSV with every input likely");
  private static final Column NPSV_HIGH = Column.money("NPSV high", "NPSV with every input high");

  /** NPSV and BCR of the low, likely and high scenarios per project and for the portfolio. */
  public static ReportTable scenarios(EstimateReport r) {
    ReportTable t =
        new ReportTable(
            "Scenarios",
            List.of(
                PROJECT,
                NPSV_LOW,
                NPSV_LIKELY,
                NPSV_HIGH,
                Column.ratio("BCR low", "BCR with every input low"),
                Column.ratio("BCR likely", "BCR with every input likely"),
                Column.ratio("BCR high", "BCR with every input high")));
    for (int i = 0; i < r.projects().size(); i++) {
      scenarioRow(t, r.projects().get(i).project().id(), r.uncertainty().get(i));
    }
    t.rule();
    scenarioRow(t, "committed", r.portfolioUncertainty());
    return t;
  }

  private static void scenarioRow(ReportTable t, String name, UncertaintyReport u) {
    t.add(
        name,
        u.low().npsv(),
        u.likely().npsv(),
        u.high().npsv(),
        u.low().bcr(),
        u.likely().bcr(),
        u.high().bcr());
  }

  /** The simulated distribution of NPSV per project and for the portfolio. */
  public static ReportTable simulation(EstimateReport r) {
    Simulation.Result whole = r.portfolioUncertainty().simulation();
    ReportTable t =
        new ReportTable(
            "Monte Carlo: " + whole.draws() + " draws, seed " + whole.seed(),
            List.of(
                PROJECT,
                Column.money("NPSV P10", "the NPSV nine draws in ten exceed"),
                Column.money("P50", "the median NPSV"),
                Column.money("P90", "the NPSV one draw in ten exceeds"),
                Column.money("mean", "the mean NPSV"),
                Column.ratio("BCR P50", "the median BCR"),
                Column.fraction("P(NPSV > 0)", "the share of draws with NPSV above zero")));
    for (int i = 0; i < r.projects().size(); i++) {
      simulationRow(t, r.projects().get(i).project().id(), r.uncertainty().get(i).simulation());
    }
    t.rule();
    simulationRow(t, "committed", whole);
    return t;
  }

  private static void simulationRow(ReportTable t, String name, Simulation.Result s) {
    t.add(
        name,
        s.npsv().p10(),
        s.npsv().p50(),
        s.npsv().p90(),
        s.npsv().mean(),
        s.bcr() == null ? null : s.bcr().p50(),
        s.pNpsvPositive());
  }

  /** Each ranged input's NPSV at its ends, biggest swing first, with its switching value. */
  public static ReportTable tornado(EstimateReport r) {
    ReportTable t =
        new ReportTable(
            "Tornado and switching values",
            List.of(
                PROJECT,
                Column.labelled("input", "the ranged input (its path in the project file)"),
                Column.money("NPSV at low", "NPSV with this input alone at its low end"),
                Column.money("NPSV at high", "NPSV with this input alone at its high end"),
                Column.money("swing", "the gap between the two"),
                Column.quantity(
                    "switching value", "the input's value that brings NPSV to zero", null, 4)));
    for (int i = 0; i < r.projects().size(); i++) {
      UncertaintyReport u = r.uncertainty().get(i);
      Map<InputRef, BigDecimal> switches = new HashMap<>();
      u.switching().forEach(s -> switches.put(s.ref(), s.value()));
      for (Sensitivity.Bar b : u.tornado()) {
        BigDecimal sv = switches.get(b.ref());
        t.add(
            r.projects().get(i).project().id(),
            b.ref(),
            b.npsvAtLow(),
            b.npsvAtHigh(),
            b.swing(),
            sv == null ? new Column.Absent("none in range") : sv);
      }
    }
    return t;
  }

  // ---- workbook sheets ----------------------------------------------------------------------

  /**
   * Every measure of every project with its name, owner and place in the programme, then the
   * committed total and the pipeline: the Projects sheet of a workbook.
   */
  public static ReportTable projectSheet(EstimateReport r) {
    ReportTable t =
        new ReportTable(
            "Projects",
            List.of(
                PROJECT,
                Column.text("name", "the project's name"),
                STAGE,
                Column.labelled("building block", "the project's building block"),
                Column.text("area", "the area the project serves"),
                Column.text("owner", "the project's owner"),
                PV_BENEFITS.named("PV benefits"),
                PV_CASHABLE.named("PV cashable"),
                PV_COSTS,
                NPSV,
                BCR,
                Column.ratio("cash ROI", "cashable benefits less costs, over costs"),
                PAYBACK,
                Column.fraction("switching value", "the fall in benefits that brings NPSV to 0"),
                OFFENCES,
                HARM_CSS,
                HARM_CCHI,
                HOURS,
                FTE));
    for (ProjectAppraisal p : r.projects()) {
      Project x = p.project();
      projectRow(
          t, x.id(), x.name(), x.stage(), x.buildingBlock(), x.area(), x.owner(), p.measures());
    }
    t.rule();
    projectRow(t, "committed", null, null, null, null, null, r.portfolio().measures());
    projectRow(t, "pipeline", null, null, null, null, null, r.pipeline().measures());
    return t;
  }

  private static void projectRow(
      ReportTable t,
      String id,
      String name,
      Object stage,
      Object block,
      String area,
      String owner,
      Measures m) {
    String why = m.ratiosAbsentReason();
    t.add(
        id,
        name,
        stage,
        block,
        area,
        owner,
        m.pvBenefits(),
        m.pvCashable(),
        m.pvCosts(),
        m.npsv(),
        absentFor(m.bcr(), why, m),
        absentFor(m.cashRoi(), why, m),
        m.payback() == null ? Column.Absent.noted("not reached") : m.payback(),
        absentFor(m.switchingValue(), why, m),
        m.offencesPrevented(),
        m.harmCss(),
        m.harmCchi(),
        m.hoursFreed(),
        m.fteYears() == null ? Column.Absent.noted("fte_hours is not set") : m.fteYears());
  }

  /** A ratio, or an absence saying why (docs/method.md §7). */
  private static Object absentFor(BigDecimal v, String why, Measures m) {
    if (v != null) {
      return v;
    }
    if (why != null) {
      return Column.Absent.noted(why);
    }
    return m.pvCosts().signum() == 0 ? Column.Absent.noted("no costs") : null;
  }

  /** Every benefit of every project with its quantity, £ and harm: the Benefits sheet. */
  public static ReportTable benefits(EstimateReport r) {
    ReportTable t =
        new ReportTable(
            "Benefits",
            List.of(
                PROJECT,
                Column.id("benefit", "the benefit"),
                Column.labelled("type", "the benefit type"),
                Column.text("basis", "what it is valued by: offence, role, source or measure"),
                Column.quantity(
                    "risk-adjusted quantity",
                    "the quantity net of additionality and after optimism bias",
                    null,
                    1),
                Column.money("value", "its £, undiscounted"),
                Column.money("PV", "its present value"),
                HARM_CSS,
                HARM_CCHI,
                HOURS));
    for (ProjectAppraisal p : r.projects()) {
      for (BenefitAppraisal b : p.benefits()) {
        boolean qualitative = b.benefit().detail() instanceof BenefitDetail.Qualitative;
        Object unpriced = qualitative ? Column.Absent.noted("not monetised") : null;
        t.add(
            p.project().id(),
            b.benefit().id(),
            b.benefit().type(),
            basis(b.benefit().detail()),
            b.riskAdjusted(),
            qualitative ? unpriced : b.value(),
            qualitative ? unpriced : b.pv(),
            b.harmCss(),
            b.harmCchi(),
            b.hours());
      }
    }
    return t;
  }

  /** What a benefit is valued by: its offence, role, source or measure, as written. */
  public static String basis(BenefitDetail d) {
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
}

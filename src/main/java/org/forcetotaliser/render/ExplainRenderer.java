package org.forcetotaliser.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forcetotaliser.calc.BenefitAppraisal;
import org.forcetotaliser.calc.BenefitQuarter;
import org.forcetotaliser.calc.CostAppraisal;
import org.forcetotaliser.calc.Discounting;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.UnitStep;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.HourlyRate;
import org.forcetotaliser.report.Column;
import org.forcetotaliser.report.ExplainReport;
import org.forcetotaliser.report.ReportTable;

/**
 * Writes every step from a project's inputs to each figure, so that a reader with a calculator can
 * redo any number. Figures come from the appraisal; this only lays them out.
 */
public final class ExplainRenderer {
  private ExplainRenderer() {}

  private static final Column QUARTER = Column.period("quarter", "the financial quarter");
  private static final Column GROSS =
      Column.quantity("gross", "the quantity before additionality", null, 2);
  private static final Column NET = Column.quantity("net", "gross × additionality", null, 4);
  private static final Column RISK_ADJUSTED =
      Column.quantity("risk-adj.", "net × (1 − optimism bias)", null, 4);
  private static final Column UNIT_VALUE =
      Column.quantity("unit £", "the £ of one unit in price-base prices", "£", 2);
  private static final Column VALUE = Column.money("value", "the £ in price-base prices");
  private static final Column DF = Column.quantity("DF", "the discount factor", null, 6);
  private static final Column PV = Column.money("pv", "value × discount factor");
  private static final Column AMOUNT = Column.money("amount", "the cost as written");
  private static final Column PRICE_FACTOR =
      Column.quantity("price factor", "(1 + optimism bias) × uprating", null, 6);

  /** A cell left blank in a total row (a factor does not add up). */
  private static final Column.Absent BLANK = new Column.Absent("");

  public static String render(ExplainReport r, Format f) {
    ProjectAppraisal a = r.appraisal();
    StringBuilder sb = new StringBuilder();
    boolean md = f == Format.MARKDOWN;
    String name = md ? Escapes.markdown(a.project().name()) : Escapes.controls(a.project().name());
    sb.append(md ? "## " : "").append(a.project().id()).append(" — ").append(name).append('\n');
    sb.append(
            md
                ? Escapes.markdown(Tables.basis(r.settings()))
                : Escapes.controls(Tables.basis(r.settings())))
        .append('\n');
    sb.append("stage ")
        .append(a.project().stage())
        .append(", ")
        .append(a.project().start())
        .append(" to ")
        .append(a.project().end())
        .append(", ")
        .append(a.project().prices())
        .append(" prices\n\n");
    for (BenefitAppraisal b : a.benefits()) {
      if (r.item() == null || r.item().equals(b.benefit().id())) {
        benefit(sb, b, r.settings(), md);
        factors(sb, r, b.benefit().id());
      }
    }
    for (CostAppraisal c : a.costs()) {
      if (r.item() == null || r.item().equals(c.cost().id())) {
        cost(sb, c, md);
        factors(sb, r, c.cost().id());
      }
    }
    if (r.item() == null) {
      measures(sb, a, r.settings(), md);
    }
    return sb.toString();
  }

  /** Each financial year's discount factor with its rate and year (method.md §6). */
  private static void factors(StringBuilder sb, ExplainReport r, String id) {
    ExplainReport.DiscountFactors d = r.discountFactors().get(id);
    if (d == null) {
      return;
    }
    sb.append("discount factors, ")
        .append(d.schedule())
        .append(" schedule, year 0 = ")
        .append(d.discountYear())
        .append(":\n");
    for (Discounting.Step step : d.years()) {
      sb.append("  ")
          .append(step.year())
          .append(" (t = ")
          .append(step.t())
          .append("): ")
          .append(formula(step))
          .append('\n');
    }
    sb.append('\n');
  }

  /** A year's factor and its rates: {@code DF 0.335827 = 1/(1.035^30 × 1.03^2)}. */
  public static String formula(Discounting.Step step) {
    String df = step.factor().setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    if (step.runs().isEmpty()) {
      return "DF " + df + " (year 0)";
    }
    List<String> parts = new ArrayList<>();
    for (Discounting.Run run : step.runs()) {
      parts.add(plain(BigDecimal.ONE.add(run.rate())) + "^" + run.years());
    }
    String product = parts.size() == 1 ? parts.get(0) : "(" + String.join(" × ", parts) + ")";
    return "DF " + df + " = 1/" + product;
  }

  /** A unit-value step in words, for a reader with a calculator (docs/method.md §4). */
  private static final UnitStep.Visitor<String> WORDS =
      new UnitStep.Visitor<>() {
        @Override
        public String unknownOffence(UnitStep.UnknownOffence s) {
          return "offence " + s.offence() + " is not in the offence table: not costed";
        }

        @Override
        public String noCostCategory(UnitStep.NoCostCategory s) {
          return s.offence().label()
              + " ("
              + s.offence().hoCode()
              + ") has no Home Office cost category: "
              + "not costed, its £ is reported as absent (not £0)";
        }

        @Override
        public String unknownCostCategory(UnitStep.UnknownCostCategory s) {
          return "cost category " + s.category() + " is not in the crime cost table: not costed";
        }

        @Override
        public String crimeCostSum(UnitStep.CrimeCostSum s) {
          return crimeCost(s);
        }

        @Override
        public String rate(UnitStep.Rate s) {
          return label(s.rate())
              + ": "
              + money(s.rate().perHour())
              + " an hour at "
              + s.rate().priceYear()
              + " prices"
              + source(s.rate().source());
        }

        @Override
        public String ownUnitValue(UnitStep.OwnUnitValue s) {
          return "unit value "
              + money(s.amount())
              + " at "
              + s.priceYear()
              + " prices"
              + source(s.source());
        }

        @Override
        public String uprated(UnitStep.Uprated s) {
          return ExplainRenderer.uprated(s);
        }

        @Override
        public String multiplied(UnitStep.Multiplied s) {
          return "× multiplier "
              + plain(s.multiplier())
              + " (recorded → all crime) = "
              + money(s.unit());
        }

        @Override
        public String noMultiplier(UnitStep.NoMultiplier s) {
          return "no published multiplier for " + s.category() + ": recorded crime left unscaled";
        }

        @Override
        public String nominalCash(UnitStep.NominalCash s) {
          return "cash in nominal prices: each quarter's £ × GDP deflator "
              + s.base()
              + " / deflator of its year";
        }

        @Override
        public String cashAtBase(UnitStep.CashAtBase s) {
          return "cash already in " + s.base() + " prices: £1 a unit";
        }

        @Override
        public String qualitative(UnitStep.Qualitative s) {
          return "qualitative: tracked in its own unit, never in £";
        }
      };

  private static String crimeCost(UnitStep.CrimeCostSum s) {
    StringBuilder parts = new StringBuilder();
    for (UnitStep.CrimeCostSum.Part p : s.parts()) {
      parts.append(parts.length() == 0 ? "" : " + ");
      parts.append(p.component()).append(' ').append(money(p.amount()));
    }
    if (s.published()) {
      parts.append(" (sum ").append(money(s.partsSum())).append("): published total");
    }
    return s.offence().label()
        + " ("
        + s.offence().hoCode()
        + " → "
        + s.category()
        + "): "
        + parts
        + " = "
        + money(s.value())
        + " at "
        + s.priceYear()
        + " prices (Home Office costs of crime)";
  }

  private static String uprated(UnitStep.Uprated s) {
    String ratio = "GDP deflator " + plain(s.baseDeflator()) + " / " + plain(s.fromDeflator());
    String at = " at " + s.base() + " prices";
    return switch (s.per()) {
      case VALUE -> "× " + ratio + " = " + money(s.unit()) + at;
      case HOUR -> "× " + ratio + " = " + money(s.unit()) + " an hour" + at;
      case CASH ->
          "cash in "
              + s.from()
              + " prices × "
              + ratio
              + " = "
              + money(s.unit())
              + " a £1 unit"
              + at;
    };
  }

  private static String source(String source) {
    return source == null ? "" : " (" + source + ")";
  }

  private static String label(HourlyRate rate) {
    return rate.label() == null || rate.label().isEmpty() ? rate.role() : rate.label();
  }

  /** £ with thousands separators and pence where there are any, for explanations. */
  private static String money(BigDecimal x) {
    BigDecimal r = x.setScale(2, RoundingMode.HALF_EVEN);
    String s = String.format(Locale.UK, "%,.2f", r);
    if (s.endsWith(".00")) {
      s = s.substring(0, s.length() - 3);
    }
    return (r.signum() < 0 ? "−£" + s.substring(1) : "£" + s);
  }

  private static String plain(BigDecimal x) {
    return x.stripTrailingZeros().toPlainString();
  }

  private static String pct(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String exact(BigDecimal x) {
    return Numbers.raw(x);
  }

  private static void heading(StringBuilder sb, String text, boolean md) {
    sb.append(md ? "### " : "").append(text).append('\n');
    if (!md) {
      sb.append("─".repeat(Math.min(text.length(), 96))).append('\n');
    }
  }

  private static void benefit(StringBuilder sb, BenefitAppraisal b, ForceSettings s, boolean md) {
    heading(sb, "benefit " + b.benefit().id() + " (" + b.benefit().type() + ")", md);
    sb.append("1. unit value\n");
    for (UnitStep u : b.unit().steps()) {
      String step = u.accept(WORDS);
      sb.append("   ").append(md ? Escapes.markdown(step) : Escapes.controls(step)).append('\n');
    }
    if (b.benefit().type() != BenefitDetail.Type.QUALITATIVE) {
      Factors f = b.benefit().factors();
      sb.append("2. additionality = (1 − deadweight ")
          .append(pct(f.deadweight().likely()))
          .append(") × (1 − displacement ")
          .append(pct(f.displacement().likely()))
          .append(") × (1 − leakage ")
          .append(pct(f.leakage().likely()))
          .append(") × (1 − substitution ")
          .append(pct(f.substitution().likely()))
          .append(") × attribution ")
          .append(pct(f.attribution().likely()))
          .append(" = ")
          .append(exact(b.additionality()))
          .append('\n');
      sb.append("3. optimism bias ")
          .append(pct(b.optimismBias()))
          .append(": risk-adjusted = net × ")
          .append(exact(BigDecimal.ONE.subtract(b.optimismBias())))
          .append('\n');
      sb.append(
          "4. per quarter: net = gross × additionality; value = risk-adjusted × unit £;"
              + " pv = value × discount factor\n\n");
    } else {
      sb.append("2. no additionality: a level tracked in its own unit\n\n");
    }
    ReportTable t =
        new ReportTable(
            null, List.of(QUARTER, GROSS, NET, RISK_ADJUSTED, UNIT_VALUE, VALUE, DF, PV));
    for (BenefitQuarter q : b.quarters()) {
      t.add(
          q.quarter(),
          q.gross(),
          q.net(),
          q.riskAdjusted(),
          q.unitValue(),
          q.value(),
          q.discountFactor(),
          q.pv());
    }
    if (b.benefit().type() != BenefitDetail.Type.QUALITATIVE) {
      t.rule();
      t.add("total", b.gross(), b.net(), b.riskAdjusted(), BLANK, b.value(), BLANK, b.pv());
    }
    sb.append(md ? Cells.table(t).toMarkdown() : Cells.table(t).toTable());
    if (b.harmCss() != null) {
      sb.append("harm: CSS ")
          .append(Numbers.quantity(b.harmCss(), 2))
          .append(" (risk-adjusted offences × severity weight)");
      if (b.harmCchi() != null) {
        sb.append("; CCHI ")
            .append(Numbers.quantity(b.harmCchi(), 2))
            .append(" days (× subgroup median days)");
      }
      sb.append('\n');
    }
    if (b.hours() != null && s.fteHours() != null) {
      sb.append("hours: ")
          .append(Numbers.quantity(b.hours(), 2))
          .append(" risk-adjusted = ")
          .append(
              Numbers.quantity(
                  b.hours().divide(s.fteHours(), org.forcetotaliser.calc.Decimals.CONTEXT), 2))
          .append(" FTE-years at ")
          .append(s.fteHours().toPlainString())
          .append(" hours\n");
    }
    sb.append('\n');
  }

  private static void cost(StringBuilder sb, CostAppraisal c, boolean md) {
    heading(sb, "cost " + c.cost().id() + " (" + c.cost().kind() + ")", md);
    sb.append("value = amount × (1 + optimism bias ")
        .append(pct(c.optimismBias()))
        .append(") × price factor; pv = value × discount factor\n\n");
    ReportTable t = new ReportTable(null, List.of(QUARTER, AMOUNT, PRICE_FACTOR, VALUE, DF, PV));
    for (CostAppraisal.CostQuarter q : c.quarters()) {
      t.add(q.quarter(), q.amount(), q.priceFactor(), q.value(), q.discountFactor(), q.pv());
    }
    t.rule();
    t.add("total", c.amount(), BLANK, c.value(), BLANK, c.pv());
    sb.append(md ? Cells.table(t).toMarkdown() : Cells.table(t).toTable()).append('\n');
  }

  private static void measures(StringBuilder sb, ProjectAppraisal a, ForceSettings s, boolean md) {
    Measures m = a.measures();
    heading(sb, "measures", md);
    sb.append("pv_benefits     ")
        .append(Numbers.pounds(m.pvBenefits()))
        .append("   Σ pv of monetised benefits\n");
    sb.append("pv_cashable     ")
        .append(Numbers.pounds(m.pvCashable()))
        .append("   cash, cashed hours, cashable wider benefits\n");
    sb.append("pv_costs        ").append(Numbers.pounds(m.pvCosts())).append('\n');
    sb.append("npsv            ")
        .append(Numbers.pounds(m.npsv()))
        .append("   pv_benefits − pv_costs\n");
    String why = m.ratiosAbsentReason();
    sb.append("bcr             ")
        .append(why != null ? why : Numbers.ratio(m.bcr()))
        .append("   pv_benefits / pv_costs\n");
    sb.append("cash_roi        ")
        .append(why != null ? why : Numbers.ratio(m.cashRoi()))
        .append("   (pv_cashable − pv_costs) / pv_costs\n");
    sb.append("payback         ")
        .append(m.payback() == null ? Numbers.ABSENT : m.payback().toString())
        .append("   first year cumulative pv benefits ≥ costs\n");
    sb.append("switching value ")
        .append(why != null ? why : Numbers.fractionAsPercent(m.switchingValue()))
        .append("   fall in benefits that makes NPSV zero\n");
    sb.append("discount factors: DF(t) = DF(t − 1) / (1 + r(t)), t = year − ")
        .append(s.discountYear())
        .append(", ")
        .append(s.discountSchedule())
        .append(" schedule\n");
  }
}

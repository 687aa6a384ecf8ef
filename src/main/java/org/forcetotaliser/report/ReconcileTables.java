package org.forcetotaliser.report;

import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.ItemType;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Quarter;

/**
 * A reconciliation laid out as typed tables, with the column names and meanings of docs/method.md
 * §8: the benefits and costs tables of the text formats, the status counts, and the flat table of
 * its CSV form and workbook. Each item's quantities are in its own unit (£ for cash and costs,
 * hours, offences), so those columns hold {@link Column.Figure}s.
 */
public final class ReconcileTables {
  private ReconcileTables() {}

  static final Column PROJECT = Column.id("project", "the project");
  static final Column ITEM = Column.id("item", "the benefit or cost");
  static final Column TYPE = Column.labelled("type", "the benefit type, or cost");
  static final Column RAG = Column.labelled("RAG", "the item's status");
  static final Column OWNER = Column.text("owner", "the project's owner");
  static final Column PLANNED =
      Column.figure("planned", "the plan of every due quarter, net of additionality");
  static final Column PLANNED_REPORTED =
      Column.figure("planned_reported", "the plan of the reported quarters only (like for like)");
  static final Column ACTUAL = Column.figure("actual", "what was reported, net of additionality");
  static final Column VARIANCE = Column.figure("variance", "actual less planned_reported");
  static final Column REALISATION =
      Column.percentage("realisation", "actual over planned_reported");
  static final Column FORECAST =
      Column.figure("forecast", "actual plus the plan of every quarter not reported");
  static final Column FORECAST_TREND =
      Column.figure("forecast_trend", "actual plus the unreported plan times realisation");
  static final Column PLANNED_VALUE =
      Column.money("planned_value", "the £ of planned_reported, undiscounted");
  static final Column ACTUAL_VALUE = Column.money("actual_value", "the £ of actual, undiscounted");

  /**
   * How a reconciled quantity of an item of {@code type} reads: £ for cash and costs, whole hours,
   * else one decimal.
   */
  static Column unitOf(ItemType type) {
    if (type.inPounds()) {
      return Column.money("amount", "£");
    }
    if (type.is(BenefitDetail.Type.HOURS_FREED)) {
      return Column.quantity("amount", "hours", "hours", 0);
    }
    return Column.quantity("amount", "the item's unit", null, 1);
  }

  private static Column.Figure figure(ItemType type, Object v) {
    return new Column.Figure(unitOf(type), v);
  }

  /** Quarters as a list, or as a first … last (count) run when there are more than two. */
  static String quarters(List<Quarter> qs) {
    if (qs.size() > 2) {
      return qs.get(0) + " … " + qs.get(qs.size() - 1) + " (" + qs.size() + ")";
    }
    return allQuarters(qs);
  }

  /** Every quarter. */
  static String allQuarters(List<Quarter> qs) {
    List<String> s = new ArrayList<>();
    qs.forEach(q -> s.add(q.toString()));
    return String.join("; ", s);
  }

  /**
   * The reconcile table of benefits or of costs (docs/method.md §8): {@code planned} is every due
   * quarter's plan, {@code planned_reported} the like-for-like plan of the reported quarters;
   * quarter rows (--by-quarter) add up to their item's row.
   */
  public static ReportTable items(String title, List<ItemReconciliation> items, boolean byQuarter) {
    ReportTable t =
        new ReportTable(
            title,
            List.of(
                PROJECT,
                ITEM,
                TYPE,
                PLANNED,
                PLANNED_REPORTED,
                ACTUAL,
                VARIANCE,
                REALISATION,
                FORECAST,
                RAG,
                Column.text("missing", "due quarters with no actual")));
    // a quarter row leaves the item's own figures blank
    Column.Absent blank = new Column.Absent("");
    for (ItemReconciliation i : items) {
      t.add(
          i.project(),
          i.item(),
          i.type(),
          figure(i.type(), i.planned()),
          figure(i.type(), i.plannedReported()),
          figure(i.type(), i.actual()),
          figure(i.type(), i.variance()),
          i.realisation(),
          figure(i.type(), i.forecast()),
          i.rag(),
          quarters(i.missing()));
      if (byQuarter) {
        for (ItemReconciliation.QuarterRow q : i.quarters()) {
          t.add(
              null,
              "  " + q.quarter(),
              null,
              figure(i.type(), q.planned()),
              figure(i.type(), q.plannedReported()),
              figure(i.type(), q.actual()),
              blank,
              blank,
              blank,
              null,
              null);
        }
      }
    }
    return t;
  }

  /**
   * Every field of every item, benefits then costs, one row each: the CSV form of a reconciliation
   * and its workbook's sheet.
   */
  public static ReportTable flat(ReconcileReport r) {
    ReportTable t =
        new ReportTable(
            null,
            List.of(
                PROJECT,
                ITEM,
                TYPE,
                OWNER,
                PLANNED,
                PLANNED_REPORTED,
                ACTUAL,
                VARIANCE,
                REALISATION,
                RAG.named("rag"),
                Column.text("missing", "due quarters with no actual"),
                PLANNED_VALUE,
                ACTUAL_VALUE,
                FORECAST,
                FORECAST_TREND));
    List<ItemReconciliation> all = new ArrayList<>(r.benefits());
    all.addAll(r.costs());
    for (ItemReconciliation i : all) {
      // why a figure is absent, for a workbook's note: nothing due yet, nothing reported, no £
      Object notReported =
          i.actual() == null
              ? Column.Absent.noted(i.rag() == Rag.NOT_DUE ? "not due yet" : "not reported")
              : null;
      Object notMonetised = Column.Absent.noted("not monetised");
      t.add(
          i.project(),
          i.item(),
          i.type(),
          i.owner(),
          figure(i.type(), i.planned()),
          figure(i.type(), i.plannedReported()),
          figure(i.type(), i.actual() == null ? notReported : i.actual()),
          figure(i.type(), i.variance() == null ? notReported : i.variance()),
          i.realisation() == null ? notReported : i.realisation(),
          i.rag(),
          allQuarters(i.missing()),
          i.plannedValue() == null ? notMonetised : i.plannedValue(),
          i.actualValue() != null
              ? i.actualValue()
              : i.plannedValue() == null ? notMonetised : notReported,
          figure(i.type(), i.forecast()),
          figure(i.type(), i.forecastTrend()));
    }
    return t;
  }

  /** How many benefits have each status. */
  public static ReportTable ragCounts(List<ItemReconciliation> items) {
    ReportTable t =
        new ReportTable("Status", List.of(RAG, Column.count("benefits", "benefits with it")));
    for (Rag rag : Rag.values()) {
      long n = items.stream().filter(i -> i.rag() == rag).count();
      if (n == 0 && rag == Rag.ZERO_PLANNED) {
        continue; // rare: a row only when it happens
      }
      t.add(rag, n);
    }
    return t;
  }

  /** Benefits and costs with due quarters that have no actual, for the board pack. */
  public static ReportTable missing(List<ItemReconciliation> items) {
    ReportTable t =
        new ReportTable(
            "Missing actuals",
            List.of(
                PROJECT,
                ITEM,
                TYPE,
                OWNER,
                Column.text("missing quarters", "due quarters with no actual")));
    for (ItemReconciliation i : items) {
      t.add(i.project(), i.item(), i.type(), i.owner(), allQuarters(i.missing()));
    }
    return t;
  }

  /**
   * The committed projects' planned and actual benefit value per quarter up to as-of, for the board
   * pack; a quarter with nothing reported has no actual (absent, not £0).
   */
  public static ReportTable series(List<BoardPackReport.QuarterValue> series) {
    ReportTable t =
        new ReportTable(
            "By quarter",
            List.of(
                Column.period("quarter", "the financial quarter"),
                Column.money("planned value", "the plan of the benefits due, undiscounted"),
                Column.money("actual value", "what was reported, undiscounted"),
                Column.count("items due", "benefits due in the quarter"),
                Column.count("items reported", "benefits reported for the quarter")));
    for (BoardPackReport.QuarterValue q : series) {
      t.add(
          q.quarter(),
          q.planned(),
          q.actual() == null ? Column.Absent.noted("nothing reported") : q.actual(),
          q.due(),
          q.reported());
    }
    return t;
  }
}

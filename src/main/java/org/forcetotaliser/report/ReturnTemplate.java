package org.forcetotaliser.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.forcetotaliser.calc.ActionState;
import org.forcetotaliser.calc.Appraiser;
import org.forcetotaliser.calc.BenefitAppraisal;
import org.forcetotaliser.calc.BenefitQuarter;
import org.forcetotaliser.calc.CostAppraisal;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Roadmaps;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Portfolio;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReferenceData;
import org.forcetotaliser.model.Roadmap;

/**
 * The quarter's return: one row for every benefit and cost due in the as-of quarter, and for every
 * earlier due quarter still missing, with the plan shown and the actual left blank; then a progress
 * line for every roadmap action under way, its status left blank. Immutable.
 */
public record ReturnTemplate(Quarter asOf, List<Row> rows) {

  /** One line to fill in. {@code planned} is the planned gross quantity, in the item's unit. */
  public record Row(
      String project, String item, Quarter period, BigDecimal planned, String unit, String owner) {}

  public ReturnTemplate {
    rows = List.copyOf(rows);
  }

  /** The return for every project, or only {@code onlyProjects} when not empty. */
  public static ReturnTemplate build(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      Quarter asOf,
      List<String> onlyProjects) {
    Appraiser appraiser = new Appraiser(settings, reference);
    List<Row> rows = new ArrayList<>();
    for (Project p : portfolio.projects()) {
      if (!onlyProjects.isEmpty() && !onlyProjects.contains(p.id())) {
        continue;
      }
      ProjectAppraisal a = appraiser.appraise(p);
      for (BenefitAppraisal b : a.benefits()) {
        TreeMap<Quarter, BigDecimal> plan = new TreeMap<>();
        for (BenefitQuarter q : b.quarters()) {
          plan.put(q.quarter(), q.gross());
        }
        add(rows, p, b.benefit().id(), unit(b), plan, portfolio.actuals(), asOf);
      }
      for (CostAppraisal c : a.costs()) {
        TreeMap<Quarter, BigDecimal> plan = new TreeMap<>();
        for (CostAppraisal.CostQuarter q : c.quarters()) {
          plan.put(q.quarter(), q.amount());
        }
        add(rows, p, c.cost().id(), "£ spent", plan, portfolio.actuals(), asOf);
      }
    }
    if (onlyProjects.isEmpty()) {
      progressLines(rows, portfolio.roadmap(), asOf);
    }
    return new ReturnTemplate(asOf, rows);
  }

  /** The project column of a roadmap progress line. */
  public static final String ROADMAP = "roadmap";

  /** What a progress line's actual holds. */
  public static final String RAG_UNIT = "rag: green, amber or red";

  /**
   * A progress line for every roadmap action under way in the quarter (in progress or overdue) that
   * has no status for it yet: the owner writes green, amber or red as the actual, and a note
   * (docs/method.md §Roadmap). Done and not-started actions need none.
   */
  private static void progressLines(List<Row> rows, Roadmap roadmap, Quarter asOf) {
    for (Roadmap.Action a : roadmap.actions()) {
      ActionState state = Roadmaps.assess(a, asOf).state();
      boolean underWay = state == ActionState.IN_PROGRESS || state == ActionState.OVERDUE;
      if (underWay && !a.progress().containsKey(asOf)) {
        rows.add(new Row(ROADMAP, a.id(), asOf, null, RAG_UNIT, a.owner()));
      }
    }
  }

  private static String unit(BenefitAppraisal b) {
    return b.benefit().type().unit();
  }

  private static void add(
      List<Row> rows,
      Project p,
      String item,
      String unit,
      NavigableMap<Quarter, BigDecimal> plan,
      Actuals actuals,
      Quarter asOf) {
    NavigableMap<Quarter, Actuals.Cell> recorded = actuals.of(p.id(), item);
    for (var e : plan.headMap(asOf, true).entrySet()) {
      boolean due = e.getValue().signum() != 0;
      boolean current = e.getKey().equals(asOf);
      if (due && (current || !recorded.containsKey(e.getKey()))) {
        rows.add(new Row(p.id(), item, e.getKey(), e.getValue(), unit, p.owner()));
      }
    }
  }

  /**
   * The return split by owner, to send each their own: owners in alphabetical order, rows in the
   * return's order. Rows with no owner come first, under the empty name.
   */
  public java.util.SortedMap<String, ReturnTemplate> byOwner() {
    java.util.SortedMap<String, List<Row>> split = new TreeMap<>();
    for (Row r : rows) {
      split.computeIfAbsent(r.owner() == null ? "" : r.owner(), k -> new ArrayList<>()).add(r);
    }
    java.util.SortedMap<String, ReturnTemplate> out = new TreeMap<>();
    split.forEach((owner, list) -> out.put(owner, new ReturnTemplate(asOf, list)));
    return out;
  }

  /**
   * The return in the columns {@code reconcile} reads: project, item, period, actual (blank, to
   * fill in), note (blank), then planned, unit and owner for reference, which the actuals reader
   * ignores.
   */
  public ReportTable table() {
    ReportTable out =
        new ReportTable(
            null,
            List.of(
                Column.id("project", "the project"),
                Column.id("item", "the benefit or cost"),
                Column.period("period", "the quarter"),
                Column.quantity("actual", "the actual gross quantity, to fill in", null, 4)
                    .absentAs(""),
                Column.text("note", "a note on the figure, to fill in"),
                Column.quantity("planned", "the planned gross quantity", null, 4),
                Column.text("unit", "the item's unit"),
                Column.text("owner", "the project's owner")));
    for (Row r : rows()) {
      out.add(r.project(), r.item(), r.period(), null, null, r.planned(), r.unit(), r.owner());
    }
    return out;
  }
}

package org.forcetotaliser.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.forcetotaliser.calc.Appraiser;
import org.forcetotaliser.calc.BenefitAppraisal;
import org.forcetotaliser.calc.BenefitQuarter;
import org.forcetotaliser.calc.CostAppraisal;
import org.forcetotaliser.calc.Discounting;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;

/**
 * Everything needed to show how a project's figures, or one item's, were reached. Immutable.
 *
 * @param item the benefit or cost id to explain, or null for the whole project
 * @param discountFactors for each benefit and cost id, one line per financial year it spans: the
 *     factor with its rates and year index ({@code 2026-27 (t = 1): DF 0.966184 = 1/1.035^1}), on
 *     the item's own schedule (method.md §6)
 */
public record ExplainReport(
    ForceSettings settings,
    ProjectAppraisal appraisal,
    String item,
    Map<String, List<String>> discountFactors) {

  public ExplainReport {
    discountFactors = Map.copyOf(discountFactors);
  }

  public ExplainReport(ForceSettings settings, ProjectAppraisal appraisal, String item) {
    this(settings, appraisal, item, Map.of());
  }

  /** The report for {@code appraisal}, with the discount factors of every item. */
  public static ExplainReport of(Appraiser appraiser, ProjectAppraisal appraisal, String item) {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    for (BenefitAppraisal b : appraisal.benefits()) {
      TreeSet<FinancialYear> years = new TreeSet<>();
      for (BenefitQuarter q : b.quarters()) {
        years.add(q.quarter().year());
      }
      lines.put(b.benefit().id(), lines(appraiser.discounting(b.benefit()), years));
    }
    for (CostAppraisal c : appraisal.costs()) {
      TreeSet<FinancialYear> years = new TreeSet<>();
      for (CostAppraisal.CostQuarter q : c.quarters()) {
        years.add(q.quarter().year());
      }
      lines.put(c.cost().id(), lines(appraiser.discounting(), years));
    }
    return new ExplainReport(appraiser.settings(), appraisal, item, lines);
  }

  private static List<String> lines(Discounting d, TreeSet<FinancialYear> years) {
    List<String> out = new ArrayList<>();
    out.add("discount factors, " + d.schedule() + " schedule, year 0 = " + d.discountYear() + ":");
    for (FinancialYear y : years) {
      out.add(y + " (t = " + d.yearIndex(y) + "): " + d.formula(y));
    }
    return out;
  }
}

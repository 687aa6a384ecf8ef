package org.forcetotaliser.report;

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
import org.forcetotaliser.model.DiscountSchedule;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;

/**
 * Everything needed to show how a project's figures, or one item's, were reached. Immutable.
 *
 * @param item the benefit or cost id to explain, or null for the whole project
 * @param discountFactors for each benefit and cost id, the discount factor of each financial year
 *     it spans with its rates and year index, on the item's own schedule (method.md §6)
 */
public record ExplainReport(
    ForceSettings settings,
    ProjectAppraisal appraisal,
    String item,
    Map<String, DiscountFactors> discountFactors) {

  /**
   * An item's discount factors: its schedule and discount year, and each year's step. Immutable.
   */
  public record DiscountFactors(
      DiscountSchedule schedule, FinancialYear discountYear, List<Discounting.Step> years) {
    public DiscountFactors {
      years = List.copyOf(years);
    }

    static DiscountFactors of(Discounting d, TreeSet<FinancialYear> years) {
      return new DiscountFactors(
          d.schedule(), d.discountYear(), years.stream().map(d::step).toList());
    }
  }

  public ExplainReport {
    discountFactors = Map.copyOf(discountFactors);
  }

  public ExplainReport(ForceSettings settings, ProjectAppraisal appraisal, String item) {
    this(settings, appraisal, item, Map.of());
  }

  /** The report for {@code appraisal}, with the discount factors of every item. */
  public static ExplainReport of(Appraiser appraiser, ProjectAppraisal appraisal, String item) {
    Map<String, DiscountFactors> lines = new LinkedHashMap<>();
    for (BenefitAppraisal b : appraisal.benefits()) {
      TreeSet<FinancialYear> years = new TreeSet<>();
      for (BenefitQuarter q : b.quarters()) {
        years.add(q.quarter().year());
      }
      lines.put(b.benefit().id(), DiscountFactors.of(appraiser.discounting(b.benefit()), years));
    }
    for (CostAppraisal c : appraisal.costs()) {
      TreeSet<FinancialYear> years = new TreeSet<>();
      for (CostAppraisal.CostQuarter q : c.quarters()) {
        years.add(q.quarter().year());
      }
      lines.put(c.cost().id(), DiscountFactors.of(appraiser.discounting(), years));
    }
    return new ExplainReport(appraiser.settings(), appraisal, item, lines);
  }
}

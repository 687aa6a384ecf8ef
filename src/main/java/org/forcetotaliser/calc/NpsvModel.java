package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Uncertain;

/**
 * A project's present values reduced to precomputed weights: each benefit's pv is a product
 * of its factors and a weighted sum of its profile, each cost's pv the uplift times a weighted
 * sum. New input values give new present values with a few multiplications, without running
 * the whole appraisal again — what the Monte Carlo simulation, tornado and switching values
 * need. At likely values it agrees with {@link Appraiser} exactly up to division rounding.
 */
public final class NpsvModel {

  /** A benefit: pv = Π factors × unit value (wider only) × Σ profile × weight. */
  private record BenefitTerm(String path, Factors factors, Uncertain unitValue,
      Profiles.Weights weights) {}

  /** A cost: pv = (1 + optimism bias) × Σ profile × weight. */
  private record CostTerm(String path, Uncertain optimismBias, Profiles.Weights weights) {}

  /** Present values of one evaluation. */
  public record Result(BigDecimal pvBenefits, BigDecimal pvCosts) {
    public BigDecimal npsv() {
      return pvBenefits.subtract(pvCosts);
    }
  }

  private final Project project;
  private final List<BenefitTerm> benefits = new ArrayList<>();
  private final List<CostTerm> costs = new ArrayList<>();

  public NpsvModel(Appraiser appraiser, Project project) {
    this.project = project;
    Discounting force = appraiser.discounting();
    for (Benefit b : project.benefits()) {
      Discounting d = appraiser.discounting(b);
      UnitValue unit = appraiser.unitValue(project, b, Resolver.LIKELY);
      if (!unit.costed()) {
        continue;
      }
      String path = "benefits." + b.id();
      Uncertain uv = null;
      java.util.function.Function<Quarter, BigDecimal> perQuarter;
      if (b.detail() instanceof BenefitDetail.Wider w) {
        uv = w.unitValue();
        BigDecimal up = appraiser.prices().uprate(w.priceYear());
        perQuarter = q -> up.multiply(d.factor(q.year()));
      } else {
        perQuarter = q -> unit.at(q).multiply(d.factor(q.year()));
      }
      benefits.add(new BenefitTerm(path, b.factors(), uv,
          Profiles.weights(b.profile(), project, path + ".profile", perQuarter)));
    }
    for (Cost c : project.costs()) {
      String path = "costs." + c.id();
      java.util.function.Function<Quarter, BigDecimal> perQuarter =
          q -> appraiser.costFactor(project, q).multiply(force.factor(q.year()));
      costs.add(new CostTerm(path, c.optimismBias(),
          Profiles.weights(c.profile(), project, path + ".profile", perQuarter)));
    }
  }

  public Project project() {
    return project;
  }

  /** Present values with inputs chosen by the resolver. */
  public Result evaluate(Resolver r) {
    BigDecimal pvb = BigDecimal.ZERO;
    for (BenefitTerm t : benefits) {
      BigDecimal f = Appraiser.additionality(t.factors(), t.path(), r)
          .multiply(BigDecimal.ONE.subtract(
              r.pick(t.path() + ".optimism_bias", t.factors().optimismBias())));
      if (t.unitValue() != null) {
        f = f.multiply(r.pick(t.path() + ".unit_value", t.unitValue()));
      }
      pvb = pvb.add(f.multiply(t.weights().evaluate(r)));
    }
    BigDecimal pvc = BigDecimal.ZERO;
    for (CostTerm t : costs) {
      BigDecimal uplift = BigDecimal.ONE.add(r.pick(t.path() + ".optimism_bias",
          t.optimismBias()));
      pvc = pvc.add(uplift.multiply(t.weights().evaluate(r)));
    }
    return new Result(pvb, pvc);
  }
}

package org.forcetotaliser.check;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.load.Values;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;

/**
 * Figures that are valid but almost certainly not meant: a benefit whose factors make it zero, a
 * benefit that comes to nothing, an optimism bias above the Green Book's upper bound.
 */
final class PlausibilityRules {

  private PlausibilityRules() {}

  /** Deadweight 100 % or attribution 0 %: whatever happens, the benefit counts as nothing. */
  static final class NoEffect implements Rule {
    public RuleInfo info() {
      return RuleInfo.warning(
          "no-effect", "deadweight 100 % or attribution 0 % makes a " + "benefit zero");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      for (Project p : in.portfolio().projects()) {
        for (Benefit b : p.benefits()) {
          String key = noEffectKey(b);
          if (key != null) {
            report.accept(
                Diagnostic.warning(
                        in.sources().at(b, key, b.location()),
                        info().code(),
                        "`"
                            + key
                            + "` "
                            + (key.equals("deadweight") ? "100%" : "0%")
                            + " makes benefit `"
                            + b.id()
                            + "` zero whatever is delivered")
                    .withHint(
                        "if the project claims none of this outcome, remove the benefit; "
                            + "otherwise give the share it can claim")
                    .about(p.id(), b.id(), null));
          }
        }
      }
    }
  }

  /** The factor that zeroes a benefit, or null. */
  static String noEffectKey(Benefit b) {
    if (b.type() == BenefitDetail.Type.QUALITATIVE) {
      return null;
    }
    Factors f = b.factors();
    if (f.deadweight().likely().compareTo(BigDecimal.ONE) == 0) {
      return "deadweight";
    }
    if (f.attribution().likely().signum() == 0) {
      return "attribution";
    }
    return null;
  }

  /**
   * A benefit whose risk-adjusted total is zero for any other reason: every quantity of its profile
   * is 0, or its optimism bias is 100 %.
   */
  static final class ZeroBenefit implements Rule {
    public RuleInfo info() {
      return RuleInfo.warning("zero-benefit", "a benefit's risk-adjusted total is zero");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      for (Project p : in.portfolio().projects()) {
        for (Benefit b : p.benefits()) {
          if (b.type() == BenefitDetail.Type.QUALITATIVE || noEffectKey(b) != null) {
            continue;
          }
          String why = null;
          if (allZero(b.profile())) {
            why = "every quantity of its profile is 0";
          } else if (b.factors().optimismBias().likely().compareTo(BigDecimal.ONE) == 0) {
            why = "its `optimism_bias` is 100%";
          }
          if (why != null) {
            report.accept(
                Diagnostic.warning(
                        b.location(),
                        info().code(),
                        "benefit `" + b.id() + "` comes to 0 after risk adjustment: " + why)
                    .withHint("give the quantity planned, or remove the benefit")
                    .about(p.id(), b.id(), null));
          }
        }
      }
    }
  }

  private static boolean allZero(Profile profile) {
    if (profile instanceof Profile.Rate r) {
      return r.amount().likely().signum() == 0;
    }
    Profile.Explicit e = (Profile.Explicit) profile;
    return e.entries().values().stream().allMatch(u -> u.likely().signum() == 0);
  }

  /**
   * A cost's optimism bias above the highest Green Book upper bound for its kind, read from the
   * bundled optimism-bias table ({@code totaliser reference optimism-bias}, docs/method.md §3): a
   * capital cost is held to the highest bound of the table's capital-expenditure rows (200 %,
   * equipment and development), a revenue cost to its operating-cost row (41 %, outsourcing). An
   * in-kind cost has no bound.
   */
  static final class OptimismBiasAboveBound implements Rule {
    private static final Map<String, BigDecimal> BOUNDS = ReferenceTables.optimismBiasUpperBounds();

    /** The bound for a kind of cost, or null for a kind the table gives none. */
    static BigDecimal bound(Cost.Kind kind) {
      return switch (kind) {
        case CAPITAL -> BOUNDS.get("capex");
        case REVENUE -> BOUNDS.get("opex");
        case IN_KIND -> null;
      };
    }

    public RuleInfo info() {
      return RuleInfo.warning(
          "optimism-bias-above-bound",
          "a cost's optimism bias is above " + "the Green Book upper bound for its kind");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      for (Project p : in.portfolio().projects()) {
        for (Cost c : p.costs()) {
          BigDecimal bound = bound(c.kind());
          BigDecimal ob = c.optimismBias().likely();
          if (bound != null && ob.compareTo(bound) > 0) {
            report.accept(
                Diagnostic.warning(
                        in.sources().at(c, "optimism_bias", c.location()),
                        info().code(),
                        "optimism bias "
                            + Values.percent(ob)
                            + " on "
                            + c.kind()
                            + " cost `"
                            + c.id()
                            + "` is above the Green Book upper "
                            + "bound for "
                            + c.kind()
                            + " costs, "
                            + Values.percent(bound))
                    .withHint("`totaliser reference optimism-bias` lists the bounds")
                    .about(p.id(), c.id(), null));
          }
        }
      }
    }
  }
}

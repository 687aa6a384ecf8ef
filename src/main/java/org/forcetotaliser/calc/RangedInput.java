package org.forcetotaliser.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Uncertain;

/** An input written as a range, named by its typed reference. Immutable. */
public record RangedInput(InputRef ref, Uncertain range) {

  /**
   * Every input of the project written as a range (a point value is not listed), in file order:
   * costs, then benefits; within an item its factors, then its profile. The Monte Carlo simulation
   * draws them in this order.
   */
  public static List<RangedInput> of(Project p) {
    List<RangedInput> out = new ArrayList<>();
    for (Cost c : p.costs()) {
      InputRef.Item item = InputRef.Item.cost(c.id());
      add(out, item.ref(InputRef.Factor.OPTIMISM_BIAS), c.optimismBias());
      profile(out, item, c.profile());
    }
    for (Benefit b : p.benefits()) {
      if (b.type() == BenefitDetail.Type.QUALITATIVE) {
        continue;
      }
      InputRef.Item item = InputRef.Item.benefit(b.id());
      Factors f = b.factors();
      add(out, item.ref(InputRef.Factor.DEADWEIGHT), f.deadweight());
      add(out, item.ref(InputRef.Factor.DISPLACEMENT), f.displacement());
      add(out, item.ref(InputRef.Factor.LEAKAGE), f.leakage());
      add(out, item.ref(InputRef.Factor.SUBSTITUTION), f.substitution());
      add(out, item.ref(InputRef.Factor.ATTRIBUTION), f.attribution());
      add(out, item.ref(InputRef.Factor.OPTIMISM_BIAS), f.optimismBias());
      if (b.detail() instanceof BenefitDetail.Wider w) {
        add(out, item.ref(InputRef.Factor.UNIT_VALUE), w.unitValue());
      }
      profile(out, item, b.profile());
    }
    return out;
  }

  private static void profile(List<RangedInput> out, InputRef.Item item, Profile profile) {
    if (profile instanceof Profile.Explicit e) {
      for (Map.Entry<Object, Uncertain> en : e.entries().entrySet()) {
        add(out, item.entry(en.getKey()), en.getValue());
      }
    } else if (profile instanceof Profile.Rate r) {
      add(out, item.ref(Profiles.amountFactor(r)), r.amount());
      add(out, item.ref(InputRef.Factor.DROP_OFF), r.dropOff());
    }
  }

  private static void add(List<RangedInput> out, InputRef ref, Uncertain u) {
    if (!u.isPoint()) {
      out.add(new RangedInput(ref, u));
    }
  }
}

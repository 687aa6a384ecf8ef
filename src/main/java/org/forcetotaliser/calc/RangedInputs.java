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

/** Lists the ranged inputs of a project, in file order, with the paths the resolver sees. */
public final class RangedInputs {
  private RangedInputs() {}

  /** Every input of the project written as a range (a point value is not listed). */
  public static List<RangedInput> ranged(Project p) {
    List<RangedInput> out = new ArrayList<>();
    for (Cost c : p.costs()) {
      String path = "costs." + c.id();
      add(out, path + ".optimism_bias", c.optimismBias());
      profile(out, path + ".profile", c.profile());
    }
    for (Benefit b : p.benefits()) {
      if (b.type() == BenefitDetail.Type.QUALITATIVE) {
        continue;
      }
      String path = "benefits." + b.id();
      Factors f = b.factors();
      add(out, path + ".deadweight", f.deadweight());
      add(out, path + ".displacement", f.displacement());
      add(out, path + ".leakage", f.leakage());
      add(out, path + ".substitution", f.substitution());
      add(out, path + ".attribution", f.attribution());
      add(out, path + ".optimism_bias", f.optimismBias());
      if (b.detail() instanceof BenefitDetail.Wider w) {
        add(out, path + ".unit_value", w.unitValue());
      }
      profile(out, path + ".profile", b.profile());
    }
    return out;
  }

  private static void profile(List<RangedInput> out, String path, Profile profile) {
    if (profile instanceof Profile.Explicit e) {
      for (Map.Entry<Object, Uncertain> en : e.entries().entrySet()) {
        add(out, path + "." + en.getKey(), en.getValue());
      }
    } else if (profile instanceof Profile.Rate r) {
      add(out, path + "." + r.key(), r.amount());
      add(out, path + ".drop_off", r.dropOff());
    }
  }

  private static void add(List<RangedInput> out, String path, Uncertain u) {
    if (!u.isPoint()) {
      out.add(new RangedInput(path, u));
    }
  }
}

package org.forcetotaliser.check;

import java.util.function.Consumer;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.Values;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Offence;
import org.forcetotaliser.model.Project;

/** Checks that every offence and role a project names is in the reference tables. */
final class ReferenceRules {

  private ReferenceRules() {}

  /** A crime-harm benefit names an offence code in neither the bundled table nor force.yaml. */
  static final class UnknownOffence implements Rule {
    public RuleInfo info() {
      return RuleInfo.error(
          "unknown-offence",
          "a crime-harm `offence` is in neither the bundled " + "offence table nor force.yaml");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      for (Project p : in.portfolio().projects()) {
        for (Benefit b : p.benefits()) {
          if (b.detail() instanceof BenefitDetail.CrimeHarm c
              && !in.reference().offences().containsKey(c.offence())) {
            String hint = null;
            for (String code : in.reference().offences().keySet()) {
              if (code.equalsIgnoreCase(c.offence())) {
                hint = "did you mean `" + code + "`?";
              }
            }
            report.accept(
                Diagnostic.error(
                        in.sources().at(b, "offence", b.location()),
                        info().code(),
                        "unknown offence code `" + c.offence() + "` in benefit `" + b.id() + "`")
                    .withHint(
                        hint != null
                            ? hint
                            : "`totaliser reference offences` lists the codes; add a local one "
                                + "under `offences:` in force.yaml"));
          }
        }
      }
    }
  }

  /** The offence has no Home Office cost category: its £ will be absent, not zero. */
  static final class NotCosted implements Rule {
    public RuleInfo info() {
      return RuleInfo.warning(
          "not-costed", "a crime-harm offence has no cost category, so its " + "£ value is absent");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      for (Project p : in.portfolio().projects()) {
        for (Benefit b : p.benefits()) {
          if (b.detail() instanceof BenefitDetail.CrimeHarm c) {
            Offence o = in.reference().offences().get(c.offence());
            if (o != null && !o.isCosted()) {
              report.accept(
                  Diagnostic.warning(
                          in.sources().at(b, "offence", b.location()),
                          info().code(),
                          "offence `"
                              + c.offence()
                              + "` ("
                              + o.label()
                              + ") has no Home "
                              + "Office cost category: the £ value of benefit `"
                              + b.id()
                              + "` will be reported as absent, not 0; its harm is still counted")
                      .about(p.id(), b.id(), c.offence()));
            }
          }
        }
      }
    }
  }

  /** An hours-freed benefit names a role with no hourly rate. */
  static final class UnknownRole implements Rule {
    public RuleInfo info() {
      return RuleInfo.error(
          "unknown-role",
          "an hours-freed `role` has no hourly rate, bundled or " + "in force.yaml");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      for (Project p : in.portfolio().projects()) {
        for (Benefit b : p.benefits()) {
          if (b.detail() instanceof BenefitDetail.HoursFreed h
              && !in.reference().rates().containsKey(h.role())) {
            String hint = Values.didYouMean(h.role(), in.reference().rates().keySet());
            report.accept(
                Diagnostic.error(
                        in.sources().at(b, "role", b.location()),
                        info().code(),
                        "unknown role `"
                            + h.role()
                            + "` in benefit `"
                            + b.id()
                            + "`: the roles are "
                            + String.join(", ", in.reference().rates().keySet()))
                    .withHint(
                        hint != null
                            ? hint
                            : "add its hourly rate under `rates:` in " + "force.yaml"));
          }
        }
      }
    }
  }

  /** An offence in force.yaml names a cost category the bundled table does not have. */
  static final class UnknownCostCategory implements Rule {
    public RuleInfo info() {
      return RuleInfo.error(
          "unknown-cost-category",
          "a force.yaml offence names a cost category " + "not in the Home Office table");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      for (Offence o : in.portfolio().settings().offences()) {
        if (o.isCosted() && !in.reference().crimeCosts().containsKey(o.costCategory())) {
          report.accept(
              Diagnostic.error(
                      in.sources().at(o, "cost_category", in.portfolio().settings().location()),
                      info().code(),
                      "unknown cost category `"
                          + o.costCategory()
                          + "` for offence `"
                          + o.hoCode()
                          + "`")
                  .withHint(
                      hint(
                          o.costCategory(),
                          in.reference().crimeCosts().keySet(),
                          "crime-unit-costs")));
        }
      }
    }
  }

  /** An offence in force.yaml names a Cambridge harm subgroup the bundled table lacks. */
  static final class UnknownCchiSubgroup implements Rule {
    public RuleInfo info() {
      return RuleInfo.error(
          "unknown-cchi-subgroup",
          "a force.yaml offence names a Cambridge " + "Crime Harm Index subgroup not in the table");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      for (Offence o : in.portfolio().settings().offences()) {
        if (!in.reference().cchi().containsKey(o.cchiSubgroup())) {
          report.accept(
              Diagnostic.error(
                      in.sources().at(o, "cchi_subgroup", in.portfolio().settings().location()),
                      info().code(),
                      "unknown CCHI subgroup `"
                          + o.cchiSubgroup()
                          + "` for offence `"
                          + o.hoCode()
                          + "`")
                  .withHint(
                      hint(o.cchiSubgroup(), in.reference().cchi().keySet(), "cchi-subgroups")));
        }
      }
    }
  }

  static String hint(String word, Iterable<String> candidates, String table) {
    String h = Values.didYouMean(word, candidates);
    return h != null ? h : "`totaliser reference " + table + "` lists them";
  }
}

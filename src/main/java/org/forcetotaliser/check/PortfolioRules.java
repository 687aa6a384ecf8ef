package org.forcetotaliser.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Project;

/** Checks on the projects themselves: unique ids and required sources. */
final class PortfolioRules {

  private PortfolioRules() {}

  /** Two projects with the same id: actuals and reports could not tell them apart. */
  static final class DuplicateProjectId implements Rule {
    public RuleInfo info() {
      return RuleInfo.error("duplicate-project-id", "two projects have the same `id`");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      Map<String, Location> seen = new HashMap<>();
      for (Project p : in.portfolio().projects()) {
        Location at = in.sources().at(p, "id", p.location());
        Location first = seen.putIfAbsent(p.id(), at);
        if (first != null) {
          Location later = first.compareTo(at) <= 0 ? at : first;
          Location earlier = later == at ? first : at;
          report.accept(
              Diagnostic.error(
                      later,
                      info().code(),
                      "project id `" + p.id() + "` is also used at " + earlier)
                  .withHint("give each project its own id"));
        }
      }
    }
  }

  /** Two items of one project with the same id; costs and benefits share one namespace. */
  static final class DuplicateItemId implements Rule {
    public RuleInfo info() {
      return RuleInfo.error(
          "duplicate-item-id", "two costs or benefits of one project have the same `id`");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      for (Project p : in.portfolio().projects()) {
        Map<String, String> seen = new HashMap<>();
        for (Cost c : p.costs()) {
          note(seen, c.id(), "cost", c.location(), p, report);
        }
        for (Benefit b : p.benefits()) {
          note(seen, b.id(), "benefit", b.location(), p, report);
        }
      }
    }

    private void note(
        Map<String, String> seen,
        String id,
        String kind,
        Location at,
        Project p,
        Consumer<Diagnostic> report) {
      String first = seen.putIfAbsent(id, kind + " on line " + at.line());
      if (first != null) {
        report.accept(
            Diagnostic.error(
                    at,
                    info().code(),
                    "`" + id + "` is already the id of a " + first + " of project `" + p.id() + "`")
                .withHint("costs and benefits share one set of ids: an actual's `item` names one"));
      }
    }
  }

  /** A wider benefit must say where its unit value comes from. */
  static final class MissingSource implements Rule {
    public RuleInfo info() {
      return RuleInfo.error(
          "missing-source", "a `wider` benefit has no `source` for its unit " + "value");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      for (Project p : in.portfolio().projects()) {
        for (Benefit b : p.benefits()) {
          if (b.detail() instanceof BenefitDetail.Wider w
              && (w.source() == null || w.source().isBlank())) {
            report.accept(
                Diagnostic.error(
                        b.location(),
                        info().code(),
                        "wider benefit `" + b.id() + "` has no `source` for its `unit_value`")
                    .withHint(
                        "add `source:` naming the unit cost, e.g. "
                            + "\"GMCA Unit Cost Database v1.4, CR2.0.3\""));
          }
        }
      }
    }
  }
}

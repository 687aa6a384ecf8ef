package org.forcetotaliser.check;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.Values;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Roadmap;

/**
 * Checks on the Prevention Roadmap that need more than one action or the projects: an action id
 * used twice (perhaps in two files), and a linked project that does not exist (docs/method.md
 * §Roadmap).
 */
final class RoadmapRules {

  private RoadmapRules() {}

  /** Two actions with the same id: progress returns and reports could not tell them apart. */
  static final class DuplicateActionId implements Rule {
    public RuleInfo info() {
      return RuleInfo.error("duplicate-action-id", "two roadmap actions have the same `id`");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      Map<String, Location> seen = new HashMap<>();
      for (Roadmap.Action a : in.portfolio().roadmap().actions()) {
        Location first = seen.putIfAbsent(a.id(), a.location());
        if (first != null) {
          report.accept(
              Diagnostic.error(
                      a.location(),
                      info().code(),
                      "action id `" + a.id() + "` is also used at " + first)
                  .withHint("give each action its own id"));
        }
      }
    }
  }

  /** An action delivers through a project that is not in the portfolio. */
  static final class UnknownLinkedProject implements Rule {
    public RuleInfo info() {
      return RuleInfo.error(
          "unknown-linked-project",
          "a roadmap action's `projects` names no project in the portfolio");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      TreeSet<String> ids = new TreeSet<>();
      for (Project p : in.portfolio().projects()) {
        ids.add(p.id());
      }
      for (Roadmap.Action a : in.portfolio().roadmap().actions()) {
        for (String id : a.projects()) {
          if (!ids.contains(id)) {
            Location at =
                in.sources().at(a, "projects/" + id, in.sources().at(a, "projects", a.location()));
            report.accept(
                Diagnostic.error(
                        at,
                        info().code(),
                        "action `"
                            + a.id()
                            + "` delivers through project `"
                            + id
                            + "`, which is not in the portfolio")
                    .withHint(Values.didYouMean(id, ids)));
          }
        }
      }
    }
  }
}

package org.forcetotaliser.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.Values;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;

/** Checks that every actuals row names a real project, item and quarter. */
final class ActualsRules {

  private ActualsRules() {}

  private static Map<String, Project> projects(LoadResult in) {
    Map<String, Project> m = new HashMap<>();
    for (Project p : in.portfolio().projects()) {
      m.putIfAbsent(p.id(), p);
    }
    return m;
  }

  private static Set<String> items(Project p) {
    Set<String> s = new HashSet<>();
    p.costs().forEach(c -> s.add(c.id()));
    p.benefits().forEach(b -> s.add(b.id()));
    return s;
  }

  /** An actual names a project that is not in the portfolio. */
  static final class UnknownProject implements Rule {
    public RuleInfo info() {
      return RuleInfo.error("unknown-project", "an actuals row names no project in the portfolio");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      Map<String, Project> projects = projects(in);
      Set<String> reported = new HashSet<>();
      for (Actuals.Key k : in.portfolio().actuals().all().keySet()) {
        if (!projects.containsKey(k.project()) && reported.add(k.project())) {
          report.accept(
              Diagnostic.error(
                      in.sources()
                          .atKey(
                              k,
                              "project",
                              in.portfolio()
                                  .actuals()
                                  .of(k.project(), k.item())
                                  .firstEntry()
                                  .getValue()
                                  .location()),
                      info().code(),
                      "actuals name project `" + k.project() + "`, which is not in the portfolio")
                  .withHint(Values.didYouMean(k.project(), projects.keySet())));
        }
      }
    }
  }

  /** An actual names an item that the project does not have. */
  static final class UnknownItem implements Rule {
    public RuleInfo info() {
      return RuleInfo.error(
          "unknown-item", "an actuals row names no cost or benefit of its " + "project");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      Map<String, Project> projects = projects(in);
      for (Actuals.Key k : in.portfolio().actuals().all().keySet()) {
        Project p = projects.get(k.project());
        if (p != null && !items(p).contains(k.item())) {
          Set<String> ids = items(p);
          String hint = Values.didYouMean(k.item(), ids);
          report.accept(
              Diagnostic.error(
                      in.sources().atKey(k, "item", p.location()),
                      info().code(),
                      "project `" + k.project() + "` has no cost or benefit `" + k.item() + "`")
                  .withHint(
                      hint != null
                          ? hint
                          : ids.isEmpty()
                              ? null
                              : "its items are "
                                  + String.join(", ", new java.util.TreeSet<>(ids))));
        }
      }
    }
  }

  /** An actual for a quarter outside the project's start–end. */
  static final class ActualOutsideProject implements Rule {
    public RuleInfo info() {
      return RuleInfo.error(
          "actual-outside-project", "an actual for a quarter outside its " + "project's start–end");
    }

    public void check(LoadResult in, Consumer<Diagnostic> report) {
      Map<String, Project> projects = projects(in);
      in.portfolio()
          .actuals()
          .all()
          .forEach(
              (k, cells) -> {
                Project p = projects.get(k.project());
                if (p == null || !items(p).contains(k.item())) {
                  return;
                }
                for (Map.Entry<Quarter, Actuals.Cell> e : cells.entrySet()) {
                  if (!p.covers(e.getKey())) {
                    report.accept(
                        Diagnostic.error(
                            e.getValue().location(),
                            info().code(),
                            "actual for `"
                                + k.project()
                                + "` `"
                                + k.item()
                                + "` in "
                                + e.getKey()
                                + " is outside the project, which runs "
                                + p.start()
                                + " to "
                                + p.end()));
                  }
                }
              });
    }
  }
}

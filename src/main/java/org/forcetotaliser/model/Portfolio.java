package org.forcetotaliser.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything read from the paths given: force settings, projects (sorted by id), actuals, and the
 * Prevention Roadmap ({@link Roadmap#NONE} when there is none). Immutable.
 */
public record Portfolio(
    ForceSettings settings, List<Project> projects, Actuals actuals, Roadmap roadmap) {
  public Portfolio {
    Objects.requireNonNull(settings, "settings");
    projects = List.copyOf(projects);
    actuals = actuals == null ? Actuals.NONE : actuals;
    roadmap = roadmap == null ? Roadmap.NONE : roadmap;
  }

  /** A portfolio without a roadmap. */
  public Portfolio(ForceSettings settings, List<Project> projects, Actuals actuals) {
    this(settings, projects, actuals, Roadmap.NONE);
  }
}

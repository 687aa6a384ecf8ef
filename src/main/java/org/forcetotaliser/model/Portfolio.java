package org.forcetotaliser.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything read from the paths given: force settings, projects (sorted by id), and actuals.
 * Immutable.
 */
public record Portfolio(ForceSettings settings, List<Project> projects, Actuals actuals) {
  public Portfolio {
    Objects.requireNonNull(settings, "settings");
    projects = List.copyOf(projects);
    actuals = actuals == null ? Actuals.NONE : actuals;
  }
}

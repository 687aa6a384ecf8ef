package org.forcetotaliser.model;

import java.util.Locale;

/** The six building blocks of a prevention-first force, as written in project files. */
public enum BuildingBlock {
  LEADERSHIP_AND_CULTURE,
  PARTNERSHIPS,
  DATA_AND_DIGITAL,
  RESOURCING_AND_EFFICIENCY,
  PROJECTS_AND_PREVENTION,
  WORKFORCE;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return key();
  }
}

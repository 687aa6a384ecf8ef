package org.forcetotaliser.model;

import java.util.Locale;

/** The six building blocks of a prevention-first force, as written in project files. */
public enum BuildingBlock implements Labelled {
  LEADERSHIP_AND_CULTURE("Leadership and culture"),
  PARTNERSHIPS("Partnerships"),
  DATA_AND_DIGITAL("Data and digital"),
  RESOURCING_AND_EFFICIENCY("Resourcing and efficiency"),
  PROJECTS_AND_PREVENTION("Projects and prevention"),
  WORKFORCE("Workforce");

  private final String label;

  BuildingBlock(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return key();
  }
}

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

  /** The block as a person reads it: {@code Leadership and culture}. */
  public String label() {
    return switch (this) {
      case LEADERSHIP_AND_CULTURE -> "Leadership and culture";
      case PARTNERSHIPS -> "Partnerships";
      case DATA_AND_DIGITAL -> "Data and digital";
      case RESOURCING_AND_EFFICIENCY -> "Resourcing and efficiency";
      case PROJECTS_AND_PREVENTION -> "Projects and prevention";
      case WORKFORCE -> "Workforce";
    };
  }

  /** The block whose key is {@code key}, or null. */
  public static BuildingBlock ofKey(String key) {
    for (BuildingBlock b : values()) {
      if (b.key().equals(key)) {
        return b;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return key();
  }
}

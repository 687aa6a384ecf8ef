package org.forcetotaliser.render;

import java.util.Locale;
import java.util.Optional;
import org.forcetotaliser.model.ReferenceData;

/**
 * The files the tool publishes a JSON Schema for. {@code schema KIND} and the schemas {@code init}
 * writes beside a new portfolio both go through {@link #schema}, so a new kind of file is one
 * constant here and its writer in {@link SchemaWriter}.
 */
public enum SchemaKind {
  PROJECT,
  FORCE,
  ROADMAP;

  /** The kind as written on the command line and in file names: {@code project}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The JSON Schema text of this kind of file. */
  public String schema(ReferenceData ref) {
    return switch (this) {
      case PROJECT -> SchemaWriter.project(ref);
      case FORCE -> SchemaWriter.force(ref);
      case ROADMAP -> SchemaWriter.roadmap();
    };
  }

  /** The kind a command-line word names, if any (exact, lower case). */
  public static Optional<SchemaKind> of(String word) {
    for (SchemaKind k : values()) {
      if (k.id().equals(word)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}

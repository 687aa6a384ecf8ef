package org.forcetotaliser.model;

import java.util.List;
import java.util.Objects;

/**
 * One YAML key that only benefits of one kind have: its name, whether it must be given, what shape
 * of value it takes, and the line that describes it in the JSON Schema. The loader reads and
 * validates the key from this, and the schema describes it from this, so the two agree. Immutable.
 *
 * @param choices for {@link Shape#CHOICE}, the enum whose keys are the allowed values
 * @param description the schema's description of the key, or null for none
 */
public record BenefitKey(
    String name,
    Presence presence,
    Shape shape,
    Class<? extends Enum<?>> choices,
    String description) {

  /** Whether a key must be given. */
  public enum Presence {
    /** The loader reports a missing key as an error. */
    REQUIRED,
    /**
     * The schema requires the key, but the loader accepts its absence and a check reports it (so
     * that a draft with the value still to be found loads).
     */
    EXPECTED,
    OPTIONAL
  }

  /** The shape of a key's value. */
  public enum Shape {
    /** Free text. */
    TEXT,
    /** An offence code: suggested from the offence table, though a force may add its own. */
    OFFENCE,
    /** A role: suggested from the hourly-rate table, though a force may add its own. */
    ROLE,
    /** One of an enum's keys. */
    CHOICE,
    /** A non-negative amount or a range of amounts. */
    AMOUNT,
    /** A financial year. */
    YEAR,
    /** {@code true} or {@code false}. */
    BOOLEAN
  }

  public BenefitKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(shape, "shape");
    if ((shape == Shape.CHOICE) != (choices != null)) {
      throw new IllegalArgumentException("a CHOICE key, and only one, names its enum: " + name);
    }
  }

  public static BenefitKey required(String name, Shape shape, String description) {
    return new BenefitKey(name, Presence.REQUIRED, shape, null, description);
  }

  public static BenefitKey expected(String name, Shape shape, String description) {
    return new BenefitKey(name, Presence.EXPECTED, shape, null, description);
  }

  public static BenefitKey optional(String name, Shape shape, String description) {
    return new BenefitKey(name, Presence.OPTIONAL, shape, null, description);
  }

  public static BenefitKey choice(
      String name, Presence presence, Class<? extends Enum<?>> choices, String description) {
    return new BenefitKey(name, presence, Shape.CHOICE, choices, description);
  }

  /** Whether the loader reports the key's absence. */
  public boolean loaderRequires() {
    return presence == Presence.REQUIRED;
  }

  /** Whether the JSON Schema lists the key as required. */
  public boolean schemaRequires() {
    return presence != Presence.OPTIONAL;
  }

  /** The allowed values of a {@link Shape#CHOICE} key, as written in files. */
  public List<String> choiceKeys() {
    return choices == null
        ? List.of()
        : java.util.Arrays.stream(choices.getEnumConstants()).map(Keyed::key).toList();
  }
}

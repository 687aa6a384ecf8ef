package org.forcetotaliser.calc;

import java.util.Objects;

/**
 * A typed reference to one input of a project: the item (a cost or a benefit, by id), the factor of
 * that item, and for an explicit profile the period of the entry. The calculation keys on these
 * values; the path a user reads ({@code benefits.fewer-burglaries.attribution}, {@code
 * costs.coordinator.profile.per_year}, {@code benefits.x.profile.2025-26 Q1}) is made only by
 * {@link #path()} when a report prints it (docs/method.md, "Uncertainty"). Immutable.
 *
 * @param period the quarter or financial year of an explicit profile entry; null otherwise
 */
public record InputRef(Item item, Factor factor, Object period) {

  /** Whether an input belongs to a cost or a benefit. */
  public enum ItemKind {
    COST("costs"),
    BENEFIT("benefits");

    private final String key;

    ItemKind(String key) {
      this.key = key;
    }

    /** The section of the project file: {@code costs} or {@code benefits}. */
    public String key() {
      return key;
    }
  }

  /** The factor of an item an input sets, with its key in the project file. */
  public enum Factor {
    DEADWEIGHT("deadweight"),
    DISPLACEMENT("displacement"),
    LEAKAGE("leakage"),
    SUBSTITUTION("substitution"),
    ATTRIBUTION("attribution"),
    OPTIMISM_BIAS("optimism_bias"),
    UNIT_VALUE("unit_value"),
    PER_QUARTER("profile.per_quarter"),
    PER_YEAR("profile.per_year"),
    DROP_OFF("profile.drop_off"),
    /** One entry of an explicit profile; the reference names its period. */
    PROFILE_ENTRY("profile");

    private final String key;

    Factor(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    /**
     * The factor as a person reads it, for an item of {@code kind}: a profile amount is a cost for
     * a cost and a quantity for a benefit ({@code annual cost}, {@code quantity per quarter}).
     */
    public String label(ItemKind kind) {
      boolean cost = kind == ItemKind.COST;
      return switch (this) {
        case DEADWEIGHT -> "deadweight";
        case DISPLACEMENT -> "displacement";
        case LEAKAGE -> "leakage";
        case SUBSTITUTION -> "substitution";
        case ATTRIBUTION -> "attribution";
        case OPTIMISM_BIAS -> "optimism bias";
        case UNIT_VALUE -> "value per unit";
        case PER_QUARTER -> cost ? "cost per quarter" : "quantity per quarter";
        case PER_YEAR -> cost ? "annual cost" : "quantity per year";
        case DROP_OFF -> "drop-off";
        case PROFILE_ENTRY -> cost ? "cost in" : "quantity in";
      };
    }
  }

  /** One cost or benefit of a project, by kind and id. Immutable. */
  public record Item(ItemKind kind, String id) {
    public Item {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
    }

    public static Item cost(String id) {
      return new Item(ItemKind.COST, id);
    }

    public static Item benefit(String id) {
      return new Item(ItemKind.BENEFIT, id);
    }

    /** The reference to one factor of this item. */
    public InputRef ref(Factor factor) {
      return new InputRef(this, factor, null);
    }

    /** The reference to the explicit profile entry of {@code period}. */
    public InputRef entry(Object period) {
      return new InputRef(this, Factor.PROFILE_ENTRY, period);
    }
  }

  public InputRef {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(factor, "factor");
    if ((factor == Factor.PROFILE_ENTRY) != (period != null)) {
      throw new IllegalArgumentException("a period names a profile entry, and only one");
    }
  }

  /** The input's path in the project file, as reports print it. */
  public String path() {
    return item.kind().key()
        + "."
        + item.id()
        + "."
        + factor.key()
        + (period == null ? "" : "." + period);
  }

  /**
   * The input as a person reads it: the item's id in words, then the factor ({@code Youth workers —
   * annual cost}, {@code Fewer burglaries — quantity in 2025-26 Q1}).
   */
  public String label() {
    String id = item.id().replace('-', ' ').replace('_', ' ');
    String words = id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
    return words + " — " + factor.label(item.kind()) + (period == null ? "" : " " + period);
  }

  @Override
  public String toString() {
    return path();
  }
}

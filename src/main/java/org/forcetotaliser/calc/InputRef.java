package org.forcetotaliser.calc;

import java.util.Objects;
import org.forcetotaliser.model.Labelled;

/**
 * A typed reference to one input of a project: the item (a cost or a benefit, by id), the factor of
 * that item, and for an explicit profile the period of the entry. The calculation keys on these
 * values; the path a user reads ({@code benefits.fewer-burglaries.attribution}, {@code
 * costs.coordinator.profile.per_year}, {@code benefits.x.profile.2025-26 Q1}) is made only by
 * {@link #path()} when a report prints it (docs/method.md, "Uncertainty"). Immutable.
 *
 * @param period the quarter or financial year of an explicit profile entry; null otherwise
 */
public record InputRef(Item item, Factor factor, Object period) implements Labelled {

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

  /**
   * The factor of an item an input sets, with its key in the project file and its words, for a cost
   * and for a benefit.
   */
  public enum Factor {
    DEADWEIGHT("deadweight", "deadweight", "deadweight"),
    DISPLACEMENT("displacement", "displacement", "displacement"),
    LEAKAGE("leakage", "leakage", "leakage"),
    SUBSTITUTION("substitution", "substitution", "substitution"),
    ATTRIBUTION("attribution", "attribution", "attribution"),
    OPTIMISM_BIAS("optimism_bias", "optimism bias", "optimism bias"),
    UNIT_VALUE("unit_value", "unit value", "unit value"),
    PER_QUARTER("profile.per_quarter", "quarterly cost", "quantity a quarter"),
    PER_YEAR("profile.per_year", "annual cost", "quantity a year"),
    DROP_OFF("profile.drop_off", "drop-off", "drop-off"),
    /** One entry of an explicit profile; the reference names its period. */
    PROFILE_ENTRY("profile", "cost in", "quantity in");

    private final String key;
    private final String costLabel;
    private final String benefitLabel;

    Factor(String key, String costLabel, String benefitLabel) {
      this.key = key;
      this.costLabel = costLabel;
      this.benefitLabel = benefitLabel;
    }

    public String key() {
      return key;
    }

    /** The factor in words, for an item of {@code kind}. */
    public String label(ItemKind kind) {
      return kind == ItemKind.COST ? costLabel : benefitLabel;
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

  /** The path, as JSON and CSV write it. */
  @Override
  public String key() {
    return path();
  }

  /**
   * The input in words, as tables and workbooks show it: the item's id as words, then the factor
   * ("Youth workers — annual cost", "Fewer burglaries — attribution").
   */
  @Override
  public String label() {
    String words = item.id().replace('-', ' ').replace('_', ' ');
    String name =
        words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    return name + " — " + factor.label(item.kind()) + (period == null ? "" : " " + period);
  }

  @Override
  public String toString() {
    return path();
  }
}

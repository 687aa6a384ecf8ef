package org.forcetotaliser.calc;

import java.util.Objects;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Labelled;

/**
 * What a reconciled item is: a cost, or a benefit of one type (docs/method.md §8). Reports print it
 * as its key ({@code cost}, {@code crime-harm}, …). Immutable.
 *
 * @param benefit the benefit's type, or null for a cost
 */
public record ItemType(BenefitDetail.Type benefit) implements Labelled {

  /** A cost. */
  public static final ItemType COST = new ItemType(null);

  /** A benefit of type {@code type}. */
  public static ItemType of(BenefitDetail.Type type) {
    return new ItemType(Objects.requireNonNull(type, "type"));
  }

  public boolean isCost() {
    return benefit == null;
  }

  /** Whether this is a benefit of type {@code type}. */
  public boolean is(BenefitDetail.Type type) {
    return benefit == type;
  }

  /** Whether its quantities are £: a cost, or cash released. */
  public boolean inPounds() {
    return isCost() || benefit == BenefitDetail.Type.CASHABLE;
  }

  /** {@code cost}, or the benefit type as written after {@code type:}. */
  @Override
  public String key() {
    return isCost() ? "cost" : benefit.key();
  }

  /** "Cost", or the benefit type's label. */
  @Override
  public String label() {
    return isCost() ? "Cost" : benefit.label();
  }

  @Override
  public String toString() {
    return key();
  }
}

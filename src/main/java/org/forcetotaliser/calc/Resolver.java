package org.forcetotaliser.calc;

import java.math.BigDecimal;
import org.forcetotaliser.model.Uncertain;

/**
 * Chooses the figure used for an input that may be a range. The point estimate takes the likely
 * value; scenarios, tornado and switching values choose other points by the input's typed
 * reference.
 */
@FunctionalInterface
public interface Resolver {
  /** The likely value of every input. */
  Resolver LIKELY = (ref, u) -> u.likely();

  BigDecimal pick(InputRef ref, Uncertain value);

  /** Every input at its likely value but {@code ref}, which is at {@code value}. */
  static Resolver only(InputRef ref, BigDecimal value) {
    return (r, u) -> r.equals(ref) ? value : u.likely();
  }
}

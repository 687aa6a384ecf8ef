package org.forcetotaliser.calc;

import java.math.BigDecimal;
import org.forcetotaliser.model.Uncertain;

/**
 * Chooses the figure used for an input that may be a range. The point estimate takes the
 * likely value; scenarios, tornado and simulation choose other points by input path (for
 * example {@code benefits.fewer-burglaries.attribution}).
 */
@FunctionalInterface
public interface Resolver {
  /** The likely value of every input. */
  Resolver LIKELY = (path, u) -> u.likely();

  BigDecimal pick(String path, Uncertain value);
}

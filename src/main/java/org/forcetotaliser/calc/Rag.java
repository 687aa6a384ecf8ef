package org.forcetotaliser.calc;

import java.util.Locale;

/**
 * The delivery status of a benefit or cost at reconciliation. {@code ZERO_PLANNED}: actuals are
 * reported but the plan for those quarters is zero once made net (a deadweight of 100 %, an
 * attribution of 0 %), so no realisation can be worked out; it is not "not reported".
 */
public enum Rag {
  GREEN,
  AMBER,
  RED,
  ZERO_PLANNED,
  NOT_REPORTED,
  NOT_DUE;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return key();
  }
}

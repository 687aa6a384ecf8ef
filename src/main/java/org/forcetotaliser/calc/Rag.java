package org.forcetotaliser.calc;

import java.util.Locale;
import org.forcetotaliser.model.Labelled;

/**
 * The delivery status of a benefit or cost at reconciliation. {@code ZERO_PLANNED}: actuals are
 * reported but the plan for those quarters is zero once made net (a deadweight of 100 %, an
 * attribution of 0 %), so no realisation can be worked out; it is not "not reported".
 */
public enum Rag implements Labelled {
  GREEN("Green"),
  AMBER("Amber"),
  RED("Red"),
  ZERO_PLANNED("Zero planned"),
  NOT_REPORTED("Not reported"),
  NOT_DUE("Not due");

  private final String label;

  Rag(String label) {
    this.label = label;
  }

  /** The status in words: a report never relies on colour alone. */
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

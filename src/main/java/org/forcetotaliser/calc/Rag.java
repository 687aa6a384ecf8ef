package org.forcetotaliser.calc;

import java.util.Locale;

/** The delivery status of a benefit or cost at reconciliation. */
public enum Rag {
  GREEN, AMBER, RED, NOT_REPORTED, NOT_DUE;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return key();
  }
}

package org.forcetotaliser.calc;

/**
 * A figure needed by the calculation is not in the reference tables (for example a deflator for a
 * year outside the series). Validation reports these first; this is the safety net.
 */
public final class MissingReferenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MissingReferenceException(String message) {
    super(message);
  }
}

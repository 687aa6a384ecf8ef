package org.forcetotaliser.load;

/**
 * A value that could not be read, with the rule it breaks and a message fit for a user. Thrown by
 * {@link Values} and caught by the mappers, which turn it into a diagnostic at the value.
 */
final class BadValue extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final String rule;
  final String hint;

  BadValue(String rule, String message) {
    this(rule, message, null);
  }

  BadValue(String rule, String message, String hint) {
    super(message, null, false, false);
    this.rule = rule;
    this.hint = hint;
  }
}

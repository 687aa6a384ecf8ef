package org.forcetotaliser.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input: where, how serious, what, which rule, and where possible
 * the source line and a hint. Immutable.
 *
 * @param sourceLine the text of the offending line, or null when not known
 * @param hint a suggested fix ("did you mean `attribution`?"), or null
 */
public record Diagnostic(
    Severity severity, Location location, String message, String rule, String sourceLine,
    String hint) implements Comparable<Diagnostic> {

  /** How serious a diagnostic is. */
  public enum Severity {
    ERROR, WARNING;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::rule)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
  }

  public static Diagnostic error(Location at, String rule, String message) {
    return new Diagnostic(Severity.ERROR, at, message, rule, null, null);
  }

  public static Diagnostic warning(Location at, String rule, String message) {
    return new Diagnostic(Severity.WARNING, at, message, rule, null, null);
  }

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(severity, location, message, rule, sourceLine, newHint);
  }

  public Diagnostic withSourceLine(String line) {
    return new Diagnostic(severity, location, message, rule, line, hint);
  }

  public Diagnostic asError() {
    return new Diagnostic(Severity.ERROR, location, message, rule, sourceLine, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The first line of the report: {@code file:line:col: error: message [rule]}. */
  public String headline() {
    return location + ": " + severity.label() + ": " + message + " [" + rule + "]";
  }

  @Override
  public int compareTo(Diagnostic o) {
    return ORDER.compare(this, o);
  }
}

package org.forcetotaliser.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input: where, how serious, what, which rule, and where possible the
 * source line and a hint. Immutable.
 *
 * @param sourceLine the text of the offending line, or null when not known
 * @param hint a suggested fix ("did you mean `attribution`?"), or null
 * @param subject what the finding is about, by key ({@code project}, {@code item}, {@code
 *     offence}), for matching {@code accept} entries (docs/method.md §9a); empty when none
 * @param accepted the reason a force.yaml {@code accept} entry gives for this warning, or null when
 *     it is not accepted; an accepted warning is listed in JSON but neither printed nor raised by
 *     {@code --strict}
 */
public record Diagnostic(
    Severity severity,
    Location location,
    String message,
    String rule,
    String sourceLine,
    String hint,
    java.util.Map<String, String> subject,
    String accepted)
    implements Comparable<Diagnostic> {

  /** How serious a diagnostic is. */
  public enum Severity {
    ERROR,
    WARNING;

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
    subject = subject == null ? java.util.Map.of() : java.util.Map.copyOf(subject);
  }

  public Diagnostic(
      Severity severity,
      Location location,
      String message,
      String rule,
      String sourceLine,
      String hint) {
    this(severity, location, message, rule, sourceLine, hint, null, null);
  }

  /**
   * The same finding, claimed by each of {@code projectItems} ({@code project/item}), so that an
   * {@code accept} entry naming any one of them matches it, as for a double count.
   */
  public Diagnostic claimedBy(java.util.List<String> projectItems) {
    java.util.Map<String, String> m = new java.util.HashMap<>(subject);
    m.put(CLAIMANTS, String.join(" ", projectItems));
    return new Diagnostic(severity, location, message, rule, sourceLine, hint, m, accepted);
  }

  /** The subject key of the {@code project/item} pairs that claim a finding, space-separated. */
  public static final String CLAIMANTS = "claimants";

  /**
   * The same finding, about a project, one of its items and an offence (each may be null), so that
   * an {@code accept} entry can name it.
   */
  public Diagnostic about(String project, String item, String offence) {
    java.util.Map<String, String> m = new java.util.HashMap<>(subject);
    if (project != null) {
      m.put("project", project);
    }
    if (item != null) {
      m.put("item", item);
    }
    if (offence != null) {
      m.put("offence", offence);
    }
    return new Diagnostic(severity, location, message, rule, sourceLine, hint, m, accepted);
  }

  /** The same warning, accepted for {@code reason}. */
  public Diagnostic acceptedFor(String reason) {
    return new Diagnostic(severity, location, message, rule, sourceLine, hint, subject, reason);
  }

  public boolean isAccepted() {
    return accepted != null;
  }

  /** A finding of {@code rule}, at its severity. */
  public static Diagnostic of(Location at, RuleCode rule, String message) {
    return new Diagnostic(rule.severity(), at, message, rule.code(), null, null);
  }

  public static Diagnostic error(Location at, String rule, String message) {
    return new Diagnostic(Severity.ERROR, at, message, rule, null, null);
  }

  public static Diagnostic warning(Location at, String rule, String message) {
    return new Diagnostic(Severity.WARNING, at, message, rule, null, null);
  }

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(
        severity, location, message, rule, sourceLine, newHint, subject, accepted);
  }

  public Diagnostic withSourceLine(String line) {
    return new Diagnostic(severity, location, message, rule, line, hint, subject, accepted);
  }

  /** The same finding as an error ({@code --strict}); an accepted warning stays a warning. */
  public Diagnostic asError() {
    if (accepted != null) {
      return this;
    }
    return new Diagnostic(Severity.ERROR, location, message, rule, sourceLine, hint, subject, null);
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

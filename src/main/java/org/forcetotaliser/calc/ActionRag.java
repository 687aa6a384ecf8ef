package org.forcetotaliser.calc;

import java.util.Locale;
import org.forcetotaliser.model.Roadmap;

/**
 * The status of a roadmap action as of a quarter: the latest RAG reported up to then, {@code
 * complete} for a done action, {@code not-reported} when nothing has been reported (docs/method.md
 * §Roadmap).
 */
public enum ActionRag implements org.forcetotaliser.model.Labelled {
  GREEN,
  AMBER,
  RED,
  COMPLETE,
  NOT_REPORTED;

  public static ActionRag of(Roadmap.ReportedRag reported) {
    return switch (reported) {
      case GREEN -> GREEN;
      case AMBER -> AMBER;
      case RED -> RED;
    };
  }

  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The status as a person reads it: {@code Not reported}. */
  @Override
  public String label() {
    return switch (this) {
      case GREEN -> "Green";
      case AMBER -> "Amber";
      case RED -> "Red";
      case COMPLETE -> "Complete";
      case NOT_REPORTED -> "Not reported";
    };
  }

  /** The name of the JSON field that counts actions with this status: {@code not_reported}. */
  public String field() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return key();
  }
}

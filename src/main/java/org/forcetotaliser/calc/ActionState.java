package org.forcetotaliser.calc;

import java.util.Locale;

/**
 * Where a roadmap action stands as of a quarter (docs/method.md §Roadmap): done if completed by
 * then, else overdue if due by then, else not started if it starts later, else in progress.
 */
public enum ActionState implements org.forcetotaliser.model.Labelled {
  DONE,
  OVERDUE,
  IN_PROGRESS,
  NOT_STARTED;

  /** The key written in files and on the command line: {@code in-progress}. */
  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The state as a person reads it: {@code In progress}. */
  @Override
  public String label() {
    return switch (this) {
      case DONE -> "Done";
      case OVERDUE -> "Overdue";
      case IN_PROGRESS -> "In progress";
      case NOT_STARTED -> "Not started";
    };
  }

  /** The name of the JSON field that counts actions in this state: {@code in_progress}. */
  public String field() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return key();
  }
}

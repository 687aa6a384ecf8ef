package org.forcetotaliser.cli;

/** The tool's exit codes (SPEC §5). */
final class Exit {
  /** Success. */
  static final int OK = 0;
  /** The input has errors, or warnings under --strict. */
  static final int INPUT = 1;
  /** The command line is wrong. */
  static final int USAGE = 2;
  /** A --fail-on condition was met. */
  static final int FAIL_ON = 3;
  /** A fault in the tool itself. */
  static final int INTERNAL = 70;

  private Exit() {}
}

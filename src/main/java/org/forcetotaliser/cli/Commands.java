package org.forcetotaliser.cli;

import java.io.InputStream;
import picocli.CommandLine;

/**
 * The one place commands are registered. To add a command: write a picocli
 * {@code Callable<Integer>} whose constructor takes a {@link Context}, and add one
 * {@code addSubcommand} line below.
 */
final class Commands {

  private Commands() {}

  /** What every command may use from its surroundings: standard input (for path {@code -}). */
  record Context(InputStream stdin) {}

  static CommandLine commandLine(Context context) {
    CommandLine cli = new CommandLine(new Main());
    cli.addSubcommand("check", new CheckCommand(context));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}

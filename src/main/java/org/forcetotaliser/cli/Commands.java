package org.forcetotaliser.cli;

import java.io.InputStream;
import picocli.CommandLine;

/**
 * Builds the command line. Commands are listed in {@link Main}'s {@code subcommands}, so
 * that the completion script and man pages see them too; this factory hands each the
 * {@link Context} it needs (standard input for path {@code -}).
 */
final class Commands {

  private Commands() {}

  /** What every command may use from its surroundings: standard input (for path {@code -}). */
  record Context(InputStream stdin) {}

  static CommandLine commandLine(Context context) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        K made = defaults.create(cls);
        if (made instanceof ReportCommand r) {
          r.context = context;
        } else if (made instanceof CheckCommand c) {
          c.context = context;
        }
        return made;
      }
    };
    CommandLine cli = new CommandLine(Main.class, factory);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // a usage error in a line or two, with where to look, rather than the whole help
    cli.setParameterExceptionHandler((ex, args) -> {
      java.io.PrintWriter err = ex.getCommandLine().getErr();
      err.println("totaliser: " + ex.getMessage());
      err.println("Try `" + ex.getCommandLine().getCommandSpec().qualifiedName()
          + " --help` for the options and examples.");
      err.flush();
      return Main.USAGE;
    });
    return cli;
  }
}

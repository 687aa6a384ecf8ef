package org.forcetotaliser.cli;

import java.io.InputStream;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the command line. The commands are listed in {@link AllCommands}, so that the completion
 * script and man pages see them too; this factory hands each the {@link Context} it needs (standard
 * input for path {@code -}).
 *
 * <p>Building a command's model makes picocli reflect on every annotation of its class, a large
 * part of a short run's start-up. So when the first argument names a command, only that command is
 * built, under {@link Main}; anything else (no arguments, an option such as {@code --help} or
 * {@code --version}, an unknown name) builds them all, so that help, the version and usage errors
 * are what they always were.
 */
final class Commands {

  private Commands() {}

  /**
   * What every command may use from its surroundings: standard input (for path {@code -}), the
   * clock that says what day it is (for the default {@code --as-of}), and the pool that reads and
   * appraises.
   */
  record Context(InputStream stdin, Clock clock, Pool pool) {
    /** Nothing on standard input, the system's clock, one thread: a command built alone. */
    static Context quiet() {
      return new Context(
          InputStream.nullInputStream(), Clock.systemDefaultZone(), new Pool(1, Pool.DEFAULT_FROM));
    }
  }

  /** The command line for {@code args}: the command they name, or every command. */
  static CommandLine commandLine(Context context, String... args) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            K made = defaults.create(cls);
            if (made instanceof ReportCommand r) {
              r.context = context;
            } else if (made instanceof CheckCommand c) {
              c.context = context;
            } else if (made instanceof IndexCommand i) {
              i.context = context;
            }
            return made;
          }
        };
    Class<?> named = args.length == 0 ? null : command(args[0]);
    CommandLine cli;
    if (named == null) {
      cli = new CommandLine(AllCommands.class, factory);
    } else {
      cli = new CommandLine(Main.class, factory);
      cli.addSubcommand(new CommandLine(named, factory));
    }
    for (CommandLine sub : cli.getSubcommands().values()) {
      // `totaliser check --version` prints the version, as `totaliser --version` does
      sub.getCommandSpec().version(Main.class.getAnnotation(Command.class).version());
    }
    // settings after the commands are added: picocli passes them down to those it has
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(new ShortUsageError());
    return cli;
  }

  /**
   * A usage error in a line or two, with where to look, rather than the whole help. A class rather
   * than a lambda: a lambda for one of picocli's interfaces (Java 5 bytecode) kept the interface,
   * and every class implementing it, out of the launcher's class-data archive.
   */
  private static final class ShortUsageError implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      java.io.PrintWriter err = ex.getCommandLine().getErr();
      err.println("totaliser: " + ex.getMessage());
      if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        err.println("Did you mean `" + String.join("` or `", u.getSuggestions()) + "`?");
      }
      err.println(
          "Try `"
              + ex.getCommandLine().getCommandSpec().qualifiedName()
              + " --help` for the options and examples.");
      err.flush();
      return Main.USAGE;
    }
  }

  /** The command class named {@code name} exactly (as picocli matches it), or null. */
  static Class<?> command(String name) {
    for (Class<?> c : AllCommands.class.getAnnotation(Command.class).subcommands()) {
      if (c.getAnnotation(Command.class).name().equals(name)) {
        return c;
      }
    }
    return null;
  }
}

package org.forcetotaliser.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The entry point: {@code totaliser COMMAND [OPTIONS] [PATH…]}. {@link #main} only exits with what
 * {@link #run} returns, so tests call {@code run} with their own streams.
 *
 * <p>This annotation is the top command without its commands: {@link Commands} adds the one being
 * run, or every command ({@link AllCommands}) when the first argument names none.
 */
@Command(
    name = "totaliser",
    mixinStandardHelpOptions = true,
    version = "totaliser 0.1.0",
    description =
        "Force Totaliser: plans, reconciles and totals the benefits of a police "
            + "force's prevention projects.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser check examples",
      "  totaliser estimate examples",
      "  totaliser reconcile examples --as-of \"2026-27 Q2\"",
      "  totaliser total examples --format json -o total.json",
      "  totaliser explain youth-knife-diversion examples",
      "  totaliser COMMAND --help"
    })
public class Main implements Runnable {

  /** Success. */
  public static final int OK = 0;

  /** The input has errors (or warnings under {@code --strict}). */
  public static final int INPUT_ERRORS = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  /** A {@code --fail-on} condition was met. */
  public static final int FAIL_ON = 3;

  /** A bug: something failed that should not have. */
  public static final int INTERNAL = 70;

  @Spec private CommandSpec spec;

  /**
   * The system property that fixes today's date (an ISO date such as {@code 2026-11-23}) for the
   * default {@code --as-of}, so that golden runs are repeatable. Read here only.
   */
  public static final String TODAY = "totaliser.today";

  public static void main(String[] args) {
    System.exit(run(stdin(), System.out, System.err, args));
  }

  /**
   * Standard input, or a stream that says it is closed. When a shell closes it ({@code <&-}), the
   * JVM's first open file takes descriptor 0 — on Linux its own {@code lib/modules} — and reading
   * it would report that file's bytes as "UTF-16 text"; so a descriptor 0 inside the Java
   * installation is taken for what it is, no input at all.
   */
  static InputStream stdin() {
    try {
      java.nio.file.Path fd0 =
          java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0"));
      if (fd0.startsWith(java.nio.file.Path.of(System.getProperty("java.home")))) {
        return new InputStream() {
          @Override
          public int read() throws java.io.IOException {
            throw new java.io.IOException("standard input is closed");
          }
        };
      }
    } catch (java.io.IOException | RuntimeException e) {
      // no /proc (not Linux): standard input is what it says
    }
    return System.in;
  }

  /**
   * Runs one command and returns its exit code; prints only to {@code out} and {@code err}. Today's
   * date is {@value #TODAY} if set, else the system clock's; the pool is {@link
   * Pool#fromProperties()}.
   */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    return run(in, out, err, clock(), Pool.fromProperties(), args);
  }

  /** The system clock, or a clock fixed at the start of {@value #TODAY} when it is set. */
  static Clock clock() {
    String fixed = System.getProperty(TODAY);
    if (fixed == null || fixed.isBlank()) {
      return Clock.systemDefaultZone();
    }
    return Clock.fixed(
        LocalDate.parse(fixed.strip()).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  /**
   * {@link #run(InputStream, PrintStream, PrintStream, String...)} with the day taken from {@code
   * clock} and the reading and appraising done by {@code pool}.
   */
  public static int run(
      InputStream in, PrintStream out, PrintStream err, Clock clock, Pool pool, String... args) {
    PrintWriter o =
        new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
    try {
      CommandLine cli = Commands.commandLine(new Commands.Context(in, clock, pool), args);
      cli.setOut(o);
      cli.setErr(e);
      cli.setExecutionExceptionHandler(new Internal(stacktrace));
      return cli.execute(args);
    } catch (RuntimeException | Error ex) {
      internal(e, ex, stacktrace);
      return INTERNAL;
    } finally {
      o.flush();
      e.flush();
    }
  }

  /**
   * A command's unexpected exception: reported as internal. A class rather than a lambda: a lambda
   * for one of picocli's interfaces (Java 5 bytecode) kept the interface, and every class
   * implementing it, out of the launcher's class-data archive.
   */
  private static final class Internal implements CommandLine.IExecutionExceptionHandler {
    private final boolean stacktrace;

    Internal(boolean stacktrace) {
      this.stacktrace = stacktrace;
    }

    @Override
    public int handleExecutionException(
        Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
      internal(cmd.getErr(), ex, stacktrace);
      return INTERNAL;
    }
  }

  private static void internal(PrintWriter err, Throwable ex, boolean stacktrace) {
    err.println(
        "totaliser: internal error: "
            + ex
            + (stacktrace
                ? ""
                : " (run again with --stacktrace for details, and please report it)"));
    if (stacktrace) {
      ex.printStackTrace(err);
    }
    err.flush();
  }

  /** Without a command: say which commands there are, as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "give a command, such as " + "`totaliser check`");
  }
}

package org.forcetotaliser.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.forcetotaliser.check.Acceptance;
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReportRule;
import org.forcetotaliser.render.Escapes;
import org.forcetotaliser.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every reporting command shares: paths, format, output file, strictness. A subclass turns the
 * loaded portfolio into a report and renders it; this class loads, reports problems and writes the
 * result.
 */
@CommandLine.Command(modelTransformer = FormatOption.class)
abstract class ReportCommand implements Callable<Integer>, FormatOption.Takes {
  @Spec CommandSpec spec;

  /** Standard input and whatever else the command needs from its surroundings. */
  Commands.Context context = Commands.Context.quiet();

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
  boolean stacktrace;

  /** The paths to read, as given (empty: the current folder). */
  abstract List<String> paths();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converters.FormatConverter.class,
      description = "One of the formats the command writes.")
  Format format = Format.TABLE;

  @Override
  public List<String> formatKeys() {
    return formats().stream().map(Format::key).toList();
  }

  /** The help of {@code --format}: this command's formats only, and its default. */
  @Override
  public String formatHelp() {
    List<String> keys = formats().stream().map(Format::key).toList();
    String list =
        keys.size() == 1
            ? keys.get(0)
            : String.join(", ", keys.subList(0, keys.size() - 1))
                + " or "
                + keys.get(keys.size() - 1);
    return list
        + " (default: "
        + format
        + (formats().contains(Format.XLSX) ? "; xlsx needs -o)." : ").");
  }

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  Path output;

  @Option(
      names = "--strict",
      description =
          "Treat every warning as an error, except those accepted in force.yaml " + "(`accept:`).")
  boolean strict;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar (it shows only on a terminal, after a second).")
  boolean quiet;

  @Option(
      names = "--price-base",
      paramLabel = "YEAR",
      converter = Converters.YearConverter.class,
      description = "Restate every £ in this financial year's prices (e.g. 2025-26).")
  FinancialYear priceBase;

  /** Whether a warning found while loading concerns this report; all do, but for explain. */
  boolean shows(Diagnostic d) {
    return true;
  }

  /** The {@code --as-of} quarter given on the command line, or null (none, or no such option). */
  Quarter asOfGiven() {
    return null;
  }

  /**
   * The rules found while computing this report (docs/rules.md, "Found while reporting") that it
   * looks for in every project it reads, so that an {@code accept} entry for one of them that
   * matches nothing is stale; {@code as-of-future} and {@code cell-cut} are added where the run can
   * raise them. None by default: a report that computes only some projects cannot tell.
   */
  Set<String> reportRules() {
    return Set.of();
  }

  /**
   * The rule codes this run looks for, whose {@code accept} entries it judges once its report has
   * raised its warnings (docs/method.md §9a); null when it judges none.
   */
  Set<String> judged() {
    Set<String> codes = new TreeSet<>(Acceptance.Scope.checkRules());
    codes.addAll(reportRules());
    if (asOfGiven() != null) {
      codes.add("as-of-future");
    }
    if (format == Format.XLSX) {
      codes.add("cell-cut");
    }
    return codes;
  }

  /** The {@code as-of-future} warning of the run under way, or null. */
  private Diagnostic asOfNote;

  /**
   * Every warning of the run, for its JSON: those found while loading and those in {@code notes},
   * found while computing, with the accept entries that match nothing; a warning force.yaml accepts
   * carries the entry's reason (docs/method.md §9a).
   */
  List<Diagnostic> runWarnings(Inputs.Loaded loaded, List<Diagnostic> notes) {
    return Inputs.runWarnings(loaded, withAsOf(notes), judged());
  }

  private List<Diagnostic> withAsOf(List<Diagnostic> notes) {
    if (asOfNote == null) {
      return notes;
    }
    List<Diagnostic> all = new java.util.ArrayList<>(notes);
    all.add(asOfNote);
    return all;
  }

  /** The progress bar of the run under way (null outside {@link #run}). */
  Progress progress;

  /** The formats this command can write. */
  List<Format> formats() {
    return List.of(Format.TABLE, Format.CSV, Format.JSON, Format.MARKDOWN);
  }

  /**
   * Checks the options that need no input, before anything is read, so that a usage error is
   * reported on its own. Throws {@link CommandLine.ParameterException}.
   */
  void checkOptions() {}

  /** Builds and renders the report; warnings found while computing go in {@code notes}. */
  abstract Rendered run(Inputs.Loaded loaded, ForceSettings settings) throws Exception;

  /**
   * A rendered report and the warnings found while computing it. A text report is kept as the text
   * itself, not as bytes, so that a large one is not copied again to be printed.
   */
  record Rendered(String text, byte[] binary, List<Diagnostic> notes, int exitCode) {
    /** A report already written to {@link #writer()}. */
    static Rendered spooled(List<Diagnostic> notes) {
      return new Rendered(null, null, notes, Main.OK);
    }

    boolean isSpooled() {
      return text == null && binary == null;
    }

    static Rendered text(String s, List<Diagnostic> notes) {
      return new Rendered(s, null, notes, Main.OK);
    }

    static Rendered bytes(byte[] b, List<Diagnostic> notes) {
      return new Rendered(null, b, notes, Main.OK);
    }

    /** The report as bytes: UTF-8 for text. */
    byte[] bytes() {
      return binary != null ? binary : text.getBytes(StandardCharsets.UTF_8);
    }

    Rendered withExitCode(int code) {
      return new Rendered(text, binary, notes, code);
    }
  }

  /** Where a streamed report goes while it is made; see {@link Rendered#spooled}. */
  private Spool spool;

  /** The writer a large report streams to; return {@link Rendered#spooled} after using it. */
  java.io.Writer writer() {
    return spool.writer();
  }

  /**
   * A workbook's cut cells as warnings in {@code into}, located at the output file: a cell holds at
   * most {@link org.forcetotaliser.render.Workbooks#CELL_LIMIT} characters.
   */
  java.util.function.Consumer<String> cutCells(List<Diagnostic> into) {
    return m ->
        into.add(
            Diagnostic.of(
                org.forcetotaliser.model.Location.ofFile(String.valueOf(output)),
                ReportRule.CELL_CUT,
                m));
  }

  /** {@code notes} as a list more can be added to. */
  static List<Diagnostic> more(List<Diagnostic> notes) {
    return new java.util.ArrayList<>(notes);
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Override
  public Integer call() throws Exception {
    Converters.FormatConverter.require(spec, format, formats());
    if (format == Format.XLSX && output == null && !writesOwnFiles()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--format xlsx writes a workbook, not text: give -o FILE (e.g. -o report.xlsx)");
    }
    if (output != null && output.toString().isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "-o needs a file name; found an empty name");
    }
    if (output != null) {
      Path to;
      try {
        to = AtomicFile.destination(output);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "cannot write " + output + ": " + AtomicFile.reason(e));
      }
      Path dir = to.getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "cannot write " + output + ": the folder " + dir + " does not exist");
      }
      if (Files.isDirectory(to)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "cannot write " + output + ": it is a folder; name a file in it");
      }
    }
    if (priceBase != null && !ReferenceTables.bundled().deflators().containsKey(priceBase)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--price-base "
              + priceBase
              + " is outside the GDP deflator series ("
              + ReferenceTables.bundled().deflators().firstKey()
              + " to "
              + ReferenceTables.bundled().deflators().lastKey()
              + ")");
    }
    checkOptions();
    try (Spool s = new Spool(output)) {
      spool = s;
      return produce(s);
    } catch (UncheckedIOException | IOException e) {
      IOException cause = e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
      if (spool == null || spool.failure() != cause) {
        throw e;
      }
      err()
          .println(
              "totaliser: cannot write "
                  + (output == null ? "the report" : output)
                  + ": "
                  + AtomicFile.reason(cause));
      return Main.USAGE;
    }
  }

  /** Loads, reports and delivers; a streamed report is abandoned if the input fails. */
  private int produce(Spool spool) throws Exception {
    Rendered r;
    Inputs.Loaded loaded;
    try (Progress bar = Progress.start(err(), quiet, "reading files", "calculating")) {
      loaded =
          Inputs.load(
              paths(), context.stdin(), context.pool(), err(), strict, bar, this::shows, false);
      if (loaded == null) {
        return Main.INPUT_ERRORS;
      }
      String input = readAsInput(loaded);
      if (input != null) {
        bar.hide();
        err()
            .println(
                "totaliser: cannot write "
                    + output
                    + ": this run reads it as input ("
                    + input
                    + "); choose another file");
        return Main.USAGE;
      }
      bar.step(1);
      progress = bar;
      asOfNote = AsOf.future(asOfGiven(), loaded.settings().calendar(), context.clock());
      r = rendered(loaded);
    } finally {
      progress = null;
    }
    if (!Inputs.report(loaded, withAsOf(r.notes()), err(), strict, judged())) {
      return Main.INPUT_ERRORS;
    }
    List<OwnFile> own = ownFiles();
    if (own != null) {
      return writeOwnFiles(own, r.exitCode());
    }
    if (r.isSpooled()) {
      try {
        spool.deliver(out());
      } catch (IOException e) {
        err()
            .println(
                "totaliser: cannot write "
                    + (output == null ? "the report" : output)
                    + ": "
                    + AtomicFile.reason(e));
        return Main.USAGE;
      }
    } else if (output == null) {
      String text = r.text() != null ? r.text() : new String(r.bytes(), StandardCharsets.UTF_8);
      // whatever a renderer let through, no input text acts on the terminal
      out()
          .print(
              format == Format.TABLE || format == Format.MARKDOWN
                  ? Escapes.controlsKeepingLines(text)
                  : text);
      out().flush();
    } else {
      try {
        AtomicFile.write(output, r.bytes());
      } catch (IOException e) {
        err().println("totaliser: cannot write " + output + ": " + AtomicFile.reason(e));
        return Main.USAGE;
      }
    }
    return r.exitCode();
  }

  /** A file a command writes besides the report ({@code template --per-owner}). */
  record OwnFile(Path path, byte[] bytes, String said) {}

  /**
   * The files this run writes itself, once the input has passed its checks, instead of one report
   * to {@code -o} or standard output; null (the default) for the report.
   */
  List<OwnFile> ownFiles() {
    return null;
  }

  /** Whether the options ask for {@link #ownFiles} rather than one report. */
  boolean writesOwnFiles() {
    return false;
  }

  /** Writes each file atomically and says so on standard error; stops at the first failure. */
  private int writeOwnFiles(List<OwnFile> files, int exitCode) {
    for (OwnFile f : files) {
      try {
        AtomicFile.write(f.path(), f.bytes());
      } catch (IOException e) {
        err().println("totaliser: cannot write " + f.path() + ": " + AtomicFile.reason(e));
        return Main.USAGE;
      }
      err().println("wrote " + f.path() + " (" + Escapes.controls(f.said()) + ")");
    }
    if (files.isEmpty()) {
      err().println("nothing to write: the return has no rows");
    }
    err().flush();
    return exitCode;
  }

  /**
   * The input file that {@code -o} names (through links, or as another name of the same file), or
   * null: writing the report over a file the same run reads would destroy the input.
   */
  private String readAsInput(Inputs.Loaded loaded) {
    if (output == null || loaded.result() == null || !Files.exists(output)) {
      return null;
    }
    for (Path p : loaded.result().sources().files()) {
      try {
        if (Files.isSameFile(output, p)) {
          return p.toString();
        }
      } catch (IOException e) {
        // a file that cannot be compared is not the output
      }
    }
    return null;
  }

  /** The report, in the price base asked for (checked against the deflators already). */
  private Rendered rendered(Inputs.Loaded loaded) throws Exception {
    ForceSettings settings = loaded.settings();
    if (priceBase != null) {
      settings = Inputs.withPriceBase(settings, priceBase);
    }
    return run(loaded, settings);
  }
}

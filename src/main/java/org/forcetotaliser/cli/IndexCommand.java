package org.forcetotaliser.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.forcetotaliser.calc.PreventionIndex;
import org.forcetotaliser.load.Names;
import org.forcetotaliser.load.NationalTables;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.IndexSettings;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.NationalData;
import org.forcetotaliser.model.YearEnding;
import org.forcetotaliser.render.Cells;
import org.forcetotaliser.render.DiagnosticPrinter;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.render.IndexRenderer;
import org.forcetotaliser.render.IndexWorkbook;
import org.forcetotaliser.render.JsonRenderer;
import org.forcetotaliser.render.TextTable;
import org.forcetotaliser.report.IndexListing;
import org.forcetotaliser.report.IndexReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code totaliser index}: the Prevention Index of the force against comparable forces
 * (docs/method.md §Prevention Index), from the bundled national tables and the portfolio's {@code
 * indicators/}. Needs no projects: force.yaml, or {@code --force-area}, is enough.
 */
@Command(
    name = "index",
    modelTransformer = FormatOption.class,
    mixinStandardHelpOptions = true,
    description =
        "The Prevention Index: how much faster the force's crime rates fell than "
            + "comparable forces' between two 12-month periods, from the bundled ONS tables. An "
            + "association, never an attribution.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser index examples",
      "  totaliser index --force-area essex --comparators nearest:7",
      "  totaliser index --force-area kent --comparators essex,sussex,surrey "
          + "--baseline \"YE 2019-03\"",
      "  totaliser index examples --format json -o index.json",
      "  totaliser index --list-forces"
    })
final class IndexCommand implements Callable<Integer>, FormatOption.Takes {
  @Spec CommandSpec spec;

  /** The pool force.yaml is read with, and the rest of the command's surroundings. */
  Commands.Context context = Commands.Context.quiet();

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "A portfolio folder or its force.yaml (default: the current folder, if "
              + "it has a force.yaml).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--force-area",
      paramLabel = "ID",
      description = "This force's area, e.g. hertfordshire (overrides force.yaml).")
  String forceArea;

  @Option(
      names = "--baseline",
      paramLabel = "PERIOD",
      description = "The baseline 12 months, e.g. \"YE 2019-03\" or 2018-19.")
  String baseline;

  @Option(
      names = "--current",
      paramLabel = "PERIOD",
      description = "The current 12 months (default: the latest with every indicator).")
  String current;

  @Option(
      names = "--comparators",
      paramLabel = "LIST",
      description = "nearest:K, or force areas separated by commas (default: nearest:7).")
  String comparators;

  @Option(names = "--list-forces", description = "List the force areas and their ONS codes.")
  boolean listForces;

  @Option(names = "--list-indicators", description = "List the indicators.")
  boolean listIndicators;

  @Option(names = "--list-periods", description = "List the 12-month periods.")
  boolean listPeriods;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converters.FormatConverter.class,
      description =
          "table, csv, json, markdown or xlsx (default: ${DEFAULT-VALUE}; xlsx " + "needs -o).")
  Format format = Format.TABLE;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
  boolean stacktrace;

  private static final List<Format> FORMATS =
      List.of(Format.TABLE, Format.CSV, Format.JSON, Format.MARKDOWN, Format.XLSX);

  @Override
  public List<String> formatKeys() {
    return FORMATS.stream().map(Format::key).toList();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    boolean listing = listForces || listIndicators || listPeriods;
    if (!FORMATS.contains(format) || (listing && format == Format.XLSX)) {
      throw usage(
          "`index` cannot write "
              + format
              + "; choose one of "
              + (listing ? FORMATS.subList(0, 4) : FORMATS));
    }
    if (format == Format.XLSX && output == null) {
      throw usage(
          "--format xlsx writes a workbook, not text: give -o FILE (e.g. -o " + "index.xlsx)");
    }
    if (output != null) {
      Path dir = output.toAbsolutePath().getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw usage("cannot write " + output + ": the folder " + dir + " does not exist");
      }
    }
    // force.yaml, if there is one, and the folder whose indicators/ are read
    Path forceFile = null;
    String forceShown = null;
    List<String> given = paths.isEmpty() ? List.of(".") : paths;
    for (String p : given) {
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        Inputs.load(
            List.of(p), java.io.InputStream.nullInputStream(), context.pool(), err, strict, null);
        return Main.INPUT_ERRORS;
      }
      Path found = forceFileFor(path);
      if (found != null && forceFile == null) {
        forceFile = found;
        forceShown = shown(p, path, found);
      }
    }
    ForceSettings settings = ForceSettings.defaults();
    Inputs.Loaded loaded = null;
    if (forceFile != null) {
      // the whole portfolio, so that its warnings are shown as every command shows them, with
      // the ones force.yaml accepts left out
      String folder =
          forceShown.contains("/") ? forceShown.substring(0, forceShown.lastIndexOf('/')) : ".";
      boolean portfolio =
          Files.isDirectory(forceFile.toAbsolutePath().getParent().resolve("projects"));
      loaded =
          Inputs.load(
              List.of(!portfolio ? forceShown : folder.isEmpty() ? "/" : folder),
              java.io.InputStream.nullInputStream(),
              context.pool(),
              err,
              strict,
              null);
      if (loaded == null) {
        return Main.INPUT_ERRORS;
      }
      settings = loaded.settings();
    }
    // indicators/ beside force.yaml, or in each folder given
    Set<Path> folders = new LinkedHashSet<>();
    List<String> prefixes = new ArrayList<>();
    if (forceFile != null) {
      folders.add(forceFile.toAbsolutePath().getParent());
      prefixes.add(
          forceShown.substring(
              0, forceShown.length() - forceFile.getFileName().toString().length()));
    } else {
      for (String p : given) {
        if (Files.isDirectory(Path.of(p)) && folders.add(Path.of(p).toAbsolutePath())) {
          prefixes.add(p.equals(".") || p.equals("./") ? "" : p.endsWith("/") ? p : p + "/");
        }
      }
    }
    IndexInputs.Prepared prepared =
        IndexInputs.read(List.copyOf(folders), prefixes, settings.calendar());
    List<Diagnostic> problems = prepared.problems();
    List<String> dataNotes = prepared.notes();
    if (strict) {
      problems = problems.stream().map(Diagnostic::asError).toList();
    }
    if (!problems.isEmpty()) {
      err.print(DiagnosticPrinter.text(problems));
      if (problems.stream().anyMatch(Diagnostic::isError)) {
        err.println("indicators: " + DiagnosticPrinter.counts(problems) + "; nothing written");
        err.flush();
        return Main.INPUT_ERRORS;
      }
    }
    NationalData data = prepared.data();
    if (listing) {
      return write(
          list(data).stream()
              .map(this::renderList)
              .reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b)
              .getBytes(StandardCharsets.UTF_8),
          err);
    }
    IndexSettings index = overrides(settings.index(), settings.calendar(), forceFile != null);
    if (index.forceArea() == null) {
      throw usage(
          "no force area: give --force-area (e.g. --force-area hertfordshire), or set "
              + "`force_area:` in force.yaml; `totaliser index --list-forces` lists them");
    }
    PreventionIndex.Outcome outcome = PreventionIndex.compute(data, index);
    if (!outcome.errors().isEmpty()) {
      Inputs.Loaded shownFrom =
          loaded != null
              ? loaded
              : new Inputs.Loaded(
                  new org.forcetotaliser.model.Portfolio(settings, List.of(), null),
                  org.forcetotaliser.load.ReferenceTables.bundled());
      Inputs.report(shownFrom, outcome.errors(), err, strict, null);
      return Main.INPUT_ERRORS;
    }
    IndexReport report = IndexReport.of(outcome.result(), data, dataNotes, settings.priceBase());
    byte[] bytes =
        format == Format.XLSX
            ? IndexWorkbook.workbook(report)
            : IndexRenderer.render(report, format).getBytes(StandardCharsets.UTF_8);
    return write(bytes, err);
  }

  private int write(byte[] bytes, PrintWriter err) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(bytes, StandardCharsets.UTF_8));
      out.flush();
      return Main.OK;
    }
    try {
      AtomicFile.write(output, bytes);
    } catch (IOException e) {
      err.println("totaliser: cannot write " + output + ": " + e.getMessage());
      return Main.USAGE;
    }
    return Main.OK;
  }

  /** force.yaml for a path: a folder's own, the file itself, or the nearest above a file. */
  private static Path forceFileFor(Path path) {
    if (Files.isDirectory(path)) {
      return inFolder(path);
    }
    String name = path.getFileName().toString();
    if (name.equals("force.yaml") || name.equals("force.yml")) {
      return path;
    }
    for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      Path f = inFolder(dir);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static Path inFolder(Path dir) {
    for (String f : List.of("force.yaml", "force.yml")) {
      if (Files.isRegularFile(dir.resolve(f))) {
        return dir.resolve(f);
      }
    }
    return null;
  }

  private static String shown(String given, Path path, Path found) {
    if (found.equals(path)) {
      return given;
    }
    if (Files.isDirectory(path)) {
      String prefix =
          given.equals(".") || given.equals("./") ? "" : given.endsWith("/") ? given : given + "/";
      return prefix + found.getFileName();
    }
    return Path.of("")
        .toAbsolutePath()
        .relativize(found.toAbsolutePath())
        .toString()
        .replace('\\', '/');
  }

  /** force.yaml's index settings with the command line's laid over them. */
  private IndexSettings overrides(IndexSettings s, FiscalCalendar calendar, boolean hasFile) {
    List<String> ids = NationalTables.areas().stream().map(ForceArea::id).toList();
    IndexSettings.Located<String> area = s.forceArea();
    if (forceArea != null) {
      if (!ids.contains(forceArea)) {
        String hint = Names.didYouMean(forceArea, ids);
        throw usage(
            "--force-area: no territorial force area `"
                + forceArea
                + "`"
                + (hint == null ? "" : "; " + hint)
                + " (`totaliser index --list-forces` lists "
                + "them)");
      }
      area = new IndexSettings.Located<>(forceArea, Location.ofFile("--force-area"));
    }
    IndexSettings.Located<YearEnding> base = s.baseline();
    if (baseline != null) {
      base =
          new IndexSettings.Located<>(
              period("--baseline", baseline, calendar), Location.ofFile("--baseline"));
    }
    IndexSettings.Located<YearEnding> cur = s.current();
    if (current != null) {
      cur =
          new IndexSettings.Located<>(
              period("--current", current, calendar), Location.ofFile("--current"));
    }
    IndexSettings.Comparators comp = s.comparators();
    if (comparators != null) {
      comp = comparators(area == null ? null : area.value(), ids);
    }
    Location at =
        hasFile && forceArea == null
            ? s.at()
            : area == null ? Location.ofFile("--force-area") : area.at();
    return new IndexSettings(area, base, cur, comp, s.indicators(), at);
  }

  private YearEnding period(String option, String text, FiscalCalendar calendar) {
    try {
      return YearEnding.parse(text, calendar);
    } catch (IllegalArgumentException e) {
      throw usage(option + ": " + e.getMessage());
    }
  }

  private IndexSettings.Comparators comparators(String force, List<String> ids) {
    Location at = Location.ofFile("--comparators");
    String t = comparators.strip();
    if (t.startsWith("nearest")) {
      String k = t.substring("nearest".length()).replaceFirst("^\\s*[:=]\\s*", "");
      int most = ids.size() - 2;
      if (!k.matches("[0-9]{1,3}") || Integer.parseInt(k) < 1 || Integer.parseInt(k) > most) {
        throw usage("--comparators nearest:K takes K from 1 to " + most + ", found `" + t + "`");
      }
      return new IndexSettings.Nearest(Integer.parseInt(k), at);
    }
    List<IndexSettings.Located<String>> list = new ArrayList<>();
    for (String id : t.split(",")) {
      String x = id.strip();
      if (!ids.contains(x)) {
        String hint = Names.didYouMean(x, ids);
        throw usage(
            "--comparators: no territorial force area `"
                + x
                + "`"
                + (hint == null ? "" : "; " + hint));
      }
      if (x.equals(force)) {
        throw usage("--comparators: `" + x + "` is this force's own area");
      }
      if (list.stream().noneMatch(l -> l.value().equals(x))) {
        list.add(new IndexSettings.Located<>(x, at));
      }
    }
    return new IndexSettings.Listed(list, at);
  }

  private List<IndexListing> list(NationalData data) {
    List<IndexListing> out = new ArrayList<>();
    if (listForces) {
      out.add(IndexListing.forces(data));
    }
    if (listIndicators) {
      out.add(IndexListing.indicators(data));
    }
    if (listPeriods) {
      out.add(IndexListing.periods(data));
    }
    return out;
  }

  private String renderList(IndexListing listing) {
    TextTable t = Cells.table(listing.table());
    return switch (format) {
      case CSV -> t.toCsv();
      case MARKDOWN -> t.toMarkdown();
      case JSON -> JsonRenderer.rows(listing.name(), t);
      case TABLE -> t.toTable();
      case HTML, XLSX, GITHUB ->
          throw new IllegalStateException("a listing is not written as " + format);
    };
  }
}

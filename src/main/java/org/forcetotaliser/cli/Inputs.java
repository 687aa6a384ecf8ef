package org.forcetotaliser.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.forcetotaliser.check.Acceptance;
import org.forcetotaliser.check.Validator;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.PortfolioLoader;
import org.forcetotaliser.model.Accept;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.MapInOrder;
import org.forcetotaliser.model.Portfolio;
import org.forcetotaliser.model.ReferenceData;
import org.forcetotaliser.render.DiagnosticPrinter;

/** Loading for the reporting commands: read, validate, print problems, stop on errors. */
final class Inputs {
  private Inputs() {}

  /**
   * A portfolio that loaded without errors, with what was read to quote source lines, and the
   * warnings found while loading (those force.yaml accepts marked, not yet judged for entries that
   * match nothing).
   */
  record Loaded(
      Portfolio portfolio, ReferenceData reference, LoadResult result, List<Diagnostic> found) {
    Loaded {
      found = List.copyOf(found);
    }

    /** A portfolio built in memory, with no files to quote. */
    Loaded(Portfolio portfolio, ReferenceData reference) {
      this(portfolio, reference, null, List.of());
    }

    ForceSettings settings() {
      return portfolio.settings();
    }
  }

  /**
   * Loads and validates the paths, reading with {@code inOrder}, printing every problem to {@code
   * err} (after hiding the progress bar, if any); null when there are errors (or, under --strict,
   * warnings).
   */
  static Loaded load(
      List<String> paths,
      InputStream stdin,
      MapInOrder inOrder,
      PrintWriter err,
      boolean strict,
      Progress progress) {
    return load(paths, stdin, inOrder, err, strict, progress, d -> true, true);
  }

  /**
   * As {@link #load(List, InputStream, MapInOrder, PrintWriter, boolean, Progress)}, showing only
   * the warnings {@code shown} keeps (errors are always shown): {@code explain} shows those of the
   * project it explains. Unless {@code judgeAccepts}, accept entries that match nothing are left
   * for {@link #report} to judge, once the report has raised its own warnings.
   */
  static Loaded load(
      List<String> paths,
      InputStream stdin,
      MapInOrder inOrder,
      PrintWriter err,
      boolean strict,
      Progress progress,
      java.util.function.Predicate<Diagnostic> shown,
      boolean judgeAccepts) {
    LoadResult r = PortfolioLoader.load(paths.isEmpty() ? List.of(".") : paths, stdin, inOrder);
    List<Diagnostic> found =
        Validator.validate(r, judgeAccepts).stream()
            .filter(d -> d.isError() || shown.test(d))
            .toList();
    List<Diagnostic> kept = found;
    if (strict) {
      found = Validator.strict(found);
    }
    if (progress != null) {
      progress.hide();
    }
    err.print(DiagnosticPrinter.text(found));
    err.flush();
    if (found.stream().anyMatch(Diagnostic::isError)) {
      err.println(r.label() + ": " + DiagnosticPrinter.counts(found) + "; nothing written");
      err.flush();
      return null;
    }
    return new Loaded(r.portfolio(), r.reference(), r, kept);
  }

  /**
   * The warnings of the report, found while computing it ({@code notes}), with those force.yaml
   * accepts marked, followed by an {@code unused-accept} warning for each entry {@code judged} that
   * matches none of the run's warnings, from loading or from the report (docs/method.md §9a).
   * Sorted; what the report prints, and with the warnings found while loading, what its JSON lists.
   */
  static List<Diagnostic> reportWarnings(
      Loaded loaded, List<Diagnostic> notes, Set<String> judged) {
    List<Accept> accepts = loaded.settings().accepts();
    List<Diagnostic> marked =
        Acceptance.mark(
            loaded.result() == null ? notes : loaded.result().sources().withSourceLines(notes),
            accepts);
    List<Diagnostic> seen = new ArrayList<>(loaded.found());
    seen.addAll(marked);
    List<Diagnostic> unused =
        judged == null
            ? List.of()
            : Acceptance.unused(seen, accepts, Validator.scope(loaded.result(), judged));
    List<Diagnostic> out = new ArrayList<>(marked);
    out.addAll(
        loaded.result() == null ? unused : loaded.result().sources().withSourceLines(unused));
    out.sort(null);
    return out;
  }

  /**
   * Every warning of a run, for its JSON: those found while loading and {@link #reportWarnings},
   * sorted. A warning force.yaml accepts carries the entry's reason.
   */
  static List<Diagnostic> runWarnings(Loaded loaded, List<Diagnostic> notes, Set<String> judged) {
    List<Diagnostic> all = new ArrayList<>(loaded.found());
    all.addAll(reportWarnings(loaded, notes, judged));
    all.sort(null);
    return all;
  }

  /**
   * Prints the warnings found while computing, with their source lines, and the accept entries that
   * match nothing among the rules {@code judged} looks for (null: none is judged); false when any
   * is an error (every warning not accepted in force.yaml is, under --strict).
   */
  static boolean report(
      Loaded loaded, List<Diagnostic> notes, PrintWriter err, boolean strict, Set<String> judged) {
    List<Diagnostic> shown = reportWarnings(loaded, notes, judged);
    if (shown.isEmpty()) {
      return true;
    }
    if (strict) {
      shown = new ArrayList<>(Validator.strict(shown));
    }
    err.print(DiagnosticPrinter.text(shown));
    boolean ok = shown.stream().noneMatch(Diagnostic::isError);
    if (!ok) {
      err.println(
          (loaded.result() == null ? "input" : loaded.result().label())
              + ": "
              + DiagnosticPrinter.counts(shown)
              + "; nothing written");
    }
    err.flush();
    return ok;
  }

  /**
   * Stops with a usage error (exit 2) when an id given on the command line is not a project of the
   * portfolio, naming the nearest ids (README, "Files").
   */
  static void requireIds(
      picocli.CommandLine.Model.CommandSpec spec,
      String option,
      java.util.Collection<String> ids,
      org.forcetotaliser.model.Portfolio portfolio) {
    java.util.Set<String> known = new java.util.TreeSet<>();
    portfolio.projects().forEach(p -> known.add(p.id()));
    List<String> problems = new ArrayList<>();
    for (String id : ids) {
      if (!known.contains(id)) {
        List<String> nearest = nearest(id, known);
        problems.add(
            "no project `"
                + id
                + "` for "
                + option
                + (known.isEmpty()
                    ? "; the portfolio has none"
                    : "; the nearest are `" + String.join("`, `", nearest) + "`"));
      }
    }
    if (!problems.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), String.join("\n", problems));
    }
  }

  /**
   * Up to three ids nearest {@code id}: those containing it (or contained in it) first, then by
   * edit distance, then by name.
   */
  static List<String> nearest(String id, java.util.Collection<String> ids) {
    return ids.stream()
        .sorted(
            java.util.Comparator.<String>comparingInt(k -> k.contains(id) || id.contains(k) ? 0 : 1)
                .thenComparingInt(k -> org.forcetotaliser.model.Spelling.distance(id, k))
                .thenComparing(k -> k))
        .limit(3)
        .toList();
  }

  static ForceSettings withPriceBase(ForceSettings s, FinancialYear priceBase) {
    return s.restatedIn(priceBase);
  }
}

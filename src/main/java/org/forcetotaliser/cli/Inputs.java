package org.forcetotaliser.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.check.Validator;
import org.forcetotaliser.load.LoadResult;
import org.forcetotaliser.load.PortfolioLoader;
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
   * A portfolio that loaded without errors, with what was read to quote source lines and the
   * warnings found while loading and checking it (accepted ones included, marked so).
   */
  record Loaded(
      Portfolio portfolio, ReferenceData reference, LoadResult result, List<Diagnostic> warnings) {
    Loaded {
      warnings = List.copyOf(warnings);
    }

    Loaded(Portfolio portfolio, ReferenceData reference, LoadResult result) {
      this(portfolio, reference, result, List.of());
    }

    /** A portfolio built in memory, with no files to quote. */
    Loaded(Portfolio portfolio, ReferenceData reference) {
      this(portfolio, reference, null);
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
    return load(paths, stdin, inOrder, err, strict, progress, d -> true);
  }

  /**
   * As {@link #load(List, InputStream, MapInOrder, PrintWriter, boolean, Progress)}, showing only
   * the warnings {@code shown} keeps (errors are always shown): {@code explain} shows those of the
   * project it explains.
   */
  static Loaded load(
      List<String> paths,
      InputStream stdin,
      MapInOrder inOrder,
      PrintWriter err,
      boolean strict,
      Progress progress,
      java.util.function.Predicate<Diagnostic> shown) {
    LoadResult r = PortfolioLoader.load(paths.isEmpty() ? List.of(".") : paths, stdin, inOrder);
    List<Diagnostic> found =
        Validator.validate(r).stream().filter(d -> d.isError() || shown.test(d)).toList();
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
    return new Loaded(r.portfolio(), r.reference(), r, found);
  }

  /**
   * Prints the warnings found while computing, with their source lines; false when any is an error
   * (every warning not accepted in force.yaml is, under --strict).
   */
  static boolean report(Loaded loaded, List<Diagnostic> notes, PrintWriter err, boolean strict) {
    if (notes.isEmpty()) {
      return true;
    }
    List<Diagnostic> shown = new ArrayList<>(accepting(loaded, notes));
    if (strict) {
      shown = new ArrayList<>(Validator.strict(shown));
    }
    shown.sort(null);
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
   * The warnings found while computing, with their source lines, each that force.yaml accepts
   * marked accepted (docs/method.md §9a).
   */
  static List<Diagnostic> accepting(Loaded loaded, List<Diagnostic> notes) {
    return org.forcetotaliser.check.Acceptance.apply(
        loaded.result() == null ? notes : loaded.result().sources().withSourceLines(notes),
        loaded.settings().accepts(),
        false);
  }

  /**
   * Up to three ids nearest {@code id}: those containing it (or contained in it) first, then by
   * edit distance, then by name.
   */
  static List<String> nearest(String id, java.util.Collection<String> ids) {
    return ids.stream()
        .sorted(
            java.util.Comparator.<String>comparingInt(k -> k.contains(id) || id.contains(k) ? 0 : 1)
                .thenComparingInt(k -> org.forcetotaliser.load.Values.distance(id, k))
                .thenComparing(k -> k))
        .limit(3)
        .toList();
  }

  static ForceSettings withPriceBase(ForceSettings s, FinancialYear priceBase) {
    return s.restatedIn(priceBase);
  }
}

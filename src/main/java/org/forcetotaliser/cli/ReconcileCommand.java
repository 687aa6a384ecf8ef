package org.forcetotaliser.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.render.JsonRenderer;
import org.forcetotaliser.render.Renderer;
import org.forcetotaliser.render.Workbooks;
import org.forcetotaliser.report.ReconcileReport;
import org.forcetotaliser.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code totaliser reconcile}: planned against actual, as of a quarter. */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description =
        "Compare planned benefits (and spend) with recorded actuals up to a quarter:"
            + " realisation, RAG, missing returns and forecasts. Missing actuals are listed, never"
            + " imputed.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser reconcile examples --as-of \"2026-27 Q2\"",
      "  totaliser reconcile examples --rag red,amber --by-quarter",
      "  totaliser reconcile examples --project mobile-data --format csv",
      "  totaliser reconcile examples --format xlsx -o reconcile.xlsx",
      "  totaliser reconcile examples --fail-on red   # exit 3 when any benefit is red"
    })
final class ReconcileCommand extends PortfolioCommand {
  @Option(
      names = "--as-of",
      paramLabel = "QUARTER",
      converter = Converters.QuarterConverter.class,
      description = "Reconcile up to this quarter (default: the last complete quarter).")
  Quarter asOf;

  @Option(names = "--by-quarter", description = "Add a row per quarter under each item.")
  boolean byQuarter;

  @Option(names = "--project", paramLabel = "ID", split = ",", description = "Only these projects.")
  List<String> projects = new ArrayList<>();

  @Option(
      names = "--rag",
      paramLabel = "RAG",
      split = ",",
      description =
          "Only items with these statuses: green, amber, red, zero-planned, "
              + "not-reported, not-due.")
  List<String> rags = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "WHAT",
      split = ",",
      description =
          "Exit 3 when any benefit is red, amber (or red), or has missing actuals "
              + "(red, amber, missing).")
  List<String> failOn = new ArrayList<>();

  private List<Rag> ragFilter() {
    List<Rag> out = new ArrayList<>();
    for (String s : rags) {
      Rag found = null;
      for (Rag r : Rag.values()) {
        if (r.key().equals(s.trim().toLowerCase(Locale.ROOT))) {
          found = r;
        }
      }
      if (found == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--rag takes green, amber, red, zero-planned, not-reported or not-due; found `"
                + s
                + "`");
      }
      out.add(found);
    }
    return out;
  }

  @Override
  Quarter asOfGiven() {
    return asOf;
  }

  @Override
  List<Format> formats() {
    return List.of(Format.TABLE, Format.CSV, Format.JSON, Format.MARKDOWN, Format.XLSX);
  }

  @Override
  java.util.Set<String> reportRules() {
    return java.util.Set.of("no-multiplier", "actual-after-as-of");
  }

  @Override
  void checkOptions() {
    for (String f : failOn) {
      if (!List.of("red", "amber", "missing").contains(f)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--fail-on takes red, amber or missing; found `" + f + "`");
      }
    }
    ragFilter();
  }

  @Override
  Rendered run(Inputs.Loaded loaded, ForceSettings settings) {
    List<Rag> wanted = ragFilter();
    Inputs.requireIds(spec, "--project", projects, loaded.portfolio());
    Predicate<ItemReconciliation> filter =
        i ->
            (projects.isEmpty() || projects.contains(i.project()))
                && (wanted.isEmpty() || wanted.contains(i.rag()));
    Quarter quarter = AsOf.resolve(asOf, settings.calendar(), context.clock());
    ReconcileReport r =
        Reports.reconcile(
            loaded.portfolio(),
            loaded.reference(),
            settings,
            quarter,
            byQuarter,
            filter,
            context.pool());
    Rendered text;
    if (format == Format.XLSX) {
      List<org.forcetotaliser.model.Diagnostic> notes = more(r.notes());
      text = Rendered.bytes(Workbooks.reconcile(r, cutCells(notes)), notes);
    } else if (format == Format.JSON) {
      JsonRenderer.reconcile(r, runWarnings(loaded, r.notes()), writer());
      text = Rendered.spooled(r.notes());
    } else {
      text = Rendered.text(Renderer.reconcile(r, format), r.notes());
    }
    return text.withExitCode(failed(r) ? Main.FAIL_ON : Main.OK);
  }

  private boolean failed(ReconcileReport r) {
    for (ItemReconciliation i : r.benefits()) {
      if (failOn.contains("red") && i.rag() == Rag.RED) {
        return true;
      }
      if (failOn.contains("amber") && (i.rag() == Rag.AMBER || i.rag() == Rag.RED)) {
        return true;
      }
      if (failOn.contains("missing") && !i.missing().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}

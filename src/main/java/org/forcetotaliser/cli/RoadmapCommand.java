package org.forcetotaliser.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.forcetotaliser.calc.ActionRag;
import org.forcetotaliser.calc.ActionState;
import org.forcetotaliser.calc.ActionStatus;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Keyed;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.render.RoadmapRenderer;
import org.forcetotaliser.report.Reports;
import org.forcetotaliser.report.RoadmapReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code totaliser roadmap}: the Prevention Roadmap by building block. */
@Command(
    name = "roadmap",
    mixinStandardHelpOptions = true,
    description =
        "The Prevention Roadmap as of a quarter: each building block's actions by "
            + "state, milestones met and late, reported RAG, and the committed projects it "
            + "delivers through with their PV benefits, NPSV and realisation.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser roadmap examples --as-of \"2026-27 Q2\"",
      "  totaliser roadmap examples --block data-and-digital --state overdue",
      "  totaliser roadmap examples --owner Marsh --format markdown",
      "  totaliser roadmap examples --format xlsx -o roadmap.xlsx",
      "  totaliser roadmap examples --fail-on overdue   # exit 3 when any action is overdue"
    })
final class RoadmapCommand extends PortfolioCommand {
  @Option(
      names = "--as-of",
      paramLabel = "QUARTER",
      converter = Converters.QuarterConverter.class,
      description =
          "Assess the roadmap as of this quarter (default: the last complete " + "quarter).")
  Quarter asOf;

  @Option(
      names = "--block",
      paramLabel = "BLOCK",
      split = ",",
      description = "Only these building blocks (and their actions).")
  List<String> blocks = new ArrayList<>();

  @Option(
      names = "--owner",
      paramLabel = "TEXT",
      description = "Only actions whose owner contains TEXT (any case).")
  String owner;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      split = ",",
      description = "Only actions in these states: done, overdue, in-progress, not-started.")
  List<String> states = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "WHAT",
      split = ",",
      description =
          "Exit 3 when any action shown is overdue, or last reported red " + "(overdue, red).")
  List<String> failOn = new ArrayList<>();

  private final Set<BuildingBlock> blockFilter = EnumSet.noneOf(BuildingBlock.class);
  private final Set<ActionState> stateFilter = EnumSet.noneOf(ActionState.class);

  @Override
  List<Format> formats() {
    return List.of(Format.TABLE, Format.CSV, Format.JSON, Format.MARKDOWN, Format.XLSX);
  }

  @Override
  void checkOptions() {
    for (String b : blocks) {
      BuildingBlock found =
          Keyed.fromKey(BuildingBlock.class, b.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (found == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--block takes "
                + Keyed.keys(BuildingBlock.class).replace(" | ", ", ")
                + "; found `"
                + b
                + "`");
      }
      blockFilter.add(found);
    }
    for (String s : states) {
      ActionState found = null;
      for (ActionState a : ActionState.values()) {
        if (a.key().equals(s.trim().toLowerCase(Locale.ROOT).replace('_', '-'))) {
          found = a;
        }
      }
      if (found == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--state takes done, overdue, in-progress or not-started; found `" + s + "`");
      }
      stateFilter.add(found);
    }
    for (String f : failOn) {
      if (!List.of("overdue", "red").contains(f)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--fail-on takes overdue or red; found `" + f + "`");
      }
    }
  }

  @Override
  Rendered run(Inputs.Loaded loaded, ForceSettings settings) {
    Quarter quarter = AsOf.resolve(asOf, settings.calendar(), context.clock());
    RoadmapReport r =
        Reports.roadmap(
            loaded.portfolio(),
            loaded.reference(),
            settings,
            quarter,
            new RoadmapReport.Filter(blockFilter, owner, stateFilter));
    Rendered out =
        format == Format.XLSX
            ? Rendered.bytes(RoadmapRenderer.workbook(r), r.notes())
            : Rendered.text(RoadmapRenderer.render(r, format), r.notes());
    return out.withExitCode(failed(r) ? Main.FAIL_ON : Main.OK);
  }

  private boolean failed(RoadmapReport r) {
    for (ActionStatus s : r.actions()) {
      if (failOn.contains("overdue") && s.state() == ActionState.OVERDUE
          || failOn.contains("red") && s.rag() == ActionRag.RED) {
        return true;
      }
    }
    return false;
  }
}

package org.forcetotaliser.cli;

import java.util.List;
import org.forcetotaliser.calc.Appraiser;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.render.ExplainRenderer;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.report.ExplainReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code totaliser explain}: every step from inputs to each figure. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Show every step from a project's inputs to each figure — the reference "
            + "rows used and their sources, uprating, additionality, optimism bias, discount "
            + "factors and totals — so that any number can be redone with a calculator.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser explain youth-knife-diversion examples",
      "  totaliser explain youth-knife-diversion/fewer-assaults-with-injury examples",
      "  totaliser explain youth-knife-diversion examples --format markdown"
    })
final class ExplainCommand extends ReportCommand {
  @CommandLine.Parameters(
      index = "0",
      paramLabel = "PROJECT[/ITEM]",
      description = "The project id, optionally with a benefit or cost id.")
  String target;

  @CommandLine.Parameters(
      index = "1..*",
      paramLabel = "PATH",
      arity = "0..*",
      description = "A portfolio folder or project files (default: the current folder).")
  List<String> paths = new java.util.ArrayList<>();

  @Override
  List<String> paths() {
    return paths;
  }

  /** Only the warnings about the project explained, and those about no project. */
  @Override
  boolean shows(Diagnostic d) {
    String id = target.contains("/") ? target.substring(0, target.indexOf('/')) : target;
    String project = d.subject().get("project");
    return project == null || project.equals(id);
  }

  @Override
  java.util.Set<String> judged() {
    // explain shows the warnings of one project only: it cannot tell an entry is unused
    return null;
  }

  @Override
  List<Format> formats() {
    return List.of(Format.TABLE, Format.MARKDOWN);
  }

  @Override
  Rendered run(Inputs.Loaded loaded, ForceSettings settings) {
    String id = target;
    String item = null;
    int slash = target.indexOf('/');
    if (slash >= 0) {
      id = target.substring(0, slash);
      item = target.substring(slash + 1);
    }
    Project project = null;
    for (Project p : loaded.portfolio().projects()) {
      if (p.id().equals(id)) {
        project = p;
      }
    }
    if (project == null) {
      Inputs.requireIds(spec, "`explain`", List.of(id), loaded.portfolio());
    }
    Appraiser appraiser = new Appraiser(settings, loaded.reference());
    ProjectAppraisal a = appraiser.appraise(project);
    String wanted = item;
    if (wanted != null
        && a.benefits().stream().noneMatch(b -> b.benefit().id().equals(wanted))
        && a.costs().stream().noneMatch(c -> c.cost().id().equals(wanted))) {
      List<String> ids = new java.util.ArrayList<>();
      a.benefits().forEach(b -> ids.add(b.benefit().id()));
      a.costs().forEach(c -> ids.add(c.cost().id()));
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "project `"
              + id
              + "` has no benefit or cost `"
              + item
              + "`; the nearest are `"
              + String.join("`, `", Inputs.nearest(item, ids))
              + "`");
    }
    return Rendered.text(
        ExplainRenderer.render(ExplainReport.of(appraiser, a, item), format), appraiser.notes());
  }
}

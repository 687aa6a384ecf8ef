package org.forcetotaliser.cli;

import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.render.Tables;
import org.forcetotaliser.render.Workbooks;
import org.forcetotaliser.report.ReturnTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code totaliser template actuals}: the quarter's return, ready to fill in. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description =
        "Write the quarter's return: every benefit and cost due in the quarter (and "
            + "any earlier quarter still missing), the plan shown, the actual blank. Filled in, it "
            + "drops into actuals/ unchanged.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser template actuals examples --as-of \"2026-27 Q3\" -o returns.csv",
      "  totaliser template actuals examples --as-of \"2026-27 Q3\" --project mobile-data",
      "  totaliser template actuals examples --format xlsx -o returns.xlsx"
    })
final class TemplateCommand extends ReportCommand {
  @Parameters(index = "0", paramLabel = "KIND", description = "What to write: actuals.")
  String kind;

  @Parameters(
      index = "1..*",
      paramLabel = "PATH",
      arity = "0..*",
      description = "A portfolio folder or project files (default: the current folder).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "QUARTER",
      converter = Converters.QuarterConverter.class,
      description = "The quarter of the return (default: the last complete quarter).")
  Quarter asOf;

  @Option(
      names = "--project",
      paramLabel = "ID",
      split = ",",
      description = "Only these projects (to send each lead their own).")
  List<String> projects = new ArrayList<>();

  TemplateCommand() {
    format = Format.CSV;
  }

  @Override
  Quarter asOfGiven() {
    return asOf;
  }

  @Override
  List<String> paths() {
    return paths;
  }

  @Override
  List<Format> formats() {
    return List.of(Format.CSV, Format.XLSX, Format.TABLE, Format.MARKDOWN);
  }

  @Override
  Rendered run(Inputs.Loaded loaded, ForceSettings settings) {
    if (!"actuals".equals(kind)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "`template` writes `actuals`; found `" + kind + "`");
    }
    Inputs.requireIds(spec, "--project", projects, loaded.portfolio());
    Quarter quarter = AsOf.resolve(asOf, settings.calendar(), context.clock());
    ReturnTemplate t =
        ReturnTemplate.build(loaded.portfolio(), loaded.reference(), settings, quarter, projects);
    if (format == Format.XLSX) {
      List<org.forcetotaliser.model.Diagnostic> notes = new java.util.ArrayList<>();
      return Rendered.bytes(Workbooks.returnTemplate(t, cutCells(notes)), notes);
    }
    String text =
        switch (format) {
          case TABLE -> Tables.returnTemplate(t).toTable();
          case MARKDOWN -> Tables.returnTemplate(t).toMarkdown();
          case CSV -> Tables.returnTemplate(t).toCsv();
          case JSON, HTML, XLSX, GITHUB -> throw new IllegalStateException("not in formats()");
        };
    return Rendered.text(text, List.of());
  }
}

package org.forcetotaliser.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.render.ReturnWorkbook;
import org.forcetotaliser.render.Tables;
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
      "  totaliser template actuals examples --format xlsx -o returns.xlsx",
      "  totaliser template actuals examples --format xlsx --per-owner returns/"
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

  @Option(
      names = "--per-owner",
      paramLabel = "DIR",
      description =
          "Write one file per project owner (and roadmap action owner) into DIR, named from "
              + "the owner (`ch-insp-a-example.xlsx`), instead of one return.")
  Path perOwner;

  /** The files of {@code --per-owner}, made by {@link #run}. */
  private List<OwnFile> owned;

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
  void checkOptions() {
    if (perOwner == null) {
      return;
    }
    if (output != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either -o FILE or --per-owner DIR, not both");
    }
    if (format != Format.CSV && format != Format.XLSX) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--per-owner writes csv or xlsx files; found --format " + format);
    }
    if (perOwner.toString().isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--per-owner needs a folder name; found an empty name");
    }
    if (Files.exists(perOwner) && !Files.isDirectory(perOwner)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--per-owner " + perOwner + " is a file, not a folder");
    }
    Path parent = perOwner.toAbsolutePath().getParent();
    if (!Files.isDirectory(perOwner) && (parent == null || !Files.isDirectory(parent))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "cannot write into " + perOwner + ": the folder " + parent + " does not exist");
    }
  }

  @Override
  boolean writesOwnFiles() {
    return perOwner != null;
  }

  @Override
  List<OwnFile> ownFiles() {
    return owned;
  }

  /**
   * A file name from an owner's name: letters and digits in lower case, accents dropped, anything
   * else a single `-`; {@code no-owner} when nothing is left. Never a path, never hidden, never a
   * name Windows reserves.
   */
  static String fileName(String owner) {
    String plain =
        java.text.Normalizer.normalize(owner, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > 60) {
      plain = plain.substring(0, 60).replaceAll("-+$", "");
    }
    if (plain.isEmpty()) {
      return "no-owner";
    }
    return plain.matches("con|prn|aux|nul|com[0-9]|lpt[0-9]") ? plain + "-owner" : plain;
  }

  /** One file per owner, each name unique (a second `jo-bloggs` becomes `jo-bloggs-2`). */
  private List<OwnFile> perOwnerFiles(ReturnTemplate t) throws java.io.IOException {
    Files.createDirectories(perOwner);
    String ext = format == Format.XLSX ? ".xlsx" : ".csv";
    List<OwnFile> files = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (var e : t.byOwner().entrySet()) {
      String base = fileName(e.getKey());
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "-" + n;
      }
      ReturnTemplate mine = e.getValue();
      byte[] bytes =
          format == Format.XLSX
              ? ReturnWorkbook.write(mine, s -> {})
              : Tables.returnTemplate(mine).toCsv().getBytes(StandardCharsets.UTF_8);
      int rows = mine.rows().size();
      files.add(
          new OwnFile(
              perOwner.resolve(name + ext),
              bytes,
              (e.getKey().isEmpty() ? "no owner" : e.getKey())
                  + ": "
                  + rows
                  + (rows == 1 ? " row" : " rows")));
    }
    return files;
  }

  @Override
  Rendered run(Inputs.Loaded loaded, ForceSettings settings) throws java.io.IOException {
    if (!"actuals".equals(kind)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "`template` writes `actuals`; found `" + kind + "`");
    }
    Inputs.requireIds(spec, "--project", projects, loaded.portfolio());
    Quarter quarter = AsOf.resolve(asOf, settings.calendar(), context.clock());
    ReturnTemplate t =
        ReturnTemplate.build(loaded.portfolio(), loaded.reference(), settings, quarter, projects);
    if (perOwner != null) {
      owned = perOwnerFiles(t);
      return Rendered.text("", List.of());
    }
    if (format == Format.XLSX) {
      List<org.forcetotaliser.model.Diagnostic> notes = new java.util.ArrayList<>();
      return Rendered.bytes(ReturnWorkbook.write(t, cutCells(notes)), notes);
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

package org.forcetotaliser.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.forcetotaliser.load.CsvTable;
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.render.Cells;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.render.JsonRenderer;
import org.forcetotaliser.render.TextTable;
import org.forcetotaliser.report.Column;
import org.forcetotaliser.report.ReportTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code totaliser reference}: the bundled tables and where every figure comes from. */
@Command(
    name = "reference",
    modelTransformer = FormatOption.class,
    mixinStandardHelpOptions = true,
    description =
        "List the bundled reference tables with their source, price year, licence "
            + "and confidence, or print one table. `sources` prints the full provenance notes.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  totaliser reference",
      "  totaliser reference gdp-deflators",
      "  totaliser reference offences --format csv",
      "  totaliser reference sources"
    })
final class ReferenceCommand implements Callable<Integer>, FormatOption.Takes {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TABLE", arity = "0..1", description = "A table name, or sources.")
  String table;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converters.FormatConverter.class,
      description = "table, csv, json or markdown (default: table).")
  Format format = Format.TABLE;

  /** The formats {@code reference} writes; {@code sources} is Markdown text in any of them. */
  static final List<Format> FORMATS =
      List.of(Format.TABLE, Format.CSV, Format.JSON, Format.MARKDOWN);

  @Override
  public List<String> formatKeys() {
    return FORMATS.stream().map(Format::key).toList();
  }

  @Override
  public Integer call() {
    Converters.FormatConverter.require(spec, format, FORMATS);
    PrintWriter out = spec.commandLine().getOut();
    if (table == null) {
      out.print(render(catalogue()));
    } else if (table.equals("sources")) {
      out.print(ReferenceTables.text("SOURCES.md"));
    } else if (ReferenceTables.NAMES.contains(table)) {
      CsvTable t = ReferenceTables.table(table);
      if (format == Format.CSV) {
        out.print(ReferenceTables.text(table));
      } else {
        out.print(render(asText(t, table + ": " + describe(table))));
      }
    } else {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "no bundled table `"
              + table
              + "`; the tables are "
              + String.join(", ", ReferenceTables.NAMES)
              + " (or sources)");
    }
    out.flush();
    return Main.OK;
  }

  private String render(TextTable t) {
    return switch (format) {
      case CSV -> t.toCsv();
      case MARKDOWN -> t.toMarkdown();
      case JSON -> JsonRenderer.rows(table == null ? "catalogue" : table, t);
      case TABLE -> t.toTable();
      case HTML, XLSX, GITHUB -> throw new IllegalStateException("checked in call()");
    };
  }

  /** The table of tables, from the bundled catalogue. */
  static TextTable catalogue() {
    CsvTable c = ReferenceTables.table("catalogue");
    ReportTable t =
        new ReportTable(
            "Bundled reference tables (totaliser reference TABLE "
                + "prints one; totaliser reference sources the full notes)",
            List.of(
                Column.id("table", "the table's name"),
                Column.count("rows", "its rows"),
                Column.text("publisher", "who publishes it"),
                Column.period("price year", "the prices its £ are in"),
                Column.text("licence", "its licence"),
                Column.text("confidence", "how far to rely on it")));
    for (Map<String, String> r : c.records()) {
      t.add(
          r.get("table"),
          ReferenceTables.table(r.get("table")).rows().size(),
          shorten(r.get("publisher"), 36),
          r.get("price_year"),
          shorten(r.get("licence"), 30),
          shorten(r.get("confidence"), 30));
    }
    return Cells.table(t);
  }

  private static String describe(String table) {
    for (Map<String, String> r : ReferenceTables.table("catalogue").records()) {
      if (r.get("table").equals(table)) {
        return r.get("title")
            + " ("
            + r.get("publisher")
            + "; price year "
            + r.get("price_year")
            + "; "
            + r.get("licence")
            + "; confidence "
            + r.get("confidence")
            + ")";
      }
    }
    return "";
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** A bundled table as written: every column text, in the publisher's own words. */
  private static TextTable asText(CsvTable t, String title) {
    List<Column> cols = new ArrayList<>();
    for (String h : t.header()) {
      cols.add(Column.text(h, "as published"));
    }
    ReportTable out = new ReportTable(title, cols);
    for (List<String> row : t.rows()) {
      out.add(row.toArray());
    }
    return Cells.table(out);
  }
}

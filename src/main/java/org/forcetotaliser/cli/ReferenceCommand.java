package org.forcetotaliser.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.forcetotaliser.load.CsvTable;
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.render.Format;
import org.forcetotaliser.render.JsonRenderer;
import org.forcetotaliser.render.TextTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code totaliser reference}: the bundled tables and where every figure comes from. */
@Command(name = "reference", mixinStandardHelpOptions = true,
    description = "List the bundled reference tables with their source, price year, licence "
        + "and confidence, or print one table. `sources` prints the full provenance notes.",
    footerHeading = "%nExamples:%n",
    footer = {"  totaliser reference", "  totaliser reference gdp-deflators",
        "  totaliser reference offences --format csv", "  totaliser reference sources"})
final class ReferenceCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TABLE", arity = "0..1", description = "A table name, or sources.")
  String table;

  @Option(names = "--format", paramLabel = "FORMAT",
      converter = Converters.FormatConverter.class,
      description = "table, csv, json or markdown (default: table).")
  Format format = Format.TABLE;

  @Override
  public Integer call() {
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
      throw new CommandLine.ParameterException(spec.commandLine(), "no bundled table `"
          + table + "`; the tables are " + String.join(", ", ReferenceTables.NAMES)
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
      default -> t.toTable();
    };
  }

  /** The table of tables, from the bundled catalogue. */
  static TextTable catalogue() {
    CsvTable c = ReferenceTables.table("catalogue");
    TextTable t = new TextTable("Bundled reference tables (totaliser reference TABLE prints "
        + "one; totaliser reference sources the full notes)", List.of(
        new TextTable.Column("table", false), new TextTable.Column("rows", true),
        new TextTable.Column("publisher", false), new TextTable.Column("price year", false),
        new TextTable.Column("licence", false), new TextTable.Column("confidence", false)));
    for (Map<String, String> r : c.records()) {
      int rows = ReferenceTables.table(r.get("table")).rows().size();
      t.add(List.of(TextTable.Cell.text(r.get("table")),
          TextTable.Cell.number(Integer.toString(rows), Integer.toString(rows)),
          TextTable.Cell.text(shorten(r.get("publisher"), 36)),
          TextTable.Cell.text(r.get("price_year")),
          TextTable.Cell.text(shorten(r.get("licence"), 30)),
          TextTable.Cell.text(shorten(r.get("confidence"), 30))));
    }
    return t;
  }

  private static String describe(String table) {
    for (Map<String, String> r : ReferenceTables.table("catalogue").records()) {
      if (r.get("table").equals(table)) {
        return r.get("title") + " (" + r.get("publisher") + "; price year "
            + r.get("price_year") + "; " + r.get("licence") + "; confidence "
            + r.get("confidence") + ")";
      }
    }
    return "";
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static TextTable asText(CsvTable t, String title) {
    List<TextTable.Column> cols = new ArrayList<>();
    for (String h : t.header()) {
      cols.add(new TextTable.Column(h, false));
    }
    TextTable out = new TextTable(title, cols);
    for (List<String> row : t.rows()) {
      List<TextTable.Cell> cells = new ArrayList<>();
      for (String v : row) {
        cells.add(TextTable.Cell.text(v));
      }
      out.add(cells);
    }
    return out;
  }
}

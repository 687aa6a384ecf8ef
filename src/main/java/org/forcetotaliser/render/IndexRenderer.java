package org.forcetotaliser.render;

import java.util.List;
import org.forcetotaliser.calc.IndexResult;
import org.forcetotaliser.model.Keyed;
import org.forcetotaliser.report.IndexReport;

/**
 * Renders the Prevention Index (docs/method.md §Prevention Index, §6): the JSON document, one flat
 * CSV, and for people a page of tables with the notes and the caveat. No figure is computed here.
 */
public final class IndexRenderer {
  public static final String SCHEMA = "force-totaliser/index/1";

  private IndexRenderer() {}

  /** The index in a text format: table, csv, json or markdown. */
  public static String render(IndexReport r, Format f) {
    return switch (f) {
      case JSON -> json(r);
      case CSV -> flat(r).toCsv();
      case MARKDOWN, TABLE -> page(r, f);
      case HTML, XLSX, GITHUB -> throw Renderer.unsupported("the index", f);
    };
  }

  static String title(IndexReport r) {
    IndexResult x = r.result();
    return "Prevention Index: " + r.name(x.force()) + ", " + x.baseline() + " to " + x.current();
  }

  static String basis(IndexReport r) {
    IndexResult x = r.result();
    List<String> names = x.comparators().stream().map(r::name).toList();
    return "Compared with "
        + (x.nearest()
            ? "the " + names.size() + " " + IndexResult.NEAREST_LABEL
            : "the listed forces")
        + ": "
        + String.join(", ", names)
        + ". 100 = no change since "
        + x.baseline()
        + "; above 100 = improved.";
  }

  private static String page(IndexReport r, Format f) {
    List<TextTable> tables = List.of(composite(r), indicators(r), byForce(r));
    StringBuilder sb = new StringBuilder(Renderer.document(title(r), basis(r), tables, f));
    sb.append('\n');
    if (f == Format.MARKDOWN) {
      sb.append("### Notes\n\n");
      for (String n : r.notes()) {
        sb.append("- ").append(n.replace("|", "\\|")).append('\n');
      }
      sb.append("\n**").append(r.caveat()).append("**\n");
    } else {
      sb.append("Notes\n");
      for (String n : r.notes()) {
        sb.append("- ").append(n).append('\n');
      }
      sb.append('\n').append(r.caveat()).append('\n');
    }
    return sb.toString();
  }

  /** The composite index of every force, highest first (the force marked). */
  public static TextTable composite(IndexReport r) {
    return Cells.table(r.composite());
  }

  /** The forces of S by index, highest first; those without an index last. */
  public static List<String> ranked(IndexReport r) {
    return r.result().index().ranked();
  }

  /** One row per indicator: the force's values, improvement, the comparators' and the gap. */
  public static TextTable indicators(IndexReport r) {
    return Cells.table(r.indicators());
  }

  /** Every force's values of every indicator. */
  public static TextTable byForce(IndexReport r) {
    return Cells.table(r.byForce());
  }

  /** One flat table for spreadsheets (docs/method.md §Prevention Index). */
  static TextTable flat(IndexReport r) {
    return Cells.table(r.flat());
  }

  static String json(IndexReport r) {
    IndexResult x = r.result();
    Json j =
        new Json()
            .begin()
            .string("schema", SCHEMA)
            .string("price_base", r.priceBase())
            .string("force", x.force())
            .string("baseline", x.baseline())
            .string("current", x.current())
            .array("comparators");
    x.comparators().forEach(j::element);
    j.endArray().string("comparator_basis", x.nearest() ? "nearest" : "listed");
    IndexResult.Composite c = x.index();
    j.begin("index")
        .fixed("force", c.force(), 2)
        .fixed("comparator_mean", c.comparatorMean(), 2)
        .integer("rank", c.rank())
        .integer("of", c.of())
        .begin("by_force");
    c.byForce().forEach((k, v) -> j.fixed(k, v, 2));
    j.end().end().array("indicators");
    for (IndexResult.IndicatorRow i : x.indicators()) {
      j.begin()
          .string("id", i.id())
          .string("label", i.label())
          .string("better", Keyed.key(i.better()))
          .quantity("weight", i.weight())
          .string("unit", i.unit())
          .quantity("baseline", i.baseline())
          .quantity("current", i.current())
          .quantity("improvement", i.improvement())
          .quantity("comparator_mean_improvement", i.comparatorMeanImprovement())
          .quantity("comparator_mean_baseline", i.comparatorMeanBaseline())
          .quantity("comparator_mean_current", i.comparatorMeanCurrent())
          .quantity("gap_pp", i.gapPp())
          .integer("rank", i.rank())
          .integer("of", i.of())
          .begin("by_force");
      i.byForce()
          .forEach(
              (k, v) ->
                  j.begin(k)
                      .quantity("baseline", v.baseline())
                      .quantity("current", v.current())
                      .quantity("improvement", v.improvement())
                      .end());
      j.end().end();
    }
    j.endArray().array("notes");
    r.notes().forEach(j::element);
    j.element(r.caveat());
    return j.endArray().end().finish();
  }
}

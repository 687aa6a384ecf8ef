package org.forcetotaliser.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.IndexResult;
import org.forcetotaliser.model.IndexSettings;
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
    IndexResult.Composite c = r.result().index();
    TextTable t =
        new TextTable(
            "Index (weighted geometric mean of baseline-to-current " + "ratios)",
            List.of(
                new TextTable.Column("rank", true),
                new TextTable.Column("force area", false),
                new TextTable.Column("index", true)));
    for (String h : ranked(r)) {
      BigDecimal v = c.byForce().get(h);
      String rank = v == null ? Numbers.ABSENT : Integer.toString(rankOf(r, h));
      t.add(
          List.of(
              TextTable.Cell.number(rank, v == null ? "" : rank),
              TextTable.Cell.text(
                  r.name(h) + (h.equals(r.result().force()) ? " (this force)" : "")),
              TextTable.Cell.number(index(v), indexRaw(v))));
    }
    t.rule();
    t.add(
        List.of(
            TextTable.Cell.text(""),
            TextTable.Cell.text("comparator mean"),
            TextTable.Cell.number(index(c.comparatorMean()), indexRaw(c.comparatorMean()))));
    return t;
  }

  /** The forces of S by index, highest first; those without an index last. */
  public static List<String> ranked(IndexReport r) {
    return r.result().index().ranked();
  }

  private static int rankOf(IndexReport r, String h) {
    return r.result().index().ranks().get(h);
  }

  /** One row per indicator: the force's values, improvement, the comparators' and the gap. */
  public static TextTable indicators(IndexReport r) {
    TextTable t =
        new TextTable(
            "Indicators (" + r.name(r.result().force()) + ")",
            List.of(
                new TextTable.Column("indicator", false),
                new TextTable.Column("weight", true),
                new TextTable.Column(r.result().baseline().toString(), true),
                new TextTable.Column(r.result().current().toString(), true),
                new TextTable.Column("improvement", true),
                new TextTable.Column("comparator mean", true),
                new TextTable.Column("gap", true),
                new TextTable.Column("rank", true)));
    for (IndexResult.IndicatorRow i : r.result().indicators()) {
      t.add(
          List.of(
              TextTable.Cell.text(
                  i.id()
                      + (i.better() == IndexSettings.Better.HIGHER ? " (higher is better)" : "")),
              TextTable.Cell.number(Numbers.raw(i.weight()), Numbers.raw(i.weight())),
              TextTable.Cell.number(value(i.baseline()), Numbers.raw(i.baseline())),
              TextTable.Cell.number(value(i.current()), Numbers.raw(i.current())),
              TextTable.Cell.number(signedPercent(i.improvement()), Numbers.raw(i.improvement())),
              TextTable.Cell.number(
                  signedPercent(i.comparatorMeanImprovement()),
                  Numbers.raw(i.comparatorMeanImprovement())),
              TextTable.Cell.number(pp(i.gapPp()), Numbers.raw(i.gapPp())),
              TextTable.Cell.number(i.rank() + " of " + i.of(), Integer.toString(i.rank()))));
    }
    return t;
  }

  /** Every force's values of every indicator. */
  public static TextTable byForce(IndexReport r) {
    TextTable t =
        new TextTable(
            "Values by force (rates are offences per 1,000 residents)",
            List.of(
                new TextTable.Column("indicator", false),
                new TextTable.Column("force area", false),
                new TextTable.Column(r.result().baseline().toString(), true),
                new TextTable.Column(r.result().current().toString(), true),
                new TextTable.Column("improvement", true)));
    for (IndexResult.IndicatorRow i : r.result().indicators()) {
      for (Map.Entry<String, IndexResult.ForceValues> e : i.byForce().entrySet()) {
        IndexResult.ForceValues v = e.getValue();
        t.add(
            List.of(
                TextTable.Cell.text(i.id()),
                TextTable.Cell.text(r.name(e.getKey())),
                TextTable.Cell.number(value(v.baseline()), Numbers.raw(v.baseline())),
                TextTable.Cell.number(value(v.current()), Numbers.raw(v.current())),
                TextTable.Cell.number(
                    signedPercent(v.improvement()), Numbers.raw(v.improvement()))));
      }
    }
    return t;
  }

  /**
   * One flat table for spreadsheets: a row per force for the index, then a row per indicator and
   * force; the force's own rows carry the comparator mean, gap and rank.
   */
  static TextTable flat(IndexReport r) {
    IndexResult x = r.result();
    List<String> h =
        List.of(
            "row",
            "force_area",
            "is_force",
            "baseline_period",
            "current_period",
            "weight",
            "better",
            "baseline",
            "current",
            "improvement",
            "comparator_mean_improvement",
            "gap_pp",
            "rank",
            "of",
            "index");
    List<TextTable.Column> cols = new ArrayList<>();
    h.forEach(s -> cols.add(new TextTable.Column(s, false)));
    TextTable t = new TextTable(null, cols);
    IndexResult.Composite c = x.index();
    for (String f : x.forces()) {
      boolean me = f.equals(x.force());
      t.add(
          cells(
              "index",
              f,
              me,
              x,
              "",
              "",
              null,
              null,
              null,
              null,
              null,
              me ? Integer.toString(c.rank()) : "",
              me ? Integer.toString(c.of()) : "",
              indexRaw(c.byForce().get(f))));
    }
    for (IndexResult.IndicatorRow i : x.indicators()) {
      for (Map.Entry<String, IndexResult.ForceValues> e : i.byForce().entrySet()) {
        boolean me = e.getKey().equals(x.force());
        IndexResult.ForceValues v = e.getValue();
        t.add(
            cells(
                i.id(),
                e.getKey(),
                me,
                x,
                Numbers.raw(i.weight()),
                Keyed.key(i.better()),
                v.baseline(),
                v.current(),
                v.improvement(),
                me ? i.comparatorMeanImprovement() : null,
                me ? i.gapPp() : null,
                me ? Integer.toString(i.rank()) : "",
                me ? Integer.toString(i.of()) : "",
                ""));
      }
    }
    return t;
  }

  private static List<TextTable.Cell> cells(
      String row,
      String force,
      boolean me,
      IndexResult x,
      String weight,
      String better,
      BigDecimal baseline,
      BigDecimal current,
      BigDecimal improvement,
      BigDecimal mean,
      BigDecimal gap,
      String rank,
      String of,
      String index) {
    List<TextTable.Cell> c = new ArrayList<>();
    c.add(TextTable.Cell.text(row));
    c.add(TextTable.Cell.text(force));
    c.add(TextTable.Cell.text(Boolean.toString(me)));
    c.add(TextTable.Cell.text(x.baseline().toString()));
    c.add(TextTable.Cell.text(x.current().toString()));
    c.add(TextTable.Cell.number(weight, weight));
    c.add(TextTable.Cell.text(better));
    for (BigDecimal v : new BigDecimal[] {baseline, current, improvement, mean, gap}) {
      c.add(TextTable.Cell.number(Numbers.raw(v), Numbers.raw(v)));
    }
    c.add(TextTable.Cell.number(rank, rank));
    c.add(TextTable.Cell.number(of, of));
    c.add(TextTable.Cell.number(index, index));
    return c;
  }

  static String index(BigDecimal v) {
    return v == null ? Numbers.ABSENT : v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  static String indexRaw(BigDecimal v) {
    return v == null ? "" : v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  static String value(BigDecimal v) {
    return Numbers.quantity(v, 2);
  }

  /** A fraction as a signed percentage: 0.052 → +5.2%. */
  static String signedPercent(BigDecimal v) {
    if (v == null) {
      return Numbers.ABSENT;
    }
    String s = Numbers.fractionAsPercent(v);
    return v.setScale(3, RoundingMode.HALF_EVEN).signum() > 0 ? "+" + s : s;
  }

  /** Percentage points: 3.14 → +3.1 pp. */
  static String pp(BigDecimal v) {
    if (v == null) {
      return Numbers.ABSENT;
    }
    String s = Numbers.quantity(v, 1) + " pp";
    return v.setScale(1, RoundingMode.HALF_EVEN).signum() > 0 ? "+" + s : s;
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

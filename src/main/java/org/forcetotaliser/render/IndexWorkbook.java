package org.forcetotaliser.render;

import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.IndexResult;
import org.forcetotaliser.model.Keyed;
import org.forcetotaliser.report.IndexReport;

/** The Prevention Index as a workbook: the Index sheet, values by force, and the notes. */
public final class IndexWorkbook {
  private IndexWorkbook() {}

  public static byte[] workbook(IndexReport r) {
    return Workbooks.write(IndexRenderer.title(r), sheets(r));
  }

  /** The sheets, also added to the board pack's workbook. */
  static List<Workbooks.Sheet> sheets(IndexReport r) {
    return List.of(indexSheet(r), byForce(r), notes(r));
  }

  /** Index: the composite index by force, then the force's indicators. */
  static Workbooks.Sheet indexSheet(IndexReport r) {
    IndexResult x = r.result();
    Workbooks.Sheet s =
        new Workbooks.Sheet(
            "Index",
            Workbooks.text("row"),
            Workbooks.text("force area"),
            Workbooks.col("weight", Workbooks.Kind.RATIO),
            Workbooks.col(x.baseline().toString(), Workbooks.Kind.RATIO),
            Workbooks.col(x.current().toString(), Workbooks.Kind.RATIO),
            Workbooks.col("improvement", Workbooks.Kind.FRACTION),
            Workbooks.col("comparator mean improvement", Workbooks.Kind.FRACTION),
            Workbooks.col("gap (pp)", Workbooks.Kind.RATIO),
            Workbooks.col("rank", Workbooks.Kind.WHOLE),
            Workbooks.col("of", Workbooks.Kind.WHOLE),
            Workbooks.col("index", Workbooks.Kind.RATIO));
    IndexResult.Composite c = x.index();
    for (String h : IndexRenderer.ranked(r)) {
      boolean me = h.equals(x.force());
      s.add(
          "index",
          r.name(h) + (me ? " (this force)" : ""),
          null,
          null,
          null,
          null,
          null,
          null,
          me ? c.rank() : null,
          me ? c.of() : null,
          c.byForce().get(h));
    }
    s.add(
        "index",
        "comparator mean",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        c.comparatorMean());
    for (IndexResult.IndicatorRow i : x.indicators()) {
      s.add(
          i.id() + " (" + Keyed.key(i.better()) + " is better)",
          r.name(x.force()),
          i.weight(),
          i.baseline(),
          i.current(),
          i.improvement(),
          i.comparatorMeanImprovement(),
          i.gapPp(),
          i.rank(),
          i.of(),
          null);
    }
    return s;
  }

  private static Workbooks.Sheet byForce(IndexReport r) {
    IndexResult x = r.result();
    Workbooks.Sheet s =
        new Workbooks.Sheet(
            "Index by force",
            Workbooks.text("indicator"),
            Workbooks.text("force area"),
            Workbooks.text("ONS id"),
            Workbooks.col(x.baseline().toString(), Workbooks.Kind.RATIO),
            Workbooks.col(x.current().toString(), Workbooks.Kind.RATIO),
            Workbooks.col("improvement", Workbooks.Kind.FRACTION));
    for (IndexResult.IndicatorRow i : x.indicators()) {
      for (Map.Entry<String, IndexResult.ForceValues> e : i.byForce().entrySet()) {
        s.add(
            i.id(),
            r.name(e.getKey()),
            e.getKey(),
            e.getValue().baseline(),
            e.getValue().current(),
            e.getValue().improvement());
      }
    }
    return s;
  }

  private static Workbooks.Sheet notes(IndexReport r) {
    Workbooks.Sheet s = new Workbooks.Sheet("Index notes", Workbooks.text("note"));
    s.add(IndexRenderer.basis(r));
    r.notes().forEach(s::add);
    s.add(r.caveat());
    return s;
  }
}

package org.forcetotaliser.render;

import java.util.List;
import org.forcetotaliser.report.IndexReport;

/** The Prevention Index as a workbook: the Index sheet, values by force, and the notes. */
public final class IndexWorkbook {
  private IndexWorkbook() {}

  public static byte[] workbook(IndexReport r) {
    return Workbooks.write(IndexRenderer.title(r), sheets(r));
  }

  /**
   * The sheets, also added to the board pack's workbook; the two tables under a header block of the
   * index's title and the forces it is compared with.
   */
  static List<Workbooks.Sheet> sheets(IndexReport r) {
    List<Workbooks.Sheet> tables = List.of(indexSheet(r), byForce(r));
    for (Workbooks.Sheet s : tables) {
      s.header(IndexRenderer.title(r), "");
      s.header("compared with", IndexRenderer.basis(r));
    }
    return List.of(tables.get(0), tables.get(1), notes(r));
  }

  /** Index: the composite index by force, then the force's indicators. */
  static Workbooks.Sheet indexSheet(IndexReport r) {
    return Workbooks.sheet("Index", r.indexSheet());
  }

  private static Workbooks.Sheet byForce(IndexReport r) {
    return Workbooks.sheet("Index by force", r.byForceSheet());
  }

  private static Workbooks.Sheet notes(IndexReport r) {
    Workbooks.Sheet s = new Workbooks.Sheet("Index notes", Workbooks.text("note"));
    s.add(IndexRenderer.basis(r));
    r.notes().forEach(s::add);
    s.add(r.caveat());
    return s;
  }
}

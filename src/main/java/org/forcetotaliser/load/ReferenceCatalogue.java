package org.forcetotaliser.load;

import java.util.ArrayList;
import java.util.List;
import org.forcetotaliser.model.ReferenceSource;

/** The bundled catalogue of reference tables (catalogue.csv), as model values. */
public final class ReferenceCatalogue {
  private ReferenceCatalogue() {}

  /** Every catalogued table, in the catalogue's order. */
  public static List<ReferenceSource> sources() {
    CsvTable t = ReferenceTables.table("catalogue");
    List<String> h = t.header();
    List<ReferenceSource> out = new ArrayList<>();
    for (List<String> row : t.rows()) {
      out.add(
          new ReferenceSource(
              cell(h, row, "table"),
              cell(h, row, "title"),
              cell(h, row, "publisher"),
              cell(h, row, "citation"),
              cell(h, row, "price_year"),
              cell(h, row, "licence"),
              cell(h, row, "confidence"),
              cell(h, row, "source_url")));
    }
    return out;
  }

  private static String cell(List<String> header, List<String> row, String column) {
    int i = header.indexOf(column);
    return i < 0 || i >= row.size() ? "" : row.get(i);
  }
}

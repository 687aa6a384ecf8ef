package org.forcetotaliser.model;

import java.util.Objects;

/**
 * One bundled reference table and where its figures come from: a row of the reference catalogue,
 * shown in the board pack's appendix and the workbook's Sources sheet. Immutable.
 *
 * @param table the table's name as {@code totaliser reference} lists it
 * @param title the publication, with its version or vintage
 * @param priceYear the price year of its £ figures, or "n/a"
 * @param url where the publication can be found, or empty
 */
public record ReferenceSource(
    String table,
    String title,
    String publisher,
    String citation,
    String priceYear,
    String licence,
    String confidence,
    String url) {
  public ReferenceSource {
    Objects.requireNonNull(table, "table");
    title = title == null ? "" : title;
    publisher = publisher == null ? "" : publisher;
    citation = citation == null ? "" : citation;
    priceYear = priceYear == null ? "" : priceYear;
    licence = licence == null ? "" : licence;
    confidence = confidence == null ? "" : confidence;
    url = url == null ? "" : url;
  }
}

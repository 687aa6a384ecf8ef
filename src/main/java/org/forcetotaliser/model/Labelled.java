package org.forcetotaliser.model;

/**
 * Something with an identifier, as written in files, JSON and CSV ({@code leadership-and-culture}),
 * and a label, as a person reads it in a table, Markdown or a workbook ("Leadership and culture").
 * docs/architecture.md lists the labels.
 */
public interface Labelled {
  /** The identifier, as written in files, JSON and CSV. */
  String key();

  /** The words a person reads. */
  String label();
}

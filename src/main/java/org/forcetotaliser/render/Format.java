package org.forcetotaliser.render;

import java.util.Locale;

/** The output formats a report can be rendered in. */
public enum Format {
  TABLE,
  CSV,
  JSON,
  MARKDOWN,
  HTML,
  XLSX,
  GITHUB;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return key();
  }
}

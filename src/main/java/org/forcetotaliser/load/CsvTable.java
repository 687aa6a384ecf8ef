package org.forcetotaliser.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader for the bundled reference tables: one header row, comma-separated, fields with
 * commas double-quoted. Immutable once parsed.
 */
public record CsvTable(String name, List<String> header, List<List<String>> rows) {

  public CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** Parses the whole text of a table. */
  public static CsvTable parse(String name, String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> current = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        current.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          current.add(field.toString());
          records.add(current);
        }
        current = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      current.add(field.toString());
      records.add(current);
    }
    if (records.isEmpty()) {
      throw new IllegalStateException("reference table " + name + " is empty");
    }
    List<String> header = records.get(0);
    List<List<String>> body = records.subList(1, records.size());
    for (List<String> r : body) {
      if (r.size() != header.size()) {
        throw new IllegalStateException(
            "reference table "
                + name
                + ": row "
                + r
                + " has "
                + r.size()
                + " fields, header has "
                + header.size());
      }
    }
    return new CsvTable(name, header, body);
  }

  /** The rows as maps from column name to text. */
  public List<Map<String, String>> records() {
    List<Map<String, String>> out = new ArrayList<>(rows.size());
    for (List<String> r : rows) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), r.get(i));
      }
      out.add(m);
    }
    return out;
  }
}

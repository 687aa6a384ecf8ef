package org.forcetotaliser.load;

import java.util.List;
import org.forcetotaliser.model.Location;

/**
 * A YAML value with where it was written: every key and every value keeps its line and column, so
 * that a diagnostic can point at it. Scalars stay text; the mappers decide what they mean.
 * Immutable.
 */
sealed interface YamlNode {

  Location at();

  /** What kind of value this is, for "expected a mapping, found a list" messages. */
  String describe();

  /** A scalar as written (plain or quoted). */
  record Scalar(String value, boolean plain, Location at) implements YamlNode {
    /** Whether the scalar is empty or a YAML null ({@code ~}, {@code null}). */
    public boolean isNull() {
      return plain
          && (value.isEmpty()
              || value.equals("~")
              || value.equals("null")
              || value.equals("Null")
              || value.equals("NULL"));
    }

    public String describe() {
      return isNull() ? "nothing" : "`" + value + "`";
    }
  }

  /** One key and its value. */
  record Entry(Scalar key, YamlNode value) {
    public String name() {
      return key.value();
    }
  }

  /** A mapping, in file order, with no duplicate keys. */
  record Mapping(List<Entry> entries, Location at) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    public String describe() {
      return "a mapping";
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, Location at) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    public String describe() {
      return "a list";
    }
  }
}

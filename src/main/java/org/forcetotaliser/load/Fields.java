package org.forcetotaliser.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.Keyed;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Uncertain;

/**
 * Typed access to the keys of one YAML mapping, reporting every problem as a diagnostic at the
 * offending key or value and returning null in its place, so that reading goes on and every problem
 * in a file is found in one run. Remembers where each value was written.
 */
final class Fields {

  private static final Set<String> RANGE_KEYS = Set.of("low", "likely", "high");

  private final YamlNode.Mapping map;
  private final String what;
  private final Location anchor;
  private final List<Diagnostic> out;
  private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
  private final Map<String, Location> locations = new LinkedHashMap<>();

  /**
   * @param what the thing the mapping describes, for messages ("benefit `x`")
   * @param anchor where a missing key is reported: the key of the enclosing mapping
   */
  Fields(YamlNode.Mapping map, String what, Location anchor, List<Diagnostic> out) {
    this.map = map;
    this.what = what;
    this.anchor = anchor;
    this.out = out;
    for (YamlNode.Entry e : map.entries()) {
      entries.put(e.name(), e);
      locations.put(e.name(), e.value().at());
    }
  }

  /** Where each key's value was written. */
  Map<String, Location> locations() {
    return locations;
  }

  Location anchor() {
    return anchor;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  YamlNode node(String key) {
    YamlNode.Entry e = entries.get(key);
    return e == null ? null : e.value();
  }

  Location keyAt(String key) {
    YamlNode.Entry e = entries.get(key);
    return e == null ? anchor : e.key().at();
  }

  void error(Location at, String rule, String message, String hint) {
    out.add(Diagnostic.error(at, rule, message).withHint(hint));
  }

  void missing(String key, String hint) {
    error(anchor, LoadRule.MISSING_KEY.code(), what + " has no `" + key + "`", hint);
  }

  /** Reports every key not in {@code allowed}; {@code elsewhere} says where a key belongs. */
  void rejectUnknown(Set<String> allowed, Map<String, String> elsewhere) {
    for (YamlNode.Entry e : map.entries()) {
      String k = e.name();
      if (allowed.contains(k)) {
        continue;
      }
      String where = elsewhere.get(k);
      if (where != null) {
        error(
            e.key().at(),
            LoadRule.UNKNOWN_KEY.code(),
            "`" + k + "` is not a key of " + what + ": it belongs to " + where,
            null);
      } else {
        error(
            e.key().at(),
            LoadRule.UNKNOWN_KEY.code(),
            "unknown key `" + k + "` in " + what,
            Values.didYouMean(k, allowed));
      }
    }
  }

  /** The scalar under {@code key}; null (and a diagnostic) when absent, empty or not a scalar. */
  YamlNode.Scalar scalar(String key, boolean required) {
    YamlNode n = node(key);
    if (n == null) {
      if (required) {
        missing(key, null);
      }
      return null;
    }
    if (!(n instanceof YamlNode.Scalar s)) {
      error(
          n.at(),
          LoadRule.WRONG_TYPE.code(),
          "`" + key + "` of " + what + " should be a single value, found " + n.describe(),
          null);
      return null;
    }
    if (s.isNull()) {
      if (required) {
        error(
            s.at(),
            LoadRule.MISSING_KEY.code(),
            "`" + key + "` of " + what + " has no value",
            null);
      }
      return null;
    }
    return s;
  }

  String text(String key, boolean required) {
    YamlNode.Scalar s = scalar(key, required);
    return s == null ? null : s.value();
  }

  /** A value read by {@code parse}, which may throw {@link BadValue}. */
  <T> T value(String key, boolean required, Function<String, T> parse) {
    YamlNode.Scalar s = scalar(key, required);
    if (s == null) {
      return null;
    }
    try {
      return parse.apply(s.value());
    } catch (BadValue b) {
      error(s.at(), b.rule, "`" + key + "`: " + b.getMessage(), b.hint);
      return null;
    }
  }

  <E extends Enum<E>> E choice(String key, Class<E> type, boolean required, String rule) {
    YamlNode.Scalar s = scalar(key, required);
    if (s == null) {
      return null;
    }
    E e = Keyed.fromKey(type, s.value());
    if (e == null) {
      List<String> keys = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        keys.add(Keyed.key(c));
      }
      error(
          s.at(),
          rule,
          "`"
              + key
              + "` must be one of "
              + Keyed.keys(type).replace(" | ", ", ")
              + "; found `"
              + s.value()
              + "`",
          Values.didYouMean(s.value(), keys));
    }
    return e;
  }

  Boolean bool(String key) {
    YamlNode.Scalar s = scalar(key, false);
    if (s == null) {
      return null;
    }
    if (s.value().equals("true")) {
      return true;
    }
    if (s.value().equals("false")) {
      return false;
    }
    error(
        s.at(),
        LoadRule.WRONG_TYPE.code(),
        "`" + key + "` must be `true` or `false`, found `" + s.value() + "`",
        null);
    return null;
  }

  Quarter quarter(String key, boolean required) {
    return value(key, required, Values::quarter);
  }

  FinancialYear year(String key, boolean required) {
    return value(key, required, Values::year);
  }

  BigDecimal decimal(String key, boolean required) {
    return value(key, required, Values::decimal);
  }

  /** A percentage or range of percentages, at most {@code max} (null: no upper bound). */
  Uncertain percentage(String key, BigDecimal max) {
    return uncertain(
        key, t -> Values.uncertainPercentage(t, max), t -> Values.boundedPercentage(t, max));
  }

  /** A non-negative amount or range of amounts. */
  Uncertain amount(String key, boolean required) {
    if (node(key) == null && required) {
      missing(key, null);
      return null;
    }
    return uncertain(key, Values::uncertainAmount, Values::nonNegative);
  }

  private Uncertain uncertain(
      String key, Function<String, Uncertain> scalar, Function<String, BigDecimal> end) {
    YamlNode n = node(key);
    if (n instanceof YamlNode.Mapping m) {
      return rangeMapping(key, keyAt(key), m, end, what, out);
    }
    return value(key, false, scalar);
  }

  /** A range written as a mapping {@code { low: …, likely: …, high: … }}. */
  static Uncertain rangeMapping(
      String key,
      Location keyAt,
      YamlNode.Mapping m,
      Function<String, BigDecimal> end,
      String owner,
      List<Diagnostic> out) {
    Location at = m.at();
    Fields f = new Fields(m, "the range `" + key + "` of " + owner, keyAt, out);
    f.rejectUnknown(RANGE_KEYS, Map.of());
    BigDecimal low = f.value("low", true, end);
    BigDecimal likely = f.value("likely", false, end);
    BigDecimal high = f.value("high", true, end);
    if (low == null || high == null || (f.has("likely") && likely == null)) {
      return null;
    }
    try {
      StringBuilder shown = new StringBuilder("{ ");
      for (YamlNode.Entry e : m.entries()) {
        shown
            .append(shown.length() > 2 ? ", " : "")
            .append(e.name())
            .append(": ")
            .append(e.value() instanceof YamlNode.Scalar s ? s.value() : "…");
      }
      return Values.range(shown.append(" }").toString(), low, likely, high);
    } catch (BadValue b) {
      out.add(Diagnostic.error(at, b.rule, "`" + key + "`: " + b.getMessage()).withHint(b.hint));
      return null;
    }
  }
}

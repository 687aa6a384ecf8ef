package org.forcetotaliser.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.IndexSettings;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.YearEnding;

/**
 * Maps {@code force_area:} and {@code index:} of force.yaml (docs/method.md §Prevention Index) into
 * {@link IndexSettings}, reporting every problem where it was written. Force areas are checked
 * against the bundled list here; indicators and periods, which a force may supply in {@code
 * indicators/}, when the index is computed.
 */
final class IndexMapper {

  static final Set<String> INDEX_KEYS =
      new LinkedHashSet<>(List.of("baseline", "current", "comparators", "indicators"));
  static final Set<String> INDICATOR_KEYS =
      new LinkedHashSet<>(List.of("id", "weight", "better", "source"));
  static final Set<String> NEAREST_KEYS = new LinkedHashSet<>(List.of("nearest"));

  private IndexMapper() {}

  /** The force-area ids, for checks and suggestions. */
  static List<String> areaIds() {
    return NationalTables.areas().stream().map(ForceArea::id).toList();
  }

  static IndexSettings map(Fields force, FiscalCalendar calendar, List<Diagnostic> out) {
    IndexSettings.Located<String> area = null;
    YamlNode.Scalar a = force.scalar("force_area", false);
    if (a != null) {
      if (knownArea(a.value(), a.at(), "`force_area`", out)) {
        area = new IndexSettings.Located<>(a.value(), a.at());
      }
    }
    YamlNode n = force.node("index");
    if (n == null) {
      return area == null
          ? IndexSettings.none()
          : new IndexSettings(area, null, null, null, List.of(), force.keyAt("force_area"));
    }
    if (!(n instanceof YamlNode.Mapping m)) {
      force.error(
          n.at(),
          LoadRule.WRONG_TYPE.code(),
          "`index` should be a mapping such as "
              + "`{ baseline: YE 2019-03, comparators: { nearest: 7 } }`, found "
              + n.describe(),
          null);
      return new IndexSettings(area, null, null, null, List.of(), force.keyAt("index"));
    }
    Fields f = new Fields(m, "`index`", force.keyAt("index"), out);
    f.rejectUnknown(INDEX_KEYS, Map.of());
    IndexSettings.Located<YearEnding> baseline = period(f, "baseline", calendar);
    IndexSettings.Located<YearEnding> current = period(f, "current", calendar);
    IndexSettings.Comparators comparators = comparators(f, area, out);
    List<IndexSettings.Indicator> indicators = indicators(f, out);
    return new IndexSettings(
        area, baseline, current, comparators, indicators, force.keyAt("index"));
  }

  private static boolean knownArea(String id, Location at, String what, List<Diagnostic> out) {
    if (areaIds().contains(id)) {
      return true;
    }
    out.add(
        Diagnostic.error(
                at,
                LoadRule.UNKNOWN_FORCE_AREA.code(),
                what
                    + ": no territorial force area `"
                    + id
                    + "`; `totaliser index --list-forces` lists them")
            .withHint(Names.didYouMean(id, areaIds())));
    return false;
  }

  private static IndexSettings.Located<YearEnding> period(
      Fields f, String key, FiscalCalendar calendar) {
    YamlNode.Scalar s = f.scalar(key, false);
    if (s == null) {
      return null;
    }
    try {
      return new IndexSettings.Located<>(YearEnding.parse(s.value(), calendar), s.at());
    } catch (IllegalArgumentException e) {
      f.error(s.at(), LoadRule.BAD_PERIOD.code(), "`" + key + "`: " + e.getMessage(), null);
      return null;
    }
  }

  private static IndexSettings.Comparators comparators(
      Fields f, IndexSettings.Located<String> area, List<Diagnostic> out) {
    YamlNode n = f.node("comparators");
    if (n == null) {
      return null;
    }
    if (n instanceof YamlNode.Mapping m) {
      Fields c = new Fields(m, "`comparators`", f.keyAt("comparators"), out);
      c.rejectUnknown(NEAREST_KEYS, Map.of());
      YamlNode.Scalar k = c.scalar("nearest", true);
      if (k == null) {
        return null;
      }
      int most = areaIds().size() - 2;
      if (!k.value().matches("[0-9]{1,3}")
          || Integer.parseInt(k.value()) < 1
          || Integer.parseInt(k.value()) > most) {
        out.add(
            Diagnostic.error(
                k.at(),
                LoadRule.BAD_COMPARATORS.code(),
                "`nearest` takes a whole number "
                    + "of forces from 1 to "
                    + most
                    + " (every territorial force but City of London "
                    + "and this one), found `"
                    + k.value()
                    + "`"));
        return null;
      }
      return new IndexSettings.Nearest(Integer.parseInt(k.value()), f.keyAt("comparators"));
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      f.error(
          n.at(),
          LoadRule.WRONG_TYPE.code(),
          "`comparators` should be a list of force areas such as "
              + "`[bedfordshire, essex]`, or `{ nearest: 7 }`, found "
              + n.describe(),
          null);
      return null;
    }
    List<IndexSettings.Located<String>> ids = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    boolean ok = true;
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Scalar s) || s.isNull()) {
        f.error(
            item.at(),
            LoadRule.WRONG_TYPE.code(),
            "each of `comparators` should be a force-area id, " + "found " + item.describe(),
            null);
        ok = false;
        continue;
      }
      if (!knownArea(s.value(), s.at(), "`comparators`", out)) {
        ok = false;
        continue;
      }
      if (area != null && s.value().equals(area.value())) {
        out.add(
            Diagnostic.error(
                s.at(),
                LoadRule.BAD_COMPARATORS.code(),
                "`"
                    + s.value()
                    + "` is this "
                    + "force's own area (`force_area`), not a comparator"));
        ok = false;
      } else if (!seen.add(s.value())) {
        out.add(
            Diagnostic.error(
                s.at(), LoadRule.BAD_COMPARATORS.code(), "`" + s.value() + "` is listed twice"));
        ok = false;
      } else {
        ids.add(new IndexSettings.Located<>(s.value(), s.at()));
      }
    }
    if (ok && ids.isEmpty()) {
      out.add(
          Diagnostic.error(
              n.at(),
              LoadRule.BAD_COMPARATORS.code(),
              "`comparators` lists no force; " + "list some, or write `{ nearest: 7 }`"));
    }
    return ok && !ids.isEmpty() ? new IndexSettings.Listed(ids, f.keyAt("comparators")) : null;
  }

  private static List<IndexSettings.Indicator> indicators(Fields f, List<Diagnostic> out) {
    List<IndexSettings.Indicator> list = new ArrayList<>();
    YamlNode n = f.node("indicators");
    if (n == null) {
      return list;
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      f.error(
          n.at(),
          LoadRule.WRONG_TYPE.code(),
          "`indicators` should be a list such as "
              + "`[{ id: recorded-crime, weight: 2 }, { id: robbery }]`, found "
              + n.describe(),
          null);
      return list;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Mapping im)) {
        f.error(
            item.at(),
            LoadRule.WRONG_TYPE.code(),
            "each of `indicators` should be a mapping with " + "`id:`, found " + item.describe(),
            null);
        continue;
      }
      Fields i = new Fields(im, "an indicator of `index`", im.at(), out);
      i.rejectUnknown(INDICATOR_KEYS, Map.of());
      String id = i.text("id", true);
      BigDecimal weight = i.value("weight", false, IndexMapper::weight);
      IndexSettings.Better better =
          i.choice("better", IndexSettings.Better.class, false, LoadRule.BAD_VALUE.code());
      String source = i.text("source", false);
      if (id == null
          || (i.has("weight") && weight == null)
          || (i.has("better") && better == null)) {
        continue;
      }
      if (!seen.add(id)) {
        i.error(
            i.locations().get("id"),
            LoadRule.BAD_VALUE.code(),
            "indicator `" + id + "` is listed twice",
            null);
        continue;
      }
      list.add(new IndexSettings.Indicator(id, weight, better, source, i.locations().get("id")));
    }
    return list;
  }

  private static BigDecimal weight(String text) {
    BigDecimal d = Values.decimal(text);
    if (d.signum() <= 0) {
      throw new BadValue(
          LoadRule.BAD_VALUE.code(), "expected a weight above 0, found `" + text + "`");
    }
    return d;
  }
}

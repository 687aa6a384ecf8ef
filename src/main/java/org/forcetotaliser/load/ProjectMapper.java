package org.forcetotaliser.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BenefitKey;
import org.forcetotaliser.model.BenefitKind;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Prices;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Stage;
import org.forcetotaliser.model.Uncertain;

/**
 * Maps the located tree of one project file (docs/method.md §2) into a {@link Project}, reporting
 * every problem it finds. Returns null only when the project lacks what a project cannot be without
 * (an id, a start and an end).
 */
final class ProjectMapper {

  /**
   * An id: lower-case letters, digits and hyphens, starting with a letter or digit (docs/method.md
   * §1), so that no id reads as a command-line option ({@code explain -proj-}) or as a formula in a
   * spreadsheet.
   */
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  static final Set<String> PROJECT_KEYS =
      keys(
          "id",
          "name",
          "owner",
          "building_block",
          "stage",
          "area",
          "start",
          "end",
          "prices",
          "price_year",
          "costs",
          "benefits");
  static final Set<String> COST_KEYS = keys("id", "kind", "profile", "optimism_bias");
  static final Set<String> BENEFIT_KEYS =
      keys(
          "id",
          "type",
          "profile",
          "deadweight",
          "displacement",
          "leakage",
          "substitution",
          "attribution",
          "optimism_bias",
          "evidence",
          "confidence",
          "claim",
          "discount_schedule");
  static final Set<String> RATE_KEYS = keys("per_quarter", "per_year", "from", "to", "drop_off");
  static final Set<String> CONFIDENCE = keys("high", "medium", "low");

  /** 100 % as a fraction: the most a benefit's percentage may be. */
  private static final BigDecimal ALL = BigDecimal.ONE;

  private final String file;
  private final List<Diagnostic> out;
  private final SourceMap sources;
  private Quarter start;
  private Quarter end;

  private ProjectMapper(String file, List<Diagnostic> out, SourceMap sources) {
    this.file = file;
    this.out = out;
    this.sources = sources;
  }

  private static Set<String> keys(String... k) {
    return new LinkedHashSet<>(List.of(k));
  }

  static Project map(String file, YamlNode root, List<Diagnostic> out, SourceMap sources) {
    return new ProjectMapper(file, out, sources).project(root);
  }

  private Project project(YamlNode root) {
    if (!(root instanceof YamlNode.Mapping m)) {
      out.add(
          Diagnostic.error(
              root.at(),
              LoadRule.WRONG_TYPE.code(),
              "a project file should be a mapping of keys such as `id:` and `name:`, found "
                  + root.describe()));
      return null;
    }
    Fields f = new Fields(m, "the project", m.at(), out);
    f.rejectUnknown(PROJECT_KEYS, Map.of());
    String id = f.value("id", true, ProjectMapper::id);
    String name = f.text("name", true);
    String owner = f.text("owner", true);
    BuildingBlock block =
        f.choice(
            "building_block", BuildingBlock.class, true, LoadRule.UNKNOWN_BUILDING_BLOCK.code());
    Stage stage = f.choice("stage", Stage.class, true, LoadRule.UNKNOWN_STAGE.code());
    String area = f.value("area", false, ProjectMapper::area);
    start = f.quarter("start", true);
    end = f.quarter("end", true);
    if (start != null && end != null && end.isBefore(start)) {
      f.error(
          f.node("end").at(),
          LoadRule.END_BEFORE_START.code(),
          "`end` " + end + " is before `start` " + start,
          null);
      end = null;
    }
    Prices prices = f.choice("prices", Prices.class, false, LoadRule.BAD_VALUE.code());
    FinancialYear priceYear = f.year("price_year", false);
    String what = id == null ? "the project" : "project `" + id + "`";
    List<Cost> costs = new ArrayList<>();
    for (YamlNode.Mapping item : items(f, "costs")) {
      Cost c = cost(item, what);
      if (c != null) {
        costs.add(c);
      }
    }
    List<Benefit> benefits = new ArrayList<>();
    for (YamlNode.Mapping item : items(f, "benefits")) {
      Benefit b = benefit(item, what);
      if (b != null) {
        benefits.add(b);
      }
    }
    if (id == null || start == null || end == null) {
      return null;
    }
    Project p =
        new Project(
            id, name, owner, block, stage, area, start, end, prices, costs, benefits, m.at(),
            priceYear);
    sources.put(p, f.locations());
    return p;
  }

  private static String id(String text) {
    return identifier(text, "an id");
  }

  /** An area is an id too: `North` and `north ` would miss the double count against `north`. */
  private static String area(String text) {
    return identifier(text, "an area");
  }

  /** {@code text} when it follows the id grammar; otherwise a located error with a fix. */
  static String identifier(String text, String what) {
    if (!ID.matcher(text).matches()) {
      String suggestion =
          text.strip()
              .toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-+|-+$", "");
      String problem =
          text.matches("[a-z0-9-]+")
              ? what + " must start with a letter or digit, found `" + text + "`"
              : what + " may use only a-z, 0-9 and `-`, found `" + text + "`";
      throw new BadValue(
          LoadRule.BAD_ID.code(),
          problem,
          suggestion.isEmpty() ? null : "for example `" + suggestion + "`");
    }
    return text;
  }

  /** The mappings of a list such as {@code costs:}; reports items that are not mappings. */
  private List<YamlNode.Mapping> items(Fields f, String key) {
    YamlNode n = f.node(key);
    List<YamlNode.Mapping> items = new ArrayList<>();
    if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
      return items;
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      f.error(
          n.at(),
          LoadRule.WRONG_TYPE.code(),
          "`" + key + "` should be a list of items (`- id: …`), found " + n.describe(),
          null);
      return items;
    }
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Mapping m) {
        items.add(m);
      } else {
        f.error(
            item.at(),
            LoadRule.WRONG_TYPE.code(),
            "each of `"
                + key
                + "` should be a mapping with `id:` and `profile:`, found "
                + item.describe(),
            null);
      }
    }
    return items;
  }

  private Cost cost(YamlNode.Mapping m, String project) {
    String itemId = peekId(m);
    Fields f =
        new Fields(
            m, itemId == null ? "a cost of " + project : "cost `" + itemId + "`", m.at(), out);
    f.rejectUnknown(COST_KEYS, Map.of());
    String id = f.value("id", true, ProjectMapper::id);
    Cost.Kind kind = f.choice("kind", Cost.Kind.class, true, LoadRule.BAD_VALUE.code());
    Uncertain ob = f.percentage("optimism_bias", null);
    Profile profile = profile(f);
    if (id == null || kind == null || profile == null) {
      return null;
    }
    Cost c = new Cost(id, kind, profile, ob, f.locations().get("id"));
    sources.put(c, f.locations());
    return c;
  }

  private static String peekId(YamlNode.Mapping m) {
    for (YamlNode.Entry e : m.entries()) {
      if (e.name().equals("id") && e.value() instanceof YamlNode.Scalar s && !s.isNull()) {
        return s.value();
      }
    }
    return null;
  }

  private Benefit benefit(YamlNode.Mapping m, String project) {
    String itemId = peekId(m);
    Fields f =
        new Fields(
            m,
            itemId == null ? "a benefit of " + project : "benefit `" + itemId + "`",
            m.at(),
            out);
    BenefitDetail.Type type =
        f.choice("type", BenefitDetail.Type.class, true, LoadRule.BAD_VALUE.code());
    Set<String> allowed = new LinkedHashSet<>(BENEFIT_KEYS);
    Map<String, String> elsewhere = new HashMap<>();
    for (BenefitDetail.Type kind : BenefitDetail.Type.values()) {
      for (BenefitKey k : kind.keys()) {
        if (kind == type || type == null) {
          allowed.add(k.name());
        } else {
          elsewhere.put(k.name(), "`" + kind.key() + "` benefits");
        }
      }
    }
    String typeText = type == null ? "" : " (a `" + type.key() + "` benefit)";
    new Fields(
            m, (itemId == null ? "a benefit" : "benefit `" + itemId + "`") + typeText, m.at(), out)
        .rejectUnknown(allowed, elsewhere);
    String id = f.value("id", true, ProjectMapper::id);
    Factors factors =
        new Factors(
            orDefault(f.percentage("deadweight", ALL), Uncertain.ZERO),
            orDefault(f.percentage("displacement", ALL), Uncertain.ZERO),
            orDefault(f.percentage("leakage", ALL), Uncertain.ZERO),
            orDefault(f.percentage("substitution", ALL), Uncertain.ZERO),
            orDefault(f.percentage("attribution", ALL), Uncertain.ONE),
            orDefault(f.percentage("optimism_bias", ALL), Uncertain.ZERO));
    Integer evidence = f.value("evidence", false, ProjectMapper::evidence);
    String confidence = f.value("confidence", false, ProjectMapper::confidence);
    String claim = f.text("claim", false);
    org.forcetotaliser.model.DiscountSchedule schedule =
        f.choice(
            "discount_schedule",
            org.forcetotaliser.model.DiscountSchedule.class,
            false,
            LoadRule.BAD_VALUE.code());
    BenefitDetail detail = type == null ? null : detail(type, f);
    Profile profile = profile(f);
    if (id == null || detail == null || profile == null) {
      return null;
    }
    Benefit b =
        new Benefit(
            id,
            detail,
            profile,
            factors,
            evidence,
            confidence,
            claim,
            f.locations().get("id"),
            schedule);
    sources.put(b, f.locations());
    return b;
  }

  private static Uncertain orDefault(Uncertain u, Uncertain d) {
    return u == null ? d : u;
  }

  private static Integer evidence(String text) {
    if (text.matches("[1-5]")) {
      return Integer.valueOf(text);
    }
    throw new BadValue(
        LoadRule.BAD_VALUE.code(),
        "expected a Maryland Scientific Methods Scale level 1 to 5, found `" + text + "`");
  }

  private static String confidence(String text) {
    if (CONFIDENCE.contains(text)) {
      return text;
    }
    throw new BadValue(
        LoadRule.BAD_VALUE.code(),
        "must be one of high, medium, low; found `" + text + "`",
        Values.didYouMean(text, CONFIDENCE));
  }

  /** The keys only {@code kind}'s benefits have, read as the kind says. */
  static BenefitDetail detail(BenefitKind kind, Fields f) {
    return kind.read(
        new BenefitKind.KeyReader() {
          private boolean required(String key) {
            BenefitKey k = kind.key(key);
            if (k == null) {
              throw new IllegalArgumentException(kind.key() + " has no key " + key);
            }
            return k.loaderRequires();
          }

          @Override
          public String text(String key) {
            return f.text(key, required(key));
          }

          @Override
          public <E extends Enum<E>> E choice(String key, Class<E> type) {
            return f.choice(key, type, required(key), LoadRule.BAD_VALUE.code());
          }

          @Override
          public Uncertain amount(String key) {
            return f.amount(key, required(key));
          }

          @Override
          public FinancialYear year(String key) {
            return f.year(key, required(key));
          }

          @Override
          public Boolean bool(String key) {
            if (required(key) && !f.has(key)) {
              f.missing(key, null);
              return null;
            }
            return f.bool(key);
          }
        });
  }

  /** The {@code profile:} of a cost or benefit. */
  private Profile profile(Fields owner) {
    YamlNode n = owner.node("profile");
    if (n == null) {
      owner.missing(
          "profile",
          "give amounts per period (`2025-26 Q1: 10`) or a rate " + "(`per_quarter: 10`)");
      return null;
    }
    if (!(n instanceof YamlNode.Mapping m)) {
      owner.error(
          n.at(),
          LoadRule.WRONG_TYPE.code(),
          "`profile` should be a mapping of periods or a rate, " + "found " + n.describe(),
          "for example `profile: { per_year: 100 }`");
      return null;
    }
    Location keyAt = owner.keyAt("profile");
    if (m.entries().isEmpty()) {
      owner.error(
          keyAt,
          LoadRule.MISSING_KEY.code(),
          "`profile` is empty",
          "give amounts per period " + "(`2025-26 Q1: 10`) or a rate (`per_quarter: 10`)");
      return null;
    }
    Fields f = new Fields(m, "the profile", keyAt, out);
    YamlNode.Entry firstRate = null;
    YamlNode.Entry firstPeriod = null;
    Map<Object, Uncertain> entries = new LinkedHashMap<>();
    Map<Object, Location> locations = new LinkedHashMap<>();
    Map<Object, Location> seen = new HashMap<>();
    boolean ok = true;
    for (YamlNode.Entry e : m.entries()) {
      String k = e.name();
      if (RATE_KEYS.contains(k)) {
        firstRate = firstRate == null ? e : firstRate;
        continue;
      }
      if (k.isEmpty() || !Character.isDigit(k.charAt(0))) {
        f.error(
            e.key().at(),
            LoadRule.UNKNOWN_KEY.code(),
            "unknown key `" + k + "` in the profile",
            hintForProfileKey(k));
        ok = false;
        continue;
      }
      Object period;
      try {
        period = Values.period(k);
      } catch (BadValue b) {
        // a key that is no period is reported as such, and does not also make the profile
        // "mixed": `{ per_year: £120,000 }` is a rate cut at its comma
        f.error(e.key().at(), b.rule, "profile: " + b.getMessage(), b.hint);
        ok = false;
        continue;
      }
      firstPeriod = firstPeriod == null ? e : firstPeriod;
      Location before = seen.putIfAbsent(period, e.key().at());
      if (before != null) {
        f.error(
            e.key().at(),
            LoadRule.DUPLICATE_KEY.code(),
            "period "
                + period
                + " is given twice in the profile; the first is on line "
                + before.line(),
            "remove one of them");
        ok = false;
        continue;
      }
      Uncertain q = quantity(e, f);
      if (q == null) {
        ok = false;
        continue;
      }
      if (!insideProject(period, e.key().at(), f)) {
        ok = false;
        continue;
      }
      entries.put(period, q);
      locations.put(period, e.key().at());
    }
    if (firstRate != null && firstPeriod != null) {
      YamlNode.Entry later =
          firstRate.key().at().compareTo(firstPeriod.key().at()) > 0 ? firstRate : firstPeriod;
      f.error(
          later.key().at(),
          LoadRule.MIXED_PROFILE.code(),
          "a profile is either amounts per period or a "
              + "rate, not both: `"
              + later.name()
              + "` cannot be mixed with `"
              + (later == firstRate ? firstPeriod : firstRate).name()
              + "`",
          "split it into two items, or write every period out");
      return null;
    }
    if (firstRate != null) {
      return ok ? rate(f) : null;
    }
    return ok ? new Profile.Explicit(entries, locations) : null;
  }

  private static String hintForProfileKey(String k) {
    String h = Values.didYouMean(k, RATE_KEYS);
    return h != null
        ? h
        : "a profile key is a quarter (`2025-26 Q1`), a year (`2025-26`), "
            + "or one of "
            + String.join(", ", RATE_KEYS);
  }

  private Uncertain quantity(YamlNode.Entry e, Fields f) {
    String key = e.name();
    YamlNode v = e.value();
    if (v instanceof YamlNode.Mapping rm) {
      return Fields.rangeMapping(key, e.key().at(), rm, Values::nonNegative, "the profile", out);
    }
    if (!(v instanceof YamlNode.Scalar s) || s.isNull()) {
      f.error(
          v.at(),
          LoadRule.WRONG_TYPE.code(),
          "`" + key + "` should be a number, found " + v.describe(),
          null);
      return null;
    }
    try {
      return Values.uncertainAmount(s.value());
    } catch (BadValue b) {
      f.error(s.at(), b.rule, "`" + key + "`: " + b.getMessage(), b.hint);
      return null;
    }
  }

  private boolean insideProject(Object period, Location at, Fields f) {
    return insideProject(period, at, f, null);
  }

  /** Whether a profile period lies within the project; {@code key} names a from/to key. */
  private boolean insideProject(Object period, Location at, Fields f, String key) {
    if (start == null || end == null) {
      return true;
    }
    if (period instanceof Quarter q) {
      if (q.isBefore(start) || q.isAfter(end)) {
        f.error(
            at,
            LoadRule.PROFILE_OUTSIDE_PROJECT.code(),
            (key == null ? "profile quarter " : "profile `" + key + "` ")
                + q
                + " is outside the project, which runs "
                + start
                + " to "
                + end,
            null);
        return false;
      }
      return true;
    }
    FinancialYear y = (FinancialYear) period;
    for (int i = 1; i <= 4; i++) {
      Quarter q = y.quarter(i);
      if (!q.isBefore(start) && !q.isAfter(end)) {
        return true;
      }
    }
    f.error(
        at,
        LoadRule.PROFILE_OUTSIDE_PROJECT.code(),
        "profile year "
            + y
            + " has no quarter inside the project, which runs "
            + start
            + " to "
            + end,
        null);
    return false;
  }

  private Profile rate(Fields f) {
    boolean perYear = f.has("per_year");
    if (perYear && f.has("per_quarter")) {
      f.error(
          f.keyAt("per_year"),
          LoadRule.MIXED_PROFILE.code(),
          "a profile has `per_quarter` or `per_year`, not both",
          null);
      return null;
    }
    if (!perYear && !f.has("per_quarter")) {
      String first = f.has("from") ? "from" : f.has("to") ? "to" : "drop_off";
      f.error(
          f.keyAt(first),
          LoadRule.MISSING_KEY.code(),
          "a profile with `" + first + "` needs a rate: `per_quarter` or `per_year`",
          null);
      return null;
    }
    String key = perYear ? "per_year" : "per_quarter";
    Uncertain amount = f.amount(key, true);
    Quarter from = f.quarter("from", false);
    Quarter to = f.quarter("to", false);
    Uncertain dropOff = f.percentage("drop_off", ALL);
    boolean ok =
        amount != null
            && (from != null || !f.has("from"))
            && (to != null || !f.has("to"))
            && (dropOff != null || !f.has("drop_off"));
    if (from != null && !insideProject(from, f.locations().get("from"), f, "from")) {
      ok = false;
    }
    if (to != null && !insideProject(to, f.locations().get("to"), f, "to")) {
      ok = false;
    }
    if (ok && from != null && to != null && to.isBefore(from)) {
      f.error(
          f.locations().get("to"),
          LoadRule.END_BEFORE_START.code(),
          "profile `to` " + to + " is before `from` " + from,
          null);
      ok = false;
    }
    return ok ? new Profile.Rate(amount, perYear, from, to, dropOff) : null;
  }
}

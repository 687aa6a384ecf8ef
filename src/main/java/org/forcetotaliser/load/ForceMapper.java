package org.forcetotaliser.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forcetotaliser.model.Accept;
import org.forcetotaliser.model.CrimeCost;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.DiscountSchedule;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.HarmIndex;
import org.forcetotaliser.model.HourlyRate;
import org.forcetotaliser.model.IndexSettings;
import org.forcetotaliser.model.Keyed;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Offence;
import org.forcetotaliser.model.Tolerance;

/**
 * Maps the located tree of force.yaml (README "Files"; `totaliser schema force` lists every key)
 * into {@link ForceSettings}, reporting every problem. Keys that are wrong fall back to their
 * defaults so that the projects can still be checked.
 */
final class ForceMapper {

  static final Set<String> FORCE_KEYS =
      new LinkedHashSet<>(
          List.of(
              "force",
              "financial_year_start",
              "price_base",
              "force_area",
              "discount_year",
              "discount_schedule",
              "harm_index",
              "crime_cost_components",
              "scale_recorded_to_all",
              "fte_hours",
              "tolerance",
              "rates",
              "offences",
              "index",
              "accept"));
  static final Set<String> ACCEPT_KEYS =
      new LinkedHashSet<>(List.of("rule", "project", "item", "offence", "reason"));
  static final Set<String> RATE_KEYS =
      new LinkedHashSet<>(List.of("per_hour", "price_year", "source", "label"));
  static final Set<String> OFFENCE_KEYS =
      new LinkedHashSet<>(
          List.of(
              "ho_code", "offence", "css_weight", "cost_category", "cchi_subgroup", "ons_group"));
  static final Set<String> TOLERANCE_KEYS = new LinkedHashSet<>(List.of("green", "amber"));

  private final List<Diagnostic> out;
  private final SourceMap sources;

  private ForceMapper(List<Diagnostic> out, SourceMap sources) {
    this.out = out;
    this.sources = sources;
  }

  static ForceSettings map(String file, YamlNode root, List<Diagnostic> out, SourceMap sources) {
    return new ForceMapper(out, sources).settings(file, root);
  }

  private ForceSettings settings(String file, YamlNode root) {
    if (!(root instanceof YamlNode.Mapping m)) {
      out.add(
          Diagnostic.error(
              root.at(),
              LoadRule.WRONG_TYPE.code(),
              "force.yaml should be a mapping of settings such as `force:`, found "
                  + root.describe()));
      return ForceSettings.builder().location(Location.ofFile(file)).build();
    }
    Fields f = new Fields(m, "force.yaml", m.at(), out);
    f.rejectUnknown(FORCE_KEYS, Map.of());
    String force = f.text("force", false);
    Integer month = f.value("financial_year_start", false, ForceMapper::month);
    FinancialYear priceBase = f.year("price_base", false);
    FinancialYear discountYear = f.year("discount_year", false);
    DiscountSchedule schedule =
        f.choice("discount_schedule", DiscountSchedule.class, false, LoadRule.BAD_VALUE.code());
    HarmIndex harm = f.choice("harm_index", HarmIndex.class, false, LoadRule.BAD_VALUE.code());
    Set<CrimeCost.CostComponent> components = components(f);
    Boolean scale = f.bool("scale_recorded_to_all");
    BigDecimal fte = f.value("fte_hours", false, ForceMapper::positive);
    Tolerance tolerance = tolerance(f);
    Map<String, HourlyRate> rates = rates(f);
    List<Offence> offences = offences(f);
    FiscalCalendar calendar = month == null ? null : new FiscalCalendar(month);
    IndexSettings index = IndexMapper.map(f, calendar, out);
    List<Accept> accepts = accepts(f, file);
    ForceSettings s =
        new ForceSettings(
            force,
            calendar,
            priceBase,
            discountYear,
            schedule,
            harm,
            components,
            scale != null && scale,
            fte,
            tolerance,
            rates,
            offences,
            new Location(file, m.at().line(), m.at().column()),
            index,
            null,
            accepts);
    sources.put(s, f.locations());
    return s;
  }

  private static Integer month(String text) {
    if (text.matches("[0-9]{1,2}")) {
      int m = Integer.parseInt(text);
      if (m >= 1 && m <= 12) {
        return m;
      }
    }
    throw new BadValue(
        LoadRule.BAD_VALUE.code(),
        "expected a month number 1 to 12 (4 = April), found `" + text + "`");
  }

  private static BigDecimal positive(String text) {
    BigDecimal d = Values.decimal(text);
    if (d.signum() <= 0) {
      throw new BadValue(
          LoadRule.BAD_VALUE.code(), "expected a number above 0, found `" + text + "`");
    }
    return d;
  }

  private Set<CrimeCost.CostComponent> components(Fields f) {
    YamlNode n = f.node("crime_cost_components");
    if (n == null) {
      return null;
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      f.error(
          n.at(),
          LoadRule.WRONG_TYPE.code(),
          "`crime_cost_components` should be a list such as "
              + "`[consequence, response]`, found "
              + n.describe(),
          null);
      return null;
    }
    Set<CrimeCost.CostComponent> set = EnumSet.noneOf(CrimeCost.CostComponent.class);
    List<String> keys = new ArrayList<>();
    for (CrimeCost.CostComponent c : CrimeCost.CostComponent.values()) {
      keys.add(Keyed.key(c));
    }
    for (YamlNode item : seq.items()) {
      CrimeCost.CostComponent c =
          item instanceof YamlNode.Scalar s
              ? Keyed.fromKey(CrimeCost.CostComponent.class, s.value())
              : null;
      if (c == null) {
        String found = item.describe();
        f.error(
            item.at(),
            LoadRule.BAD_VALUE.code(),
            "`crime_cost_components` may list " + String.join(", ", keys) + "; found " + found,
            item instanceof YamlNode.Scalar s ? Values.didYouMean(s.value(), keys) : null);
      } else {
        set.add(c);
      }
    }
    return set;
  }

  private Tolerance tolerance(Fields f) {
    YamlNode n = f.node("tolerance");
    if (n == null) {
      return null;
    }
    if (!(n instanceof YamlNode.Mapping m)) {
      f.error(
          n.at(),
          LoadRule.WRONG_TYPE.code(),
          "`tolerance` should be a mapping such as "
              + "`{ green: 90%, amber: 70% }`, found "
              + n.describe(),
          null);
      return null;
    }
    Fields t = new Fields(m, "`tolerance`", f.keyAt("tolerance"), out);
    t.rejectUnknown(TOLERANCE_KEYS, Map.of());
    BigDecimal green = t.value("green", false, ForceMapper::tolerancePercent);
    BigDecimal amber = t.value("amber", false, ForceMapper::tolerancePercent);
    if ((t.has("green") && green == null) || (t.has("amber") && amber == null)) {
      return null;
    }
    green = green == null ? Tolerance.DEFAULT.green() : green;
    amber = amber == null ? Tolerance.DEFAULT.amber() : amber;
    if (amber.compareTo(green) > 0) {
      t.error(
          t.has("amber") ? t.locations().get("amber") : t.anchor(),
          LoadRule.BAD_RANGE.code(),
          "`tolerance`: amber ("
              + amber.toPlainString()
              + "%) is above green ("
              + green.toPlainString()
              + "%)",
          null);
      return null;
    }
    return new Tolerance(green, amber);
  }

  /**
   * A threshold in the percentage grammar of every other percentage (docs/method.md §4): {@code
   * 90%} or the fraction {@code 0.9}, returned in percent (90). A plain {@code 90} is 9000 % and an
   * error, with the hint to write {@code 90%}.
   */
  private static BigDecimal tolerancePercent(String text) {
    return Values.boundedPercentage(text, BigDecimal.ONE)
        .multiply(new BigDecimal(100))
        .stripTrailingZeros();
  }

  private Map<String, HourlyRate> rates(Fields f) {
    Map<String, HourlyRate> rates = new LinkedHashMap<>();
    YamlNode n = f.node("rates");
    if (n == null) {
      return rates;
    }
    if (!(n instanceof YamlNode.Mapping m)) {
      f.error(
          n.at(),
          LoadRule.WRONG_TYPE.code(),
          "`rates` should be a mapping of roles, found " + n.describe(),
          null);
      return rates;
    }
    for (YamlNode.Entry e : m.entries()) {
      String role = e.name();
      if (!ProjectMapper.ID.matcher(role).matches()) {
        f.error(
            e.key().at(),
            LoadRule.BAD_ID.code(),
            "a role may use only a-z, 0-9 and `-`, found `" + role + "`",
            null);
        continue;
      }
      if (!(e.value() instanceof YamlNode.Mapping rm)) {
        f.error(
            e.value().at(),
            LoadRule.WRONG_TYPE.code(),
            "rate `"
                + role
                + "` should be a mapping such as "
                + "`{ per_hour: 38.43, price_year: 2013-14 }`, found "
                + e.value().describe(),
            null);
        continue;
      }
      Fields r = new Fields(rm, "rate `" + role + "`", e.key().at(), out);
      r.rejectUnknown(RATE_KEYS, Map.of());
      BigDecimal perHour = r.value("per_hour", true, Values::nonNegative);
      FinancialYear year = r.year("price_year", true);
      String source = r.text("source", false);
      String label = r.text("label", false);
      if (perHour != null && year != null) {
        HourlyRate rate =
            new HourlyRate(
                role,
                label == null ? role : label,
                perHour,
                year,
                source == null ? "force.yaml" : source);
        Map<String, Location> at = new LinkedHashMap<>(r.locations());
        at.put("role", e.key().at());
        sources.put(rate, at);
        rates.put(role, rate);
      }
    }
    return rates;
  }

  /** The {@code accept:} entries: known warnings accepted with a reason (docs/method.md §9a). */
  private List<Accept> accepts(Fields f, String file) {
    List<Accept> accepts = new ArrayList<>();
    YamlNode n = f.node("accept");
    if (n == null || n instanceof YamlNode.Scalar sc && sc.isNull()) {
      return accepts;
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      f.error(
          n.at(),
          "wrong-type",
          "`accept` should be a list of entries such as "
              + "`- { rule: not-costed, offence: 10D, reason: \"…\" }`, found "
              + n.describe(),
          null);
      return accepts;
    }
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Mapping am)) {
        f.error(
            item.at(),
            "wrong-type",
            "each of `accept` should be a mapping with `rule:` and "
                + "`reason:`, found "
                + item.describe(),
            null);
        continue;
      }
      Fields a = new Fields(am, "an `accept` entry", am.at(), out);
      a.rejectUnknown(ACCEPT_KEYS, Map.of());
      String rule = a.text("rule", true);
      String reason = a.text("reason", true);
      String project = a.text("project", false);
      String itemId = a.text("item", false);
      String offence = a.text("offence", false);
      if (rule != null && reason != null) {
        accepts.add(
            new Accept(
                rule,
                project,
                itemId,
                offence,
                reason,
                new Location(file, am.at().line(), am.at().column())));
      }
    }
    return accepts;
  }

  private List<Offence> offences(Fields f) {
    List<Offence> offences = new ArrayList<>();
    YamlNode n = f.node("offences");
    if (n == null) {
      return offences;
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      f.error(
          n.at(),
          LoadRule.WRONG_TYPE.code(),
          "`offences` should be a list of offences, found " + n.describe(),
          null);
      return offences;
    }
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Mapping om)) {
        f.error(
            item.at(),
            LoadRule.WRONG_TYPE.code(),
            "each of `offences` should be a mapping with `ho_code:`, " + "found " + item.describe(),
            null);
        continue;
      }
      Fields o = new Fields(om, "an offence in force.yaml", om.at(), out);
      o.rejectUnknown(OFFENCE_KEYS, Map.of());
      String code = o.text("ho_code", true);
      String label = o.text("offence", true);
      BigDecimal css = o.value("css_weight", true, Values::nonNegative);
      String category = o.text("cost_category", false);
      String cchi = o.text("cchi_subgroup", true);
      String group = o.text("ons_group", false);
      if (code != null && label != null && css != null && cchi != null) {
        Offence off = new Offence(code, label, group, css, category, cchi);
        sources.put(off, o.locations());
        offences.add(off);
      }
    }
    return offences;
  }
}

package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.IndexIndicator;
import org.forcetotaliser.model.IndexSettings;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.NationalData;
import org.forcetotaliser.model.ReportRule;
import org.forcetotaliser.model.SeriesKey;
import org.forcetotaliser.model.Spelling;
import org.forcetotaliser.model.YearEnding;

/**
 * The Prevention Index (docs/method.md §Prevention Index; docs/method.md §Prevention Index): each
 * indicator's change and improvement for the force and its comparators, the gap to the comparators'
 * mean, the rank, and the composite index, a weighted geometric mean of the ratios. Stateless and
 * pure.
 */
public final class PreventionIndex {

  private static final BigDecimal THOUSAND = new BigDecimal(1000);
  private static final BigDecimal HUNDRED = new BigDecimal(100);

  /** Improvements equal to this many places share a rank (division leaves 34 digits). */
  private static final int TIE_PLACES = 20;

  /** Indices equal to this many places share a rank (logarithms are in double precision). */
  private static final int INDEX_TIE_PLACES = 8;

  public static final String RATE_UNIT = "offences per 1,000 residents";

  private PreventionIndex() {}

  /** The index, or the errors that stop it (each located where the user can fix it). */
  public record Outcome(IndexResult result, List<Diagnostic> errors) {
    public Outcome {
      errors = List.copyOf(errors);
    }
  }

  /** One indicator as computed: where its values come from. */
  private record Series(
      IndexSettings.Indicator spec,
      IndexIndicator bundled,
      Map<SeriesKey, BigDecimal> supplied,
      String label,
      IndexSettings.Better better) {
    boolean isRate() {
      return bundled != null;
    }
  }

  /** The indicators an index uses when force.yaml lists none: the bundled default five. */
  public static List<IndexSettings.Indicator> defaults(NationalData data, Location at) {
    List<IndexSettings.Indicator> out = new ArrayList<>();
    for (IndexIndicator i : data.indicators()) {
      if (i.isDefault()) {
        out.add(new IndexSettings.Indicator(i.id(), BigDecimal.ONE, null, null, at));
      }
    }
    return out;
  }

  /**
   * Computes the index of {@code settings.forceArea()} (which must be set).
   *
   * @param settings force.yaml's settings with any command-line overrides applied
   */
  public static Outcome compute(NationalData data, IndexSettings settings) {
    List<Diagnostic> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    IndexSettings.Located<String> forceAt = settings.forceArea();
    String force = forceAt.value();
    if (data.area(force) == null) {
      errors.add(
          Diagnostic.of(
              forceAt.at(),
              LoadRule.UNKNOWN_FORCE_AREA,
              "no territorial force area `" + force + "`"));
      return new Outcome(null, errors);
    }
    List<IndexSettings.Indicator> specs =
        settings.indicators().isEmpty() ? defaults(data, forceAt.at()) : settings.indicators();
    List<Series> series = new ArrayList<>();
    for (IndexSettings.Indicator spec : specs) {
      Series s = series(data, spec, errors);
      if (s != null) {
        series.add(s);
      }
    }
    if (!errors.isEmpty()) {
      return new Outcome(null, errors);
    }
    Values values = new Values(data);
    // the periods: those given must exist; by default the earliest and latest at which the
    // force has every indicator
    TreeSet<YearEnding> known = new TreeSet<>();
    for (Series s : series) {
      if (s.isRate()) {
        data.counts().keySet().stream()
            .filter(k -> k.indicator().equals(s.bundled().id()))
            .forEach(k -> known.add(k.period()));
      } else {
        s.supplied().keySet().forEach(k -> known.add(k.period()));
      }
    }
    for (IndexSettings.Located<YearEnding> p :
        new ArrayList<>(java.util.Arrays.asList(settings.baseline(), settings.current()))) {
      if (p != null && !known.contains(p.value())) {
        List<String> names = known.stream().map(YearEnding::toString).toList();
        errors.add(
            Diagnostic.of(
                    p.at(),
                    ReportRule.UNKNOWN_INDEX_PERIOD,
                    "no figures for " + p.value() + "; the periods are " + String.join(", ", names))
                .withHint(nearestPeriods(p.value(), known)));
      }
    }
    if (!errors.isEmpty()) {
      return new Outcome(null, errors);
    }
    List<YearEnding> complete = new ArrayList<>();
    for (YearEnding p : known) {
      if (series.stream().allMatch(s -> values.value(s, force, p) != null)) {
        complete.add(p);
      }
    }
    YearEnding baseline =
        settings.baseline() != null
            ? settings.baseline().value()
            : complete.isEmpty() ? null : complete.get(0);
    YearEnding current =
        settings.current() != null
            ? settings.current().value()
            : complete.isEmpty() ? null : complete.get(complete.size() - 1);
    Location periodsAt = settings.at();
    if (baseline == null || current == null || !baseline.isBefore(current)) {
      if (settings.baseline() != null && current != null && !baseline.isBefore(current)) {
        errors.add(
            Diagnostic.of(
                settings.baseline().at(),
                LoadRule.BAD_RANGE,
                "the baseline " + baseline + " is not before the current period " + current));
      } else {
        errors.add(
            Diagnostic.of(
                periodsAt,
                ReportRule.MISSING_INDEX_VALUE,
                force
                    + " has every "
                    + "indicator in "
                    + (complete.isEmpty() ? "no period" : "only " + complete.get(0))
                    + ": an index needs a baseline and a later period"));
      }
      return new Outcome(null, errors);
    }
    for (Series s : series) {
      for (YearEnding p : List.of(baseline, current)) {
        BigDecimal v = values.value(s, force, p);
        if (v == null) {
          errors.add(
              Diagnostic.of(
                  s.spec().at(),
                  ReportRule.MISSING_INDEX_VALUE,
                  force
                      + " has no "
                      + "value of `"
                      + s.spec().id()
                      + "` for "
                      + p
                      + values.why(s, force, p)));
        } else if (v.signum() == 0 && p.equals(baseline)) {
          errors.add(
              Diagnostic.of(
                  s.spec().at(),
                  ReportRule.MISSING_INDEX_VALUE,
                  force
                      + " has "
                      + "`"
                      + s.spec().id()
                      + "` of 0 at baseline "
                      + p
                      + ": a change from 0 has no "
                      + "ratio"));
        } else if (v.signum() == 0) {
          errors.add(
              Diagnostic.of(
                  s.spec().at(),
                  ReportRule.MISSING_INDEX_VALUE,
                  force
                      + " has "
                      + "`"
                      + s.spec().id()
                      + "` of 0 in "
                      + p
                      + ": a ratio to 0 has no logarithm"));
        }
      }
    }
    if (!errors.isEmpty()) {
      return new Outcome(null, errors);
    }
    // the comparators
    List<String> comparators = new ArrayList<>();
    Map<String, BigDecimal> distances = new LinkedHashMap<>();
    IndexSettings.Comparators cs =
        settings.comparators() != null
            ? settings.comparators()
            : new IndexSettings.Nearest(7, settings.at());
    if (cs instanceof IndexSettings.Listed listed) {
      for (IndexSettings.Located<String> id : listed.ids()) {
        if (data.area(id.value()) == null) {
          errors.add(
              Diagnostic.of(
                  id.at(),
                  LoadRule.UNKNOWN_FORCE_AREA,
                  "no territorial force area `" + id.value() + "`"));
        } else if (id.value().equals(force)) {
          errors.add(
              Diagnostic.of(
                  id.at(),
                  LoadRule.BAD_COMPARATORS,
                  "`" + force + "` is this force's own area, not a comparator"));
        } else if (!comparators.contains(id.value())) {
          comparators.add(id.value());
        }
      }
      if (!errors.isEmpty()) {
        return new Outcome(null, errors);
      }
    } else {
      IndexSettings.Nearest n = (IndexSettings.Nearest) cs;
      nearest(data, values, series, force, baseline, n.k(), comparators, distances, notes);
    }
    // population notes, once per period
    for (YearEnding p : List.of(baseline, current)) {
      if (series.stream().anyMatch(Series::isRate)) {
        Integer used = values.populationYear(force, p);
        if (used != null && used != p.startYear()) {
          notes.add(
              "population-carried-forward: "
                  + p
                  + " starts in "
                  + p.startYear()
                  + " and the mid-"
                  + p.startYear()
                  + " population estimate is not bundled, so "
                  + "rates for "
                  + p
                  + " use the mid-"
                  + used
                  + " estimate, the latest earlier "
                  + "one");
        }
      }
    }
    List<String> s = new ArrayList<>();
    s.add(force);
    s.addAll(comparators);
    // per indicator
    List<IndexResult.IndicatorRow> rows = new ArrayList<>();
    Map<String, Double> logSum = new LinkedHashMap<>();
    Map<String, Boolean> complete2 = new LinkedHashMap<>();
    for (String h : s) {
      logSum.put(h, 0.0);
      complete2.put(h, true);
    }
    double weights = 0;
    for (Series se : series) {
      weights += se.spec().weight().doubleValue();
      Map<String, IndexResult.ForceValues> byForce = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (String h : s) {
        BigDecimal b = values.value(se, h, baseline);
        BigDecimal c = values.value(se, h, current);
        if (b == null || c == null || b.signum() == 0 || c.signum() == 0) {
          byForce.put(h, new IndexResult.ForceValues(b, c, null));
          missing.add(h);
          complete2.put(h, false);
          continue;
        }
        BigDecimal change = Decimals.divide(c.subtract(b), b);
        BigDecimal improvement =
            se.better() == IndexSettings.Better.LOWER ? change.negate() : change;
        byForce.put(h, new IndexResult.ForceValues(b, c, improvement));
        double ratio =
            se.better() == IndexSettings.Better.LOWER
                ? Decimals.divide(b, c).doubleValue()
                : Decimals.divide(c, b).doubleValue();
        logSum.merge(h, se.spec().weight().doubleValue() * Math.log(ratio), Double::sum);
      }
      if (!missing.isEmpty()) {
        notes.add(
            "`"
                + se.spec().id()
                + "`: no usable value at "
                + baseline
                + " or "
                + current
                + " for "
                + String.join(", ", missing)
                + ", left out of this "
                + "indicator's comparator mean and rank, and without a composite index");
      }
      BigDecimal mine = byForce.get(force).improvement();
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal sumBase = BigDecimal.ZERO;
      BigDecimal sumCur = BigDecimal.ZERO;
      int n = 0;
      int better = 0;
      int of = 0;
      for (String h : s) {
        BigDecimal imp = byForce.get(h).improvement();
        if (imp == null) {
          continue;
        }
        of++;
        if (tie(imp).compareTo(tie(mine)) > 0) {
          better++;
        }
        if (!h.equals(force)) {
          sum = sum.add(imp);
          sumBase = sumBase.add(byForce.get(h).baseline());
          sumCur = sumCur.add(byForce.get(h).current());
          n++;
        }
      }
      BigDecimal count = new BigDecimal(n);
      BigDecimal mean = n == 0 ? null : Decimals.divide(sum, count);
      BigDecimal gap = mean == null ? null : mine.subtract(mean).multiply(HUNDRED);
      rows.add(
          new IndexResult.IndicatorRow(
              se.spec().id(),
              se.label(),
              se.better(),
              se.spec().weight(),
              se.isRate() ? RATE_UNIT : "as supplied",
              byForce.get(force).baseline(),
              byForce.get(force).current(),
              mine,
              mean,
              n == 0 ? null : Decimals.divide(sumBase, count),
              n == 0 ? null : Decimals.divide(sumCur, count),
              gap,
              better + 1,
              of,
              byForce));
    }
    Map<String, BigDecimal> indices = new LinkedHashMap<>();
    for (String h : s) {
      indices.put(
          h, complete2.get(h) ? BigDecimal.valueOf(100 * Math.exp(logSum.get(h) / weights)) : null);
    }
    Map<String, Integer> ranks = new LinkedHashMap<>();
    for (String h : s) {
      BigDecimal v = indices.get(h);
      if (v == null) {
        ranks.put(h, null);
        continue;
      }
      int above = 0;
      for (BigDecimal w : indices.values()) {
        if (w != null && indexTie(w).compareTo(indexTie(v)) > 0) {
          above++;
        }
      }
      ranks.put(h, above + 1);
    }
    BigDecimal mine = indices.get(force);
    int higher = 0;
    int of = 0;
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (String h : s) {
      BigDecimal v = indices.get(h);
      if (v == null) {
        continue;
      }
      of++;
      if (v.setScale(INDEX_TIE_PLACES, RoundingMode.HALF_EVEN)
              .compareTo(mine.setScale(INDEX_TIE_PLACES, RoundingMode.HALF_EVEN))
          > 0) {
        higher++;
      }
      if (!h.equals(force)) {
        sum = sum.add(v);
        n++;
      }
    }
    IndexResult.Composite composite =
        new IndexResult.Composite(
            mine,
            n == 0 ? null : Decimals.divide(sum, new BigDecimal(n)),
            higher + 1,
            of,
            indices,
            ranks);
    return new Outcome(
        new IndexResult(
            force,
            baseline,
            current,
            comparators,
            cs instanceof IndexSettings.Nearest,
            distances,
            composite,
            rows,
            notes),
        errors);
  }

  private static BigDecimal indexTie(BigDecimal v) {
    return v.setScale(INDEX_TIE_PLACES, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal tie(BigDecimal v) {
    return v.setScale(TIE_PLACES, RoundingMode.HALF_EVEN);
  }

  private static String nearestPeriods(YearEnding p, TreeSet<YearEnding> known) {
    List<YearEnding> sorted = new ArrayList<>(known);
    int target = p.year() * 12 + p.month();
    sorted.sort(
        Comparator.comparingInt((YearEnding k) -> Math.abs(k.year() * 12 + k.month() - target))
            .thenComparing(Comparator.naturalOrder()));
    List<String> near = sorted.stream().limit(2).map(k -> "`" + k + "`").toList();
    return near.isEmpty() ? null : "did you mean " + String.join(" or ", near) + "?";
  }

  private static Series series(
      NationalData data, IndexSettings.Indicator spec, List<Diagnostic> errors) {
    IndexIndicator bundled = data.indicator(spec.id());
    IndexSettings.Better better =
        spec.better() != null ? spec.better() : IndexSettings.Better.LOWER;
    if (spec.source() != null) {
      String file = null;
      String wanted = spec.source().replace('\\', '/');
      wanted = wanted.startsWith("./") ? wanted.substring(2) : wanted;
      for (String f : data.supplied().keySet()) {
        if (f.equals(wanted) || f.endsWith("/" + wanted)) {
          file = f;
        }
      }
      if (file == null) {
        errors.add(
            Diagnostic.of(
                spec.at(),
                ReportRule.UNKNOWN_INDICATOR,
                "`"
                    + spec.id()
                    + "`: no file `"
                    + spec.source()
                    + "` among the indicators files ("
                    + (data.supplied().isEmpty()
                        ? "there are none"
                        : String.join(", ", data.supplied().keySet()))
                    + ")"));
        return null;
      }
      Map<SeriesKey, BigDecimal> values = only(data.supplied().get(file), spec.id());
      if (values.isEmpty()) {
        errors.add(
            Diagnostic.of(
                spec.at(),
                ReportRule.UNKNOWN_INDICATOR,
                "`" + spec.id() + "`: " + file + " has no rows for this indicator"));
        return null;
      }
      return new Series(spec, null, values, spec.id(), better);
    }
    if (bundled != null) {
      return new Series(spec, bundled, Map.of(), bundled.label(), better);
    }
    Map<SeriesKey, BigDecimal> values = new LinkedHashMap<>();
    for (Map<SeriesKey, BigDecimal> file : data.supplied().values()) {
      only(file, spec.id()).forEach(values::putIfAbsent);
    }
    if (values.isEmpty()) {
      List<String> names = new ArrayList<>();
      data.indicators().forEach(i -> names.add(i.id()));
      data.supplied()
          .values()
          .forEach(
              f ->
                  f.keySet()
                      .forEach(
                          k -> {
                            if (!names.contains(k.indicator())) {
                              names.add(k.indicator());
                            }
                          }));
      errors.add(
          Diagnostic.of(
                  spec.at(),
                  ReportRule.UNKNOWN_INDICATOR,
                  "no indicator `"
                      + spec.id()
                      + "`: it is neither bundled nor in the indicators files; `totaliser index "
                      + "--list-indicators` lists them")
              .withHint(hint(spec.id(), names)));
      return null;
    }
    return new Series(spec, null, values, spec.id(), better);
  }

  /** "did you mean" over names, as the loader words it; no I/O here, so done by hand. */
  private static String hint(String word, List<String> names) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String n : names) {
      int d = n.contains(word) || word.contains(n) ? 0 : Spelling.distance(word, n);
      if (d < bestD) {
        bestD = d;
        best = n;
      }
    }
    return best != null && bestD <= Math.max(2, word.length() / 2)
        ? "did you mean `" + best + "`?"
        : null;
  }

  private static Map<SeriesKey, BigDecimal> only(Map<SeriesKey, BigDecimal> file, String id) {
    Map<SeriesKey, BigDecimal> out = new LinkedHashMap<>();
    file.forEach(
        (k, v) -> {
          if (k.indicator().equals(id)) {
            out.put(k, v);
          }
        });
    return out;
  }

  /**
   * The k forces nearest to {@code force} at baseline: Euclidean distance between z-scored natural
   * logs of the baseline rates of the index's bundled indicators (or the default five), over every
   * territorial force but City of London; ties by ONS code.
   */
  private static void nearest(
      NationalData data,
      Values values,
      List<Series> series,
      String force,
      YearEnding baseline,
      int k,
      List<String> comparators,
      Map<String, BigDecimal> distances,
      List<String> notes) {
    List<Series> features = series.stream().filter(Series::isRate).toList();
    if (features.isEmpty()) {
      features = new ArrayList<>();
      for (IndexSettings.Indicator d : defaults(data, Location.ofFile("force.yaml"))) {
        features.add(
            new Series(
                d,
                data.indicator(d.id()),
                Map.of(),
                data.indicator(d.id()).label(),
                IndexSettings.Better.LOWER));
      }
    }
    List<ForceArea> pool = new ArrayList<>();
    List<String> left = new ArrayList<>();
    Map<String, double[]> logs = new LinkedHashMap<>();
    for (ForceArea a : data.areas()) {
      if (a.code().equals(ForceArea.CITY_OF_LONDON)) {
        continue;
      }
      double[] x = new double[features.size()];
      boolean ok = true;
      for (int i = 0; i < features.size(); i++) {
        BigDecimal v = values.value(features.get(i), a.id(), baseline);
        if (v == null || v.signum() <= 0) {
          ok = false;
          break;
        }
        x[i] = Math.log(v.doubleValue());
      }
      if (ok) {
        pool.add(a);
        logs.put(a.id(), x);
      } else {
        left.add(a.id());
      }
    }
    int dims = features.size();
    double[] mean = new double[dims];
    double[] sd = new double[dims];
    for (double[] x : logs.values()) {
      for (int i = 0; i < dims; i++) {
        mean[i] += x[i] / logs.size();
      }
    }
    for (double[] x : logs.values()) {
      for (int i = 0; i < dims; i++) {
        sd[i] += (x[i] - mean[i]) * (x[i] - mean[i]) / logs.size();
      }
    }
    for (int i = 0; i < dims; i++) {
      sd[i] = Math.sqrt(sd[i]);
    }
    double[] me = logs.get(force);
    if (me == null) {
      // City of London, or a force without every feature: z-scored against the pool
      me = new double[dims];
      for (int i = 0; i < dims; i++) {
        BigDecimal v = values.value(features.get(i), force, baseline);
        me[i] = v == null || v.signum() <= 0 ? mean[i] : Math.log(v.doubleValue());
      }
    }
    record Near(ForceArea area, double distance) {}
    List<Near> near = new ArrayList<>();
    for (ForceArea a : pool) {
      if (a.id().equals(force)) {
        continue;
      }
      double d2 = 0;
      double[] x = logs.get(a.id());
      for (int i = 0; i < dims; i++) {
        if (sd[i] > 0) {
          double z = (x[i] - me[i]) / sd[i];
          d2 += z * z;
        }
      }
      near.add(new Near(a, Math.sqrt(d2)));
    }
    near.sort(Comparator.comparingDouble(Near::distance).thenComparing(x -> x.area().code()));
    for (Near x : near.subList(0, Math.min(k, near.size()))) {
      comparators.add(x.area().id());
      distances.put(x.area().id(), BigDecimal.valueOf(x.distance()));
    }
    notes.add(
        "comparators: the "
            + comparators.size()
            + " "
            + IndexResult.NEAREST_LABEL
            + ", nearest first: "
            + String.join(", ", comparators)
            + "; distances between "
            + "z-scored logs of the baseline ("
            + baseline
            + ") rates of "
            + String.join(", ", features.stream().map(f -> f.bundled().id()).toList()));
    if (!left.isEmpty()) {
      notes.add(
          "not candidates for nearest (a rate missing at "
              + baseline
              + "): "
              + String.join(", ", left));
    }
    if (comparators.size() < k) {
      notes.add("only " + comparators.size() + " forces could be compared, not " + k);
    }
  }

  /** Each indicator's values: rates from counts and population, or as supplied. */
  private static final class Values {
    private final NationalData data;

    Values(NationalData data) {
      this.data = data;
    }

    /** The mid-year population used for a period: its start year's, or the latest earlier. */
    Integer populationYear(String area, YearEnding p) {
      NavigableMap<Integer, BigDecimal> pop = data.population().get(area);
      if (pop == null) {
        return null;
      }
      return pop.floorKey(p.startYear());
    }

    BigDecimal value(Series s, String area, YearEnding p) {
      if (!s.isRate()) {
        return s.supplied().get(new SeriesKey(area, s.spec().id(), p));
      }
      BigDecimal count = data.counts().get(new SeriesKey(area, s.bundled().id(), p));
      Integer year = populationYear(area, p);
      if (count == null || year == null) {
        return null;
      }
      // offences ÷ population × 1,000 (docs/method.md §Prevention Index)
      return Decimals.divide(count.multiply(THOUSAND), data.population().get(area).get(year));
    }

    String why(Series s, String area, YearEnding p) {
      if (s.isRate() && populationYear(area, p) == null) {
        return " (no population estimate for mid-" + p.startYear() + " or earlier)";
      }
      return s.isRate() ? " (the national table has no figure: `..`, not available)" : "";
    }
  }
}

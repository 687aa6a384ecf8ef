package org.forcetotaliser.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.IndexIndicator;
import org.forcetotaliser.model.NationalData;
import org.forcetotaliser.model.SeriesKey;
import org.forcetotaliser.model.YearEnding;

/**
 * The bundled national tables of the Prevention Index (docs/method.md §Prevention Index): force
 * areas, indicators, recorded crime by force area and period (built from ONS table P1 by {@link
 * OnsPfaImporter}), and population by force area and mid-year (built from the ONS local-authority
 * estimates by {@link #population}). Read once per process; immutable.
 */
public final class NationalTables {

  private static volatile NationalData bundled;

  private NationalTables() {}

  /** The territorial force areas, in ONS-code order. */
  public static List<ForceArea> areas() {
    List<ForceArea> out = new ArrayList<>();
    for (Map<String, String> r : ReferenceTables.table("force-areas").records()) {
      out.add(new ForceArea(r.get("force_area"), r.get("ons_code"), r.get("name")));
    }
    out.sort(java.util.Comparator.comparing(ForceArea::code));
    return List.copyOf(out);
  }

  /** The bundled indicators, in table order. */
  public static List<IndexIndicator> indicators() {
    List<IndexIndicator> out = new ArrayList<>();
    for (Map<String, String> r : ReferenceTables.table("index-indicators").records()) {
      out.add(
          new IndexIndicator(
              r.get("indicator"),
              r.get("label"),
              r.get("p1_column"),
              r.get("default").equals("yes")));
    }
    return List.copyOf(out);
  }

  /** Every bundled table, read on first use. */
  public static NationalData bundled() {
    NationalData d = bundled;
    if (d == null) {
      synchronized (NationalTables.class) {
        d = bundled;
        if (d == null) {
          d = read();
          bundled = d;
        }
      }
    }
    return d;
  }

  /** The periods the bundled recorded-crime table holds, earliest first. */
  public static List<YearEnding> periods(NationalData d) {
    Set<YearEnding> s = new java.util.TreeSet<>();
    d.counts().keySet().forEach(k -> s.add(k.period()));
    return List.copyOf(s);
  }

  private static NationalData read() {
    Map<SeriesKey, BigDecimal> counts = new LinkedHashMap<>();
    for (Map<String, String> r : ReferenceTables.table("pfa-recorded-crime").records()) {
      counts.put(
          new SeriesKey(
              r.get("force_area"), r.get("indicator"), YearEnding.parse(r.get("period"), null)),
          new BigDecimal(r.get("offences")));
    }
    Map<String, NavigableMap<Integer, BigDecimal>> population = new LinkedHashMap<>();
    for (Map<String, String> r : ReferenceTables.table("pfa-population").records()) {
      population
          .computeIfAbsent(r.get("force_area"), k -> new TreeMap<>())
          .put(Integer.parseInt(r.get("mid_year")), new BigDecimal(r.get("population")));
    }
    return new NationalData(areas(), indicators(), counts, population, Map.of());
  }

  private static final Pattern MID_YEAR = Pattern.compile("(?i).*mid-(\\d{4}).*");

  /**
   * Population by force area and mid-year: the ONS mid-year estimates by local authority (sheet
   * MYE5) summed over the authorities of each force area, by the ONS authority-to-force lookup.
   * Columns are found by their headings ({@code LAD23CD}, {@code PFA23CD}, {@code Code}, {@code …
   * mid-2023}); an authority listed twice in the lookup (once per community safety partnership) is
   * counted once. The table written: {@code force_area,ons_code,mid_year, population}, by force
   * area in ONS-code order, then by year.
   *
   * @throws IllegalArgumentException when a heading is missing or an authority of the lookup has no
   *     estimate
   */
  public static String population(String mye5, String lookup, List<ForceArea> areas) {
    CsvTable pop = CsvTable.parse("mye5", mye5);
    CsvTable look = CsvTable.parse("lookup", lookup);
    int lad = column(look.header(), "LAD23CD");
    int pfa = column(look.header(), "PFA23CD");
    Map<String, String> forceOf = new LinkedHashMap<>();
    for (List<String> r : look.rows()) {
      String before = forceOf.put(r.get(lad), r.get(pfa));
      if (before != null && !before.equals(r.get(pfa))) {
        throw new IllegalArgumentException("authority " + r.get(lad) + " is in two force areas");
      }
    }
    int code = column(pop.header(), "Code");
    TreeMap<Integer, Integer> yearColumns = new TreeMap<>();
    for (int c = 0; c < pop.header().size(); c++) {
      Matcher m = MID_YEAR.matcher(pop.header().get(c));
      if (m.matches()) {
        yearColumns.put(Integer.parseInt(m.group(1)), c);
      }
    }
    if (yearColumns.isEmpty()) {
      throw new IllegalArgumentException("no `mid-YYYY` population columns");
    }
    Map<String, List<String>> estimates = new LinkedHashMap<>();
    for (List<String> r : pop.rows()) {
      estimates.put(r.get(code), r);
    }
    Map<String, Map<Integer, BigDecimal>> sums = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Map.Entry<String, String> e : forceOf.entrySet()) {
      List<String> row = estimates.get(e.getKey());
      if (row == null) {
        throw new IllegalArgumentException("authority " + e.getKey() + " has no estimate");
      }
      seen.add(e.getKey());
      Map<Integer, BigDecimal> s = sums.computeIfAbsent(e.getValue(), k -> new TreeMap<>());
      yearColumns.forEach((year, c) -> s.merge(year, new BigDecimal(row.get(c)), BigDecimal::add));
    }
    StringBuilder sb = new StringBuilder("force_area,ons_code,mid_year,population\n");
    for (ForceArea a : areas) {
      Map<Integer, BigDecimal> s = sums.get(a.code());
      if (s == null) {
        throw new IllegalArgumentException("force area " + a.code() + " has no authority");
      }
      s.forEach(
          (year, v) ->
              sb.append(a.id())
                  .append(',')
                  .append(a.code())
                  .append(',')
                  .append(year)
                  .append(',')
                  .append(v.toPlainString())
                  .append('\n'));
    }
    return sb.toString();
  }

  private static int column(List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column `" + name + "` in " + header);
    }
    return i;
  }
}

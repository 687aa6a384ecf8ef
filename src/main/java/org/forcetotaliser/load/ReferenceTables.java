package org.forcetotaliser.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.forcetotaliser.model.CchiSubgroup;
import org.forcetotaliser.model.CrimeCost;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.HourlyRate;
import org.forcetotaliser.model.Offence;
import org.forcetotaliser.model.ReferenceData;

/**
 * Reads the reference tables bundled in the jar. The tables are read once per process and shared:
 * they are immutable.
 */
public final class ReferenceTables {

  /** The bundled tables, in the order {@code totaliser reference} lists them. */
  public static final List<String> NAMES =
      List.of(
          "crime-unit-costs",
          "offences",
          "cchi-subgroups",
          "police-hourly-costs",
          "gdp-deflators",
          "discount-rates",
          "optimism-bias",
          "force-areas",
          "index-indicators",
          "pfa-recorded-crime",
          "pfa-population");

  private static final String ROOT = "/org/forcetotaliser/reference/";
  private static volatile ReferenceData bundled;

  private ReferenceTables() {}

  /** The bundled tables as text, by name (without .csv). */
  public static String text(String name) {
    String path = ROOT + name + (name.endsWith(".md") ? "" : ".csv");
    try (InputStream in = ReferenceTables.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled table named " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CsvTable table(String name) {
    return CsvTable.parse(name, text(name));
  }

  /**
   * The highest upper bound of optimism bias in the bundled optimism-bias table for each basis it
   * gives ({@code capex}, the capital-expenditure rows; {@code opex}, the operating-cost row), as
   * fractions: the bound above which a cost's uplift exceeds anything the Green Book guidance (Mott
   * MacDonald 2002, Table 2) allows for its kind (docs/method.md §3).
   */
  public static Map<String, BigDecimal> optimismBiasUpperBounds() {
    Map<String, BigDecimal> bounds = new java.util.TreeMap<>();
    for (Map<String, String> r : table("optimism-bias").records()) {
      BigDecimal upper = decimal(r.get("capex_upper"));
      if (upper != null) {
        bounds.merge(r.get("basis"), upper, BigDecimal::max);
      }
    }
    return java.util.Collections.unmodifiableMap(bounds);
  }

  /** The bundled reference data, read on first use. */
  public static ReferenceData bundled() {
    ReferenceData r = bundled;
    if (r == null) {
      synchronized (ReferenceTables.class) {
        r = bundled;
        if (r == null) {
          r = read();
          bundled = r;
        }
      }
    }
    return r;
  }

  private static BigDecimal decimal(String s) {
    return s == null || s.isEmpty() ? null : new BigDecimal(s);
  }

  private static ReferenceData read() {
    Map<String, Offence> offences = new LinkedHashMap<>();
    for (Map<String, String> r : table("offences").records()) {
      offences.put(
          r.get("ho_code"),
          new Offence(
              r.get("ho_code"),
              r.get("offence"),
              r.get("ons_group"),
              decimal(r.get("css_weight")),
              r.get("cost_category"),
              r.get("cchi_subgroup")));
    }
    Map<String, CrimeCost> costs = new LinkedHashMap<>();
    for (Map<String, String> r : table("crime-unit-costs").records()) {
      costs.put(
          r.get("category"),
          new CrimeCost(
              r.get("category"),
              r.get("label"),
              r.get("victim"),
              decimal(r.get("anticipation")),
              decimal(r.get("consequence")),
              decimal(r.get("response")),
              decimal(r.get("total")),
              decimal(r.get("multiplier"))));
    }
    Map<String, CchiSubgroup> cchi = new LinkedHashMap<>();
    for (Map<String, String> r : table("cchi-subgroups").records()) {
      cchi.put(
          r.get("cchi_subgroup"),
          new CchiSubgroup(
              r.get("cchi_subgroup"),
              r.get("label"),
              decimal(r.get("median_days")),
              decimal(r.get("mean_days")),
              decimal(r.get("min_days")),
              decimal(r.get("max_days"))));
    }
    Map<String, HourlyRate> rates = new LinkedHashMap<>();
    for (Map<String, String> r : table("police-hourly-costs").records()) {
      rates.put(
          r.get("role"),
          new HourlyRate(
              r.get("role"),
              r.get("label"),
              decimal(r.get("per_hour")),
              FinancialYear.parse(r.get("price_year")),
              r.get("source")));
    }
    TreeMap<FinancialYear, BigDecimal> deflators = new TreeMap<>();
    TreeSet<FinancialYear> forecast = new TreeSet<>();
    for (Map<String, String> r : table("gdp-deflators").records()) {
      FinancialYear y = FinancialYear.parse(r.get("financial_year"));
      deflators.put(y, decimal(r.get("index")));
      if (Boolean.parseBoolean(r.get("forecast"))) {
        forecast.add(y);
      }
    }
    List<ReferenceData.DiscountBand> bands = new ArrayList<>();
    for (Map<String, String> r : table("discount-rates").records()) {
      String to = r.get("to_year");
      bands.add(
          new ReferenceData.DiscountBand(
              Integer.parseInt(r.get("from_year")),
              to == null || to.isEmpty() ? null : Integer.valueOf(to),
              decimal(r.get("standard")),
              decimal(r.get("health")),
              decimal(r.get("sensitivity"))));
    }
    return new ReferenceData(
        offences, costs, cchi, rates, deflators, forecast, bands, priceYear("crime-unit-costs"));
  }

  /** The price year the reference catalogue gives for a table's £ figures. */
  private static FinancialYear priceYear(String table) {
    for (Map<String, String> r : table("catalogue").records()) {
      if (table.equals(r.get("table"))) {
        return FinancialYear.parse(r.get("price_year"));
      }
    }
    throw new IllegalStateException("the reference catalogue has no table " + table);
  }
}

package org.forcetotaliser.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.IndexIndicator;
import org.forcetotaliser.model.NationalData;
import org.forcetotaliser.model.SeriesKey;
import org.forcetotaliser.model.YearEnding;

/**
 * What {@code index --list-forces}, {@code --list-indicators} and {@code --list-periods} show: a
 * typed table, and the name JSON gives it. Immutable once built.
 *
 * @param name the table's name in JSON ({@code force-areas}, {@code indicators}, {@code periods})
 */
public record IndexListing(String name, ReportTable table) {

  /** The territorial force areas, with their ONS codes. */
  public static IndexListing forces(NationalData data) {
    ReportTable t =
        new ReportTable(
            "Territorial police force areas (use the id in `force_area:` and `comparators:`)",
            List.of(
                Column.id("id", "the force area's id"),
                Column.id("ons_code", "its ONS code"),
                Column.text("name", "its name")));
    for (ForceArea a : data.areas()) {
      t.add(a.id(), a.code(), a.name());
    }
    return new IndexListing("force-areas", t);
  }

  /** The bundled indicators, then those only the indicators files supply, with their files. */
  public static IndexListing indicators(NationalData data) {
    ReportTable t =
        new ReportTable(
            "Indicators (rates are offences per 1,000 residents; lower is better)",
            List.of(
                Column.id("id", "the indicator's id"),
                Column.text("label", "what it counts"),
                Column.text("default", "yes when in the index unless force.yaml says otherwise"),
                Column.text("source", "where its figures come from")));
    for (IndexIndicator i : data.indicators()) {
      t.add(
          i.id(),
          i.label(),
          i.isDefault() ? "yes" : "no",
          "ONS table P1, rate per 1,000 residents");
    }
    Map<String, Set<String>> supplied = new TreeMap<>();
    data.supplied()
        .forEach(
            (file, m) ->
                m.keySet()
                    .forEach(
                        k ->
                            supplied
                                .computeIfAbsent(k.indicator(), x -> new LinkedHashSet<>())
                                .add(file)));
    supplied.forEach((id, files) -> t.add(id, "", "no", String.join(" ", files)));
    return new IndexListing("indicators", t);
  }

  /** Every 12-month period with figures: how many force areas and indicators, and from where. */
  public static IndexListing periods(NationalData data) {
    ReportTable t =
        new ReportTable(
            "12-month periods",
            List.of(
                Column.period("period", "the 12 months, by the month they end"),
                Column.count("force areas", "force areas with a figure"),
                Column.count("indicators", "indicators with a figure"),
                Column.text("source", "the tables and files the figures come from")));
    Map<YearEnding, Set<String>> areas = new TreeMap<>();
    Map<YearEnding, Set<String>> inds = new TreeMap<>();
    Map<YearEnding, Set<String>> sources = new TreeMap<>();
    BiConsumer<String, SeriesKey> count =
        (source, k) -> {
          areas.computeIfAbsent(k.period(), x -> new TreeSet<>()).add(k.forceArea());
          inds.computeIfAbsent(k.period(), x -> new TreeSet<>()).add(k.indicator());
          sources.computeIfAbsent(k.period(), x -> new TreeSet<>()).add(source);
        };
    data.counts().keySet().forEach(k -> count.accept("ONS table P1", k));
    data.supplied().forEach((file, m) -> m.keySet().forEach(k -> count.accept(file, k)));
    areas.forEach(
        (p, a) -> t.add(p, a.size(), inds.get(p).size(), String.join(", ", sources.get(p))));
    return new IndexListing("periods", t);
  }
}

package org.forcetotaliser.model;

import java.util.List;
import java.util.Objects;

/**
 * One prevention project, as written in its YAML file. Immutable.
 *
 * @param priceYear the year whose prices its `prices: real` amounts are in; null = the force's
 *     price base (docs/method.md §4, `price_year`)
 */
public record Project(
    String id,
    String name,
    String owner,
    BuildingBlock buildingBlock,
    Stage stage,
    String area,
    Quarter start,
    Quarter end,
    Prices prices,
    List<Cost> costs,
    List<Benefit> benefits,
    Location location,
    FinancialYear priceYear) {

  public static final String FORCE_WIDE = "force-wide";

  public Project {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    prices = prices == null ? Prices.REAL : prices;
    costs = List.copyOf(costs);
    benefits = List.copyOf(benefits);
    location = location == null ? Location.ofFile("") : location;
    area = area == null ? FORCE_WIDE : area;
  }

  /** A project whose real amounts are in the force's price base (no `price_year` of its own). */
  public Project(
      String id,
      String name,
      String owner,
      BuildingBlock buildingBlock,
      Stage stage,
      String area,
      Quarter start,
      Quarter end,
      Prices prices,
      List<Cost> costs,
      List<Benefit> benefits,
      Location location) {
    this(
        id,
        name,
        owner,
        buildingBlock,
        stage,
        area,
        start,
        end,
        prices,
        costs,
        benefits,
        location,
        null);
  }

  /** Whether the quarter lies within {@code start}–{@code end}. */
  public boolean covers(Quarter q) {
    return !q.isBefore(start) && !q.isAfter(end);
  }

  public List<Quarter> quarters() {
    return Quarter.range(start, end);
  }
}

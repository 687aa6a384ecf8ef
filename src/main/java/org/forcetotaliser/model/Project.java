package org.forcetotaliser.model;

import java.util.List;
import java.util.Objects;

/** One prevention project, as written in its YAML file. Immutable. */
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
    Location location) {

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

  /** Whether the quarter lies within {@code start}–{@code end}. */
  public boolean covers(Quarter q) {
    return !q.isBefore(start) && !q.isAfter(end);
  }

  public List<Quarter> quarters() {
    return Quarter.range(start, end);
  }
}

package org.forcetotaliser.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Recorded actuals summed per project, item and quarter (monthly rows already added into their
 * quarter). Rows are never kept as text: only these sums and where the first row of each was
 * written. Immutable once built.
 */
public final class Actuals {

  /** A project's item: a benefit or cost id. */
  public record Key(String project, String item) implements Comparable<Key> {
    public Key {
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(item, "item");
    }

    @Override
    public int compareTo(Key o) {
      int c = project.compareTo(o.project);
      return c != 0 ? c : item.compareTo(o.item);
    }

    // equals and hashCode are written out because a record's generated ones are linked through
    // method handles the first time they run, which start-up pays for; the hash is the value the
    // generated one gives, so that hash-ordered output is unchanged
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.project.equals(project) && k.item.equals(item);
    }

    @Override
    public int hashCode() {
      return 31 * project.hashCode() + item.hashCode();
    }
  }

  /**
   * The recorded quantity for one quarter, and where it was (first) written.
   *
   * @param actual the quarter's row, or the sum of its months' rows: a flow
   * @param level the quarter's row, or its latest recorded month's row: a level such as a survey
   *     score, which is not summed (docs/method.md §8)
   */
  public record Cell(BigDecimal actual, BigDecimal level, Location location) {
    public Cell {
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(level, "level");
    }

    /** A quarter recorded as one row: its flow and its level are the same figure. */
    public Cell(BigDecimal actual, Location location) {
      this(actual, actual, location);
    }
  }

  public static final Actuals NONE = new Actuals(Map.of());

  private final Map<Key, NavigableMap<Quarter, Cell>> cells;

  private Actuals(TreeMap<Key, NavigableMap<Quarter, Cell>> owned, boolean adopt) {
    owned.replaceAll((k, v) -> Collections.unmodifiableNavigableMap(v));
    this.cells = Collections.unmodifiableMap(owned);
  }

  /**
   * Actuals built from maps that the caller hands over and never touches again: no copy is made,
   * which matters for millions of cells.
   */
  public static Actuals adopt(TreeMap<Key, NavigableMap<Quarter, Cell>> cells) {
    return new Actuals(cells, true);
  }

  public Actuals(Map<Key, ? extends Map<Quarter, Cell>> cells) {
    TreeMap<Key, NavigableMap<Quarter, Cell>> copy = new TreeMap<>();
    cells.forEach((k, v) -> copy.put(k, Collections.unmodifiableNavigableMap(new TreeMap<>(v))));
    this.cells = Collections.unmodifiableMap(copy);
  }

  /** The quarters recorded for an item, in order; empty when none. */
  public NavigableMap<Quarter, Cell> of(String project, String item) {
    NavigableMap<Quarter, Cell> m = cells.get(new Key(project, item));
    return m == null ? Collections.emptyNavigableMap() : m;
  }

  /** Every item with actuals, sorted by project then item. */
  public Map<Key, NavigableMap<Quarter, Cell>> all() {
    return cells;
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }
}

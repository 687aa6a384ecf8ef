package org.forcetotaliser.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The Prevention Index settings of force.yaml (docs/method.md §Prevention Index, docs/method.md
 * §Prevention Index): this force's area in the national tables and the {@code index:} mapping.
 * Every part may be absent (null), to be filled from the command line or the defaults; each keeps
 * where it was written so that a problem found when the index is computed is reported there.
 * Immutable.
 *
 * @param forceArea the force-area id, such as {@code hertfordshire}, or null
 * @param baseline the baseline period, or null (default: the earliest every indicator has)
 * @param current the current period, or null (default: the latest every indicator has)
 * @param comparators the comparator forces, or null (default: the 7 nearest)
 * @param indicators the indicators, or an empty list (default: the bundled default five)
 */
public record IndexSettings(
    Located<String> forceArea,
    Located<YearEnding> baseline,
    Located<YearEnding> current,
    Comparators comparators,
    List<Indicator> indicators,
    Location at) {

  public IndexSettings {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    at = at == null ? Location.ofFile("force.yaml") : at;
  }

  /** No index settings: everything from the command line and the defaults. */
  public static IndexSettings none() {
    return new IndexSettings(null, null, null, null, List.of(), null);
  }

  /** A value and where it was written (a command-line option has no line). */
  public record Located<T>(T value, Location at) {
    public Located {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(at, "at");
    }
  }

  /** Which forces the force is compared with: listed by id, or the k nearest. */
  public sealed interface Comparators permits Listed, Nearest {
    Location at();
  }

  /** Comparators listed by force-area id, each with where it was written. */
  public record Listed(List<Located<String>> ids, Location at) implements Comparators {
    public Listed {
      ids = List.copyOf(ids);
    }
  }

  /** The k territorial forces nearest at baseline (docs/method.md §Prevention Index). */
  public record Nearest(int k, Location at) implements Comparators {
    public Nearest {
      if (k < 1) {
        throw new IllegalArgumentException("nearest needs k of at least 1");
      }
    }
  }

  /** Whether a lower value of an indicator is better (crime rates) or a higher one. */
  public enum Better {
    LOWER,
    HIGHER
  }

  /**
   * One indicator of the index.
   *
   * @param better null: as the indicator's definition says (lower for crime rates)
   * @param source null, or the indicators file that alone supplies the series
   */
  public record Indicator(String id, BigDecimal weight, Better better, String source, Location at) {
    public Indicator {
      Objects.requireNonNull(id, "id");
      weight = weight == null ? BigDecimal.ONE : weight;
      if (weight.signum() <= 0) {
        throw new IllegalArgumentException("an indicator's weight is above 0");
      }
      at = at == null ? Location.ofFile("force.yaml") : at;
    }
  }
}

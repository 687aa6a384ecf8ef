package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.model.Quarter;

/**
 * Planned against actual for one benefit or cost, as of a quarter (docs/method.md §8). Quantities
 * are net of additionality (costs and qualitative levels have none); £ are undiscounted, in
 * price-base prices. Null means absent. Immutable.
 *
 * @param type a cost, or the benefit's type
 * @param realisation actual / planned_reported, in percent
 * @param missing due quarters with no actual, never imputed
 * @param quarters one row per planned or reported quarter up to as-of, for --by-quarter
 */
public record ItemReconciliation(
    String project,
    String item,
    ItemType type,
    String owner,
    BigDecimal planned,
    BigDecimal plannedReported,
    BigDecimal actual,
    BigDecimal variance,
    BigDecimal realisation,
    Rag rag,
    List<Quarter> missing,
    BigDecimal plannedValue,
    BigDecimal actualValue,
    BigDecimal forecast,
    BigDecimal forecastTrend,
    List<QuarterRow> quarters) {

  /**
   * Plan and actual of one quarter; {@code actual} null when not reported. The rows of an item add
   * up to its {@code planned}, {@code planned_reported} and {@code actual} (docs/method.md §8).
   */
  public record QuarterRow(
      Quarter quarter,
      BigDecimal planned,
      BigDecimal actual,
      BigDecimal plannedValue,
      BigDecimal actualValue) {

    /** The quarter's share of {@code planned_reported}: its plan when reported, else 0. */
    public BigDecimal plannedReported() {
      if (planned == null) {
        return null;
      }
      return actual == null ? BigDecimal.ZERO : planned;
    }
  }

  public ItemReconciliation {
    missing = List.copyOf(missing);
    quarters = List.copyOf(quarters);
  }

  /** The same reconciliation without its rows per quarter. */
  public ItemReconciliation withoutQuarters() {
    return new ItemReconciliation(
        project,
        item,
        type,
        owner,
        planned,
        plannedReported,
        actual,
        variance,
        realisation,
        rag,
        missing,
        plannedValue,
        actualValue,
        forecast,
        forecastTrend,
        List.of());
  }

  public boolean isCost() {
    return type.isCost();
  }
}

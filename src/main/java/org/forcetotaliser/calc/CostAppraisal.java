package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Quarter;

/**
 * A cost line's appraisal: profile amount × (1 + optimism bias), in price-base prices, and
 * discounted (docs/method.md §5). Immutable.
 */
public record CostAppraisal(
    Cost cost,
    BigDecimal optimismBias,
    List<CostQuarter> quarters,
    BigDecimal amount,
    BigDecimal value,
    BigDecimal pv) {

  /** One quarter of a cost. {@code amount} is the profile figure as written. */
  public record CostQuarter(
      Quarter quarter,
      BigDecimal amount,
      BigDecimal priceFactor,
      BigDecimal value,
      BigDecimal discountFactor,
      BigDecimal pv) {}

  public CostAppraisal {
    quarters = List.copyOf(quarters);
  }
}

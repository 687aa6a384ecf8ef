package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Uncertain;

/**
 * Fuzz target for the period and percentage parsers. The only exceptions allowed are our own {@link
 * BadValue}, which the mappers turn into diagnostics, and the IllegalArgumentException that {@link
 * Quarter#parse} and {@link FinancialYear#parse} document. What parses must print back to something
 * that parses to the same value.
 */
class ValuesFuzzTest {
  private static final BigDecimal ONE = BigDecimal.ONE;

  @FuzzTest
  void parsers(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 7);
    String text = data.consumeRemainingAsString();
    try {
      switch (which) {
        case 0 -> {
          Quarter q = Values.quarter(text);
          assertThat(Quarter.parse(q.toString())).isEqualTo(q);
        }
        case 1 -> {
          FinancialYear y = Values.year(text);
          assertThat(FinancialYear.parse(y.toString())).isEqualTo(y);
        }
        case 2 -> {
          Object p = Values.period(text);
          assertThat(Values.period(p.toString())).isEqualTo(p);
        }
        case 3 -> {
          BigDecimal f = Values.percentage(text);
          assertThat(Values.percentage(Values.percent(f))).isEqualByComparingTo(f);
        }
        case 4 -> {
          Uncertain u = Values.uncertainPercentage(text, ONE);
          assertThat(u.low()).isBetween(BigDecimal.ZERO, ONE);
          assertThat(u.high()).isBetween(u.likely(), ONE);
          assertThat(u.likely()).isGreaterThanOrEqualTo(u.low());
        }
        case 5 -> {
          Uncertain u = Values.uncertainAmount(text);
          assertThat(u.low().signum()).isGreaterThanOrEqualTo(0);
          assertThat(u.high()).isGreaterThanOrEqualTo(u.likely());
          assertThat(u.likely()).isGreaterThanOrEqualTo(u.low());
        }
        case 6 -> {
          try {
            Quarter q = Quarter.parse(text);
            assertThat(Quarter.parse(q.toString())).isEqualTo(q);
          } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
          }
        }
        default -> {
          try {
            FinancialYear y = FinancialYear.parse(text);
            assertThat(FinancialYear.parse(y.toString())).isEqualTo(y);
          } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
          }
        }
      }
    } catch (BadValue e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}

package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Uncertain;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Percentages, amounts, ranges and periods as written in the files. */
class ValuesTest {

  static final BigDecimal HUNDRED_PERCENT = BigDecimal.ONE;

  static void same(BigDecimal actual, String expected) {
    assertThat(actual).isEqualByComparingTo(expected);
  }

  static void same(Uncertain u, String low, String likely, String high) {
    same(u.low(), low);
    same(u.likely(), likely);
    same(u.high(), high);
  }

  @Nested
  class Percentages {
    @Test
    void percentOrFraction() {
      same(Values.percentage("10%"), "0.1");
      same(Values.percentage("0.1"), "0.1");
      same(Values.percentage("12.5%"), "0.125");
      same(Values.percentage(" 100% "), "1");
      same(Values.percentage("0"), "0");
    }

    @Test
    void bounds() {
      same(Values.boundedPercentage("100%", HUNDRED_PERCENT), "1");
      assertThatThrownBy(() -> Values.boundedPercentage("120%", HUNDRED_PERCENT))
          .hasMessage("expected a percentage between 0% and 100%, found `120%`");
      // a plain 60 is the fraction 60, i.e. 6000 %
      assertThatThrownBy(() -> Values.boundedPercentage("60", HUNDRED_PERCENT))
          .hasMessage("expected a percentage between 0% and 100%, found `60` (6000%)");
      assertThatThrownBy(() -> Values.boundedPercentage("-5%", null))
          .hasMessage("expected a percentage of at least 0%, found `-5%`");
      // a cost's optimism bias may exceed 100 %: the Green Book's upper bound is 200 %
      same(Values.boundedPercentage("200%", null), "2");
    }

    @Test
    void notAPercentage() {
      assertThatThrownBy(() -> Values.percentage("ten"))
          .isInstanceOf(BadValue.class)
          .hasMessage("expected a percentage such as `10%` or `0.1`, found `ten`")
          .extracting(e -> ((BadValue) e).rule)
          .isEqualTo("bad-percentage");
      assertThatThrownBy(() -> Values.percentage("1e-1")).isInstanceOf(BadValue.class);
    }
  }

  @Nested
  class Ranges {
    @Test
    void bareRangeTakesTheMidpoint() {
      // (40 % + 70 %) / 2 = 55 %
      same(Values.uncertainPercentage("40%..70%", HUNDRED_PERCENT), "0.4", "0.55", "0.7");
      // (100 + 250) / 2 = 175
      same(Values.uncertainAmount("100..250"), "100", "175", "250");
      // (1 + 2) / 2 = 1.5: exact, no rounding
      same(Values.uncertainAmount("1..2"), "1", "1.5", "2");
    }

    @Test
    void explicitLikely() {
      same(
          Values.range("r", new BigDecimal("0.4"), new BigDecimal("0.6"), new BigDecimal("0.7")),
          "0.4",
          "0.6",
          "0.7");
    }

    @Test
    void pointIsARangeOfOne() {
      Uncertain u = Values.uncertainAmount("45000");
      assertThat(u.isPoint()).isTrue();
      same(u.likely(), "45000");
    }

    @Test
    void badRanges() {
      assertThatThrownBy(() -> Values.uncertainPercentage("70%..40%", HUNDRED_PERCENT))
          .hasMessage("the low end of `70%..40%` is above its high end");
      assertThatThrownBy(() -> Values.range("r", BigDecimal.ONE, BigDecimal.TEN, new BigDecimal(2)))
          .hasMessage("the likely value of `r` lies outside its low and high ends");
      assertThatThrownBy(() -> Values.uncertainPercentage("40%..170%", HUNDRED_PERCENT))
          .hasMessageContaining("between 0% and 100%");
    }
  }

  @Nested
  class Amounts {
    @Test
    void plainDecimals() {
      same(Values.decimal("1234.50"), "1234.5");
      same(Values.decimal(".5"), "0.5");
      assertThat(Values.decimal("1234.50").scale()).isEqualTo(2);
    }

    @Test
    void noGuessing() {
      assertThatThrownBy(() -> Values.decimal("1,234"))
          .hasMessage("expected a number, found `1,234`")
          .extracting(e -> ((BadValue) e).hint)
          .isEqualTo("write numbers without thousands separators: `1234`");
      assertThatThrownBy(() -> Values.decimal("£5"))
          .extracting(e -> ((BadValue) e).hint)
          .isEqualTo("write the amount without the £ sign: `5`");
    }

    @Test
    void negative() {
      assertThatThrownBy(() -> Values.nonNegative("-3"))
          .extracting(e -> ((BadValue) e).rule)
          .isEqualTo("negative-quantity");
    }
  }

  @Nested
  class Periods {
    @Test
    void profileKeys() {
      assertThat(Values.period("2025-26 Q2")).isEqualTo(Quarter.of(2025, 2));
      assertThat(Values.period("2025/26")).isEqualTo(FinancialYear.of(2025));
      // in a profile a bare YYYY-YY is always a financial year
      assertThat(Values.period("2011-12")).isEqualTo(FinancialYear.of(2011));
      assertThatThrownBy(() -> Values.period("Q1 2025"))
          .extracting(e -> ((BadValue) e).rule)
          .isEqualTo("bad-period");
    }
  }

  @Test
  void didYouMean() {
    assertThat(Values.didYouMean("atribution", java.util.List.of("attribution", "leakage")))
        .isEqualTo("did you mean `attribution`?");
    assertThat(Values.didYouMean("zzz", java.util.List.of("attribution"))).isNull();
    assertThat(org.forcetotaliser.model.Spelling.distance("kitten", "sitting")).isEqualTo(3);
  }
}

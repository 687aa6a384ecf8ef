package org.forcetotaliser.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Financial years, quarters and the fiscal calendar, with hand-worked expectations. */
class PeriodsTest {

  static final FinancialYear FY_2025_26 = FinancialYear.of(2025);
  static final Quarter Q1_2025_26 = Quarter.of(2025, 1);

  @Nested
  class ParseYear {
    @Test
    void bothSpellings() {
      assertThat(FinancialYear.parse("2025-26")).isEqualTo(FY_2025_26);
      assertThat(FinancialYear.parse("2025/26")).isEqualTo(FY_2025_26);
      assertThat(FinancialYear.parse(" 2025/26 ")).isEqualTo(FY_2025_26);
    }

    @Test
    void centuryBoundary() {
      assertThat(FinancialYear.parse("1999-00").startYear()).isEqualTo(1999);
      assertThat(FinancialYear.of(1999).toString()).isEqualTo("1999-00");
    }

    @Test
    void yearsThatDoNotFollowAreRejected() {
      assertThatThrownBy(() -> FinancialYear.parse("2025-27"))
          .hasMessageContaining("the year after 2025 ends in 26");
      assertThatThrownBy(() -> FinancialYear.parse("2025")).hasMessageContaining("`2025`");
      assertThatThrownBy(() -> FinancialYear.parse("2025-2026"))
          .hasMessageContaining("expected a financial year");
    }

    @Test
    void canonicalForm() {
      assertThat(FinancialYear.parse("2025/26").toString()).isEqualTo("2025-26");
    }
  }

  @Nested
  class ParseQuarter {
    @Test
    void bothSpellings() {
      assertThat(Quarter.parse("2025-26 Q1")).isEqualTo(Q1_2025_26);
      assertThat(Quarter.parse("2025/26 Q1")).isEqualTo(Q1_2025_26);
      assertThat(Quarter.parse("2025/26 Q4").toString()).isEqualTo("2025-26 Q4");
    }

    @Test
    void badQuarters() {
      assertThatThrownBy(() -> Quarter.parse("2025-26 Q5"))
          .hasMessageContaining("expected a quarter");
      assertThatThrownBy(() -> Quarter.parse("2025-26")).hasMessageContaining("expected a quarter");
      assertThatThrownBy(() -> Quarter.parse("2025-27 Q1")).hasMessageContaining("ends in 26");
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void acrossTheYearBoundary() {
      // Q4 of 2025-26 (Jan–Mar 2026) is followed by Q1 of 2026-27
      assertThat(Quarter.of(2025, 4).plusQuarters(1)).isEqualTo(Quarter.of(2026, 1));
      assertThat(Quarter.of(2026, 1).plusQuarters(-1)).isEqualTo(Quarter.of(2025, 4));
      // 2025-26 Q3 + 6 quarters = 2027-28 Q1 (Q4, Q1, Q2, Q3, Q4, Q1)
      assertThat(Quarter.of(2025, 3).plusQuarters(6)).isEqualTo(Quarter.of(2027, 1));
      assertThat(Quarter.of(2025, 3).quartersUntil(Quarter.of(2027, 1))).isEqualTo(6);
      assertThat(Quarter.of(2027, 1).quartersUntil(Quarter.of(2025, 3))).isEqualTo(-6);
    }

    @Test
    void exhaustiveSmallLoop() {
      // every start quarter over six years, every offset up to five years either way
      for (int year = 2020; year < 2026; year++) {
        for (int q = 1; q <= 4; q++) {
          Quarter start = Quarter.of(year, q);
          for (int n = -20; n <= 20; n++) {
            Quarter moved = start.plusQuarters(n);
            int expectedYear = year + Math.floorDiv(q - 1 + n, 4);
            int expectedNumber = Math.floorMod(q - 1 + n, 4) + 1;
            assertThat(moved).isEqualTo(Quarter.of(expectedYear, expectedNumber));
            assertThat(start.quartersUntil(moved)).isEqualTo(n);
            assertThat(moved.plusQuarters(-n)).isEqualTo(start);
            assertThat(Integer.signum(start.compareTo(moved))).isEqualTo(-Integer.signum(n));
            assertThat(Quarter.parse(moved.toString())).isEqualTo(moved);
          }
        }
      }
    }

    @Test
    void rangeIsInclusive() {
      assertThat(Quarter.range(Quarter.of(2025, 3), Quarter.of(2026, 2)))
          .containsExactly(
              Quarter.of(2025, 3), Quarter.of(2025, 4), Quarter.of(2026, 1), Quarter.of(2026, 2));
      assertThat(Quarter.range(Quarter.of(2026, 2), Quarter.of(2025, 3))).isEmpty();
    }
  }

  @Nested
  class Calendar {
    @Test
    void aprilStart() {
      FiscalCalendar april = FiscalCalendar.APRIL;
      assertThat(april.quarterOf(YearMonth.of(2025, 4))).isEqualTo(Quarter.of(2025, 1));
      assertThat(april.quarterOf(YearMonth.of(2025, 6))).isEqualTo(Quarter.of(2025, 1));
      assertThat(april.quarterOf(YearMonth.of(2025, 7))).isEqualTo(Quarter.of(2025, 2));
      assertThat(april.quarterOf(YearMonth.of(2026, 1))).isEqualTo(Quarter.of(2025, 4));
      assertThat(april.quarterOf(YearMonth.of(2026, 3))).isEqualTo(Quarter.of(2025, 4));
      // the month 2011-12 is December 2011: Oct–Dec is Q3 of 2011-12
      assertThat(april.quarterOf(YearMonth.parse("2011-12"))).isEqualTo(Quarter.of(2011, 3));
    }

    @Test
    void januaryStart() {
      FiscalCalendar january = new FiscalCalendar(1);
      // the year starting January 2025 is named 2025-26; Jan–Mar is its Q1
      assertThat(january.quarterOf(YearMonth.of(2025, 1))).isEqualTo(Quarter.of(2025, 1));
      assertThat(january.quarterOf(YearMonth.of(2025, 12))).isEqualTo(Quarter.of(2025, 4));
      assertThat(january.quarterOf(YearMonth.parse("2011-12"))).isEqualTo(Quarter.of(2011, 4));
      assertThat(january.firstMonth(Quarter.of(2025, 2))).isEqualTo(YearMonth.of(2025, 4));
    }

    @Test
    void everyMonthFallsInTheQuarterThatStartsWithinThreeMonths() {
      for (int start = 1; start <= 12; start++) {
        FiscalCalendar c = new FiscalCalendar(start);
        for (int m = 0; m < 36; m++) {
          YearMonth month = YearMonth.of(2024, 1).plusMonths(m);
          YearMonth first = c.firstMonth(c.quarterOf(month));
          assertThat(first.until(month, java.time.temporal.ChronoUnit.MONTHS)).isBetween(0L, 2L);
        }
      }
    }
  }
}

package org.forcetotaliser.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records whose {@code equals} and {@code hashCode} are written out (for start-up) behave as
 * the generated ones: equal by value, and with the same hash, so that anything ordered by hash
 * comes out in the same order. Compared with records of the same shape.
 */
class ValueEqualityTest {

  record GeneratedYear(int startYear) {}

  record GeneratedQuarter(GeneratedYear year, int number) {}

  record GeneratedKey(String project, String item) {}

  @Test
  void financialYear() {
    for (int y = 1990; y < 2100; y++) {
      FinancialYear year = FinancialYear.of(y);
      assertThat(year)
          .isEqualTo(FinancialYear.of(y))
          .isNotEqualTo(FinancialYear.of(y + 1))
          .isNotEqualTo(y);
      assertThat(year.hashCode()).isEqualTo(new GeneratedYear(y).hashCode());
    }
  }

  @Test
  void quarter() {
    for (int y = 1990; y < 2100; y++) {
      for (int n = 1; n <= 4; n++) {
        Quarter q = Quarter.of(y, n);
        assertThat(q)
            .isEqualTo(Quarter.of(y, n))
            .isNotEqualTo(q.next())
            .isNotEqualTo(Quarter.of(y + 1, n))
            .isNotEqualTo(q.year());
        assertThat(q.hashCode())
            .isEqualTo(new GeneratedQuarter(new GeneratedYear(y), n).hashCode());
      }
    }
  }

  @Test
  void actualsKey() {
    List<String> words = List.of("", "a", "harbour", "youth-knife-diversion", "fewer-burglaries");
    for (String p : words) {
      for (String i : words) {
        Actuals.Key key = new Actuals.Key(p, i);
        assertThat(key)
            .isEqualTo(new Actuals.Key(p, i))
            .isNotEqualTo(new Actuals.Key(p + "x", i))
            .isNotEqualTo(new Actuals.Key(p, i + "x"))
            .isNotEqualTo(p);
        assertThat(key.hashCode()).isEqualTo(new GeneratedKey(p, i).hashCode());
      }
    }
  }
}

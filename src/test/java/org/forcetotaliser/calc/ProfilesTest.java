package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forcetotaliser.calc.Fixtures.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Uncertain;
import org.junit.jupiter.api.Test;

class ProfilesTest {

  private static SortedMap<Quarter, BigDecimal> expand(Profile p, Quarter start, Quarter end) {
    Project project = Fixtures.project("p", start, end, List.of(), List.of());
    return Profiles.expand(p, project, InputRef.Item.benefit("x"), Resolver.LIKELY);
  }

  @Test
  void yearKeySpreadsOverItsQuartersInsideTheProject() {
    // project starts in Q3: 40 for 2026-27 is shared by Q3 and Q4 only, 20 each
    SortedMap<Quarter, BigDecimal> m =
        expand(Fixtures.quarters("2026-27", 40), Quarter.of(2026, 3), Quarter.of(2027, 4));
    assertThat(m).hasSize(2);
    assertThat(m.get(Quarter.of(2026, 3))).isEqualByComparingTo("20");
    assertThat(m.get(Quarter.of(2026, 4))).isEqualByComparingTo("20");
  }

  @Test
  void yearKeyOverThreeQuartersIsExactToThirtyFourDigits() {
    // 10 / 3 = 3.333… carried to 34 significant digits; the three add back to 10 within 1e-32
    SortedMap<Quarter, BigDecimal> m =
        expand(Fixtures.quarters("2025-26", 10), Quarter.of(2025, 2), Quarter.of(2026, 4));
    assertThat(m).hasSize(3);
    BigDecimal sum = m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum.subtract(BigDecimal.TEN).abs()).isLessThan(d("1e-32"));
  }

  @Test
  void quarterAndYearKeysAddUp() {
    // 2025-26: 8 → 2 a quarter; plus 5 in Q2 → Q2 = 7
    SortedMap<Quarter, BigDecimal> m =
        expand(
            Fixtures.quarters("2025-26", 8, "2025-26 Q2", 5), Fixtures.Q1_2025, Fixtures.Q4_2026);
    assertThat(m.get(Quarter.of(2025, 1))).isEqualByComparingTo("2");
    assertThat(m.get(Quarter.of(2025, 2))).isEqualByComparingTo("7");
  }

  @Test
  void perYearWithDropOffFallsEachLaterFinancialYear() {
    // per_year 1000 from 2025-26 Q3, drop_off 10 %:
    //   2025-26 Q3, Q4: 1000 / 4 = 250 each (year 1 × 1)
    //   2026-27 Q1–Q4: 250 × 0.9 = 225 each
    //   2027-28 Q1–Q4: 250 × 0.81 = 202.5 each
    //   total 500 + 900 + 810 = 2210
    Profile p =
        new Profile.Rate(
            Uncertain.point("1000"), true, Quarter.of(2025, 3), null, Uncertain.point("0.1"));
    SortedMap<Quarter, BigDecimal> m = expand(p, Fixtures.Q1_2025, Quarter.of(2027, 4));
    assertThat(m).hasSize(10);
    assertThat(m.firstKey()).isEqualTo(Quarter.of(2025, 3));
    assertThat(m.get(Quarter.of(2025, 4))).isEqualByComparingTo("250");
    assertThat(m.get(Quarter.of(2026, 1))).isEqualByComparingTo("225");
    assertThat(m.get(Quarter.of(2027, 4))).isEqualByComparingTo("202.5");
    assertThat(m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("2210");
  }

  @Test
  void perQuarterRunsFromStartToEndByDefaultAndStopsAtTo() {
    Profile whole = new Profile.Rate(Uncertain.point("250"), false, null, null, null);
    assertThat(expand(whole, Fixtures.Q1_2025, Fixtures.Q4_2026)).hasSize(8);
    Profile upTo =
        new Profile.Rate(
            Uncertain.point("250"), false, Quarter.of(2025, 2), Quarter.of(2025, 4), null);
    SortedMap<Quarter, BigDecimal> m = expand(upTo, Fixtures.Q1_2025, Fixtures.Q4_2026);
    assertThat(m.keySet())
        .containsExactly(Quarter.of(2025, 2), Quarter.of(2025, 3), Quarter.of(2025, 4));
  }
}

package org.forcetotaliser.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which warnings an {@code accept} entry matches (docs/method.md §9a). */
class AcceptTest {
  private static Accept entry(String rule, String project, String item) {
    return new Accept(rule, project, item, null, "known", null);
  }

  /** A double count claimed by nte/fewer-assaults and youth/fewer-assaults, located at nte. */
  private static Diagnostic doubleCount() {
    return Diagnostic.of(
            Location.ofFile("nte.yaml"), ReportRule.DOUBLE_COUNT, "crime harm may be counted twice")
        .about("nte", "fewer-assaults", null)
        .claimedBy(List.of("nte/fewer-assaults", "youth/fewer-assaults"));
  }

  @Test
  void aDoubleCountIsAcceptedByNamingAnyClaimant() {
    Diagnostic d = doubleCount();
    assertThat(entry("double-count", "nte", null).matches(d)).isTrue();
    // the second claimant: the warning is located at the first, but youth claims it too
    assertThat(entry("double-count", "youth", null).matches(d)).isTrue();
    assertThat(entry("double-count", "youth", "fewer-assaults").matches(d)).isTrue();
    assertThat(entry("double-count", null, null).matches(d)).isTrue();
  }

  @Test
  void aDoubleCountIsNotAcceptedForAProjectOrItemThatDoesNotClaimIt() {
    Diagnostic d = doubleCount();
    assertThat(entry("double-count", "harbour", null).matches(d)).isFalse();
    // youth claims it through fewer-assaults, not through officer-hours
    assertThat(entry("double-count", "youth", "officer-hours").matches(d)).isFalse();
    assertThat(entry("possible-double-count", "youth", null).matches(d)).isFalse();
  }

  @Test
  void aWarningAboutOneProjectNeedsThatProject() {
    Diagnostic d =
        Diagnostic.of(Location.ofFile("a.yaml"), ReportRule.NO_MULTIPLIER, "no multiplier")
            .about("a", "saving", null);
    assertThat(entry("no-multiplier", "a", "saving").matches(d)).isTrue();
    assertThat(entry("no-multiplier", "b", null).matches(d)).isFalse();
  }
}

package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Stage;
import org.forcetotaliser.model.Uncertain;
import org.junit.jupiter.api.Test;

/** What the loader builds from a good portfolio: every field mapped into the model. */
class PortfolioLoaderTest {

  static final String DIR = "src/test/resources/load/portfolio";
  static final ByteArrayInputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

  static LoadResult load() {
    return PortfolioLoader.load(List.of(DIR), NO_STDIN);
  }

  static void same(BigDecimal actual, String expected) {
    assertThat(actual).isEqualByComparingTo(expected);
  }

  static Benefit benefit(Project p, String id) {
    return p.benefits().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void goodPortfolioHasNoDiagnostics() {
    LoadResult r = load();
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.projectFiles()).isEqualTo(1);
    assertThat(r.actualsFiles()).isEqualTo(1);
  }

  @Test
  void forceSettings() {
    ForceSettings s = load().portfolio().settings();
    assertThat(s.force()).isEqualTo("Example Constabulary");
    assertThat(s.calendar().startMonth()).isEqualTo(1);
    assertThat(s.priceBase()).isEqualTo(FinancialYear.of(2024));
    assertThat(s.discountYear()).isEqualTo(FinancialYear.of(2025));
    same(s.fteHours(), "1650");
    same(s.tolerance().green(), "90");
    same(s.rates().get("staff-band-c").perHour(), "24.10");
    assertThat(s.rates().get("staff-band-c").source()).isEqualTo("Force finance, 2024");
    assertThat(s.offences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.hoCode()).isEqualTo("X1");
              assertThat(o.costCategory()).isEqualTo("criminal-damage");
            });
    assertThat(load().reference().offences()).containsKey("X1");
  }

  @Test
  void project() {
    Project p = load().portfolio().projects().get(0);
    assertThat(p.id()).isEqualTo("op-harbour");
    assertThat(p.buildingBlock()).isEqualTo(BuildingBlock.PROJECTS_AND_PREVENTION);
    assertThat(p.stage()).isEqualTo(Stage.APPROVED);
    assertThat(p.area()).isEqualTo("stevenage");
    assertThat(p.start()).isEqualTo(Quarter.of(2025, 1));
    assertThat(p.end()).isEqualTo(Quarter.of(2027, 4));
    assertThat(p.location()).isEqualTo(new Location(DIR + "/projects/harbour.yaml", 1, 1));
  }

  @Test
  void costs() {
    Project p = load().portfolio().projects().get(0);
    Cost outreach = p.costs().get(0);
    assertThat(outreach.kind()).isEqualTo(Cost.Kind.REVENUE);
    same(outreach.optimismBias().likely(), "0.10");
    assertThat(outreach.profile())
        .isInstanceOfSatisfying(
            Profile.Rate.class,
            r -> {
              assertThat(r.perYear()).isTrue();
              same(r.amount().likely(), "45000");
              assertThat(r.from()).isNull();
              same(r.dropOff().likely(), "0");
            });
    assertThat(p.costs().get(1).profile())
        .isInstanceOfSatisfying(
            Profile.Explicit.class,
            e -> same(e.entries().get(Quarter.of(2025, 1)).likely(), "12000"));
  }

  @Test
  void benefits() {
    Project p = load().portfolio().projects().get(0);
    Benefit knife = benefit(p, "fewer-knife-assaults");
    assertThat(knife.detail())
        .isEqualTo(new BenefitDetail.CrimeHarm("8N", BenefitDetail.CountedAs.RECORDED));
    same(knife.factors().deadweight().likely(), "0.10");
    same(knife.factors().attribution().likely(), "0.60");
    same(knife.factors().leakage().likely(), "0");
    assertThat(knife.evidence()).isEqualTo(3);
    assertThat(knife.confidence()).isEqualTo("medium");
    assertThat(knife.claim()).isEqualTo("knife-violence/stevenage");

    assertThat(benefit(p, "s136-hours").profile())
        .isInstanceOfSatisfying(
            Profile.Rate.class,
            r -> {
              assertThat(r.perYear()).isFalse();
              assertThat(r.from()).isEqualTo(Quarter.of(2025, 2));
            });
    assertThat(benefit(p, "partner-savings").detail())
        .isInstanceOfSatisfying(
            BenefitDetail.Wider.class,
            w -> {
              same(w.unitValue().likely(), "415");
              assertThat(w.priceYear()).isEqualTo(FinancialYear.of(2008));
              assertThat(w.valueClass()).isEqualTo(BenefitDetail.ValueClass.FISCAL);
              assertThat(w.cashable()).isFalse();
            });
    assertThat(benefit(p, "staff-confidence").detail())
        .isEqualTo(new BenefitDetail.Qualitative("% of staff confident to problem-solve"));
  }

  @Test
  void ranges() {
    Benefit ranged = benefit(load().portfolio().projects().get(0), "ranged");
    Uncertain attribution = ranged.factors().attribution();
    same(attribution.low(), "0.40");
    same(attribution.likely(), "0.60");
    same(attribution.high(), "0.70");
    // 10%..30%: likely is the midpoint, 20 %
    same(ranged.factors().deadweight().likely(), "0.20");
    Profile.Explicit e = (Profile.Explicit) ranged.profile();
    assertThat(e.entries().keySet()).containsExactly(FinancialYear.of(2026), Quarter.of(2025, 3));
    // { low: 1, high: 3 }: likely (1 + 3) / 2 = 2
    same(e.entries().get(Quarter.of(2025, 3)).likely(), "2");
  }

  @Test
  void actualsAreSummedPerQuarterWithTheForcesCalendar() {
    Actuals a = load().portfolio().actuals();
    // January start: 2025-01 and 2025-03 are both in 2025-26 Q1; 1.5 + 2 = 3.5
    var knife = a.of("op-harbour", "fewer-knife-assaults");
    same(knife.get(Quarter.of(2025, 1)).actual(), "3.5");
    // the first row's place is kept: line 2, column of the period field
    assertThat(knife.get(Quarter.of(2025, 1)).location())
        .isEqualTo(new Location(DIR + "/actuals/2025.csv", 2, 37));
    // 2011-12 in actuals is December 2011: Q4 of 2011-12 with a January start
    same(knife.get(Quarter.of(2011, 4)).actual(), "4");
    same(a.of("op-harbour", "overtime").get(Quarter.of(2025, 2)).actual(), "7500.25");
  }

  @Test
  void stdinIsAProjectFile() {
    String yaml =
        "id: x\nname: X\nowner: O\nbuilding_block: workforce\nstage: live\n"
            + "start: 2025-26 Q1\nend: 2025-26 Q4\n";
    LoadResult r =
        PortfolioLoader.load(
            List.of("-"), new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.portfolio().projects())
        .singleElement()
        .satisfies(p -> assertThat(p.location().file()).isEqualTo("<stdin>"));
    assertThat(r.portfolio().settings()).isEqualTo(ForceSettings.defaults());
  }
}

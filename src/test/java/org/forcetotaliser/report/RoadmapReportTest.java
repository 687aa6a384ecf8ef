package org.forcetotaliser.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.forcetotaliser.calc.ActionState;
import org.forcetotaliser.calc.BlockStatus;
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Portfolio;
import org.forcetotaliser.model.Prices;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Roadmap;
import org.forcetotaliser.model.Stage;
import org.forcetotaliser.model.Uncertain;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked building-block figures (docs/method.md §Roadmap): the committed projects linked to a
 * block through an action or their own building block, each counted once, with their PV benefits,
 * NPSV and realisation to the as-of quarter.
 */
class RoadmapReportTest {
  private static final Quarter Q1 = Quarter.of(2025, 1);
  private static final Quarter Q2 = Quarter.of(2025, 2);
  private static final Quarter Q3 = Quarter.of(2025, 3);
  private static final Quarter Q4 = Quarter.of(2025, 4);

  /** Price base 2024-25, discount year 2025-26: every 2025-26 £ has DF 1 and uprate 1. */
  private static final ForceSettings SETTINGS =
      ForceSettings.builder()
          .force("Test")
          .priceBase(FinancialYear.of(2024))
          .discountYear(FinancialYear.of(2025))
          .fteHours(new BigDecimal("1650"))
          .build();

  private static Project project(
      String id, BuildingBlock block, Stage stage, String perQuarter, List<Cost> costs) {
    Benefit cash =
        new Benefit(
            "saving",
            new BenefitDetail.Cashable(),
            new Profile.Rate(Uncertain.point(perQuarter), false, null, null, null),
            null,
            null,
            null,
            null,
            null);
    return new Project(
        id,
        id,
        "Owner",
        block,
        stage,
        "force-wide",
        Q1,
        Q4,
        Prices.REAL,
        costs,
        List.of(cash),
        null);
  }

  private static Roadmap.Action action(String id, BuildingBlock block, List<String> projects) {
    return new Roadmap.Action(
        id, "t", block, "Insp A. Owner", Q1, Q4, null, projects, List.of(), new TreeMap<>(), null);
  }

  private static RoadmapReport report(RoadmapReport.Filter filter) {
    // a: £100 a quarter, 2025-26 Q1–Q4, its own block projects-and-prevention; one cost £150
    Project a =
        project(
            "a",
            BuildingBlock.PROJECTS_AND_PREVENTION,
            Stage.LIVE,
            "100",
            List.of(
                new Cost(
                    "set-up",
                    Cost.Kind.REVENUE,
                    new Profile.Explicit(Map.of(Q1, Uncertain.point("150"))),
                    Uncertain.ZERO,
                    null)));
    // b: £50 a quarter, its own block partnerships, nothing reported
    Project b = project("b", BuildingBlock.PARTNERSHIPS, Stage.APPROVED, "50", List.of());
    // c: proposed, workforce: pipeline, never counted in a block
    Project c = project("c", BuildingBlock.WORKFORCE, Stage.PROPOSED, "70", List.of());
    TreeMap<Quarter, Actuals.Cell> reported = new TreeMap<>();
    reported.put(Q1, new Actuals.Cell(new BigDecimal("80"), new Location("a.csv", 2, 1)));
    reported.put(Q2, new Actuals.Cell(new BigDecimal("90"), new Location("a.csv", 3, 1)));
    Actuals actuals = new Actuals(Map.of(new Actuals.Key("a", "saving"), reported));
    // partnerships links a and b through actions; b is also in partnerships itself
    Roadmap roadmap =
        new Roadmap(
            Map.of(
                BuildingBlock.PARTNERSHIPS,
                new Roadmap.Block("Ch Supt N. Lead", "Problems solved once", null)),
            List.of(
                action("hub", BuildingBlock.PARTNERSHIPS, List.of("a", "b")),
                action("triage", BuildingBlock.PARTNERSHIPS, List.of("b")),
                action("retention", BuildingBlock.WORKFORCE, List.of("c"))));
    Portfolio p = new Portfolio(SETTINGS, List.of(a, b, c), actuals, roadmap);
    return Reports.roadmap(p, ReferenceTables.bundled(), SETTINGS, Q3, filter);
  }

  private static BlockStatus block(RoadmapReport r, BuildingBlock b) {
    return r.blocks().stream().filter(s -> s.block() == b).findFirst().orElseThrow();
  }

  @Test
  void allSixBlocksInTheirOrder() {
    assertThat(report(RoadmapReport.Filter.NONE).blocks())
        .extracting(BlockStatus::block)
        .containsExactly(BuildingBlock.values());
  }

  @Test
  void aProjectLinkedTwiceCountsOnce() {
    // partnerships: a (through `hub`) and b (through `hub`, `triage` and its own block) = 2
    BlockStatus p = block(report(RoadmapReport.Filter.NONE), BuildingBlock.PARTNERSHIPS);
    assertThat(p.projects()).containsExactly("a", "b");
    // PV benefits: a 4 × 100 = 400, b 4 × 50 = 200 (DF 1, uprate 1) → 600
    assertThat(p.pvBenefits()).isEqualByComparingTo("600");
    // NPSV: a 400 − 150 = 250, b 200 → 450
    assertThat(p.npsv()).isEqualByComparingTo("450");
    assertThat(p.lead()).isEqualTo("Ch Supt N. Lead");
  }

  @Test
  void realisationIsActualOverPlannedValueOfReportedQuarters() {
    // reported quarters to Q3: a's Q1 and Q2 → actual 80 + 90 = 170, planned 100 + 100 = 200;
    // b reports nothing and adds nothing → 170 / 200 = 0.85 (a fraction)
    BlockStatus p = block(report(RoadmapReport.Filter.NONE), BuildingBlock.PARTNERSHIPS);
    assertThat(p.realisation()).isEqualByComparingTo("0.85");
    // a alone in its own block: the same 0.85; PV 400, NPSV 250
    BlockStatus own =
        block(report(RoadmapReport.Filter.NONE), BuildingBlock.PROJECTS_AND_PREVENTION);
    assertThat(own.projects()).containsExactly("a");
    assertThat(own.pvBenefits()).isEqualByComparingTo("400");
    assertThat(own.npsv()).isEqualByComparingTo("250");
    assertThat(own.realisation()).isEqualByComparingTo("0.85");
  }

  @Test
  void proposedProjectsAreNotCounted() {
    // workforce links only c, which is proposed: no projects, figures absent, not zero
    BlockStatus w = block(report(RoadmapReport.Filter.NONE), BuildingBlock.WORKFORCE);
    assertThat(w.actions()).isEqualTo(1);
    assertThat(w.projects()).isEmpty();
    assertThat(w.pvBenefits()).isNull();
    assertThat(w.npsv()).isNull();
    assertThat(w.realisation()).isNull();
  }

  @Test
  void filtersNarrowWhatIsShownNotTheBlockFigures() {
    RoadmapReport r =
        report(
            new RoadmapReport.Filter(
                Set.of(BuildingBlock.PARTNERSHIPS), null, Set.of(ActionState.IN_PROGRESS)));
    assertThat(r.blocks())
        .extracting(BlockStatus::block)
        .containsExactly(BuildingBlock.PARTNERSHIPS);
    assertThat(r.actions()).extracting(s -> s.action().id()).containsExactly("hub", "triage");
    assertThat(r.blocks().get(0).actions()).isEqualTo(2);
    assertThat(r.actionsInRoadmap()).isEqualTo(3);
    RoadmapReport byOwner = report(new RoadmapReport.Filter(Set.of(), "nobody", Set.of()));
    assertThat(byOwner.actions()).isEmpty();
    assertThat(byOwner.blocks()).hasSize(6);
  }
}

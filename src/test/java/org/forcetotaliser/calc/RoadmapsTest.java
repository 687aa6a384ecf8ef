package org.forcetotaliser.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Roadmap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-worked action states, milestones and RAG (docs/method.md §Roadmap). */
class RoadmapsTest {
  private static final Quarter Q1 = Quarter.of(2025, 1);
  private static final Quarter Q2 = Quarter.of(2025, 2);
  private static final Quarter Q3 = Quarter.of(2025, 3);
  private static final Quarter Q4 = Quarter.of(2025, 4);
  private static final Quarter NEXT_Q1 = Quarter.of(2026, 1);
  private static final Quarter NEXT_Q4 = Quarter.of(2026, 4);

  private static Roadmap.Action action(
      Quarter start,
      Quarter due,
      Quarter done,
      List<Roadmap.Milestone> milestones,
      Map<Quarter, Roadmap.Progress> progress) {
    return new Roadmap.Action(
        "a",
        "An action",
        BuildingBlock.PARTNERSHIPS,
        "Insp A. Owner",
        start,
        due,
        done,
        List.of(),
        milestones,
        new TreeMap<>(progress),
        null);
  }

  private static Roadmap.Action action(Quarter start, Quarter due, Quarter done) {
    return action(start, due, done, List.of(), Map.of());
  }

  private static Roadmap.Milestone ms(String id, Quarter due, Quarter done) {
    return new Roadmap.Milestone(id, due, done, null);
  }

  private static Roadmap.Progress rag(Roadmap.ReportedRag r) {
    return new Roadmap.Progress(r, null, null);
  }

  @Nested
  class States {
    @Test
    void doneWhenDoneByAsOf() {
      // done 2025-26 Q2 ≤ as-of Q3, although due Q1 (late): done wins
      assertThat(Roadmaps.assess(action(Q1, Q1, Q2), Q3).state()).isEqualTo(ActionState.DONE);
      // done in the as-of quarter itself
      assertThat(Roadmaps.assess(action(Q1, Q4, Q3), Q3).state()).isEqualTo(ActionState.DONE);
    }

    @Test
    void overdueWhenDueByAsOfAndNotDone() {
      assertThat(Roadmaps.assess(action(Q1, Q2, null), Q3).state()).isEqualTo(ActionState.OVERDUE);
      // due in the as-of quarter and not done: overdue
      assertThat(Roadmaps.assess(action(Q1, Q3, null), Q3).state()).isEqualTo(ActionState.OVERDUE);
      // done only after the as-of quarter: as of Q3 it is not done, and it was due in Q2
      assertThat(Roadmaps.assess(action(Q1, Q2, Q4), Q3).state()).isEqualTo(ActionState.OVERDUE);
    }

    @Test
    void notStartedWhenItStartsAfterAsOf() {
      assertThat(Roadmaps.assess(action(Q4, NEXT_Q4, null), Q3).state())
          .isEqualTo(ActionState.NOT_STARTED);
    }

    @Test
    void inProgressFromItsStartUntilItIsDue() {
      // starts in the as-of quarter, due later
      assertThat(Roadmaps.assess(action(Q3, NEXT_Q1, null), Q3).state())
          .isEqualTo(ActionState.IN_PROGRESS);
      assertThat(Roadmaps.assess(action(Q1, NEXT_Q1, null), Q3).state())
          .isEqualTo(ActionState.IN_PROGRESS);
    }
  }

  @Nested
  class Milestones {
    /** Action 2025-26 Q1 to 2026-27 Q4 with one milestone of each case, as of 2025-26 Q3. */
    private final ActionStatus s =
        Roadmaps.assess(
            action(
                Q1,
                NEXT_Q4,
                null,
                List.of(
                    ms("met-on-time", Q1, Q1),
                    ms("met-early", Q2, Q1),
                    ms("late-done", Q2, Q3),
                    ms("late-not-done", Q3, null),
                    ms("done-after-as-of", Q3, Q4),
                    ms("not-due", Q4, null),
                    ms("not-due-but-done", NEXT_Q1, Q2)),
                Map.of()),
            Q3);

    @Test
    void dueAreThoseDueByAsOf() {
      // due ≤ Q3: met-on-time, met-early, late-done, late-not-done, done-after-as-of = 5
      assertThat(s.milestonesDue()).isEqualTo(5);
    }

    @Test
    void metAreDoneByTheirDueQuarter() {
      // done ≤ due: met-on-time (Q1 ≤ Q1), met-early (Q1 ≤ Q2) = 2
      assertThat(s.milestonesMet()).isEqualTo(2);
    }

    @Test
    void lateAreDoneAfterDueOrNotDone() {
      assertThat(s.late())
          .extracting(Roadmap.Milestone::id)
          .containsExactly("late-done", "late-not-done", "done-after-as-of");
    }

    @Test
    void deliveryIsMetOverDue() {
      // 2 / 5 = 0.4
      assertThat(s.milestoneDelivery()).isEqualByComparingTo("0.4");
    }

    @Test
    void deliveryIsAbsentWhenNothingIsDue() {
      ActionStatus none =
          Roadmaps.assess(action(Q1, NEXT_Q4, null, List.of(ms("later", Q4, null)), Map.of()), Q3);
      assertThat(none.milestonesDue()).isZero();
      assertThat(none.milestoneDelivery()).isNull();
    }
  }

  @Nested
  class Rag {
    private final Map<Quarter, Roadmap.Progress> reports =
        Map.of(
            Q1, rag(Roadmap.ReportedRag.GREEN),
            Q2, rag(Roadmap.ReportedRag.AMBER),
            Q4, rag(Roadmap.ReportedRag.RED));

    @Test
    void latestReportUpToAsOf() {
      // as of Q3 the latest report ≤ Q3 is Q2's amber; Q4's red is not yet known
      assertThat(Roadmaps.assess(action(Q1, NEXT_Q4, null, List.of(), reports), Q3).rag())
          .isEqualTo(ActionRag.AMBER);
      assertThat(Roadmaps.assess(action(Q1, NEXT_Q4, null, List.of(), reports), Q4).rag())
          .isEqualTo(ActionRag.RED);
    }

    @Test
    void notReportedWhenNothingUpToAsOf() {
      Map<Quarter, Roadmap.Progress> later = Map.of(Q4, rag(Roadmap.ReportedRag.GREEN));
      assertThat(Roadmaps.assess(action(Q1, NEXT_Q4, null, List.of(), later), Q3).rag())
          .isEqualTo(ActionRag.NOT_REPORTED);
    }

    @Test
    void completeWhenDoneWhateverWasReported() {
      // done in Q2; its last report (Q2 amber) no longer matters
      assertThat(Roadmaps.assess(action(Q1, NEXT_Q4, Q2, List.of(), reports), Q3).rag())
          .isEqualTo(ActionRag.COMPLETE);
    }
  }

  @Test
  void aBlockWithNoActionsHasZeroCountsAndNoDelivery() {
    List<BlockStatus> blocks = Roadmaps.blocks(Roadmap.NONE, List.of(), Map.of(), Map.of());
    assertThat(blocks).extracting(BlockStatus::block).containsExactly(BuildingBlock.values());
    for (BlockStatus b : blocks) {
      assertThat(b.actions()).isZero();
      assertThat(b.states().values()).containsOnly(0);
      assertThat(b.rags().values()).containsOnly(0);
      assertThat(b.milestoneDelivery()).isNull();
      assertThat(b.projects()).isEmpty();
      assertThat(b.pvBenefits()).isNull();
      assertThat(b.realisation()).isNull();
    }
  }

  @Test
  void blockAddsUpItsActions() {
    // partnerships as of Q3: one done (2 milestones met of 2), one overdue (1 due, not done),
    // one not started; delivery (2 + 0) / (2 + 1) = 2/3
    Roadmap.Action done =
        new Roadmap.Action(
            "done",
            "t",
            BuildingBlock.PARTNERSHIPS,
            "o",
            Q1,
            Q2,
            Q2,
            List.of(),
            List.of(ms("m1", Q1, Q1), ms("m2", Q2, Q2)),
            new TreeMap<>(),
            null);
    Roadmap.Action overdue =
        new Roadmap.Action(
            "overdue",
            "t",
            BuildingBlock.PARTNERSHIPS,
            "o",
            Q1,
            Q2,
            null,
            List.of(),
            List.of(ms("m3", Q2, null)),
            new TreeMap<>(Map.of(Q2, rag(Roadmap.ReportedRag.RED))),
            null);
    Roadmap.Action later =
        new Roadmap.Action(
            "later",
            "t",
            BuildingBlock.PARTNERSHIPS,
            "o",
            Q4,
            NEXT_Q4,
            null,
            List.of(),
            List.of(),
            new TreeMap<>(),
            null);
    Roadmap roadmap = new Roadmap(Map.of(), List.of(done, overdue, later));
    List<ActionStatus> statuses =
        roadmap.actions().stream().map(a -> Roadmaps.assess(a, Q3)).toList();
    BlockStatus p = Roadmaps.blocks(roadmap, statuses, Map.of(), Map.of()).get(1);
    assertThat(p.block()).isEqualTo(BuildingBlock.PARTNERSHIPS);
    assertThat(p.actions()).isEqualTo(3);
    assertThat(p.states())
        .containsEntry(ActionState.DONE, 1)
        .containsEntry(ActionState.OVERDUE, 1)
        .containsEntry(ActionState.NOT_STARTED, 1)
        .containsEntry(ActionState.IN_PROGRESS, 0);
    assertThat(p.rags())
        .containsEntry(ActionRag.COMPLETE, 1)
        .containsEntry(ActionRag.RED, 1)
        .containsEntry(ActionRag.NOT_REPORTED, 1)
        .containsEntry(ActionRag.GREEN, 0);
    assertThat(p.milestonesDue()).isEqualTo(3);
    assertThat(p.milestonesMet()).isEqualTo(2);
    assertThat(p.milestonesLate()).isEqualTo(1);
    assertThat(p.milestoneDelivery())
        .isEqualByComparingTo(new BigDecimal(2).divide(new BigDecimal(3), Decimals.CONTEXT));
  }
}

package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Roadmap;

/**
 * The Prevention Roadmap as of a quarter (docs/method.md §Roadmap): each action's state, milestones
 * and status, and each building block's totals with the projects it delivers through. Pure: no I/O.
 */
public final class Roadmaps {
  private Roadmaps() {}

  /** One action as of {@code asOf}. */
  public static ActionStatus assess(Roadmap.Action a, Quarter asOf) {
    ActionState state;
    if (a.done() != null && !a.done().isAfter(asOf)) {
      state = ActionState.DONE;
    } else if (!a.due().isAfter(asOf)) {
      state = ActionState.OVERDUE;
    } else if (a.start().isAfter(asOf)) {
      state = ActionState.NOT_STARTED;
    } else {
      state = ActionState.IN_PROGRESS;
    }
    int due = 0;
    int met = 0;
    List<Roadmap.Milestone> late = new ArrayList<>();
    for (Roadmap.Milestone m : a.milestones()) {
      if (m.due().isAfter(asOf)) {
        continue;
      }
      due++;
      // met: done no later than its due quarter (and so no later than as-of)
      if (m.done() != null && !m.done().isAfter(m.due())) {
        met++;
      } else {
        late.add(m);
      }
    }
    ActionRag rag;
    if (state == ActionState.DONE) {
      rag = ActionRag.COMPLETE;
    } else {
      Map.Entry<Quarter, Roadmap.Progress> latest = a.progress().floorEntry(asOf);
      rag = latest == null ? ActionRag.NOT_REPORTED : ActionRag.of(latest.getValue().rag());
    }
    return new ActionStatus(a, state, rag, due, met, late, delivery(met, due));
  }

  private static BigDecimal delivery(int met, int due) {
    return due == 0 ? null : Decimals.divide(BigDecimal.valueOf(met), BigDecimal.valueOf(due));
  }

  /**
   * What a project brings to the blocks it is linked to: PV benefits and NPSV from its appraisal,
   * and the planned and actual £ of its monetised benefits over the quarters reported up to as-of,
   * from its reconciliation (costs, qualitative benefits and benefits with no £ are left out).
   */
  public static LinkedProject linked(ProjectAppraisal p, List<ItemReconciliation> items) {
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    boolean reported = false;
    for (ItemReconciliation r : items) {
      if (r.isCost() || r.type().is(BenefitDetail.Type.QUALITATIVE)) {
        continue;
      }
      for (ItemReconciliation.QuarterRow q : r.quarters()) {
        if (q.actual() == null || q.plannedValue() == null || q.actualValue() == null) {
          continue;
        }
        reported = true;
        planned = planned.add(q.plannedValue());
        actual = actual.add(q.actualValue());
      }
    }
    return new LinkedProject(
        p.project(), p.measures().pvBenefits(), p.measures().npsv(), planned, actual, reported);
  }

  /**
   * The ids of the committed projects a block delivers through: those named by its actions' {@code
   * projects} and those whose own {@code building_block} is the block, each once.
   */
  public static TreeSet<String> linkedIds(
      BuildingBlock block, Roadmap roadmap, Map<String, Project> projects) {
    TreeSet<String> ids = new TreeSet<>();
    for (Roadmap.Action a : roadmap.actions()) {
      if (a.block() == block) {
        ids.addAll(a.projects());
      }
    }
    for (Project p : projects.values()) {
      if (p.buildingBlock() == block) {
        ids.add(p.id());
      }
    }
    ids.removeIf(id -> !projects.containsKey(id) || !projects.get(id).stage().isCommitted());
    return ids;
  }

  /**
   * All six building blocks, in their order, each with its actions' totals and its linked committed
   * projects' figures.
   *
   * @param statuses every action, assessed
   * @param projects what each linked project brings, by id (at least every linked id)
   */
  public static List<BlockStatus> blocks(
      Roadmap roadmap,
      List<ActionStatus> statuses,
      Map<String, Project> all,
      Map<String, LinkedProject> projects) {
    List<BlockStatus> out = new ArrayList<>();
    for (BuildingBlock block : BuildingBlock.values()) {
      Map<ActionState, Integer> states = new EnumMap<>(ActionState.class);
      for (ActionState s : ActionState.values()) {
        states.put(s, 0);
      }
      Map<ActionRag, Integer> rags = new EnumMap<>(ActionRag.class);
      for (ActionRag r : ActionRag.values()) {
        rags.put(r, 0);
      }
      int actions = 0;
      int due = 0;
      int met = 0;
      int late = 0;
      for (ActionStatus s : statuses) {
        if (s.action().block() != block) {
          continue;
        }
        actions++;
        states.merge(s.state(), 1, Integer::sum);
        rags.merge(s.rag(), 1, Integer::sum);
        due += s.milestonesDue();
        met += s.milestonesMet();
        late += s.late().size();
      }
      List<String> ids = new ArrayList<>(linkedIds(block, roadmap, all));
      BigDecimal pv = null;
      BigDecimal npsv = null;
      BigDecimal planned = BigDecimal.ZERO;
      BigDecimal actual = BigDecimal.ZERO;
      boolean reported = false;
      for (String id : ids) {
        LinkedProject p = projects.get(id);
        pv = Decimals.plusNullable(pv, p.pvBenefits());
        npsv = Decimals.plusNullable(npsv, p.npsv());
        planned = planned.add(p.plannedReported());
        actual = actual.add(p.actual());
        reported |= p.reported();
      }
      out.add(
          new BlockStatus(
              block,
              roadmap.blocks().get(block),
              actions,
              states,
              due,
              met,
              late,
              delivery(met, due),
              rags,
              ids,
              pv,
              npsv,
              reported ? Decimals.ratio(actual, planned) : null));
    }
    return out;
  }
}

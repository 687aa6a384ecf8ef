package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReportRule;
import org.forcetotaliser.model.Tolerance;

/**
 * Reconciles planned benefits and costs against recorded actuals as of a quarter (docs/method.md
 * §8). A missing actual is never imputed and never read as zero. Pure: no I/O.
 */
public final class Reconciler {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Tolerance tolerance;
  private final Quarter asOf;
  private final List<Diagnostic> notes = new ArrayList<>();

  public Reconciler(Tolerance tolerance, Quarter asOf) {
    this.tolerance = tolerance;
    this.asOf = asOf;
  }

  public Quarter asOf() {
    return asOf;
  }

  /** The warnings found since the last call, which are then forgotten. */
  public List<Diagnostic> takeNotes() {
    List<Diagnostic> out = List.copyOf(notes);
    notes.clear();
    return out;
  }

  /** One quarter's plan: gross (for due), net quantity, and £ per unit (null if absent). */
  private record Plan(BigDecimal gross, BigDecimal net, BigDecimal unit) {}

  /** Every benefit, then every cost, of a project. */
  public List<ItemReconciliation> reconcile(ProjectAppraisal p, Actuals actuals) {
    List<ItemReconciliation> out = new ArrayList<>();
    String project = p.project().id();
    String owner = p.project().owner();
    for (BenefitAppraisal b : p.benefits()) {
      NavigableMap<Quarter, Plan> plan = new TreeMap<>();
      for (BenefitQuarter q : b.quarters()) {
        plan.put(q.quarter(), new Plan(q.gross(), q.net(), q.unitValue()));
      }
      NavigableMap<Quarter, Actuals.Cell> recorded = recorded(project, b.benefit().id(), actuals);
      if (b.benefit().type() == BenefitDetail.Type.QUALITATIVE) {
        out.add(level(project, b.benefit().id(), owner, plan, recorded));
      } else {
        out.add(
            flow(
                project,
                b.benefit().id(),
                ItemType.of(b.benefit().type()),
                owner,
                b.additionality(),
                plan,
                recorded,
                b.unit(),
                false));
      }
    }
    for (CostAppraisal c : p.costs()) {
      NavigableMap<Quarter, Plan> plan = new TreeMap<>();
      for (CostAppraisal.CostQuarter q : c.quarters()) {
        plan.put(q.quarter(), new Plan(q.amount(), q.amount(), q.priceFactor()));
      }
      NavigableMap<Quarter, Actuals.Cell> recorded = recorded(project, c.cost().id(), actuals);
      UnitValue unit = UnitValue.of(BigDecimal.ONE, List.of());
      out.add(
          flow(
              project,
              c.cost().id(),
              ItemType.COST,
              owner,
              BigDecimal.ONE,
              plan,
              recorded,
              unit,
              true));
    }
    return out;
  }

  /** Actuals up to as-of; later ones are noted and ignored. */
  private NavigableMap<Quarter, Actuals.Cell> recorded(
      String project, String item, Actuals actuals) {
    NavigableMap<Quarter, Actuals.Cell> all = actuals.of(project, item);
    for (Map.Entry<Quarter, Actuals.Cell> late : all.tailMap(asOf, false).entrySet()) {
      notes.add(
          Diagnostic.of(
                  late.getValue().location(),
                  ReportRule.ACTUAL_AFTER_AS_OF,
                  "actual for `"
                      + project
                      + "/"
                      + item
                      + "` in "
                      + late.getKey()
                      + " is after the as-of quarter "
                      + asOf
                      + " and is ignored")
              .about(project, item, null));
    }
    return all.headMap(asOf, true);
  }

  private ItemReconciliation flow(
      String project,
      String item,
      ItemType type,
      String owner,
      BigDecimal additionality,
      NavigableMap<Quarter, Plan> plan,
      NavigableMap<Quarter, Actuals.Cell> recorded,
      UnitValue unit,
      boolean cost) {
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal plannedReported = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    BigDecimal plannedValue = unit.costed() ? BigDecimal.ZERO : null;
    BigDecimal actualValue = unit.costed() ? BigDecimal.ZERO : null;
    BigDecimal remainder = BigDecimal.ZERO;
    boolean anyDue = false;
    boolean anyDueReported = false;
    List<Quarter> missing = new ArrayList<>();
    List<ItemReconciliation.QuarterRow> rows = new ArrayList<>();
    TreeSet<Quarter> quarters = new TreeSet<>(plan.keySet());
    quarters.addAll(recorded.keySet());
    for (Quarter q : quarters) {
      Plan pq = plan.get(q);
      BigDecimal net = pq == null ? BigDecimal.ZERO : pq.net();
      boolean planned0 = pq == null || pq.gross().signum() == 0;
      BigDecimal unitQ = pq != null ? pq.unit() : unit.at(q);
      if (cost && pq == null) {
        unitQ = BigDecimal.ONE;
      }
      Actuals.Cell cell = recorded.get(q);
      boolean due = !q.isAfter(asOf) && !planned0;
      BigDecimal qActual = cell == null ? null : cell.actual().multiply(additionality);
      if (due) {
        anyDue = true;
        planned = planned.add(net);
        if (plannedValue != null) {
          plannedValue = plannedValue.add(net.multiply(unitQ));
        }
        if (cell == null) {
          missing.add(q);
        } else {
          anyDueReported = true;
        }
      }
      if (cell != null) {
        plannedReported = plannedReported.add(net);
        actual = actual.add(qActual);
        if (actualValue != null) {
          actualValue = actualValue.add(qActual.multiply(unitQ));
        }
      } else if (!planned0) {
        remainder = remainder.add(net);
      }
      if (!q.isAfter(asOf)) {
        rows.add(
            new ItemReconciliation.QuarterRow(
                q,
                net,
                qActual,
                unitQ == null ? null : net.multiply(unitQ),
                qActual == null || unitQ == null ? null : qActual.multiply(unitQ)));
      }
    }
    BigDecimal realisation = Decimals.ratio(actual, plannedReported);
    if (realisation != null) {
      realisation = realisation.multiply(HUNDRED);
    }
    Rag rag;
    if (!anyDue) {
      rag = Rag.NOT_DUE;
    } else if (!anyDueReported) {
      rag = Rag.NOT_REPORTED;
    } else if (realisation == null) {
      // reported, against a plan that is zero once made net: say so, not "not reported"
      rag = Rag.ZERO_PLANNED;
    } else {
      rag = cost ? spendRag(realisation) : rag(realisation);
    }
    boolean reportedAny = !recorded.isEmpty();
    BigDecimal forecast = actual.add(remainder);
    BigDecimal trend =
        realisation == null
            ? null
            : actual.add(remainder.multiply(realisation).divide(HUNDRED, Decimals.CONTEXT));
    return new ItemReconciliation(
        project,
        item,
        type,
        owner,
        planned,
        plannedReported,
        reportedAny ? actual : null,
        reportedAny ? actual.subtract(plannedReported) : null,
        realisation,
        rag,
        missing,
        plannedValue,
        reportedAny ? actualValue : null,
        forecast,
        trend,
        rows);
  }

  /** A level (a survey score): the latest reported due quarter against its own plan. */
  private ItemReconciliation level(
      String project,
      String item,
      String owner,
      NavigableMap<Quarter, Plan> plan,
      NavigableMap<Quarter, Actuals.Cell> recorded) {
    List<Quarter> missing = new ArrayList<>();
    List<ItemReconciliation.QuarterRow> rows = new ArrayList<>();
    Quarter latest = null;
    boolean anyDue = false;
    TreeSet<Quarter> quarters = new TreeSet<>(plan.headMap(asOf, true).keySet());
    quarters.addAll(recorded.keySet());
    for (Quarter q : quarters) {
      Plan pq = plan.get(q);
      Actuals.Cell cell = recorded.get(q);
      boolean due = pq != null && pq.gross().signum() != 0;
      if (due) {
        anyDue = true;
        if (cell == null) {
          missing.add(q);
        } else {
          latest = q;
        }
      }
      // a level recorded by month is the quarter's last recorded month, never a sum (docs/method.md
      // §8)
      rows.add(
          new ItemReconciliation.QuarterRow(
              q, pq == null ? null : pq.gross(), cell == null ? null : cell.level(), null, null));
    }
    if (latest == null) {
      return new ItemReconciliation(
          project,
          item,
          ItemType.of(BenefitDetail.Type.QUALITATIVE),
          owner,
          null,
          null,
          null,
          null,
          null,
          anyDue ? Rag.NOT_REPORTED : Rag.NOT_DUE,
          missing,
          null,
          null,
          null,
          null,
          rows);
    }
    BigDecimal planned = plan.get(latest).gross();
    BigDecimal actual = recorded.get(latest).level();
    BigDecimal realisation = Decimals.ratio(actual, planned).multiply(HUNDRED);
    return new ItemReconciliation(
        project,
        item,
        ItemType.of(BenefitDetail.Type.QUALITATIVE),
        owner,
        planned,
        planned,
        actual,
        actual.subtract(planned),
        realisation,
        rag(realisation),
        missing,
        null,
        null,
        null,
        null,
        rows);
  }

  /** RAG of a benefit's realisation, in percent. */
  public Rag rag(BigDecimal realisation) {
    if (realisation.compareTo(tolerance.green()) >= 0) {
      return Rag.GREEN;
    }
    return realisation.compareTo(tolerance.amber()) >= 0 ? Rag.AMBER : Rag.RED;
  }

  /**
   * RAG of spend against plan: under- and over-spend both count, by their distance from 100 %
   * (green within 100 − tolerance.green points, amber within 100 − tolerance.amber).
   */
  public Rag spendRag(BigDecimal realisation) {
    BigDecimal off = realisation.subtract(HUNDRED).abs();
    if (off.compareTo(HUNDRED.subtract(tolerance.green())) <= 0) {
      return Rag.GREEN;
    }
    return off.compareTo(HUNDRED.subtract(tolerance.amber())) <= 0 ? Rag.AMBER : Rag.RED;
  }
}

package org.forcetotaliser.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.ActionStatus;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.model.Quarter;

/**
 * The board pack's executive summary (docs/board-pack.md, "Executive summary"): the position as of
 * the pack's quarter, the same figures recomputed from the same files as of an earlier quarter, and
 * the lists behind them. The appraisal measures (NPSV, BCR) do not depend on the quarter and come
 * from the force total. Immutable.
 *
 * @param compareTo the earlier quarter, before {@code asOf}
 * @param redOrAmber every benefit whose status is red or amber as of {@code asOf}, red first
 * @param ragChanges every benefit whose status differs between the two quarters
 * @param missingByOwner the owners of items with missing returns, most quarters missing first
 * @param overdue the roadmap actions overdue as of {@code asOf}; empty without a roadmap
 */
public record ExecutiveSummary(
    Quarter asOf,
    Quarter compareTo,
    Position now,
    Position before,
    List<ItemReconciliation> redOrAmber,
    List<RagChange> ragChanges,
    List<OwnerReturns> missingByOwner,
    List<ActionStatus> overdue) {

  public ExecutiveSummary {
    redOrAmber = List.copyOf(redOrAmber);
    ragChanges = List.copyOf(ragChanges);
    missingByOwner = List.copyOf(missingByOwner);
    overdue = List.copyOf(overdue);
  }

  /**
   * The figures of the summary that depend on the quarter, as of one quarter.
   *
   * @param plannedToDate Σ planned £ of committed benefits over the quarters due (docs/method.md
   *     §9), absent when none has a £
   * @param actualToDate Σ actual £ of committed benefits over the quarters reported, absent when
   *     none is reported
   * @param plannedReported Σ planned £ of the same benefits over the quarters reported, the
   *     like-for-like plan of {@code actualToDate}; absent when none is reported
   * @param realisation actualToDate / plannedReported as a fraction; absent when nothing is
   *     reported or that plan is zero
   * @param rags how many benefits (committed and pipeline) have each status, every status present
   * @param missingItems how many benefits and costs have a due quarter with no actual
   * @param missingQuarters how many due quarters have no actual, over those items
   * @param overdueActions roadmap actions due and not done; null without a roadmap
   */
  public record Position(
      BigDecimal plannedToDate,
      BigDecimal actualToDate,
      BigDecimal plannedReported,
      BigDecimal realisation,
      Map<Rag, Integer> rags,
      int missingItems,
      int missingQuarters,
      Integer overdueActions) {
    public Position {
      Map<Rag, Integer> all = new EnumMap<>(Rag.class);
      for (Rag r : Rag.values()) {
        all.put(r, rags.getOrDefault(r, 0));
      }
      rags = Collections.unmodifiableMap(all);
    }

    public int count(Rag rag) {
      return rags.get(rag);
    }
  }

  /**
   * One figure as of both quarters and the change: {@code now − before}, absent when either is
   * absent. A fraction's change is a fraction too, which the pack shows in percentage points.
   */
  /** What a compared figure is. */
  public enum Kind {
    MONEY,
    FRACTION,
    COUNT
  }

  public record Change(
      String label, Kind type, BigDecimal before, BigDecimal now, BigDecimal difference) {
    static Change of(String label, Kind type, BigDecimal before, BigDecimal now) {
      return new Change(
          label, type, before, now, before == null || now == null ? null : now.subtract(before));
    }

    static Change count(String label, Integer before, Integer now) {
      return of(
          label,
          Kind.COUNT,
          before == null ? null : BigDecimal.valueOf(before),
          now == null ? null : BigDecimal.valueOf(now));
    }
  }

  /**
   * What changed between {@code compareTo} and {@code asOf}, in the order the summary shows it
   * (docs/board-pack.md lists these figures): planned and actual value to date, realisation, the
   * benefits in each status, missing returns, and overdue roadmap actions when there is a roadmap.
   */
  public List<Change> changes() {
    List<Change> out = new java.util.ArrayList<>();
    out.add(
        Change.of(
            "Planned value to date", Kind.MONEY, before.plannedToDate(), now.plannedToDate()));
    out.add(
        Change.of("Actual value to date", Kind.MONEY, before.actualToDate(), now.actualToDate()));
    out.add(
        Change.of("Realisation to date", Kind.FRACTION, before.realisation(), now.realisation()));
    out.add(Change.count("Benefits red", before.count(Rag.RED), now.count(Rag.RED)));
    out.add(Change.count("Benefits amber", before.count(Rag.AMBER), now.count(Rag.AMBER)));
    out.add(Change.count("Benefits green", before.count(Rag.GREEN), now.count(Rag.GREEN)));
    out.add(
        Change.count(
            "Benefits not reported", before.count(Rag.NOT_REPORTED), now.count(Rag.NOT_REPORTED)));
    out.add(Change.count("Items with missing returns", before.missingItems(), now.missingItems()));
    out.add(Change.count("Quarters missing", before.missingQuarters(), now.missingQuarters()));
    if (now.overdueActions() != null) {
      out.add(
          Change.count("Roadmap actions overdue", before.overdueActions(), now.overdueActions()));
    }
    return out;
  }

  /** One benefit whose status changed between the two quarters. */
  public record RagChange(String project, String item, Rag before, Rag now) {}

  /**
   * One owner's missing returns: how many of their items have a due quarter without an actual, and
   * how many quarters in all. {@code owner} is null for items with no owner written.
   */
  public record OwnerReturns(String owner, int items, int quarters) {}
}

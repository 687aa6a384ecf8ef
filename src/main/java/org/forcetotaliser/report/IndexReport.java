package org.forcetotaliser.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.IndexResult;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.IndexSettings;
import org.forcetotaliser.model.Keyed;
import org.forcetotaliser.model.NationalData;
import org.forcetotaliser.model.YearEnding;

/**
 * The Prevention Index as reported (docs/method.md §Prevention Index): the result, the force areas'
 * names, every note (what the data held, then what the calculation found) and the caveat.
 * Immutable.
 *
 * @param names the name of every force area of the result, by id
 * @param priceBase the force's price base (the index has no £; the JSON names it as every document
 *     does)
 */
public record IndexReport(
    IndexResult result, Map<String, String> names, List<String> notes, FinancialYear priceBase) {

  public IndexReport {
    names = Map.copyOf(names);
    notes = List.copyOf(notes);
  }

  /** The report of {@code result}, with the notes found while reading the data first. */
  public static IndexReport of(
      IndexResult result, NationalData data, List<String> dataNotes, FinancialYear priceBase) {
    Map<String, String> names = new LinkedHashMap<>();
    for (ForceArea a : data.areas()) {
      names.put(a.id(), a.name());
    }
    List<String> notes = new ArrayList<>(dataNotes);
    notes.addAll(result.notes());
    return new IndexReport(result, names, notes, priceBase);
  }

  /** A force area's name, or its id when it has none. */
  public String name(String id) {
    return names.getOrDefault(id, id);
  }

  public String caveat() {
    return IndexResult.CAVEAT;
  }

  /** A position among others, read {@code 3 of 8}. */
  public record Rank(int rank, int of) {
    @Override
    public String toString() {
      return rank + " of " + of;
    }
  }

  private static Column column(String name, String meaning, ColumnType type) {
    return new Column(name, meaning, null, type, 0, Column.DASH);
  }

  /** Adds a row of {@code t}: {@code head} first, {@code tail} last, absent between. */
  private static void padded(ReportTable t, List<Object> head, Object... tail) {
    Object[] row = new Object[t.columns().size()];
    for (int i = 0; i < head.size(); i++) {
      row[i] = head.get(i);
    }
    System.arraycopy(tail, 0, row, row.length - tail.length, tail.length);
    t.add(row);
  }

  private static Column renamed(Column c, String name) {
    return new Column(name, c.meaning(), c.unit(), c.type(), c.scale(), c.absent());
  }

  private static final Column FORCE_AREA = Column.text("force area", "the force area's name");
  private static final Column IMPROVEMENT =
      column("improvement", "the change from baseline to current, better as +", ColumnType.CHANGE);
  private static final Column INDEX =
      column("index", "100 × the weighted geometric mean of the ratios", ColumnType.INDEX);
  private static final Column WEIGHT =
      column("weight", "the indicator's weight in the index", ColumnType.NUMBER);
  private static final Column MEAN_IMPROVEMENT =
      column("comparator mean improvement", "the comparators' mean improvement", ColumnType.CHANGE);
  private static final Column GAP =
      column("gap", "improvement less the comparators' mean, in points", ColumnType.POINTS);
  private static final Column RANK = Column.count("rank", "the force's place, highest first");
  private static final Column OF = Column.count("of", "among how many forces");

  private Column value(YearEnding period) {
    return column(period.toString(), "the indicator's value in that period", ColumnType.RATIO);
  }

  private Column baselineValue() {
    return value(result.baseline());
  }

  private Column currentValue() {
    return value(result.current());
  }

  /** The composite index of every force, highest first (the force marked), then the mean. */
  public ReportTable composite() {
    IndexResult.Composite c = result.index();
    ReportTable t =
        new ReportTable(
            "Index (weighted geometric mean of baseline-to-current ratios)",
            List.of(RANK.absentAs(Column.DASH), FORCE_AREA, INDEX));
    for (String h : c.ranked()) {
      BigDecimal v = c.byForce().get(h);
      t.add(
          v == null ? null : c.ranks().get(h),
          name(h) + (h.equals(result.force()) ? " (this force)" : ""),
          v);
    }
    t.rule();
    t.add(new Column.Absent(""), "comparator mean", c.comparatorMean());
    return t;
  }

  /** One row per indicator: the force's values, improvement, the comparators' and the gap. */
  public ReportTable indicators() {
    ReportTable t =
        new ReportTable(
            "Indicators (" + name(result.force()) + ")",
            List.of(
                Column.text("indicator", "the indicator, and which way is better"),
                WEIGHT,
                baselineValue(),
                currentValue(),
                IMPROVEMENT,
                renamed(MEAN_IMPROVEMENT, "comparator mean"),
                GAP,
                RANK));
    for (IndexResult.IndicatorRow i : result.indicators()) {
      t.add(
          i.id() + (i.better() == IndexSettings.Better.HIGHER ? " (higher is better)" : ""),
          i.weight(),
          i.baseline(),
          i.current(),
          i.improvement(),
          i.comparatorMeanImprovement(),
          i.gapPp(),
          new Rank(i.rank(), i.of()));
    }
    return t;
  }

  /** Every force's values of every indicator. */
  public ReportTable byForce() {
    return byForce("Values by force (rates are offences per 1,000 residents)", false);
  }

  /** The workbook's values by force, with each force area's ONS id. */
  public ReportTable byForceSheet() {
    return byForce(null, true);
  }

  private ReportTable byForce(String title, boolean ids) {
    List<Column> columns = new ArrayList<>(List.of(Column.text("indicator", "the indicator")));
    columns.add(FORCE_AREA);
    if (ids) {
      columns.add(Column.id("ONS id", "the force area's ONS id"));
    }
    columns.addAll(List.of(baselineValue(), currentValue(), IMPROVEMENT));
    ReportTable t = new ReportTable(title, columns);
    for (IndexResult.IndicatorRow i : result.indicators()) {
      for (Map.Entry<String, IndexResult.ForceValues> e : i.byForce().entrySet()) {
        IndexResult.ForceValues v = e.getValue();
        List<Object> row = new ArrayList<>(List.of(i.id(), name(e.getKey())));
        if (ids) {
          row.add(e.getKey());
        }
        row.addAll(Arrays.asList(v.baseline(), v.current(), v.improvement()));
        t.add(row.toArray());
      }
    }
    return t;
  }

  /**
   * One flat table for spreadsheets: a row per force for the index, then a row per indicator and
   * force; the force's own rows carry the comparator mean, gap and rank.
   */
  public ReportTable flat() {
    IndexResult x = result;
    ReportTable t =
        new ReportTable(
            null,
            List.of(
                Column.text("row", "index, or the indicator's id"),
                Column.id("force_area", "the force area's id"),
                Column.text("is_force", "true on the force's own rows"),
                Column.period("baseline_period", "the baseline period"),
                Column.period("current_period", "the current period"),
                WEIGHT,
                Column.text("better", "lower or higher"),
                column("baseline", "the value at baseline", ColumnType.RATIO),
                column("current", "the value at current", ColumnType.RATIO),
                IMPROVEMENT,
                renamed(MEAN_IMPROVEMENT, "comparator_mean_improvement"),
                renamed(GAP, "gap_pp"),
                RANK.absentAs(""),
                OF.absentAs(""),
                INDEX));
    IndexResult.Composite c = x.index();
    for (String f : x.forces()) {
      boolean me = f.equals(x.force());
      padded(
          t,
          Arrays.asList("index", f, Boolean.toString(me), x.baseline(), x.current()),
          me ? c.rank() : null,
          me ? c.of() : null,
          c.byForce().get(f));
    }
    for (IndexResult.IndicatorRow i : x.indicators()) {
      for (Map.Entry<String, IndexResult.ForceValues> e : i.byForce().entrySet()) {
        boolean me = e.getKey().equals(x.force());
        IndexResult.ForceValues v = e.getValue();
        t.add(
            i.id(),
            e.getKey(),
            Boolean.toString(me),
            x.baseline(),
            x.current(),
            i.weight(),
            Keyed.key(i.better()),
            v.baseline(),
            v.current(),
            v.improvement(),
            me ? i.comparatorMeanImprovement() : null,
            me ? i.gapPp() : null,
            me ? i.rank() : null,
            me ? i.of() : null,
            null);
      }
    }
    return t;
  }

  /** The workbook's Index sheet: the composite index by force, then the force's indicators. */
  public ReportTable indexSheet() {
    IndexResult x = result;
    ReportTable t =
        new ReportTable(
            null,
            List.of(
                Column.text("row", "index, or the indicator and which way is better"),
                FORCE_AREA,
                WEIGHT,
                baselineValue(),
                currentValue(),
                IMPROVEMENT,
                MEAN_IMPROVEMENT,
                renamed(GAP, "gap (pp)"),
                RANK.absentAs(Column.DASH),
                OF.absentAs(Column.DASH),
                INDEX));
    IndexResult.Composite c = x.index();
    for (String h : c.ranked()) {
      boolean me = h.equals(x.force());
      padded(
          t,
          Arrays.asList("index", name(h) + (me ? " (this force)" : "")),
          me ? c.rank() : null,
          me ? c.of() : null,
          c.byForce().get(h));
    }
    padded(t, Arrays.asList("index", "comparator mean"), null, null, c.comparatorMean());
    for (IndexResult.IndicatorRow i : x.indicators()) {
      t.add(
          i.id() + " (" + Keyed.key(i.better()) + " is better)",
          name(x.force()),
          i.weight(),
          i.baseline(),
          i.current(),
          i.improvement(),
          i.comparatorMeanImprovement(),
          i.gapPp(),
          i.rank(),
          i.of(),
          null);
    }
    return t;
  }

  /** The board pack's gap table: per indicator, the force against the comparators' mean. */
  public ReportTable gaps() {
    IndexResult x = result;
    ReportTable t =
        new ReportTable(
            "Gap to the comparators, by indicator",
            List.of(
                Column.text("indicator", "the indicator's label"),
                WEIGHT,
                baselineValue(),
                currentValue(),
                column(
                    "comparator mean " + x.baseline(),
                    "the comparators' mean value at baseline",
                    ColumnType.RATIO),
                column(
                    "comparator mean " + x.current(),
                    "the comparators' mean value at current",
                    ColumnType.RATIO),
                IMPROVEMENT,
                MEAN_IMPROVEMENT,
                GAP,
                RANK));
    for (IndexResult.IndicatorRow i : x.indicators()) {
      t.add(
          i.label(),
          i.weight(),
          i.baseline(),
          i.current(),
          i.comparatorMeanBaseline(),
          i.comparatorMeanCurrent(),
          i.improvement(),
          i.comparatorMeanImprovement(),
          i.gapPp(),
          new Rank(i.rank(), i.of()));
    }
    return t;
  }
}

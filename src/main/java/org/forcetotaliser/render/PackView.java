package org.forcetotaliser.render;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.calc.Rag;

/**
 * The board pack as the template lays it out: the page, its sections and their rows, each figure
 * typed by what it is (money, ratio, quantity, percentage) so that it is formatted in one place.
 * Built by {@link BoardPack} from the report; holds no arithmetic. Every record is immutable; text
 * that is absent is the empty string, a figure that is absent shows "—".
 */
public final class PackView {
  private PackView() {}

  /** A figure as the pack shows it: the value (null when absent) and how it reads. */
  public sealed interface Figure
      permits Money, Ratio, Quantity, Percent, Fraction, Words, Difference {
    /** The figure as a reader sees it, rounded once, here. */
    String text();
  }

  /** Pounds, shown to the pound: £1,234. */
  public record Money(BigDecimal value) implements Figure {
    @Override
    public String text() {
      return Numbers.pounds(value);
    }
  }

  /** A ratio such as a BCR, to two decimals. */
  public record Ratio(BigDecimal value) implements Figure {
    @Override
    public String text() {
      return Numbers.ratio(value);
    }
  }

  /** A count of things (offences, hours, harm, benefits) to {@code scale} decimals. */
  public record Quantity(BigDecimal value, int scale) implements Figure {
    public static Quantity of(int n) {
      return new Quantity(BigDecimal.valueOf(n), 0);
    }

    @Override
    public String text() {
      return Numbers.quantity(value, scale);
    }
  }

  /** A percentage held in percent: 92.5 reads 92.5%. */
  public record Percent(BigDecimal value) implements Figure {
    @Override
    public String text() {
      return Numbers.percent(value);
    }
  }

  /** A percentage held as a fraction: 0.152 reads 15.2%. */
  public record Fraction(BigDecimal value) implements Figure {
    @Override
    public String text() {
      return Numbers.fractionAsPercent(value);
    }
  }

  /** Words in place of a figure: a reason it is absent, a year, "3 of 4". */
  public record Words(String text) implements Figure {
    public Words {
      text = text == null ? "" : text;
    }
  }

  /**
   * A change from one quarter to another: {@code +£1,200}, {@code -3}, {@code +2.5 points} (a
   * change of a percentage), {@code no change}, or "—" when either side is absent.
   *
   * @param type money, a fraction (shown in percentage points) or a count
   */
  public record Difference(BigDecimal value, org.forcetotaliser.report.ExecutiveSummary.Kind type)
      implements Figure {
    @Override
    public String text() {
      if (value == null) {
        return Numbers.ABSENT;
      }
      if (value.signum() == 0) {
        return "no change";
      }
      String sign = value.signum() > 0 ? "+" : "-";
      BigDecimal size = value.abs();
      return switch (type) {
        case MONEY -> sign + Numbers.pounds(size);
        case FRACTION -> sign + Numbers.quantity(size.movePointRight(2), 1) + " points";
        case COUNT -> sign + Numbers.quantity(size, 0);
      };
    }
  }

  static String text(String s) {
    return s == null ? "" : s;
  }

  /** One headline figure: committed, with the pipeline beneath. */
  public record Headline(String id, String label, Figure committed, Figure pipeline) {}

  /**
   * A chart, its caption and note, and the table of the figures it draws.
   *
   * @param svg the chart as inline SVG, drawn by {@link Charts}; the only markup not escaped
   */
  public record Chart(
      String id,
      String title,
      String note,
      String svg,
      List<String> headings,
      List<ChartRow> rows) {
    public Chart {
      headings = List.copyOf(headings);
      rows = List.copyOf(rows);
    }
  }

  /** A row of a chart's table: its label (with a RAG status when it is one) and its figures. */
  public record ChartRow(String key, Rag rag, List<Figure> cells) {
    public ChartRow {
      key = text(key);
      cells = List.copyOf(cells);
    }
  }

  /** One benefit or cost against its plan. */
  public record ReconRow(
      String project,
      String item,
      String type,
      String owner,
      Figure planned,
      Figure plannedReported,
      Figure actual,
      Figure variance,
      Figure realised,
      Figure forecast,
      Figure plannedValue,
      Figure actualValue,
      Rag rag,
      String ragLabel,
      String missing,
      String basis) {
    public ReconRow {
      project = text(project);
      item = text(item);
      type = text(type);
      owner = text(owner);
      missing = text(missing);
      basis = text(basis);
    }
  }

  /** How many benefits have one status. */
  public record RagCount(Rag rag, String label, Figure count) {}

  /** A benefit or cost with due quarters that have no actual. */
  public record MissingRow(
      String project, String item, String type, String owner, String quarters, Figure count) {
    public MissingRow {
      project = text(project);
      item = text(item);
      type = text(type);
      owner = text(owner);
    }
  }

  /** A definite or possible double count and the PV at stake. */
  public record DoubleCountRow(
      String kind, String claim, String items, String periods, Figure atStake) {}

  /** The roadmap section: the scorecard, its chart, and what needs attention. */
  public record Roadmap(
      List<BlockRow> blocks, List<AttentionRow> attention, int actions, String chart) {
    public Roadmap {
      blocks = List.copyOf(blocks);
      attention = List.copyOf(attention);
    }
  }

  /** One building block's scorecard row. */
  public record BlockRow(
      String block,
      String lead,
      Figure actions,
      Figure done,
      Figure overdue,
      Figure inProgress,
      Figure notStarted,
      String milestones,
      Figure delivery,
      Figure green,
      Figure amber,
      Figure red,
      Figure complete,
      Figure notReported,
      Figure projects,
      Figure pv,
      Figure realisation) {}

  /** An overdue action or one with late milestones. */
  public record AttentionRow(
      String id,
      String title,
      String block,
      String owner,
      String due,
      String state,
      String rag,
      String late) {
    public AttentionRow {
      title = text(title);
      owner = text(owner);
    }
  }

  /** One project's section. */
  public record ProjectView(
      String id,
      String name,
      String owner,
      String stage,
      String committed,
      String block,
      String area,
      String period,
      Rag overall,
      String overallLabel,
      List<Measure> measures,
      List<ReconRow> benefits,
      List<ReconRow> costs) {
    public ProjectView {
      owner = text(owner);
      area = text(area);
      block = text(block);
      measures = List.copyOf(measures);
      benefits = List.copyOf(benefits);
      costs = List.copyOf(costs);
    }
  }

  /** One of a project's appraisal measures. */
  public record Measure(String label, Figure value) {}

  /** One assumption the figures rest on, in words. */
  public record Assumption(String label, String value) {}

  /** One bundled reference table and where it comes from. */
  public record SourceRow(
      String table,
      String title,
      String publisher,
      String citation,
      String priceYear,
      String licence,
      String confidence,
      String url) {
    public SourceRow {
      url = text(url);
    }
  }

  /**
   * The executive summary: what the figures say, in sentences, then what changed since the quarter
   * compared with.
   */
  public record ExecSummary(
      String compareTo,
      List<Point> points,
      List<ChangeRow> changes,
      List<RagChangeRow> ragChanges) {
    public ExecSummary {
      points = List.copyOf(points);
      changes = List.copyOf(changes);
      ragChanges = List.copyOf(ragChanges);
    }
  }

  /** One statement of the summary: what it is about and what it says. */
  public record Point(String id, String label, String text) {}

  /** One figure as of the earlier quarter and now, and the change. */
  public record ChangeRow(String label, Figure before, Figure now, Figure change) {}

  /** A benefit whose status changed. */
  public record RagChangeRow(
      String benefit, Rag before, String beforeLabel, Rag now, String nowLabel) {}

  /**
   * The simulated NPSV when inputs are ranges: the committed portfolio, then each project with a
   * ranged input.
   */
  public record Simulation(Figure draws, long seed, List<SimulationRow> rows) {
    public Simulation {
      rows = List.copyOf(rows);
    }
  }

  /** One row of the simulation: NPSV at the 10th, 50th and 90th percentile, and P(NPSV > 0). */
  public record SimulationRow(
      String label, Figure p10, Figure p50, Figure p90, Figure mean, Figure positive) {}

  /** A warning the run matched and the force accepts, with the reason it gives. */
  public record AcceptedRow(
      String title, String rule, String where, String message, String reason) {}

  /** The whole page. {@code roadmap} is null when the portfolio has none. */
  public record Page(
      String force,
      String asOf,
      String basis,
      int committedCount,
      int pipelineCount,
      ExecSummary summary,
      List<Headline> headline,
      Simulation simulation,
      List<Chart> charts,
      List<ReconRow> benefits,
      List<ReconRow> costs,
      List<RagCount> ragCounts,
      List<MissingRow> missing,
      List<DoubleCountRow> doubleCounts,
      Roadmap roadmap,
      List<ProjectView> projects,
      List<Assumption> assumptions,
      List<SourceRow> sources,
      List<String> notes,
      List<AcceptedRow> accepted,
      String indexSection) {
    public Page {
      headline = List.copyOf(headline);
      charts = List.copyOf(charts);
      benefits = List.copyOf(benefits);
      costs = List.copyOf(costs);
      ragCounts = List.copyOf(ragCounts);
      missing = List.copyOf(missing);
      doubleCounts = List.copyOf(doubleCounts);
      projects = List.copyOf(projects);
      assumptions = List.copyOf(assumptions);
      sources = List.copyOf(sources);
      notes = List.copyOf(notes);
      accepted = List.copyOf(accepted);
      indexSection = text(indexSection);
    }

    public boolean hasRoadmap() {
      return roadmap != null;
    }
  }
}

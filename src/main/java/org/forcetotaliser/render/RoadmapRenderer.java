package org.forcetotaliser.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.ActionRag;
import org.forcetotaliser.calc.ActionState;
import org.forcetotaliser.calc.ActionStatus;
import org.forcetotaliser.calc.BlockStatus;
import org.forcetotaliser.report.RoadmapReport;
import org.forcetotaliser.report.RoadmapReport.Column;

/**
 * Renders the Prevention Roadmap in every format: tables, CSV and Markdown from the report's typed
 * columns (each value formatted by its column's kind), JSON in the shape of the {@code
 * force-totaliser/roadmap/1} schema, and a workbook. No figure is computed here.
 */
public final class RoadmapRenderer {
  static final String SCHEMA = "force-totaliser/roadmap/1";

  private RoadmapRenderer() {}

  public static String render(RoadmapReport r, Format f) {
    return switch (f) {
      case JSON -> json(r);
      case CSV -> flat(r).toCsv();
      case TABLE, MARKDOWN ->
          Renderer.document(
              "Prevention Roadmap as of " + r.asOf(),
              Tables.basis(r.settings()) + "; " + r.actionsInRoadmap() + " actions in the roadmap",
              tables(r),
              f);
      case HTML, XLSX, GITHUB ->
          throw new IllegalArgumentException("the roadmap is not written as " + f + " text");
    };
  }

  /** The text tables: scorecard, projects by block, actions, and what needs attention. */
  public static List<TextTable> tables(RoadmapReport r) {
    List<List<Object>> blocks = r.blockRows();
    List<List<Object>> actions = r.actionRows();
    List<TextTable> out = new ArrayList<>();
    out.add(
        table(
            "Building blocks: actions, milestones and status",
            RoadmapReport.BLOCK_COLUMNS,
            blocks,
            "block",
            "actions_total",
            "actions_done",
            "actions_overdue",
            "actions_in_progress",
            "actions_not_started",
            "milestones_due",
            "milestones_met",
            "milestones_late",
            "milestone_delivery",
            "rag_green",
            "rag_amber",
            "rag_red",
            "rag_complete",
            "rag_not_reported"));
    out.add(
        table(
            "Building blocks: lead and the committed projects they deliver through",
            RoadmapReport.BLOCK_COLUMNS,
            blocks,
            "block",
            "lead",
            "projects_count",
            "projects_pv_benefits",
            "projects_npsv",
            "projects_realisation"));
    if (!actions.isEmpty()) {
      out.add(
          table(
              "Actions",
              RoadmapReport.ACTION_COLUMNS,
              actions,
              "action",
              "block",
              "owner",
              "due",
              "done",
              "state",
              "rag",
              "milestones_due",
              "milestones_met",
              "milestone_delivery"));
    }
    List<List<Object>> attention = new ArrayList<>();
    List<ActionStatus> exceptions = r.exceptions();
    for (int i = 0; i < r.actions().size(); i++) {
      if (exceptions.contains(r.actions().get(i))) {
        attention.add(actions.get(i));
      }
    }
    if (!attention.isEmpty()) {
      out.add(
          table(
              "Overdue actions and late milestones",
              RoadmapReport.ACTION_COLUMNS,
              attention,
              "action",
              "owner",
              "due",
              "state",
              "late_milestones"));
    }
    return out;
  }

  /** A text table of the named columns of {@code rows}, each cell formatted by its kind. */
  static TextTable table(
      String title, List<Column> columns, List<List<Object>> rows, String... names) {
    List<Integer> picked = new ArrayList<>();
    List<TextTable.Column> heads = new ArrayList<>();
    for (String n : names) {
      int i = index(columns, n);
      picked.add(i);
      heads.add(
          new TextTable.Column(
              columns.get(i).heading(),
              columns.get(i).kind() != RoadmapReport.Kind.TEXT
                  && columns.get(i).kind() != RoadmapReport.Kind.PERIOD));
    }
    TextTable t = new TextTable(title, heads);
    for (List<Object> row : rows) {
      List<TextTable.Cell> cells = new ArrayList<>();
      for (int i : picked) {
        cells.add(cell(columns.get(i).kind(), row.get(i)));
      }
      t.add(cells);
    }
    return t;
  }

  private static int index(List<Column> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + name);
  }

  /** One value as a table cell: shown for a reader, raw for a spreadsheet. */
  static TextTable.Cell cell(RoadmapReport.Kind kind, Object v) {
    if (v == null) {
      return kind == RoadmapReport.Kind.TEXT || kind == RoadmapReport.Kind.PERIOD
          ? new TextTable.Cell(Numbers.ABSENT, "", false)
          : TextTable.Cell.number(Numbers.ABSENT, "");
    }
    return switch (kind) {
      case TEXT, PERIOD -> TextTable.Cell.text(v.toString());
      case COUNT -> TextTable.Cell.number(v.toString(), v.toString());
      case FRACTION ->
          TextTable.Cell.number(
              Numbers.fractionAsPercent((BigDecimal) v), Numbers.raw((BigDecimal) v));
      case MONEY ->
          TextTable.Cell.number(Numbers.pounds((BigDecimal) v), Numbers.rawMoney((BigDecimal) v));
    };
  }

  /**
   * One CSV table: a row per building block, then a row per action, told apart by {@code level};
   * each column named as in the report, empty where it does not apply.
   */
  static TextTable flat(RoadmapReport r) {
    Map<String, Column> union = new LinkedHashMap<>();
    for (Column c : RoadmapReport.BLOCK_COLUMNS) {
      union.putIfAbsent(c.name(), c);
    }
    for (Column c : RoadmapReport.ACTION_COLUMNS) {
      union.putIfAbsent(c.name(), c);
    }
    List<TextTable.Column> heads = new ArrayList<>();
    heads.add(new TextTable.Column("level", false));
    union.values().forEach(c -> heads.add(new TextTable.Column(c.name(), false)));
    TextTable t = new TextTable(null, heads);
    addFlat(t, "block", union, RoadmapReport.BLOCK_COLUMNS, r.blockRows());
    addFlat(t, "action", union, RoadmapReport.ACTION_COLUMNS, r.actionRows());
    return t;
  }

  private static void addFlat(
      TextTable t,
      String level,
      Map<String, Column> union,
      List<Column> columns,
      List<List<Object>> rows) {
    for (List<Object> row : rows) {
      List<TextTable.Cell> cells = new ArrayList<>();
      cells.add(TextTable.Cell.text(level));
      for (Column c : union.values()) {
        int i = columns.indexOf(c);
        cells.add(i < 0 ? TextTable.Cell.text("") : cell(c.kind(), row.get(i)));
      }
      t.add(cells);
    }
  }

  /** The JSON document: {@code force-totaliser/roadmap/1}. */
  public static String json(RoadmapReport r) {
    Json j = new Json().begin();
    j.string("schema", SCHEMA)
        .string("price_base", r.settings().priceBase())
        .string("as_of", r.asOf());
    j.array("blocks");
    for (BlockStatus b : r.blocks()) {
      j.begin()
          .string("id", b.block().key())
          .string("lead", b.lead())
          .string("ambition", b.ambition());
      j.begin("actions").integer("total", b.actions());
      for (ActionState s : ActionState.values()) {
        j.integer(s.field(), b.states().get(s));
      }
      j.end();
      j.begin("milestones")
          .integer("due", b.milestonesDue())
          .integer("met", b.milestonesMet())
          .integer("late", b.milestonesLate())
          .end();
      j.quantity("milestone_delivery", b.milestoneDelivery());
      j.begin("rag");
      for (ActionRag g : ActionRag.values()) {
        j.integer(g.field(), b.rags().get(g));
      }
      j.end();
      j.begin("projects")
          .integer("count", b.projects().size())
          .money("pv_benefits", b.pvBenefits())
          .money("npsv", b.npsv())
          .quantity("realisation", b.realisation())
          .end();
      j.end();
    }
    j.endArray().array("actions");
    for (ActionStatus s : r.actions()) {
      j.begin()
          .string("id", s.action().id())
          .string("building_block", s.action().block().key())
          .string("owner", s.action().owner())
          .string("due", s.action().due())
          .string("state", s.state().key())
          .string("rag", s.rag().key())
          .integer("milestones_due", s.milestonesDue())
          .integer("milestones_met", s.milestonesMet())
          .quantity("milestone_delivery", s.milestoneDelivery());
      j.array("projects");
      for (String p : s.action().projects()) {
        j.element(p);
      }
      j.endArray().end();
    }
    j.endArray();
    return j.end().finish();
  }

  /** The roadmap as a workbook: Blocks, Actions and Basis sheets. */
  public static byte[] workbook(RoadmapReport r) {
    return Workbooks.write(
        "Prevention Roadmap as of " + r.asOf(),
        List.of(
            sheet("Roadmap blocks", RoadmapReport.BLOCK_COLUMNS, r.blockRows()),
            sheet("Roadmap actions", RoadmapReport.ACTION_COLUMNS, r.actionRows()),
            basis(r)));
  }

  private static Workbooks.Sheet basis(RoadmapReport r) {
    Workbooks.Sheet s =
        new Workbooks.Sheet("Basis", Workbooks.text("setting"), Workbooks.text("value"));
    s.add("basis", Tables.basis(r.settings()));
    s.add("as of", r.asOf().toString());
    return s;
  }

  /** A sheet of the report's columns, each written by its kind. */
  static Workbooks.Sheet sheet(String name, List<Column> columns, List<List<Object>> rows) {
    Workbooks.Col[] cols = new Workbooks.Col[columns.size()];
    for (int i = 0; i < cols.length; i++) {
      Column c = columns.get(i);
      cols[i] =
          Workbooks.col(
              c.heading(),
              switch (c.kind()) {
                case TEXT, PERIOD -> Workbooks.Kind.TEXT;
                case COUNT -> Workbooks.Kind.WHOLE;
                case FRACTION -> Workbooks.Kind.FRACTION;
                case MONEY -> Workbooks.Kind.MONEY;
              });
    }
    Workbooks.Sheet s = new Workbooks.Sheet(name, cols);
    for (List<Object> row : rows) {
      Object[] values = new Object[row.size()];
      for (int i = 0; i < values.length; i++) {
        Object v = row.get(i);
        values[i] = v == null || v instanceof BigDecimal || v instanceof Integer ? v : v.toString();
      }
      s.add(values);
    }
    return s;
  }
}

package org.forcetotaliser.render;

import java.util.List;
import org.forcetotaliser.calc.ActionRag;
import org.forcetotaliser.calc.ActionState;
import org.forcetotaliser.calc.ActionStatus;
import org.forcetotaliser.calc.BlockStatus;
import org.forcetotaliser.report.RoadmapReport;

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
    return r.tables().stream().map(Cells::table).toList();
  }

  /** One CSV table: a row per building block, then a row per action. */
  static TextTable flat(RoadmapReport r) {
    return Cells.table(r.flat());
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

  /**
   * The roadmap as a workbook: the block and action sheets, each with the force, prices and as-of
   * in its header block.
   */
  public static byte[] workbook(RoadmapReport r) {
    return Workbooks.write(
        "Prevention Roadmap as of " + r.asOf(), Workbooks.roadmapSheets(r, "Roadmap blocks"));
  }
}

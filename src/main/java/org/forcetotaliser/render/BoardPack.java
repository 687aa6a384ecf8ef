package org.forcetotaliser.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.calc.DoubleCount;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.ItemType;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.calc.Totaliser;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.CrimeCost;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.HarmIndex;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.ReferenceSource;
import org.forcetotaliser.report.BoardPackReport;
import org.forcetotaliser.report.BoardPackReport.QuarterValue;
import org.forcetotaliser.report.BoardPacks;

/**
 * The board pack as one self-contained HTML file: inline CSS, charts as inline SVG, nothing fetched
 * from anywhere, so it opens offline from an email attachment. The page is laid out by a Pebble
 * template that escapes every value as HTML unless it is marked raw (only the SVG the charts
 * produce is); figures are formatted by {@link Numbers}, never computed here.
 */
public final class BoardPack {
  private static final PebbleEngine ENGINE = engine();

  private BoardPack() {}

  private static PebbleEngine engine() {
    ClasspathLoader loader = new ClasspathLoader(BoardPack.class.getClassLoader());
    loader.setPrefix("org/forcetotaliser/render");
    loader.setCharset("UTF-8");
    // HTML escaping that also shows control and bidirectional characters escaped, so that
    // no value can reverse a heading; user text is also isolated in <bdi> by the template
    return new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .addEscapingStrategy("pack", new PackEscaping())
        .defaultEscapingStrategy("pack")
        .strictVariables(true)
        .newLineTrimming(true)
        .defaultLocale(Locale.UK)
        .build();
  }

  /**
   * The pack's escaping: {@link Escapes#html}. A class rather than a lambda, as for picocli's
   * interfaces: it keeps the class-data archive whole.
   */
  private static final class PackEscaping
      implements io.pebbletemplates.pebble.extension.escaper.EscapingStrategy {
    @Override
    public String escape(String input) {
      return Escapes.html(input);
    }
  }

  /** The whole pack as HTML. */
  public static String html(BoardPackReport r) {
    return html(r, null);
  }

  /** The pack with a Prevention Index section when {@code index} is not null. */
  public static String html(BoardPackReport r, org.forcetotaliser.report.IndexReport index) {
    PebbleTemplate template = ENGINE.getTemplate("board-pack.peb");
    StringWriter out = new StringWriter();
    try {
      Map<String, Object> model = model(r);
      model.put("indexSection", index == null ? "" : IndexHtml.section(index));
      template.evaluate(out, model, Locale.UK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** RAG as words: the pack never relies on colour alone. */
  static final Map<Rag, String> RAG_LABELS = ragLabels();

  private static Map<Rag, String> ragLabels() {
    Map<Rag, String> m = new EnumMap<>(Rag.class);
    m.put(Rag.GREEN, "Green");
    m.put(Rag.AMBER, "Amber");
    m.put(Rag.RED, "Red");
    m.put(Rag.ZERO_PLANNED, "Zero planned");
    m.put(Rag.NOT_REPORTED, "Not reported");
    m.put(Rag.NOT_DUE, "Not due");
    return m;
  }

  static Map<String, Object> model(BoardPackReport r) {
    ForceSettings s = r.settings();
    boolean cssFirst = s.harmIndex() == HarmIndex.CSS;
    Map<String, Object> m = new LinkedHashMap<>();
    String force = s.force() == null ? "Force" : s.force();
    m.put("force", force);
    m.put("asOf", r.asOf().toString());
    m.put("basis", Tables.basis(s));
    m.put("committedCount", r.total().projects());
    m.put("pipelineCount", r.total().pipelineProjects());
    m.put("headline", headline(r));
    m.put("charts", charts(r, cssFirst));
    m.put("benefits", reconRows(r.reconcile().benefits()));
    m.put("costs", reconRows(r.reconcile().costs()));
    m.put("ragCounts", ragCountRows(r));
    m.put("missing", missingRows(r.missing()));
    m.put("doubleCounts", doubleCountRows(r.total().total().doubleCounts()));
    m.put("hasRoadmap", r.roadmap() != null);
    if (r.roadmap() != null) {
      m.put("roadmap", roadmap(r.roadmap()));
    }
    m.put("projects", projects(r, cssFirst));
    m.put("assumptions", assumptions(s));
    m.put("sources", sources(r.sources()));
    List<String> notes = new ArrayList<>();
    for (Diagnostic d : r.notes()) {
      notes.add(d.headline());
    }
    m.put("notes", notes);
    return m;
  }

  /**
   * The roadmap section: a scorecard row per building block, the chart of actions by state, and the
   * overdue actions and late milestones with their owners (docs/method.md §Roadmap).
   */
  private static Map<String, Object> roadmap(org.forcetotaliser.report.RoadmapReport r) {
    List<Map<String, Object>> blocks = new ArrayList<>();
    for (org.forcetotaliser.calc.BlockStatus b : r.blocks()) {
      Map<org.forcetotaliser.calc.ActionState, Integer> st = b.states();
      Map<org.forcetotaliser.calc.ActionRag, Integer> rag = b.rags();
      blocks.add(
          row(
              "block",
              b.block().key(),
              "lead",
              b.lead() == null ? Numbers.ABSENT : b.lead(),
              "actions",
              b.actions(),
              "done",
              st.get(org.forcetotaliser.calc.ActionState.DONE),
              "overdue",
              st.get(org.forcetotaliser.calc.ActionState.OVERDUE),
              "inProgress",
              st.get(org.forcetotaliser.calc.ActionState.IN_PROGRESS),
              "notStarted",
              st.get(org.forcetotaliser.calc.ActionState.NOT_STARTED),
              "milestones",
              b.milestonesMet() + " of " + b.milestonesDue(),
              "delivery",
              Numbers.fractionAsPercent(b.milestoneDelivery()),
              "green",
              rag.get(org.forcetotaliser.calc.ActionRag.GREEN),
              "amber",
              rag.get(org.forcetotaliser.calc.ActionRag.AMBER),
              "red",
              rag.get(org.forcetotaliser.calc.ActionRag.RED),
              "complete",
              rag.get(org.forcetotaliser.calc.ActionRag.COMPLETE),
              "notReported",
              rag.get(org.forcetotaliser.calc.ActionRag.NOT_REPORTED),
              "projects",
              b.projects().size(),
              "pv",
              Numbers.pounds(b.pvBenefits()),
              "realisation",
              Numbers.fractionAsPercent(b.realisation())));
    }
    List<Map<String, Object>> attention = new ArrayList<>();
    for (org.forcetotaliser.calc.ActionStatus s : r.exceptions()) {
      List<String> late = new ArrayList<>();
      for (org.forcetotaliser.model.Roadmap.Milestone ms : s.late()) {
        late.add(
            ms.id()
                + " (due "
                + ms.due()
                + (ms.done() == null || ms.done().isAfter(r.asOf())
                    ? ", not done)"
                    : ", done " + ms.done() + ")"));
      }
      attention.add(
          row(
              "id",
              s.action().id(),
              "title",
              s.action().title(),
              "block",
              s.action().block().key(),
              "owner",
              s.action().owner(),
              "due",
              s.action().due().toString(),
              "state",
              s.state().key(),
              "rag",
              s.rag().key(),
              "late",
              late.isEmpty() ? Numbers.ABSENT : String.join("; ", late)));
    }
    return row(
        "blocks",
        blocks,
        "attention",
        attention,
        "actions",
        r.actionsInRoadmap(),
        "chart",
        Charts.actionsByState(r.blocks()));
  }

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
    }
    return m;
  }

  private static List<Map<String, Object>> headline(BoardPackReport r) {
    Measures c = r.total().total().committed().measures();
    Measures p = r.total().total().pipeline().measures();
    Summary cs = r.total().total().committed();
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(
        row(
            "id",
            "pv-benefits",
            "label",
            "PV of benefits",
            "committed",
            Numbers.pounds(c.pvBenefits()),
            "pipeline",
            Numbers.pounds(p.pvBenefits())));
    out.add(
        row(
            "id",
            "pv-cashable",
            "label",
            "of which cashable",
            "committed",
            Numbers.pounds(c.pvCashable()),
            "pipeline",
            Numbers.pounds(p.pvCashable())));
    out.add(
        row(
            "id",
            "pv-costs",
            "label",
            "PV of costs",
            "committed",
            Numbers.pounds(c.pvCosts()),
            "pipeline",
            Numbers.pounds(p.pvCosts())));
    out.add(
        row(
            "id",
            "npsv",
            "label",
            "Net present social value (NPSV)",
            "committed",
            Numbers.pounds(c.npsv()),
            "pipeline",
            Numbers.pounds(p.npsv())));
    out.add(
        row(
            "id",
            "bcr",
            "label",
            "Benefit–cost ratio (BCR)",
            "committed",
            Numbers.ratio(c.bcr()),
            "pipeline",
            Numbers.ratio(p.bcr())));
    out.add(
        row(
            "id",
            "hours",
            "label",
            "Hours freed",
            "committed",
            Numbers.quantity(c.hoursFreed(), 0),
            "pipeline",
            Numbers.quantity(p.hoursFreed(), 0)));
    out.add(
        row(
            "id",
            "fte-years",
            "label",
            "FTE-years freed",
            "committed",
            Numbers.quantity(c.fteYears(), 1),
            "pipeline",
            Numbers.quantity(p.fteYears(), 1)));
    out.add(
        row(
            "id",
            "offences",
            "label",
            "Offences prevented",
            "committed",
            Numbers.quantity(c.offencesPrevented(), 1),
            "pipeline",
            Numbers.quantity(p.offencesPrevented(), 1)));
    out.add(
        row(
            "id",
            "harm-css",
            "label",
            "Harm prevented (Crime Severity Score)",
            "committed",
            Numbers.quantity(c.harmCss(), 0),
            "pipeline",
            Numbers.quantity(p.harmCss(), 0)));
    out.add(
        row(
            "id",
            "harm-cchi",
            "label",
            "Harm prevented (Cambridge Crime Harm Index, days)",
            "committed",
            Numbers.quantity(c.harmCchi(), 0),
            "pipeline",
            Numbers.quantity(p.harmCchi(), 0)));
    out.add(
        row(
            "id",
            "planned-to-date",
            "label",
            "Planned value to date",
            "committed",
            Numbers.pounds(cs.plannedValueToDate()),
            "pipeline",
            Numbers.pounds(r.total().total().pipeline().plannedValueToDate())));
    out.add(
        row(
            "id",
            "actual-to-date",
            "label",
            "Actual value to date",
            "committed",
            Numbers.pounds(cs.actualValueToDate()),
            "pipeline",
            Numbers.pounds(r.total().total().pipeline().actualValueToDate())));
    return out;
  }

  private static List<Map<String, Object>> charts(BoardPackReport r, boolean cssFirst) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<Map<String, Object>> series = new ArrayList<>();
    for (QuarterValue q : r.series()) {
      series.add(
          row(
              "key",
              q.quarter().toString(),
              "a",
              Numbers.pounds(q.planned()),
              "b",
              Numbers.pounds(q.actual()),
              "c",
              q.reported() + " of " + q.due()));
    }
    out.add(
        row(
            "id",
            "chart-series",
            "title",
            "Planned against actual benefit value by quarter (committed projects)",
            "note",
            "£ undiscounted, net of additionality, before optimism bias. A quarter with"
                + " no return shows no actual bar: missing actuals are not zero.",
            "svg",
            Charts.plannedVsActual(r.series()),
            "headings",
            List.of("quarter", "planned", "actual", "items reported of due"),
            "rows",
            series));
    List<Summary> blocks = r.total().total().breakdowns().get(Breakdown.BUILDING_BLOCK);
    List<Map<String, Object>> blockRows = new ArrayList<>();
    for (Summary b : blocks) {
      blockRows.add(
          row(
              "key",
              b.key(),
              "a",
              Numbers.pounds(b.measures().pvBenefits()),
              "b",
              Numbers.pounds(b.measures().pvCosts()),
              "c",
              Numbers.pounds(b.measures().npsv())));
    }
    out.add(
        row(
            "id",
            "chart-blocks",
            "title",
            "Benefits (PV) by building block",
            "note",
            "Committed projects; present values in price-base prices.",
            "svg",
            Charts.pvByBlock(blocks),
            "headings",
            List.of("building block", "PV benefits", "PV costs", "NPSV"),
            "rows",
            blockRows));
    List<Summary> offences = new ArrayList<>();
    for (Summary o : r.total().total().breakdowns().get(Breakdown.OFFENCE)) {
      if (!Totaliser.NO_OFFENCE.equals(o.key())) {
        offences.add(o);
      }
    }
    List<Map<String, Object>> offenceRows = new ArrayList<>();
    for (Summary o : offences) {
      offenceRows.add(
          row(
              "key",
              o.key(),
              "a",
              Numbers.quantity(o.measures().offencesPrevented(), 1),
              "b",
              Numbers.quantity(o.measures().harmCss(), 0),
              "c",
              Numbers.quantity(o.measures().harmCchi(), 0)));
    }
    out.add(
        row(
            "id",
            "chart-harm",
            "title",
            "Harm prevented by offence category",
            "note",
            "Committed projects, risk-adjusted; bars show the lead index ("
                + (cssFirst ? "Crime Severity Score" : "Cambridge Crime Harm Index, days")
                + "), the table both.",
            "svg",
            Charts.harmByOffence(offences, cssFirst, cssFirst ? "harm (CSS)" : "harm (CCHI days)"),
            "headings",
            List.of("offence category", "offences", "harm (CSS)", "harm (CCHI days)"),
            "rows",
            offenceRows));
    List<Map<String, Object>> ragRows = new ArrayList<>();
    for (Map.Entry<Rag, Integer> e : r.ragCounts().entrySet()) {
      ragRows.add(
          row(
              "key",
              RAG_LABELS.get(e.getKey()),
              "a",
              e.getValue().toString(),
              "rag",
              e.getKey().key()));
    }
    out.add(
        row(
            "id",
            "chart-rag",
            "title",
            "Benefits by RAG status as of " + r.asOf(),
            "note",
            "Every benefit of every project, committed and pipeline.",
            "svg",
            Charts.ragCounts(r.ragCounts(), RAG_LABELS),
            "headings",
            List.of("status", "benefits"),
            "rows",
            ragRows));
    if (!r.tornado().isEmpty()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (var b : r.tornado()) {
        rows.add(
            row(
                "key",
                b.project() + ": " + b.input(),
                "a",
                Numbers.pounds(b.npsvAtLow()),
                "b",
                Numbers.pounds(b.npsvAtHigh()),
                "c",
                Numbers.pounds(b.swing())));
      }
      out.add(
          row(
              "id",
              "chart-tornado",
              "title",
              "Which assumptions matter: NPSV with each " + "ranged input at its low and high end",
              "note",
              "Every other input at its likely value. The inputs written as ranges in the "
                  + "project files, largest swing first (at most "
                  + BoardPacks.TORNADO_BARS
                  + ").",
              "svg",
              Charts.tornado(r.tornado()),
              "headings",
              List.of("input", "NPSV at low", "NPSV at high", "swing"),
              "rows",
              rows));
    }
    return out;
  }

  private static String amount(ItemType type, BigDecimal v) {
    if (type.inPounds()) {
      return Numbers.pounds(v);
    }
    return Numbers.quantity(v, type.is(BenefitDetail.Type.HOURS_FREED) ? 0 : 1);
  }

  private static String quarters(List<org.forcetotaliser.model.Quarter> qs) {
    List<String> s = new ArrayList<>();
    qs.forEach(q -> s.add(q.toString()));
    return String.join(", ", s);
  }

  private static List<Map<String, Object>> reconRows(List<ItemReconciliation> items) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ItemReconciliation i : items) {
      out.add(
          row(
              "project",
              i.project(),
              "item",
              i.item(),
              "type",
              i.type().key(),
              "owner",
              i.owner(),
              "planned",
              amount(i.type(), i.planned()),
              "plannedReported",
              amount(i.type(), i.plannedReported()),
              "actual",
              amount(i.type(), i.actual()),
              "variance",
              amount(i.type(), i.variance()),
              "realised",
              Numbers.percent(i.realisation()),
              "forecast",
              amount(i.type(), i.forecast()),
              "plannedValue",
              Numbers.pounds(i.plannedValue()),
              "actualValue",
              Numbers.pounds(i.actualValue()),
              "rag",
              i.rag().key(),
              "ragLabel",
              RAG_LABELS.get(i.rag()),
              "missing",
              quarters(i.missing())));
    }
    return out;
  }

  private static List<Map<String, Object>> ragCountRows(BoardPackReport r) {
    List<Map<String, Object>> out = new ArrayList<>();
    r.ragCounts()
        .forEach(
            (rag, n) ->
                out.add(
                    row("rag", rag.key(), "label", RAG_LABELS.get(rag), "count", n.toString())));
    return out;
  }

  private static List<Map<String, Object>> missingRows(List<ItemReconciliation> items) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ItemReconciliation i : items) {
      out.add(
          row(
              "project",
              i.project(),
              "item",
              i.item(),
              "type",
              i.type().key(),
              "owner",
              i.owner(),
              "quarters",
              quarters(i.missing()),
              "count",
              Integer.toString(i.missing().size())));
    }
    return out;
  }

  private static List<Map<String, Object>> doubleCountRows(List<DoubleCount> counts) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (DoubleCount d : counts) {
      String periods =
          d.periods().size() == 1
              ? d.periods().get(0).toString()
              : d.periods().get(0)
                  + " to "
                  + d.periods().get(d.periods().size() - 1)
                  + " ("
                  + d.periods().size()
                  + " quarters)";
      out.add(
          row(
              "kind",
              d.kind().key(),
              "claim",
              d.claim().key(),
              "items",
              DoubleCount.firstFew(d.items()),
              "periods",
              periods,
              "atStake",
              Numbers.pounds(d.atStake())));
    }
    return out;
  }

  private static List<Map<String, Object>> projects(BoardPackReport r, boolean cssFirst) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (BoardPackReport.ProjectSection section : r.projects()) {
      ProjectAppraisal a = section.appraisal();
      Project p = a.project();
      Measures m = a.measures();
      List<Map<String, Object>> measures = new ArrayList<>();
      measures.add(row("label", "PV of benefits", "value", Numbers.pounds(m.pvBenefits())));
      measures.add(row("label", "of which cashable", "value", Numbers.pounds(m.pvCashable())));
      measures.add(row("label", "PV of costs", "value", Numbers.pounds(m.pvCosts())));
      measures.add(row("label", "NPSV", "value", Numbers.pounds(m.npsv())));
      String why = m.ratiosAbsentReason();
      measures.add(row("label", "BCR", "value", why != null ? why : Numbers.ratio(m.bcr())));
      measures.add(
          row("label", "Cash ROI", "value", why != null ? why : Numbers.ratio(m.cashRoi())));
      measures.add(
          row(
              "label",
              "Payback year",
              "value",
              m.payback() == null ? Numbers.ABSENT : m.payback().toString()));
      measures.add(
          row(
              "label",
              "Switching value",
              "value",
              why != null ? why : Numbers.fractionAsPercent(m.switchingValue())));
      measures.add(
          row("label", "Offences prevented", "value", Numbers.quantity(m.offencesPrevented(), 1)));
      measures.add(row("label", "Harm prevented (CSS)", "value", Numbers.quantity(m.harmCss(), 0)));
      measures.add(
          row("label", "Harm prevented (CCHI days)", "value", Numbers.quantity(m.harmCchi(), 0)));
      measures.add(row("label", "Hours freed", "value", Numbers.quantity(m.hoursFreed(), 0)));
      measures.add(row("label", "FTE-years freed", "value", Numbers.quantity(m.fteYears(), 1)));
      out.add(
          row(
              "id",
              p.id(),
              "name",
              p.name() == null ? p.id() : p.name(),
              "owner",
              p.owner(),
              "stage",
              p.stage().key(),
              "committed",
              p.stage().isCommitted() ? "committed" : "pipeline",
              "block",
              p.buildingBlock() == null ? "" : p.buildingBlock().key(),
              "area",
              p.area(),
              "period",
              p.start() + " to " + p.end(),
              "measures",
              measures,
              "benefits",
              withBasis(reconRows(section.benefits()), a),
              "costs",
              reconRows(section.costs())));
    }
    return out;
  }

  /** Each benefit row with what the benefit is valued by (offence, role, source, measure). */
  private static List<Map<String, Object>> withBasis(
      List<Map<String, Object>> rows, ProjectAppraisal a) {
    Map<String, String> basis = new LinkedHashMap<>();
    a.benefits().forEach(b -> basis.put(b.benefit().id(), Workbooks.basis(b.benefit().detail())));
    for (Map<String, Object> r : rows) {
      r.put("basis", basis.getOrDefault((String) r.get("item"), ""));
    }
    return rows;
  }

  private static List<Map<String, Object>> assumptions(ForceSettings s) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(
        row(
            "label",
            "Settings",
            "value",
            s.sourceFile() == null
                ? "the defaults (no force.yaml)"
                : "read from " + s.sourceFile()));
    out.add(
        row(
            "label",
            "Price base",
            "value",
            "£ in "
                + s.priceBase()
                + " prices (real terms), uprated with the HM Treasury GDP deflator series"));
    out.add(
        row(
            "label",
            "Discounting",
            "value",
            "year 0 is "
                + s.discountYear()
                + "; "
                + s.discountSchedule()
                + " Green Book STPR schedule; every quarter of a financial year"
                + " takes that year's factor"));
    TreeSet<CrimeCost.CostComponent> components = new TreeSet<>(s.components());
    List<String> names = new ArrayList<>();
    components.forEach(c -> names.add(c.toString()));
    out.add(
        row(
            "label",
            "Cost-of-crime components counted",
            "value",
            String.join(", ", names)
                + (s.scaleRecordedToAll()
                    ? "; recorded crime scaled to all crime with the Home Office multipliers"
                    : "; recorded crime not scaled to all crime")));
    out.add(
        row(
            "label",
            "Lead harm index",
            "value",
            s.harmIndex() == HarmIndex.CSS
                ? "Crime Severity Score (CSS); CCHI also shown"
                : "Cambridge Crime Harm Index (CCHI); CSS also shown"));
    out.add(
        row(
            "label",
            "RAG tolerance",
            "value",
            "green at "
                + Numbers.percent(s.tolerance().green())
                + " realisation or more, amber at "
                + Numbers.percent(s.tolerance().amber())
                + " or more, red below; spend is rated by"
                + " its distance from 100 % either way"));
    out.add(
        row(
            "label",
            "Hours in one FTE-year",
            "value",
            s.fteHours() == null
                ? "not set: FTE figures are absent"
                : Numbers.quantity(s.fteHours(), 0)));
    out.add(
        row(
            "label",
            "Financial year",
            "value",
            "starts in "
                + java.time.Month.of(s.calendar().startMonth())
                    .getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)));
    for (org.forcetotaliser.model.Accept a : s.accepts()) {
      out.add(row("label", "Accepted warning: " + a.describe(), "value", a.reason()));
    }
    return out;
  }

  private static List<Map<String, Object>> sources(List<ReferenceSource> sources) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReferenceSource src : sources) {
      out.add(
          row(
              "table",
              src.table(),
              "title",
              src.title(),
              "publisher",
              src.publisher(),
              "citation",
              src.citation(),
              "priceYear",
              src.priceYear(),
              "licence",
              src.licence(),
              "confidence",
              src.confidence(),
              "url",
              src.url()));
    }
    return out;
  }
}

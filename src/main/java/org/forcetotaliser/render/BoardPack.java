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
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Rag;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.calc.Totaliser;
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
    return html(r, index, List.of());
  }

  /**
   * The pack with a Prevention Index section when {@code index} is not null, and in its appendix
   * the warnings of {@code diagnostics} that force.yaml accepts, each with its reason
   * (docs/method.md §9a); the others are not listed there.
   */
  public static String html(
      BoardPackReport r,
      org.forcetotaliser.report.IndexReport index,
      List<Diagnostic> diagnostics) {
    PebbleTemplate template = ENGINE.getTemplate("board-pack.peb");
    StringWriter out = new StringWriter();
    try {
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("pack", view(r, index, diagnostics));
      template.evaluate(out, context, Locale.UK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** RAG as words: the pack never relies on colour alone. */
  static final Map<Rag, String> RAG_LABELS = ragLabels();

  private static Map<Rag, String> ragLabels() {
    Map<Rag, String> m = new EnumMap<>(Rag.class);
    for (Rag r : Rag.values()) {
      m.put(r, r.label());
    }
    return m;
  }

  /** The page the template lays out. */
  static PackView.Page view(
      BoardPackReport r,
      org.forcetotaliser.report.IndexReport index,
      List<Diagnostic> diagnostics) {
    ForceSettings s = r.settings();
    boolean cssFirst = s.harmIndex() == HarmIndex.CSS;
    // an accepted warning is listed once, with its reason, not again among the others
    java.util.Set<String> accepted = new java.util.HashSet<>();
    for (Diagnostic d : diagnostics) {
      if (d.isAccepted()) {
        accepted.add(d.headline());
      }
    }
    List<String> notes = new ArrayList<>();
    for (Diagnostic d : r.notes()) {
      if (!d.isAccepted() && !accepted.contains(d.headline())) {
        notes.add(d.headline());
      }
    }
    Map<String, String> names = projectNames(r);
    return new PackView.Page(
        s.force() == null ? "Force" : s.force(),
        r.asOf().toString(),
        Tables.basis(s),
        r.total().projects(),
        r.total().pipelineProjects(),
        PackSummary.of(r, index, names),
        headline(r),
        simulation(r, names),
        charts(r, cssFirst, names),
        reconRows(r.reconcile().benefits(), Map.of(), names),
        reconRows(r.reconcile().costs(), Map.of(), names),
        ragCountRows(r),
        missingRows(r.missing(), names),
        doubleCountRows(r.total().total().doubleCounts()),
        r.roadmap() == null ? null : roadmap(r.roadmap()),
        projects(r),
        assumptions(s),
        sources(r.sources()),
        notes,
        accepted(diagnostics),
        index == null ? "" : IndexHtml.section(index));
  }

  /**
   * The simulated NPSV of the committed portfolio and of every project with a ranged input, or null
   * when nothing was simulated (no input is a range, or {@code --simulate 0}).
   */
  private static PackView.Simulation simulation(BoardPackReport r, Map<String, String> names) {
    var portfolio = r.estimate().portfolioUncertainty();
    if (portfolio == null || portfolio.simulation() == null || r.tornado().isEmpty()) {
      return null;
    }
    List<PackView.SimulationRow> rows = new ArrayList<>();
    rows.add(simulationRow("Committed projects", portfolio.simulation()));
    for (int i = 0; i < r.estimate().projects().size(); i++) {
      var u = r.estimate().uncertainty().get(i);
      if (u.simulation() != null && !u.tornado().isEmpty()) {
        String id = r.estimate().projects().get(i).project().id();
        rows.add(simulationRow(names.getOrDefault(id, id), u.simulation()));
      }
    }
    return new PackView.Simulation(
        count(portfolio.simulation().draws()), portfolio.simulation().seed(), rows);
  }

  private static PackView.SimulationRow simulationRow(
      String label, org.forcetotaliser.calc.Simulation.Result s) {
    return new PackView.SimulationRow(
        label,
        money(s.npsv().p10()),
        money(s.npsv().p50()),
        money(s.npsv().p90()),
        money(s.npsv().mean()),
        new PackView.Fraction(s.pNpsvPositive()));
  }

  /** Each project's name by id (its id when it has no name). */
  static Map<String, String> projectNames(BoardPackReport r) {
    Map<String, String> names = new LinkedHashMap<>();
    for (BoardPackReport.ProjectSection p : r.projects()) {
      Project project = p.appraisal().project();
      names.put(project.id(), project.name() == null ? project.id() : project.name());
    }
    return names;
  }

  /** A key in words: {@code domestic-burglary} reads {@code Domestic burglary}. */
  static String words(String key) {
    String w = key.replace('-', ' ').replace('_', ' ');
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** A building block's key as a person reads it (a key that is no block stays as it is). */
  static String blockLabel(String key) {
    org.forcetotaliser.model.BuildingBlock b = org.forcetotaliser.model.BuildingBlock.ofKey(key);
    return b == null ? key : b.label();
  }

  /** The accepted warnings, in order, each with its title, where it was found and its reason. */
  private static List<PackView.AcceptedRow> accepted(List<Diagnostic> diagnostics) {
    List<PackView.AcceptedRow> out = new ArrayList<>();
    java.util.Set<Diagnostic> seen = new java.util.HashSet<>();
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(null);
    for (Diagnostic d : sorted) {
      if (d.isAccepted() && seen.add(d)) {
        out.add(
            new PackView.AcceptedRow(
                org.forcetotaliser.check.Rules.title(d.rule()),
                d.rule(),
                d.location().toString(),
                d.message(),
                d.accepted()));
      }
    }
    return out;
  }

  private static PackView.Money money(BigDecimal v) {
    return new PackView.Money(v);
  }

  private static PackView.Quantity quantity(BigDecimal v, int scale) {
    return new PackView.Quantity(v, scale);
  }

  private static PackView.Quantity count(Integer n) {
    return n == null ? new PackView.Quantity(null, 0) : PackView.Quantity.of(n);
  }

  /**
   * The roadmap section: a scorecard row per building block, the chart of actions by state, and the
   * overdue actions and late milestones with their owners (docs/method.md §Roadmap).
   */
  private static PackView.Roadmap roadmap(org.forcetotaliser.report.RoadmapReport r) {
    List<PackView.BlockRow> blocks = new ArrayList<>();
    for (org.forcetotaliser.calc.BlockStatus b : r.blocks()) {
      Map<org.forcetotaliser.calc.ActionState, Integer> st = b.states();
      Map<org.forcetotaliser.calc.ActionRag, Integer> rag = b.rags();
      blocks.add(
          new PackView.BlockRow(
              b.block().label(),
              b.lead() == null ? Numbers.ABSENT : b.lead(),
              count(b.actions()),
              count(st.get(org.forcetotaliser.calc.ActionState.DONE)),
              count(st.get(org.forcetotaliser.calc.ActionState.OVERDUE)),
              count(st.get(org.forcetotaliser.calc.ActionState.IN_PROGRESS)),
              count(st.get(org.forcetotaliser.calc.ActionState.NOT_STARTED)),
              b.milestonesMet() + " of " + b.milestonesDue(),
              new PackView.Fraction(b.milestoneDelivery()),
              count(rag.get(org.forcetotaliser.calc.ActionRag.GREEN)),
              count(rag.get(org.forcetotaliser.calc.ActionRag.AMBER)),
              count(rag.get(org.forcetotaliser.calc.ActionRag.RED)),
              count(rag.get(org.forcetotaliser.calc.ActionRag.COMPLETE)),
              count(rag.get(org.forcetotaliser.calc.ActionRag.NOT_REPORTED)),
              count(b.projects().size()),
              money(b.pvBenefits()),
              new PackView.Fraction(b.realisation())));
    }
    List<PackView.AttentionRow> attention = new ArrayList<>();
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
          new PackView.AttentionRow(
              s.action().id(),
              s.action().title(),
              s.action().block().label(),
              s.action().owner(),
              s.action().due().toString(),
              s.state().label(),
              s.rag().label(),
              late.isEmpty() ? Numbers.ABSENT : String.join("; ", late)));
    }
    return new PackView.Roadmap(
        blocks, attention, r.actionsInRoadmap(), Charts.actionsByState(r.blocks()));
  }

  private static PackView.Headline headline(
      String id, String label, PackView.Figure committed, PackView.Figure pipeline) {
    return new PackView.Headline(id, label, committed, pipeline);
  }

  private static List<PackView.Headline> headline(BoardPackReport r) {
    Measures c = r.total().total().committed().measures();
    Measures p = r.total().total().pipeline().measures();
    Summary cs = r.total().total().committed();
    Summary ps = r.total().total().pipeline();
    return List.of(
        headline("pv-benefits", "PV of benefits", money(c.pvBenefits()), money(p.pvBenefits())),
        headline("pv-cashable", "of which cashable", money(c.pvCashable()), money(p.pvCashable())),
        headline("pv-costs", "PV of costs", money(c.pvCosts()), money(p.pvCosts())),
        headline("npsv", "Net present social value (NPSV)", money(c.npsv()), money(p.npsv())),
        headline(
            "bcr",
            "Benefit–cost ratio (BCR)",
            new PackView.Ratio(c.bcr()),
            new PackView.Ratio(p.bcr())),
        headline("hours", "Hours freed", quantity(c.hoursFreed(), 0), quantity(p.hoursFreed(), 0)),
        headline(
            "fte-years", "FTE-years freed", quantity(c.fteYears(), 1), quantity(p.fteYears(), 1)),
        headline(
            "offences",
            "Offences prevented",
            quantity(c.offencesPrevented(), 1),
            quantity(p.offencesPrevented(), 1)),
        headline(
            "harm-css",
            "Harm prevented (Crime Severity Score)",
            quantity(c.harmCss(), 0),
            quantity(p.harmCss(), 0)),
        headline(
            "harm-cchi",
            "Harm prevented (Cambridge Crime Harm Index, days)",
            quantity(c.harmCchi(), 0),
            quantity(p.harmCchi(), 0)),
        headline(
            "planned-to-date",
            "Planned value to date",
            money(cs.plannedValueToDate()),
            money(ps.plannedValueToDate())),
        headline(
            "actual-to-date",
            "Actual value to date",
            money(cs.actualValueToDate()),
            money(ps.actualValueToDate())));
  }

  private static PackView.ChartRow chartRow(String key, PackView.Figure... cells) {
    return new PackView.ChartRow(key, null, List.of(cells));
  }

  private static List<PackView.Chart> charts(
      BoardPackReport r, boolean cssFirst, Map<String, String> names) {
    List<PackView.Chart> out = new ArrayList<>();
    List<PackView.ChartRow> series = new ArrayList<>();
    for (QuarterValue q : r.series()) {
      series.add(
          chartRow(
              q.quarter().toString(),
              money(q.planned()),
              money(q.actual()),
              new PackView.Words(q.reported() + " of " + q.due())));
    }
    out.add(
        new PackView.Chart(
            "chart-series",
            "Planned against actual benefit value by quarter (committed projects)",
            "£ undiscounted, net of additionality, before optimism bias. A quarter with"
                + " no return shows no actual bar: missing actuals are not zero.",
            Charts.plannedVsActual(r.series()),
            List.of("quarter", "planned", "actual", "items reported of due"),
            series));
    List<Summary> blocks = r.total().total().breakdowns().get(Breakdown.BUILDING_BLOCK);
    List<PackView.ChartRow> blockRows = new ArrayList<>();
    for (Summary b : blocks) {
      blockRows.add(
          chartRow(
              blockLabel(b.key()),
              money(b.measures().pvBenefits()),
              money(b.measures().pvCosts()),
              money(b.measures().npsv())));
    }
    out.add(
        new PackView.Chart(
            "chart-blocks",
            "Benefits (PV) by building block",
            "Committed projects; present values in price-base prices.",
            Charts.pvByBlock(blocks, BoardPack::blockLabel),
            List.of("building block", "PV benefits", "PV costs", "NPSV"),
            blockRows));
    List<Summary> offences = new ArrayList<>();
    for (Summary o : r.total().total().breakdowns().get(Breakdown.OFFENCE)) {
      if (!Totaliser.NO_OFFENCE.equals(o.key())) {
        offences.add(o);
      }
    }
    List<PackView.ChartRow> offenceRows = new ArrayList<>();
    for (Summary o : offences) {
      offenceRows.add(
          chartRow(
              words(o.key()),
              quantity(o.measures().offencesPrevented(), 1),
              quantity(o.measures().harmCss(), 0),
              quantity(o.measures().harmCchi(), 0)));
    }
    out.add(
        new PackView.Chart(
            "chart-harm",
            "Harm prevented by offence category",
            "Committed projects, risk-adjusted; bars show the lead index ("
                + (cssFirst ? "Crime Severity Score" : "Cambridge Crime Harm Index, days")
                + "), the table both.",
            Charts.harmByOffence(offences, cssFirst, cssFirst ? "harm (CSS)" : "harm (CCHI days)"),
            List.of("offence category", "offences", "harm (CSS)", "harm (CCHI days)"),
            offenceRows));
    List<PackView.ChartRow> ragRows = new ArrayList<>();
    for (Map.Entry<Rag, Integer> e : r.ragCounts().entrySet()) {
      ragRows.add(
          new PackView.ChartRow(
              RAG_LABELS.get(e.getKey()), e.getKey(), List.of(count(e.getValue()))));
    }
    out.add(
        new PackView.Chart(
            "chart-rag",
            "Benefits by RAG status as of " + r.asOf(),
            "Every benefit of every project, committed and pipeline.",
            Charts.ragCounts(r.ragCounts(), RAG_LABELS),
            List.of("status", "benefits"),
            ragRows));
    if (!r.tornado().isEmpty()) {
      List<PackView.ChartRow> rows = new ArrayList<>();
      for (var b : r.tornado()) {
        rows.add(
            chartRow(
                names.getOrDefault(b.project(), b.project()) + ": " + b.ref().label(),
                money(b.npsvAtLow()),
                money(b.npsvAtHigh()),
                money(b.swing())));
      }
      out.add(
          new PackView.Chart(
              "chart-tornado",
              "Which assumptions matter: NPSV with each " + "ranged input at its low and high end",
              "Every other input at its likely value. The inputs written as ranges in the "
                  + "project files, largest swing first (at most "
                  + BoardPacks.TORNADO_BARS
                  + ").",
              Charts.tornado(r.tornado(), names),
              List.of("input", "NPSV at low", "NPSV at high", "swing"),
              rows));
    }
    return out;
  }

  private static PackView.Figure amount(org.forcetotaliser.calc.ItemType type, BigDecimal v) {
    if (type.inPounds()) {
      return money(v);
    }
    return quantity(v, type.is(org.forcetotaliser.model.BenefitDetail.Type.HOURS_FREED) ? 0 : 1);
  }

  private static String quarters(List<org.forcetotaliser.model.Quarter> qs) {
    List<String> s = new ArrayList<>();
    qs.forEach(q -> s.add(q.toString()));
    return String.join(", ", s);
  }

  /** Each item against its plan, with what each benefit is valued by from {@code basis}. */
  private static List<PackView.ReconRow> reconRows(
      List<ItemReconciliation> items, Map<String, String> basis, Map<String, String> names) {
    List<PackView.ReconRow> out = new ArrayList<>();
    for (ItemReconciliation i : items) {
      out.add(
          new PackView.ReconRow(
              names.getOrDefault(i.project(), i.project()),
              i.item(),
              i.type().label(),
              i.owner(),
              amount(i.type(), i.planned()),
              amount(i.type(), i.plannedReported()),
              amount(i.type(), i.actual()),
              amount(i.type(), i.variance()),
              new PackView.Percent(i.realisation()),
              amount(i.type(), i.forecast()),
              money(i.plannedValue()),
              money(i.actualValue()),
              i.rag(),
              RAG_LABELS.get(i.rag()),
              quarters(i.missing()),
              basis.getOrDefault(i.item(), "")));
    }
    return out;
  }

  private static List<PackView.RagCount> ragCountRows(BoardPackReport r) {
    List<PackView.RagCount> out = new ArrayList<>();
    r.ragCounts()
        .forEach((rag, n) -> out.add(new PackView.RagCount(rag, RAG_LABELS.get(rag), count(n))));
    return out;
  }

  private static List<PackView.MissingRow> missingRows(
      List<ItemReconciliation> items, Map<String, String> names) {
    List<PackView.MissingRow> out = new ArrayList<>();
    for (ItemReconciliation i : items) {
      out.add(
          new PackView.MissingRow(
              names.getOrDefault(i.project(), i.project()),
              i.item(),
              i.type().label(),
              i.owner(),
              quarters(i.missing()),
              count(i.missing().size())));
    }
    return out;
  }

  private static List<PackView.DoubleCountRow> doubleCountRows(List<DoubleCount> counts) {
    List<PackView.DoubleCountRow> out = new ArrayList<>();
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
          new PackView.DoubleCountRow(
              d.kind().key(),
              d.claim().key(),
              DoubleCount.firstFew(d.items()),
              periods,
              money(d.atStake())));
    }
    return out;
  }

  private static PackView.Measure measure(String label, PackView.Figure value) {
    return new PackView.Measure(label, value);
  }

  private static List<PackView.ProjectView> projects(BoardPackReport r) {
    List<PackView.ProjectView> out = new ArrayList<>();
    for (BoardPackReport.ProjectSection section : r.projects()) {
      ProjectAppraisal a = section.appraisal();
      Project p = a.project();
      Measures m = a.measures();
      String why = m.ratiosAbsentReason();
      List<PackView.Measure> measures =
          List.of(
              measure("PV of benefits", money(m.pvBenefits())),
              measure("of which cashable", money(m.pvCashable())),
              measure("PV of costs", money(m.pvCosts())),
              measure("NPSV", money(m.npsv())),
              measure("BCR", why != null ? new PackView.Words(why) : new PackView.Ratio(m.bcr())),
              measure(
                  "Cash ROI",
                  why != null ? new PackView.Words(why) : new PackView.Ratio(m.cashRoi())),
              measure(
                  "Payback year",
                  new PackView.Words(
                      m.payback() == null ? Numbers.ABSENT : m.payback().toString())),
              measure(
                  "Switching value",
                  why != null
                      ? new PackView.Words(why)
                      : new PackView.Fraction(m.switchingValue())),
              measure("Offences prevented", quantity(m.offencesPrevented(), 1)),
              measure("Harm prevented (CSS)", quantity(m.harmCss(), 0)),
              measure("Harm prevented (CCHI days)", quantity(m.harmCchi(), 0)),
              measure("Hours freed", quantity(m.hoursFreed(), 0)),
              measure("FTE-years freed", quantity(m.fteYears(), 1)));
      Map<String, String> basis = new LinkedHashMap<>();
      a.benefits().forEach(b -> basis.put(b.benefit().id(), Workbooks.basis(b.benefit().detail())));
      out.add(
          new PackView.ProjectView(
              p.id(),
              p.name() == null ? p.id() : p.name(),
              p.owner(),
              p.stage().label(),
              p.stage().isCommitted() ? "committed" : "pipeline",
              p.buildingBlock() == null ? "" : p.buildingBlock().label(),
              p.area(),
              p.start() + " to " + p.end(),
              section.overall(),
              RAG_LABELS.get(section.overall()),
              measures,
              reconRows(section.benefits(), basis, Map.of()),
              reconRows(section.costs(), Map.of(), Map.of())));
    }
    return out;
  }

  private static List<PackView.Assumption> assumptions(ForceSettings s) {
    List<PackView.Assumption> out = new ArrayList<>();
    out.add(
        new PackView.Assumption(
            "Settings",
            s.sourceFile() == null
                ? "the defaults (no force.yaml)"
                : "read from " + s.sourceFile()));
    out.add(
        new PackView.Assumption(
            "Price base",
            "£ in "
                + s.priceBase()
                + " prices (real terms), uprated with the HM Treasury GDP deflator series"));
    out.add(
        new PackView.Assumption(
            "Discounting",
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
        new PackView.Assumption(
            "Cost-of-crime components counted",
            String.join(", ", names)
                + (s.scaleRecordedToAll()
                    ? "; recorded crime scaled to all crime with the Home Office multipliers"
                    : "; recorded crime not scaled to all crime")));
    out.add(
        new PackView.Assumption(
            "Lead harm index",
            s.harmIndex() == HarmIndex.CSS
                ? "Crime Severity Score (CSS); CCHI also shown"
                : "Cambridge Crime Harm Index (CCHI); CSS also shown"));
    out.add(
        new PackView.Assumption(
            "RAG tolerance",
            "green at "
                + Numbers.percent(s.tolerance().green())
                + " realisation or more, amber at "
                + Numbers.percent(s.tolerance().amber())
                + " or more, red below; spend is rated by"
                + " its distance from 100 % either way"));
    out.add(
        new PackView.Assumption(
            "Hours in one FTE-year",
            s.fteHours() == null
                ? "not set: FTE figures are absent"
                : Numbers.quantity(s.fteHours(), 0)));
    out.add(
        new PackView.Assumption(
            "Financial year",
            "starts in "
                + java.time.Month.of(s.calendar().startMonth())
                    .getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)));
    for (org.forcetotaliser.model.Accept a : s.accepts()) {
      out.add(new PackView.Assumption("Accepted warning: " + a.describe(), a.reason()));
    }
    return out;
  }

  private static List<PackView.SourceRow> sources(List<ReferenceSource> sources) {
    List<PackView.SourceRow> out = new ArrayList<>();
    for (ReferenceSource src : sources) {
      out.add(
          new PackView.SourceRow(
              src.table(),
              src.title(),
              src.publisher(),
              src.citation(),
              src.priceYear(),
              src.licence(),
              src.confidence(),
              src.url()));
    }
    return out;
  }
}

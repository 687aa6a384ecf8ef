package org.forcetotaliser.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;
import org.forcetotaliser.calc.ActionStatus;
import org.forcetotaliser.calc.Appraiser;
import org.forcetotaliser.calc.BlockStatus;
import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.calc.DoubleCount;
import org.forcetotaliser.calc.ForceTotal;
import org.forcetotaliser.calc.ItemReconciliation;
import org.forcetotaliser.calc.LinkedProject;
import org.forcetotaliser.calc.Measures;
import org.forcetotaliser.calc.ProjectAppraisal;
import org.forcetotaliser.calc.Reconciler;
import org.forcetotaliser.calc.Roadmaps;
import org.forcetotaliser.calc.Sensitivity;
import org.forcetotaliser.calc.Simulation;
import org.forcetotaliser.calc.Summary;
import org.forcetotaliser.calc.Totaliser;
import org.forcetotaliser.calc.Totals;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.MapInOrder;
import org.forcetotaliser.model.Portfolio;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReferenceData;
import org.forcetotaliser.model.ReportRule;

/**
 * Builds each report from a loaded portfolio: the pipeline of every command in one place. Pure: no
 * I/O.
 */
public final class Reports {
  private Reports() {}

  /**
   * What to add to an estimate: scenarios, a simulation of {@code draws} draws (0: none), and who
   * hears how far the simulation is ({@code progress} gets the fraction done, 0 to 1).
   */
  public record UncertaintyOptions(
      boolean scenarios, int draws, long seed, DoubleConsumer progress) {
    public static final UncertaintyOptions NONE = new UncertaintyOptions(false, 0, 0);

    public UncertaintyOptions {
      progress = progress == null ? f -> {} : progress;
    }

    public UncertaintyOptions(boolean scenarios, int draws, long seed) {
      this(scenarios, draws, seed, null);
    }

    public boolean any() {
      return scenarios || draws > 0;
    }
  }

  public static EstimateReport estimate(
      Portfolio portfolio, ReferenceData reference, ForceSettings settings, boolean byYear) {
    return estimate(
        portfolio, reference, settings, byYear, UncertaintyOptions.NONE, MapInOrder.ONE_THREAD);
  }

  public static EstimateReport estimate(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      boolean byYear,
      UncertaintyOptions options) {
    return estimate(portfolio, reference, settings, byYear, options, MapInOrder.ONE_THREAD);
  }

  /** The estimate, each project appraised by {@code inOrder}. */
  public static EstimateReport estimate(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      boolean byYear,
      UncertaintyOptions options,
      MapInOrder inOrder) {
    Estimating e = estimating(portfolio, reference, settings, byYear, options);
    inOrder.map(e.projects(), e::worker, e::add);
    return e.finish();
  }

  /** One project's appraisal, its uncertainty (or null), and the warnings it raised. */
  public record Appraised(
      ProjectAppraisal appraisal, UncertaintyReport uncertainty, List<Diagnostic> notes) {
    /** The same with the project-level figures only ({@link ProjectAppraisal#slim()}). */
    public Appraised slim() {
      return new Appraised(appraisal.slim(), uncertainty, notes);
    }
  }

  /**
   * An estimate being made project by project: a worker appraises a project (on any thread, one
   * worker per thread), {@link #add} takes the appraisals in the portfolio's order, and {@link
   * #finish} makes the report. Whoever drives it may do more with each appraisal on the way, such
   * as write it out, and may {@link Appraised#slim()} it before adding, so that a large portfolio's
   * quarters are never all in memory at once.
   */
  public static final class Estimating {
    private final Portfolio portfolio;
    private final ReferenceData reference;
    private final ForceSettings settings;
    private final boolean byYear;
    private final UncertaintyOptions options;
    private final List<UncertaintyReport> uncertainty;
    private final UncertaintyReport whole;
    private final Appraiser modelling;
    private final List<ProjectAppraisal> appraised;
    private final List<Diagnostic> appraisalNotes = new ArrayList<>();

    private Estimating(
        Portfolio portfolio,
        ReferenceData reference,
        ForceSettings settings,
        boolean byYear,
        UncertaintyOptions options,
        List<UncertaintyReport> uncertainty,
        UncertaintyReport whole,
        Appraiser modelling) {
      this.portfolio = portfolio;
      this.reference = reference;
      this.settings = settings;
      this.byYear = byYear;
      this.options = options;
      this.uncertainty = uncertainty;
      this.whole = whole;
      this.modelling = modelling;
      this.appraised = new ArrayList<>(portfolio.projects().size());
    }

    /** The projects to appraise, by their index in the portfolio. */
    public List<Integer> projects() {
      return java.util.stream.IntStream.range(0, portfolio.projects().size()).boxed().toList();
    }

    /** A worker for one thread: appraises the project at an index. */
    public java.util.function.Function<Integer, Appraised> worker() {
      Appraiser mine = new Appraiser(settings, reference);
      List<Project> all = portfolio.projects();
      return i ->
          new Appraised(
              mine.appraise(all.get(i)),
              options.any() ? uncertainty.get(i) : null,
              mine.takeNotes());
    }

    /** Takes the next project's appraisal, in the portfolio's order. */
    public void add(Appraised done) {
      appraisalNotes.addAll(done.notes());
      appraised.add(done.appraisal());
    }

    /** The report, once every project is added. */
    public EstimateReport finish() {
      // the modelling appraiser's warnings repeat the appraisal's own, once per re-appraisal
      List<Diagnostic> notes = new ArrayList<>(appraisalNotes);
      return new EstimateReport(
          settings,
          appraised,
          summary(appraised, settings, Project::stage, true),
          summary(appraised, settings, Project::stage, false),
          byYear,
          uncertainty,
          whole,
          notes);
    }
  }

  /** An estimate to be made project by project: see {@link Estimating}. */
  public static Estimating estimating(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      boolean byYear,
      UncertaintyOptions options) {
    List<UncertaintyReport> uncertainty = new ArrayList<>();
    UncertaintyReport whole = null;
    // its own appraiser for the scenarios, tornado, switching values and simulation
    Appraiser modelling = new Appraiser(settings, reference);
    if (options.any()) {
      List<Project> given = portfolio.projects();
      List<Boolean> committed = new ArrayList<>();
      for (Project p : given) {
        committed.add(p.stage().isCommitted());
      }
      Simulation.Outcome sim =
          options.draws() > 0
              ? Simulation.run(
                  modelling, given, committed, options.draws(), options.seed(), options.progress())
              : null;
      List<Totals> low = new ArrayList<>();
      List<Totals> likely = new ArrayList<>();
      List<Totals> high = new ArrayList<>();
      for (int i = 0; i < given.size(); i++) {
        Sensitivity.Analysis a = Sensitivity.analyse(modelling, given.get(i), options.scenarios());
        Sensitivity.Scenarios s = a.scenarios();
        if (s != null && committed.get(i)) {
          low.add(s.low().totals());
          likely.add(s.likely().totals());
          high.add(s.high().totals());
        }
        uncertainty.add(
            new UncertaintyReport(
                s == null ? null : s.low().measures(),
                s == null ? null : s.likely().measures(),
                s == null ? null : s.high().measures(),
                sim == null ? null : sim.projects().get(i),
                a.tornado(),
                a.switching()));
      }
      BigDecimal fte = settings.fteHours();
      whole =
          new UncertaintyReport(
              options.scenarios() ? Measures.of(Totals.sum(low), fte) : null,
              options.scenarios() ? Measures.of(Totals.sum(likely), fte) : null,
              options.scenarios() ? Measures.of(Totals.sum(high), fte) : null,
              sim == null ? null : sim.portfolio(),
              List.of(),
              List.of());
    }
    return new Estimating(
        portfolio, reference, settings, byYear, options, uncertainty, whole, modelling);
  }

  private static Summary summary(
      List<ProjectAppraisal> projects,
      ForceSettings settings,
      java.util.function.Function<Project, org.forcetotaliser.model.Stage> stage,
      boolean committed) {
    List<Totals> parts = new ArrayList<>();
    for (ProjectAppraisal p : projects) {
      if (stage.apply(p.project()).isCommitted() == committed) {
        parts.add(p.totals());
      }
    }
    Totals t = Totals.sum(parts);
    return new Summary(null, t, Measures.of(t, settings.fteHours()), null, null, false);
  }

  public static ReconcileReport reconcile(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      Quarter asOf,
      boolean byQuarter,
      Predicate<ItemReconciliation> filter) {
    return reconcile(
        portfolio, reference, settings, asOf, byQuarter, filter, MapInOrder.ONE_THREAD);
  }

  /** The reconciliation, each project appraised and reconciled by {@code inOrder}. */
  public static ReconcileReport reconcile(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      Quarter asOf,
      boolean byQuarter,
      Predicate<ItemReconciliation> filter,
      MapInOrder inOrder) {
    List<ItemReconciliation> benefits = new ArrayList<>();
    List<ItemReconciliation> costs = new ArrayList<>();
    List<Diagnostic> appraisalNotes = new ArrayList<>();
    List<Diagnostic> reconcileNotes = new ArrayList<>();
    // one project at a time on each thread: its appraisal is dropped once reconciled, and the
    // rows per quarter are kept only when the report shows them
    inOrder.map(
        portfolio.projects(),
        () -> {
          Appraiser appraiser = new Appraiser(settings, reference);
          Reconciler reconciler = new Reconciler(settings.tolerance(), asOf);
          return project -> {
            ProjectAppraisal p = appraiser.appraise(project);
            List<ItemReconciliation> kept = new ArrayList<>();
            for (ItemReconciliation r : reconciler.reconcile(p, portfolio.actuals())) {
              if (filter.test(r)) {
                kept.add(byQuarter ? r : r.withoutQuarters());
              }
            }
            return new Reconciled(kept, appraiser.takeNotes(), reconciler.takeNotes());
          };
        },
        done -> {
          for (ItemReconciliation r : done.items()) {
            (r.isCost() ? costs : benefits).add(r);
          }
          appraisalNotes.addAll(done.appraisalNotes());
          reconcileNotes.addAll(done.reconcileNotes());
        });
    List<Diagnostic> notes = new ArrayList<>(appraisalNotes);
    notes.addAll(reconcileNotes);
    return new ReconcileReport(settings, asOf, benefits, costs, byQuarter, notes);
  }

  /** A project's reconciled items and the warnings raised on the way. */
  private record Reconciled(
      List<ItemReconciliation> items,
      List<Diagnostic> appraisalNotes,
      List<Diagnostic> reconcileNotes) {}

  /** A project's part of the force total and the warnings raised on the way. */
  private record Totalled(
      Totaliser.Part part,
      boolean committed,
      List<Diagnostic> appraisalNotes,
      List<Diagnostic> reconcileNotes) {}

  public static TotalReport total(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      Quarter asOf,
      List<Breakdown> dimensions) {
    return total(portfolio, reference, settings, asOf, dimensions, MapInOrder.ONE_THREAD);
  }

  /** The force total, each project appraised, reconciled and summed by {@code inOrder}. */
  public static TotalReport total(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      Quarter asOf,
      List<Breakdown> dimensions,
      MapInOrder inOrder) {
    Totaliser totaliser = new Totaliser(asOf, settings.fteHours());
    List<Diagnostic> appraisalNotes = new ArrayList<>();
    List<Diagnostic> reconcileNotes = new ArrayList<>();
    int[] committed = {0};
    // each project appraised, reconciled and summed on its own on any thread, then added into
    // the total in the portfolio's order and dropped
    inOrder.map(
        portfolio.projects(),
        () -> {
          Appraiser appraiser = new Appraiser(settings, reference);
          Reconciler reconciler = new Reconciler(settings.tolerance(), asOf);
          return project -> {
            ProjectAppraisal p = appraiser.appraise(project);
            Map<String, ItemReconciliation> items = new LinkedHashMap<>();
            for (ItemReconciliation r : reconciler.reconcile(p, portfolio.actuals())) {
              items.put(r.item(), r);
            }
            return new Totalled(
                Totaliser.part(p, items),
                project.stage().isCommitted(),
                appraiser.takeNotes(),
                reconciler.takeNotes());
          };
        },
        done -> {
          totaliser.add(done.part());
          committed[0] += done.committed() ? 1 : 0;
          appraisalNotes.addAll(done.appraisalNotes());
          reconcileNotes.addAll(done.reconcileNotes());
        });
    ForceTotal total = totaliser.total();
    List<Diagnostic> notes = new ArrayList<>(appraisalNotes);
    notes.addAll(reconcileNotes);
    for (DoubleCount d : total.doubleCounts()) {
      notes.add(doubleCountNote(d));
    }
    return new TotalReport(
        settings,
        total,
        dimensions,
        committed[0],
        portfolio.projects().size() - committed[0],
        notes);
  }

  /** The warning for a double count, located at its first benefit. */
  public static Diagnostic doubleCountNote(DoubleCount d) {
    ReportRule rule = d.isDefinite() ? ReportRule.DOUBLE_COUNT : ReportRule.POSSIBLE_DOUBLE_COUNT;
    String what =
        d.claim() instanceof DoubleCount.CategoryInArea c
            ? "crime harm on `"
                + c.category()
                + "` in `"
                + c.area()
                + "` may be counted twice by "
                + DoubleCount.firstFew(d.items())
            : "`" + d.claim().key() + "` is claimed by " + DoubleCount.firstFew(d.items());
    String periods =
        d.periods().size() == 1
            ? d.periods().get(0).toString()
            : d.periods().get(0) + " to " + d.periods().get(d.periods().size() - 1);
    return Diagnostic.of(
            d.locations().get(0),
            rule,
            what
                + " in "
                + periods
                + "; £"
                + String.format(
                    java.util.Locale.UK,
                    "%,d",
                    d.atStake().setScale(0, java.math.RoundingMode.HALF_EVEN).toBigInteger())
                + " PV at stake")
        .about(d.projects().get(0), item(d.items().get(0)), null)
        .claimedBy(d.items());
  }

  /** The benefit id of {@code project/benefit}. */
  private static String item(String projectItem) {
    return projectItem.substring(projectItem.indexOf('/') + 1);
  }

  /**
   * The Prevention Roadmap as of {@code asOf} (docs/method.md §Roadmap): every action assessed, all
   * six building blocks totalled, and the committed projects linked to any block appraised and
   * reconciled for their PV benefits, NPSV and realisation.
   */
  public static RoadmapReport roadmap(
      Portfolio portfolio,
      ReferenceData reference,
      ForceSettings settings,
      Quarter asOf,
      RoadmapReport.Filter filter) {
    org.forcetotaliser.model.Roadmap roadmap = portfolio.roadmap();
    List<ActionStatus> statuses = new ArrayList<>();
    for (org.forcetotaliser.model.Roadmap.Action a : roadmap.actions()) {
      statuses.add(Roadmaps.assess(a, asOf));
    }
    Map<String, Project> byId = new LinkedHashMap<>();
    for (Project p : portfolio.projects()) {
      byId.putIfAbsent(p.id(), p);
    }
    java.util.TreeSet<String> linked = new java.util.TreeSet<>();
    for (org.forcetotaliser.model.BuildingBlock b :
        org.forcetotaliser.model.BuildingBlock.values()) {
      linked.addAll(Roadmaps.linkedIds(b, roadmap, byId));
    }
    Appraiser appraiser = new Appraiser(settings, reference);
    Reconciler reconciler = new Reconciler(settings.tolerance(), asOf);
    Map<String, LinkedProject> figures = new LinkedHashMap<>();
    List<Diagnostic> appraisalNotes = new ArrayList<>();
    List<Diagnostic> reconcileNotes = new ArrayList<>();
    for (String id : linked) {
      ProjectAppraisal p = appraiser.appraise(byId.get(id));
      figures.put(id, Roadmaps.linked(p, reconciler.reconcile(p, portfolio.actuals())));
      appraisalNotes.addAll(appraiser.takeNotes());
      reconcileNotes.addAll(reconciler.takeNotes());
    }
    List<BlockStatus> blocks = new ArrayList<>();
    for (BlockStatus b : Roadmaps.blocks(roadmap, statuses, byId, figures)) {
      if (filter.shows(b.block())) {
        blocks.add(b);
      }
    }
    List<ActionStatus> shown = statuses.stream().filter(filter::shows).toList();
    List<Diagnostic> notes = new ArrayList<>(appraisalNotes);
    notes.addAll(reconcileNotes);
    return new RoadmapReport(settings, asOf, blocks, shown, statuses.size(), notes);
  }
}

package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.Uncertain;

/**
 * Monte Carlo simulation of NPSV (docs/method.md §10): every ranged input drawn independently from
 * a triangular distribution (low, likely, high). Each project has its own generator, split in
 * project order from one seeded root, so a project's draws do not depend on the others'.
 *
 * <p>The draws are binary floating point ({@code double}), not exact decimals: the appraisal's own
 * per-quarter unit values, deflators and discount factors are computed exactly once ({@link
 * Appraiser}, {@link Profiles#weights}), and each draw only multiplies and adds them in {@code
 * double}. Java's {@code double} arithmetic and {@link Math#sqrt} are exactly specified, and the
 * draws are summed in one fixed order on one thread, so the same seed gives the same figures on
 * every machine and with any number of threads. Memory: three {@code double}s per draw (the present
 * values of benefits and of costs, and one to sort), whatever the number of projects. Pure.
 */
public final class Simulation {
  /** How many draws between two reports of progress. */
  private static final int REPORT_EVERY = 1 << 16;

  private Simulation() {}

  /** P10, P50, P90 (nearest rank) and the mean of a set of draws; null when there are none. */
  public record Distribution(BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal mean) {
    /**
     * The distribution of {@code values[0..n)}, which are reordered in place: the mean is summed
     * first, in draw order; then each percentile is selected, not the whole sorted.
     */
    static Distribution of(double[] values, int n) {
      if (n == 0) {
        return null;
      }
      double mean = sum(values, n) / n;
      int k10 = rank(n, 10);
      int k50 = rank(n, 50);
      int k90 = rank(n, 90);
      select(values, 0, n - 1, k10);
      select(values, k10, n - 1, k50);
      select(values, k50, n - 1, k90);
      return new Distribution(
          new BigDecimal(values[k10]),
          new BigDecimal(values[k50]),
          new BigDecimal(values[k90]),
          new BigDecimal(mean));
    }

    /** Every draw the same value. */
    static Distribution constant(double value) {
      BigDecimal v = new BigDecimal(value);
      return new Distribution(v, v, v, v);
    }

    /** The nearest-rank percentile's index (0-based): position ⌈p/100 × n⌉. */
    private static int rank(int n, int p) {
      long k = ((long) p * n + 99) / 100;
      return (int) Math.max(0, Math.min(n - 1, k - 1));
    }

    /**
     * Puts into {@code a[k]} the value a sort of {@code a[lo..hi]} would put there, with no larger
     * value before it and no smaller one after (Hoare's selection, median-of-three pivot). Which
     * value lands at k does not depend on how the rest is ordered, so the result is the same as
     * after a full sort.
     */
    static void select(double[] a, int lo, int hi, int k) {
      while (hi > lo) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] < a[lo]) {
          swap(a, mid, lo);
        }
        if (a[hi] < a[lo]) {
          swap(a, hi, lo);
        }
        if (a[hi] < a[mid]) {
          swap(a, hi, mid);
        }
        double pivot = a[mid];
        int i = lo;
        int j = hi;
        while (i <= j) {
          while (a[i] < pivot) {
            i++;
          }
          while (a[j] > pivot) {
            j--;
          }
          if (i <= j) {
            swap(a, i++, j--);
          }
        }
        if (k <= j) {
          hi = j;
        } else if (k >= i) {
          lo = i;
        } else {
          return;
        }
      }
    }

    private static void swap(double[] a, int i, int j) {
      double t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** The simulated distribution of one project or of the committed portfolio. */
  public record Result(
      int draws,
      long seed,
      Distribution npsv,
      Distribution bcr,
      Distribution pvBenefits,
      Distribution pvCosts,
      BigDecimal pNpsvPositive) {}

  /** Results per project (same order) and for the committed portfolio. */
  public record Outcome(List<Result> projects, Result portfolio) {}

  /** One triangular draw by the inverse of its distribution function, u in [0, 1). */
  public static double triangular(double low, double likely, double high, double u) {
    double width = high - low;
    if (width == 0) {
      return likely;
    }
    double left = likely - low;
    if (u < left / width) {
      return low + Math.sqrt(u * width * left);
    }
    return high - Math.sqrt((1 - u) * width * (high - likely));
  }

  /**
   * Runs {@code draws} draws of every project. {@code committed} marks the projects that count in
   * the portfolio; {@code progress} hears now and then the share of the work done (0 to 1).
   *
   * <p>Two passes over the same draws keep memory to three numbers per draw: the first adds every
   * committed project's present values into the portfolio's and summarises them; the second draws
   * each project again (a new root with the same seed splits into the same generators) and
   * summarises it alone in the same arrays.
   */
  public static Outcome run(
      Appraiser appraiser,
      List<Project> projects,
      List<Boolean> committed,
      int draws,
      long seed,
      DoubleConsumer progress) {
    List<Model> models = new ArrayList<>(projects.size());
    long work = 0;
    for (int i = 0; i < projects.size(); i++) {
      Model m = new Model(appraiser, projects.get(i));
      models.add(m);
      if (m.ranged.length > 0) {
        work += (committed.get(i) ? 2L : 1L) * draws;
      }
    }
    Work done = new Work(work, progress);
    double[] pvb = new double[draws];
    double[] pvc = new double[draws];
    double[] scratch = new double[draws];
    // first pass: the committed portfolio, draw by draw
    List<SplittableRandom> generators = generators(seed, projects.size());
    for (int i = 0; i < models.size(); i++) {
      Model m = models.get(i);
      if (!committed.get(i)) {
        continue;
      }
      if (m.ranged.length == 0) {
        m.evaluate();
        for (int d = 0; d < draws; d++) {
          pvb[d] += m.pvb;
          pvc[d] += m.pvc;
        }
        continue;
      }
      SplittableRandom g = generators.get(i);
      for (int d = 0; d < draws; d++) {
        m.draw(g);
        pvb[d] += m.pvb;
        pvc[d] += m.pvc;
        done.one();
      }
    }
    Result portfolio = summarise(pvb, pvc, scratch, draws, seed);
    // second pass: each project alone, in the same arrays
    generators = generators(seed, projects.size());
    List<Result> results = new ArrayList<>(projects.size());
    for (int i = 0; i < models.size(); i++) {
      Model m = models.get(i);
      if (m.ranged.length == 0) {
        // nothing is drawn: every draw is the likely value
        m.evaluate();
        results.add(constant(m.pvb, m.pvc, draws, seed));
        continue;
      }
      SplittableRandom g = generators.get(i);
      for (int d = 0; d < draws; d++) {
        m.draw(g);
        pvb[d] = m.pvb;
        pvc[d] = m.pvc;
        done.one();
      }
      results.add(summarise(pvb, pvc, scratch, draws, seed));
    }
    progress.accept(1);
    return new Outcome(results, portfolio);
  }

  /** One generator per project, split in project order from a root seeded with seed. */
  private static List<SplittableRandom> generators(long seed, int n) {
    SplittableRandom root = new SplittableRandom(seed);
    List<SplittableRandom> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(root.split());
    }
    return out;
  }

  /** Counts draws and tells the listener the share done every {@link #REPORT_EVERY}. */
  private static final class Work {
    private final long total;
    private final DoubleConsumer listener;
    private long done;

    Work(long total, DoubleConsumer listener) {
      this.total = total;
      this.listener = listener;
    }

    void one() {
      if (++done % REPORT_EVERY == 0) {
        listener.accept((double) done / total);
      }
    }
  }

  /** The distributions of draws with present values pvb and pvc (both sorted in place). */
  private static Result summarise(double[] pvb, double[] pvc, double[] scratch, int n, long seed) {
    int positive = 0;
    for (int d = 0; d < n; d++) {
      scratch[d] = pvb[d] - pvc[d];
      if (scratch[d] > 0) {
        positive++;
      }
    }
    Distribution npsv = Distribution.of(scratch, n);
    int m = 0;
    for (int d = 0; d < n; d++) {
      if (pvc[d] != 0) {
        scratch[m++] = pvb[d] / pvc[d];
      }
    }
    Distribution bcr = Distribution.of(scratch, m);
    return new Result(
        n, seed, npsv, bcr, Distribution.of(pvb, n), Distribution.of(pvc, n), share(positive, n));
  }

  private static Result constant(double pvb, double pvc, int n, long seed) {
    double npsv = pvb - pvc;
    return new Result(
        n,
        seed,
        Distribution.constant(npsv),
        pvc == 0 ? null : Distribution.constant(pvb / pvc),
        Distribution.constant(pvb),
        Distribution.constant(pvc),
        share(npsv > 0 ? n : 0, n));
  }

  private static BigDecimal share(int count, int n) {
    return n == 0
        ? null
        : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(n), Decimals.CONTEXT);
  }

  /** Σ values[0..n) with Neumaier's compensation, in index order (so always the same). */
  private static double sum(double[] values, int n) {
    double sum = 0;
    double lost = 0;
    for (int i = 0; i < n; i++) {
      double x = values[i];
      double t = sum + x;
      lost += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
      sum = t;
    }
    return sum + lost;
  }

  /**
   * One project's present values as a function of its inputs, in {@code double}. Every input has a
   * slot in {@link #values}; a ranged input's slot is redrawn at each draw, a point input's holds
   * its value. A benefit's PV is Π of its factors × Σ quantity × weight, a cost's (1 + optimism
   * bias) × Σ amount × weight, where a weight is the exact per-quarter unit value (or price factor)
   * × discount factor of the appraisal.
   */
  private static final class Model {
    private final double[] values;
    private final int[] ranged;
    private final double[] low;
    private final double[] likely;
    private final double[] high;
    private final List<Term> terms = new ArrayList<>();
    private double pvb;
    private double pvc;

    /** An item's PV: sign × Π (1 − values[less]) × Π values[times] × Σ profile. */
    private record Term(
        boolean cost,
        int[] less,
        int[] times,
        int[] more,
        int[] entries,
        double[] entryWeights,
        int amount,
        int dropOff,
        double[] yearWeights) {}

    Model(Appraiser appraiser, Project project) {
      List<RangedInput> inputs = RangedInput.of(project);
      Map<InputRef, Integer> slots = new HashMap<>();
      List<Double> all = new ArrayList<>();
      ranged = new int[inputs.size()];
      low = new double[inputs.size()];
      likely = new double[inputs.size()];
      high = new double[inputs.size()];
      for (int i = 0; i < inputs.size(); i++) {
        RangedInput in = inputs.get(i);
        slots.put(in.ref(), all.size());
        ranged[i] = all.size();
        all.add(in.range().likely().doubleValue());
        low[i] = in.range().low().doubleValue();
        likely[i] = in.range().likely().doubleValue();
        high[i] = in.range().high().doubleValue();
      }
      Function<InputRef, Function<Uncertain, Integer>> slot =
          ref ->
              u -> {
                Integer s = slots.get(ref);
                if (s == null) {
                  s = all.size();
                  all.add(u.likely().doubleValue());
                }
                return s;
              };
      Discounting force = appraiser.discounting();
      for (Cost c : project.costs()) {
        InputRef.Item item = InputRef.Item.cost(c.id());
        // the same price factor as the appraisal: nominal by its year, real by its price year
        Function<Quarter, BigDecimal> perQuarter =
            q -> appraiser.costFactor(project, q).multiply(force.factor(q.year()));
        int ob = slot.apply(item.ref(InputRef.Factor.OPTIMISM_BIAS)).apply(c.optimismBias());
        terms.add(
            term(
                true,
                new int[0],
                new int[0],
                new int[] {ob},
                Profiles.weights(c.profile(), project, item, perQuarter),
                slot));
      }
      for (Benefit b : project.benefits()) {
        UnitValue unit = appraiser.unitValue(project, b, Resolver.LIKELY);
        if (!unit.costed()) {
          continue;
        }
        Discounting d = appraiser.discounting(b);
        InputRef.Item item = InputRef.Item.benefit(b.id());
        Factors f = b.factors();
        int[] less = {
          slot.apply(item.ref(InputRef.Factor.DEADWEIGHT)).apply(f.deadweight()),
          slot.apply(item.ref(InputRef.Factor.DISPLACEMENT)).apply(f.displacement()),
          slot.apply(item.ref(InputRef.Factor.LEAKAGE)).apply(f.leakage()),
          slot.apply(item.ref(InputRef.Factor.SUBSTITUTION)).apply(f.substitution()),
          slot.apply(item.ref(InputRef.Factor.OPTIMISM_BIAS)).apply(f.optimismBias())
        };
        int attribution = slot.apply(item.ref(InputRef.Factor.ATTRIBUTION)).apply(f.attribution());
        Function<Quarter, BigDecimal> perQuarter;
        int[] times;
        if (b.detail() instanceof BenefitDetail.Wider w) {
          times =
              new int[] {
                attribution, slot.apply(item.ref(InputRef.Factor.UNIT_VALUE)).apply(w.unitValue())
              };
          BigDecimal up = appraiser.prices().uprate(w.priceYear());
          perQuarter = q -> up.multiply(d.factor(q.year()));
        } else {
          times = new int[] {attribution};
          perQuarter = q -> unit.at(q).multiply(d.factor(q.year()));
        }
        terms.add(
            term(
                false,
                less,
                times,
                new int[0],
                Profiles.weights(b.profile(), project, item, perQuarter),
                slot));
      }
      values = new double[all.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = all.get(i);
      }
    }

    private static Term term(
        boolean cost,
        int[] less,
        int[] times,
        int[] more,
        Profiles.Weights w,
        Function<InputRef, Function<Uncertain, Integer>> slot) {
      if (w.amount() == null) {
        int[] entries = new int[w.entries().size()];
        double[] weights = new double[entries.length];
        for (int i = 0; i < entries.length; i++) {
          entries[i] = slot.apply(w.entryRefs().get(i)).apply(w.entries().get(i));
          weights[i] = w.entryWeights().get(i).doubleValue();
        }
        return new Term(cost, less, times, more, entries, weights, -1, -1, null);
      }
      double[] years = new double[w.yearWeights().size()];
      for (int i = 0; i < years.length; i++) {
        years[i] = w.yearWeights().get(i).doubleValue();
      }
      return new Term(
          cost,
          less,
          times,
          more,
          null,
          null,
          slot.apply(w.amountRef()).apply(w.amount()),
          slot.apply(w.dropOffRef()).apply(w.dropOff()),
          years);
    }

    /** Draws every ranged input, in order, and evaluates. */
    void draw(SplittableRandom g) {
      for (int i = 0; i < ranged.length; i++) {
        values[ranged[i]] = triangular(low[i], likely[i], high[i], g.nextDouble());
      }
      evaluate();
    }

    void evaluate() {
      double b = 0;
      double c = 0;
      for (Term t : terms) {
        double f = 1;
        for (int s : t.less()) {
          f *= 1 - values[s];
        }
        for (int s : t.times()) {
          f *= values[s];
        }
        for (int s : t.more()) {
          f *= 1 + values[s];
        }
        double sum = 0;
        if (t.entries() != null) {
          for (int i = 0; i < t.entries().length; i++) {
            sum += values[t.entries()[i]] * t.entryWeights()[i];
          }
        } else {
          double keep = 1 - values[t.dropOff()];
          double factor = 1;
          for (double w : t.yearWeights()) {
            sum += w * factor;
            factor *= keep;
          }
          sum *= values[t.amount()];
        }
        if (t.cost()) {
          c += f * sum;
        } else {
          b += f * sum;
        }
      }
      pvb = b;
      pvc = c;
    }
  }
}

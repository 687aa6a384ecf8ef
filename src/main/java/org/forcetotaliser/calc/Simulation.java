package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Monte Carlo simulation of NPSV (SPEC §4.8): every ranged input drawn independently from a
 * triangular distribution (low, likely, high). Each project has its own generator, split in
 * project order from one seeded root, so the same seed gives the same figures on every
 * machine and a project's draws do not depend on the others'. Pure.
 */
public final class Simulation {
  private static final MathContext SQRT = MathContext.DECIMAL64;

  private Simulation() {}

  /** P10, P50, P90 (nearest rank) and the mean of a set of draws; null when there are none. */
  public record Distribution(BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal mean) {
    static Distribution of(List<BigDecimal> values) {
      if (values.isEmpty()) {
        return null;
      }
      BigDecimal[] sorted = values.toArray(new BigDecimal[0]);
      Arrays.sort(sorted);
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal v : sorted) {
        sum = sum.add(v);
      }
      return new Distribution(rank(sorted, 10), rank(sorted, 50), rank(sorted, 90),
          sum.divide(BigDecimal.valueOf(sorted.length), Decimals.CONTEXT));
    }

    /** The nearest-rank percentile: the value at position ⌈p/100 × n⌉. */
    private static BigDecimal rank(BigDecimal[] sorted, int p) {
      int n = sorted.length;
      int k = (p * n + 99) / 100;
      return sorted[Math.max(0, Math.min(n - 1, k - 1))];
    }
  }

  /** The simulated distribution of one project or of the committed portfolio. */
  public record Result(int draws, long seed, Distribution npsv, Distribution bcr,
      Distribution pvBenefits, Distribution pvCosts, BigDecimal pNpsvPositive) {}

  /** Results per project (same order) and for the committed portfolio. */
  public record Outcome(List<Result> projects, Result portfolio) {}

  /** One triangular draw by the inverse of its distribution function, u in [0, 1). */
  public static BigDecimal triangular(BigDecimal low, BigDecimal likely, BigDecimal high,
      BigDecimal u) {
    BigDecimal width = high.subtract(low);
    if (width.signum() == 0) {
      return likely;
    }
    BigDecimal left = likely.subtract(low);
    BigDecimal cut = left.divide(width, Decimals.CONTEXT);
    if (u.compareTo(cut) < 0) {
      return low.add(u.multiply(width).multiply(left).sqrt(SQRT));
    }
    BigDecimal right = high.subtract(likely);
    return high.subtract(BigDecimal.ONE.subtract(u).multiply(width).multiply(right).sqrt(SQRT));
  }

  /**
   * Runs {@code draws} draws of every project. {@code committed} marks the projects that count
   * in the portfolio.
   */
  public static Outcome run(List<NpsvModel> models, List<Boolean> committed, int draws,
      long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    List<SplittableRandom> generators = new ArrayList<>();
    List<List<RangedInput>> inputs = new ArrayList<>();
    for (NpsvModel m : models) {
      generators.add(root.split());
      inputs.add(RangedInputs.ranged(m.project()));
    }
    int n = models.size();
    List<List<NpsvModel.Result>> perProject = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      perProject.add(new ArrayList<>(draws));
    }
    List<NpsvModel.Result> portfolio = new ArrayList<>(draws);
    for (int d = 0; d < draws; d++) {
      BigDecimal pvb = BigDecimal.ZERO;
      BigDecimal pvc = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        Map<String, BigDecimal> drawn = new HashMap<>();
        for (RangedInput in : inputs.get(i)) {
          BigDecimal u = new BigDecimal(generators.get(i).nextDouble());
          drawn.put(in.path(), triangular(in.range().low(), in.range().likely(),
              in.range().high(), u));
        }
        NpsvModel.Result r = models.get(i).evaluate(
            (path, un) -> drawn.getOrDefault(path, un.likely()));
        perProject.get(i).add(r);
        if (committed.get(i)) {
          pvb = pvb.add(r.pvBenefits());
          pvc = pvc.add(r.pvCosts());
        }
      }
      portfolio.add(new NpsvModel.Result(pvb, pvc));
    }
    List<Result> results = new ArrayList<>();
    for (List<NpsvModel.Result> rs : perProject) {
      results.add(summarise(rs, draws, seed));
    }
    return new Outcome(results, summarise(portfolio, draws, seed));
  }

  private static Result summarise(List<NpsvModel.Result> rs, int draws, long seed) {
    List<BigDecimal> npsv = new ArrayList<>(rs.size());
    List<BigDecimal> bcr = new ArrayList<>(rs.size());
    List<BigDecimal> pvb = new ArrayList<>(rs.size());
    List<BigDecimal> pvc = new ArrayList<>(rs.size());
    int positive = 0;
    for (NpsvModel.Result r : rs) {
      npsv.add(r.npsv());
      pvb.add(r.pvBenefits());
      pvc.add(r.pvCosts());
      if (r.pvCosts().signum() != 0) {
        bcr.add(r.pvBenefits().divide(r.pvCosts(), Decimals.CONTEXT));
      }
      if (r.npsv().signum() > 0) {
        positive++;
      }
    }
    BigDecimal p = rs.isEmpty() ? null
        : BigDecimal.valueOf(positive).divide(BigDecimal.valueOf(rs.size()), Decimals.CONTEXT);
    return new Result(draws, seed, Distribution.of(npsv), Distribution.of(bcr),
        Distribution.of(pvb), Distribution.of(pvc), p);
  }
}

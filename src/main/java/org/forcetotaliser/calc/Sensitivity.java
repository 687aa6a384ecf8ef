package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.model.Project;

/**
 * The Green Book's "which assumptions matter": low, likely and high scenarios, a tornado of
 * NPSV swings, and the switching value of each ranged input (SPEC §4.8). Pure.
 */
public final class Sensitivity {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private Sensitivity() {}

  /** NPSV with one input alone at its low and at its high end. */
  public record Bar(String input, BigDecimal npsvAtLow, BigDecimal npsvAtHigh) {
    public BigDecimal swing() {
      return npsvAtHigh.subtract(npsvAtLow).abs();
    }
  }

  /** The value of an input at which NPSV would be zero, or null when none lies in range. */
  public record Switch(String input, BigDecimal value) {}

  /** Low, likely and high appraisals of a project. */
  public record Scenarios(ProjectAppraisal low, ProjectAppraisal likely, ProjectAppraisal high) {}

  /** The resolver that puts one input at a value and leaves every other at its likely value. */
  static Resolver only(String path, BigDecimal value) {
    return (p, u) -> p.equals(path) ? value : u.likely();
  }

  public static List<Bar> tornado(NpsvModel model) {
    List<Bar> bars = new ArrayList<>();
    for (RangedInput in : RangedInputs.ranged(model.project())) {
      bars.add(new Bar(in.path(), model.evaluate(only(in.path(), in.range().low())).npsv(),
          model.evaluate(only(in.path(), in.range().high())).npsv()));
    }
    bars.sort(Comparator.comparing(Bar::swing).reversed().thenComparing(Bar::input));
    return bars;
  }

  /** Which end of each input lowers NPSV: the low scenario takes it, the high one the other. */
  public static Scenarios scenarios(Appraiser appraiser, NpsvModel model) {
    Project p = model.project();
    Map<String, BigDecimal> low = new HashMap<>();
    Map<String, BigDecimal> high = new HashMap<>();
    for (RangedInput in : RangedInputs.ranged(p)) {
      BigDecimal atLow = model.evaluate(only(in.path(), in.range().low())).npsv();
      BigDecimal atHigh = model.evaluate(only(in.path(), in.range().high())).npsv();
      boolean lowEndLowers = atLow.compareTo(atHigh) <= 0;
      low.put(in.path(), lowEndLowers ? in.range().low() : in.range().high());
      high.put(in.path(), lowEndLowers ? in.range().high() : in.range().low());
    }
    return new Scenarios(
        appraiser.appraise(p, (path, u) -> low.getOrDefault(path, u.likely())),
        appraiser.appraise(p),
        appraiser.appraise(p, (path, u) -> high.getOrDefault(path, u.likely())));
  }

  /** Switching values: where NPSV crosses zero as one input moves across its range. */
  public static List<Switch> switching(NpsvModel model) {
    List<Switch> out = new ArrayList<>();
    for (RangedInput in : RangedInputs.ranged(model.project())) {
      out.add(new Switch(in.path(), root(model, in)));
    }
    return out;
  }

  private static BigDecimal root(NpsvModel model, RangedInput in) {
    BigDecimal a = in.range().low();
    BigDecimal b = in.range().high();
    BigDecimal fa = model.evaluate(only(in.path(), a)).npsv();
    BigDecimal fb = model.evaluate(only(in.path(), b)).npsv();
    if (fa.signum() == 0) {
      return a;
    }
    if (fb.signum() == 0) {
      return b;
    }
    if (fa.signum() == fb.signum()) {
      return null;
    }
    BigDecimal mid = a.add(b).divide(TWO, Decimals.CONTEXT);
    BigDecimal fm = model.evaluate(only(in.path(), mid)).npsv();
    BigDecimal chord = fa.add(fb).divide(TWO, Decimals.CONTEXT);
    if (fm.subtract(chord).abs().compareTo(fa.abs().add(fb.abs()).movePointLeft(20)) <= 0) {
      // NPSV is linear in this input: solve the line through both ends
      return a.subtract(fa.multiply(b.subtract(a)).divide(fb.subtract(fa), Decimals.CONTEXT));
    }
    for (int i = 0; i < 200; i++) {
      mid = a.add(b).divide(TWO, Decimals.CONTEXT);
      fm = model.evaluate(only(in.path(), mid)).npsv();
      if (fm.signum() == 0) {
        return mid;
      }
      if (fm.signum() == fa.signum()) {
        a = mid;
        fa = fm;
      } else {
        b = mid;
      }
    }
    return mid;
  }
}

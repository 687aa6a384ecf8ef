package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Project;

/**
 * The Green Book's "which assumptions matter": low, likely and high scenarios, a tornado of NPSV
 * swings, and the switching value of each ranged input (docs/method.md §10). Every figure comes
 * from the appraisal itself ({@link Appraiser}). An input belongs to one item, and NPSV is the sum
 * of the items' present values, so moving one input re-appraises only its item: NPSV(input at v) =
 * likely NPSV − the item's likely PV + the item's PV at v, exact, and the work grows with the
 * number of inputs, not its square. Pure.
 */
public final class Sensitivity {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** NPSV with one input alone at its low and at its high end. */
  public record Bar(InputRef ref, BigDecimal npsvAtLow, BigDecimal npsvAtHigh) {
    public BigDecimal swing() {
      return npsvAtHigh.subtract(npsvAtLow).abs();
    }

    /** The input's path in the project file, as reports print it. */
    public String input() {
      return ref.path();
    }
  }

  /** The value of an input at which NPSV would be zero, or null when none lies in range. */
  public record Switch(InputRef ref, BigDecimal value) {
    /** The input's path in the project file, as reports print it. */
    public String input() {
      return ref.path();
    }
  }

  /** Low, likely and high appraisals of a project. */
  public record Scenarios(ProjectAppraisal low, ProjectAppraisal likely, ProjectAppraisal high) {}

  /** The tornado (largest swing first), switching values and, when asked, the scenarios. */
  public record Analysis(List<Bar> tornado, List<Switch> switching, Scenarios scenarios) {
    public Analysis {
      tornado = List.copyOf(tornado);
      switching = List.copyOf(switching);
    }
  }

  private final Appraiser appraiser;
  private final Project project;
  private final List<RangedInput> inputs;

  /** Each item's present value at a resolver: + for a benefit, − for a cost, 0 for none. */
  private final Map<InputRef.Item, Function<Resolver, BigDecimal>> items = new HashMap<>();

  private final Map<InputRef.Item, BigDecimal> likelyPv = new HashMap<>();
  private final BigDecimal likelyNpsv;

  private Sensitivity(Appraiser appraiser, Project project) {
    this.appraiser = appraiser;
    this.project = project;
    this.inputs = RangedInput.of(project);
    for (Cost c : project.costs()) {
      items.put(InputRef.Item.cost(c.id()), r -> appraiser.presentValue(project, c, r).negate());
    }
    for (Benefit b : project.benefits()) {
      items.put(
          InputRef.Item.benefit(b.id()),
          r -> {
            BigDecimal pv = appraiser.presentValue(project, b, r);
            return pv == null ? BigDecimal.ZERO : pv;
          });
    }
    BigDecimal npsv = BigDecimal.ZERO;
    // in the appraisal's order, so that the sum is the one the measures hold
    for (Cost c : project.costs()) {
      npsv = npsv.add(likely(InputRef.Item.cost(c.id())));
    }
    for (Benefit b : project.benefits()) {
      npsv = npsv.add(likely(InputRef.Item.benefit(b.id())));
    }
    this.likelyNpsv = npsv;
  }

  private BigDecimal likely(InputRef.Item item) {
    return likelyPv.computeIfAbsent(item, i -> items.get(i).apply(Resolver.LIKELY));
  }

  /** NPSV with {@code in} at {@code value} and every other input at its likely value. */
  private BigDecimal npsvAt(RangedInput in, BigDecimal value) {
    InputRef.Item item = in.ref().item();
    BigDecimal moved = items.get(item).apply(Resolver.only(in.ref(), value));
    return likelyNpsv.subtract(likely(item)).add(moved);
  }

  /**
   * The tornado, switching values and (when {@code scenarios}) the low, likely and high appraisals
   * of a project. Each input's two ends are appraised once and serve all three.
   */
  public static Analysis analyse(Appraiser appraiser, Project project, boolean scenarios) {
    Sensitivity s = new Sensitivity(appraiser, project);
    List<Bar> bars = new ArrayList<>(s.inputs.size());
    List<Switch> switches = new ArrayList<>(s.inputs.size());
    for (RangedInput in : s.inputs) {
      Bar bar = new Bar(in.ref(), s.npsvAt(in, in.range().low()), s.npsvAt(in, in.range().high()));
      bars.add(bar);
      switches.add(new Switch(in.ref(), s.root(in, bar)));
    }
    Scenarios sc = scenarios ? s.scenarios(bars) : null;
    bars.sort(Comparator.comparing(Bar::swing).reversed().thenComparing(Bar::input));
    return new Analysis(bars, switches, sc);
  }

  public static List<Bar> tornado(Appraiser appraiser, Project project) {
    return analyse(appraiser, project, false).tornado();
  }

  public static List<Switch> switching(Appraiser appraiser, Project project) {
    return analyse(appraiser, project, false).switching();
  }

  public static Scenarios scenarios(Appraiser appraiser, Project project) {
    return analyse(appraiser, project, true).scenarios();
  }

  /** Which end of each input lowers NPSV: the low scenario takes it, the high one the other. */
  private Scenarios scenarios(List<Bar> bars) {
    Map<InputRef, BigDecimal> low = new HashMap<>();
    Map<InputRef, BigDecimal> high = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      RangedInput in = inputs.get(i);
      Bar bar = bars.get(i);
      boolean lowEndLowers = bar.npsvAtLow().compareTo(bar.npsvAtHigh()) <= 0;
      low.put(in.ref(), lowEndLowers ? in.range().low() : in.range().high());
      high.put(in.ref(), lowEndLowers ? in.range().high() : in.range().low());
    }
    return new Scenarios(
        appraiser.appraise(project, (ref, u) -> low.getOrDefault(ref, u.likely())),
        appraiser.appraise(project),
        appraiser.appraise(project, (ref, u) -> high.getOrDefault(ref, u.likely())));
  }

  /** Where NPSV crosses zero as one input moves across its range, or null. */
  private BigDecimal root(RangedInput in, Bar ends) {
    BigDecimal a = in.range().low();
    BigDecimal b = in.range().high();
    BigDecimal fa = ends.npsvAtLow();
    BigDecimal fb = ends.npsvAtHigh();
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
    BigDecimal fm = npsvAt(in, mid);
    BigDecimal chord = fa.add(fb).divide(TWO, Decimals.CONTEXT);
    if (fm.subtract(chord).abs().compareTo(fa.abs().add(fb.abs()).movePointLeft(20)) <= 0) {
      // NPSV is linear in this input: solve the line through both ends
      return a.subtract(fa.multiply(b.subtract(a)).divide(fb.subtract(fa), Decimals.CONTEXT));
    }
    for (int i = 0; i < 200; i++) {
      mid = a.add(b).divide(TWO, Decimals.CONTEXT);
      fm = npsvAt(in, mid);
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

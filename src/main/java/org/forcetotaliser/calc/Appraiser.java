package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.CchiSubgroup;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.CrimeCost;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.HourlyRate;
import org.forcetotaliser.model.Offence;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReferenceData;
import org.forcetotaliser.model.ReportRule;

/**
 * The appraisal of docs/method.md §3–7: profile → gross → net → risk-adjusted → unit value in
 * price-base prices → value → discounted value, and the measures. Pure: no I/O. One appraiser
 * serves one set of settings and reference tables.
 */
public final class Appraiser {

  /** The key under which crime harm with no Home Office cost is grouped. */
  public static final String NOT_COSTED = "not-costed";

  private final ForceSettings settings;
  private final ReferenceData reference;
  private final Deflation prices;
  private final Discounting discounting;

  /** A benefit's own schedule, when it differs from the force's (docs/method.md §6). */
  private final java.util.EnumMap<org.forcetotaliser.model.DiscountSchedule, Discounting>
      ownSchedules = new java.util.EnumMap<>(org.forcetotaliser.model.DiscountSchedule.class);

  private final List<Diagnostic> notes = new ArrayList<>();

  public Appraiser(ForceSettings settings, ReferenceData reference) {
    this.settings = settings;
    this.reference = reference;
    this.prices = new Deflation(reference, settings.priceBase());
    this.discounting =
        new Discounting(reference, settings.discountSchedule(), settings.discountYear());
  }

  public ForceSettings settings() {
    return settings;
  }

  public ReferenceData reference() {
    return reference;
  }

  public Deflation prices() {
    return prices;
  }

  public Discounting discounting() {
    return discounting;
  }

  /**
   * The discounting of a benefit: its own {@code discount_schedule} when it has one (health effects
   * on the health schedule), else the force's (docs/method.md §6). Same discount year.
   */
  public synchronized Discounting discounting(Benefit b) {
    org.forcetotaliser.model.DiscountSchedule own = b.discountSchedule();
    if (own == null || own == discounting.schedule()) {
      return discounting;
    }
    return ownSchedules.computeIfAbsent(
        own, k -> new Discounting(reference, k, discounting.discountYear()));
  }

  /**
   * The year whose prices a project's real amounts are in: its own {@code price_year}, else
   * force.yaml's {@code price_base} (docs/method.md §4), whatever year the report is in.
   */
  public org.forcetotaliser.model.FinancialYear realPriceYear(Project project) {
    return project.priceYear() != null ? project.priceYear() : settings.realPriceYear();
  }

  /**
   * The factor taking a cost amount of {@code project} in quarter {@code q} to price-base prices
   * (docs/method.md §4, §4.3): nominal cash by its own year's deflator, real amounts by their price
   * year's.
   */
  public BigDecimal costFactor(Project project, Quarter q) {
    return project.prices() == org.forcetotaliser.model.Prices.NOMINAL
        ? prices.uprate(q.year())
        : prices.uprate(realPriceYear(project));
  }

  /** Warnings found while calculating (for example a category with no multiplier). */
  public List<Diagnostic> notes() {
    return List.copyOf(notes);
  }

  /** The warnings found since the last call, which are then forgotten. */
  public List<Diagnostic> takeNotes() {
    List<Diagnostic> out = List.copyOf(notes);
    notes.clear();
    return out;
  }

  /** The likely-value appraisal of a project. */
  public ProjectAppraisal appraise(Project project) {
    return appraise(project, Resolver.LIKELY);
  }

  /** The appraisal of a project with ranged inputs chosen by {@code resolver}. */
  public ProjectAppraisal appraise(Project project, Resolver resolver) {
    List<BenefitAppraisal> benefits = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    for (Benefit b : project.benefits()) {
      BenefitAppraisal a = appraise(project, b, resolver);
      benefits.add(a);
      if (b.type() != BenefitDetail.Type.QUALITATIVE) {
        for (BenefitQuarter q : a.quarters()) {
          facts.add(
              new Fact(
                  project.id(),
                  b.id(),
                  project.buildingBlock().key(),
                  project.stage().key(),
                  project.area(),
                  b.type().key(),
                  a.offenceCategory(),
                  q.quarter(),
                  Totals.benefit(
                      q.quarter().year(),
                      q.value(),
                      q.pv(),
                      a.cashable(),
                      b.type() == BenefitDetail.Type.CRIME_HARM ? q.riskAdjusted() : null,
                      q.harmCss(),
                      q.harmCchi(),
                      b.type() == BenefitDetail.Type.HOURS_FREED ? q.riskAdjusted() : null)));
        }
      }
    }
    List<CostAppraisal> costs = new ArrayList<>();
    for (Cost c : project.costs()) {
      CostAppraisal a = appraise(project, c, resolver);
      costs.add(a);
      for (CostAppraisal.CostQuarter q : a.quarters()) {
        facts.add(
            new Fact(
                project.id(),
                c.id(),
                project.buildingBlock().key(),
                project.stage().key(),
                project.area(),
                null,
                null,
                q.quarter(),
                Totals.cost(q.quarter().year(), q.value(), q.pv())));
      }
    }
    List<Totals> parts = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      parts.add(f.totals());
    }
    Totals totals = Totals.sum(parts);
    return new ProjectAppraisal(
        project, benefits, costs, facts, totals, Measures.of(totals, settings.fteHours()));
  }

  /** The additionality factor of a benefit, docs/method.md §3. */
  public static BigDecimal additionality(Factors f, InputRef.Item item, Resolver r) {
    BigDecimal one = BigDecimal.ONE;
    return one.subtract(r.pick(item.ref(InputRef.Factor.DEADWEIGHT), f.deadweight()))
        .multiply(one.subtract(r.pick(item.ref(InputRef.Factor.DISPLACEMENT), f.displacement())))
        .multiply(one.subtract(r.pick(item.ref(InputRef.Factor.LEAKAGE), f.leakage())))
        .multiply(one.subtract(r.pick(item.ref(InputRef.Factor.SUBSTITUTION), f.substitution())))
        .multiply(r.pick(item.ref(InputRef.Factor.ATTRIBUTION), f.attribution()));
  }

  /**
   * The present value of one benefit with inputs chosen by {@code r}: its discounted £, or null
   * when it has none (not costed, qualitative). The same appraisal as {@link #appraise(Project,
   * Resolver)}, for one item alone: the tornado and switching values move one input and appraise
   * again only the item it belongs to.
   */
  public BigDecimal presentValue(Project project, Benefit b, Resolver r) {
    return appraise(project, b, r).pv();
  }

  /** The present value of one cost with inputs chosen by {@code r}. */
  public BigDecimal presentValue(Project project, Cost c, Resolver r) {
    return appraise(project, c, r).pv();
  }

  private BenefitAppraisal appraise(Project project, Benefit b, Resolver r) {
    InputRef.Item item = InputRef.Item.benefit(b.id());
    boolean qualitative = b.type() == BenefitDetail.Type.QUALITATIVE;
    BigDecimal additionality = qualitative ? BigDecimal.ONE : additionality(b.factors(), item, r);
    BigDecimal ob =
        qualitative
            ? BigDecimal.ZERO
            : r.pick(item.ref(InputRef.Factor.OPTIMISM_BIAS), b.factors().optimismBias());
    BigDecimal keep = BigDecimal.ONE.subtract(ob);
    UnitValue unit = unitValue(project, b, r);
    Discounting discounting = discounting(b);
    String category = null;
    BigDecimal css = null;
    BigDecimal cchiDays = null;
    if (b.detail() instanceof BenefitDetail.CrimeHarm ch) {
      Offence o = reference.offences().get(ch.offence());
      if (o != null) {
        category = o.isCosted() ? o.costCategory() : NOT_COSTED;
        css = o.cssWeight();
        CchiSubgroup g = o.cchiSubgroup() == null ? null : reference.cchi().get(o.cchiSubgroup());
        cchiDays = g == null ? null : g.medianDays();
      } else {
        category = NOT_COSTED;
      }
    }
    boolean cashable = isCashable(b);
    SortedMap<Quarter, BigDecimal> gross = Profiles.expand(b.profile(), project, item, r);
    List<BenefitQuarter> quarters = new ArrayList<>(gross.size());
    BigDecimal sumGross = BigDecimal.ZERO;
    BigDecimal sumNet = BigDecimal.ZERO;
    BigDecimal sumRisk = BigDecimal.ZERO;
    BigDecimal sumValue = null;
    BigDecimal sumPv = null;
    BigDecimal sumCss = css == null ? null : BigDecimal.ZERO;
    BigDecimal sumCchi = cchiDays == null ? null : BigDecimal.ZERO;
    for (Map.Entry<Quarter, BigDecimal> e : gross.entrySet()) {
      Quarter q = e.getKey();
      BigDecimal g = e.getValue();
      BigDecimal net = g.multiply(additionality);
      BigDecimal risk = net.multiply(keep);
      BigDecimal uv = unit.at(q);
      BigDecimal value = Decimals.times(risk, uv);
      BigDecimal df = discounting.factor(q.year());
      BigDecimal pv = Decimals.times(value, df);
      BigDecimal qCss = Decimals.times(risk, css);
      BigDecimal qCchi = Decimals.times(risk, cchiDays);
      quarters.add(new BenefitQuarter(q, g, net, risk, uv, value, df, pv, qCss, qCchi));
      sumGross = sumGross.add(g);
      sumNet = sumNet.add(net);
      sumRisk = sumRisk.add(risk);
      if (value != null) {
        sumValue = Decimals.plusNullable(sumValue, value);
        sumPv = Decimals.plusNullable(sumPv, pv);
      }
      if (qCss != null) {
        sumCss = sumCss.add(qCss);
      }
      if (qCchi != null) {
        sumCchi = sumCchi.add(qCchi);
      }
    }
    if (unit.costed() && sumValue == null) {
      sumValue = BigDecimal.ZERO;
      sumPv = BigDecimal.ZERO;
    }
    BigDecimal hours = b.type() == BenefitDetail.Type.HOURS_FREED ? sumRisk : null;
    if (qualitative) {
      return new BenefitAppraisal(
          b,
          additionality,
          ob,
          unit,
          null,
          quarters,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          false);
    }
    return new BenefitAppraisal(
        b,
        additionality,
        ob,
        unit,
        category,
        quarters,
        sumGross,
        sumNet,
        sumRisk,
        sumValue,
        sumPv,
        sumCss,
        sumCchi,
        hours,
        cashable);
  }

  /** Whether a benefit's £ is cash released (docs/method.md §7, pv_cashable). */
  public static boolean isCashable(Benefit b) {
    return b.detail().cashable();
  }

  private CostAppraisal appraise(Project project, Cost c, Resolver r) {
    InputRef.Item item = InputRef.Item.cost(c.id());
    BigDecimal ob = r.pick(item.ref(InputRef.Factor.OPTIMISM_BIAS), c.optimismBias());
    BigDecimal uplift = BigDecimal.ONE.add(ob);
    SortedMap<Quarter, BigDecimal> amounts = Profiles.expand(c.profile(), project, item, r);
    List<CostAppraisal.CostQuarter> quarters = new ArrayList<>(amounts.size());
    BigDecimal sumAmount = BigDecimal.ZERO;
    BigDecimal sumValue = BigDecimal.ZERO;
    BigDecimal sumPv = BigDecimal.ZERO;
    for (Map.Entry<Quarter, BigDecimal> e : amounts.entrySet()) {
      Quarter q = e.getKey();
      BigDecimal factor = costFactor(project, q);
      BigDecimal value = e.getValue().multiply(uplift).multiply(factor);
      BigDecimal df = discounting.factor(q.year());
      BigDecimal pv = value.multiply(df);
      quarters.add(new CostAppraisal.CostQuarter(q, e.getValue(), factor, value, df, pv));
      sumAmount = sumAmount.add(e.getValue());
      sumValue = sumValue.add(value);
      sumPv = sumPv.add(pv);
    }
    return new CostAppraisal(c, ob, quarters, sumAmount, sumValue, sumPv);
  }

  /** The £ value of one unit of a benefit, with the steps for {@code explain}. */
  public UnitValue unitValue(Project project, Benefit b, Resolver r) {
    List<UnitStep> steps = new ArrayList<>();
    BenefitDetail d = b.detail();
    // one rule per benefit type: a new type fails to compile here until it has its rule
    return switch (d.type()) {
      case CRIME_HARM -> crimeHarm(project, b, (BenefitDetail.CrimeHarm) d, steps);
      case HOURS_FREED -> hoursFreed((BenefitDetail.HoursFreed) d, steps);
      case CASHABLE -> cash(project, steps);
      case WIDER -> wider(b, (BenefitDetail.Wider) d, r, steps);
      case QUALITATIVE -> {
        steps.add(new UnitStep.Qualitative());
        yield UnitValue.absent(steps);
      }
    };
  }

  /** Home Office cost of crime, uprated, scaled to all crime if asked (docs/method.md §4). */
  private UnitValue crimeHarm(
      Project project, Benefit b, BenefitDetail.CrimeHarm ch, List<UnitStep> steps) {
    Offence o = reference.offences().get(ch.offence());
    if (o == null) {
      steps.add(new UnitStep.UnknownOffence(ch.offence()));
      return UnitValue.absent(steps);
    }
    if (!o.isCosted()) {
      steps.add(new UnitStep.NoCostCategory(o));
      return UnitValue.absent(steps);
    }
    CrimeCost cc = reference.crimeCosts().get(o.costCategory());
    if (cc == null) {
      steps.add(new UnitStep.UnknownCostCategory(o.costCategory()));
      return UnitValue.absent(steps);
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<UnitStep.CrimeCostSum.Part> parts = new ArrayList<>();
    for (CrimeCost.CostComponent comp : CrimeCost.CostComponent.values()) {
      BigDecimal x = settings.components().contains(comp) ? cc.component(comp) : null;
      if (x != null) {
        sum = sum.add(x);
        parts.add(new UnitStep.CrimeCostSum.Part(comp, x));
      }
    }
    // docs/method.md §4: the source rounds each component and the total separately to £10,
    // so with every component selected the published total is the figure
    boolean published =
        settings.components().size() == CrimeCost.CostComponent.values().length
            && cc.total() != null;
    BigDecimal value = published ? cc.total() : sum;
    // the price year of the bundled Home Office table, from the reference catalogue
    FinancialYear costYear = reference.crimeCostPriceYear();
    steps.add(new UnitStep.CrimeCostSum(o, cc.category(), parts, sum, published, value, costYear));
    BigDecimal unit = uprate(UnitStep.Per.VALUE, value, costYear, steps);
    if (settings.scaleRecordedToAll() && ch.countedAs() == BenefitDetail.CountedAs.RECORDED) {
      if (cc.multiplier() == null) {
        steps.add(new UnitStep.NoMultiplier(cc.category()));
        notes.add(
            Diagnostic.of(
                    b.location(),
                    ReportRule.NO_MULTIPLIER,
                    "`"
                        + cc.category()
                        + "` has no published multiplier from recorded to all crime;"
                        + " benefit `"
                        + b.id()
                        + "` is left unscaled")
                .about(project.id(), b.id(), ch.offence()));
      } else {
        unit = unit.multiply(cc.multiplier());
        steps.add(new UnitStep.Multiplied(cc.multiplier(), unit));
      }
    }
    return UnitValue.of(unit, steps);
  }

  /** The role's hourly rate, uprated (docs/method.md §4). */
  private UnitValue hoursFreed(BenefitDetail.HoursFreed h, List<UnitStep> steps) {
    HourlyRate rate = reference.rates().get(h.role());
    if (rate == null) {
      throw new MissingReferenceException("no hourly rate for role `" + h.role() + "`");
    }
    steps.add(new UnitStep.Rate(rate));
    return UnitValue.of(uprate(UnitStep.Per.HOUR, rate.perHour(), rate.priceYear(), steps), steps);
  }

  /** £1 a unit, deflated from its own year when the project is in nominal prices. */
  private UnitValue cash(Project project, List<UnitStep> steps) {
    if (project.prices() == org.forcetotaliser.model.Prices.NOMINAL) {
      steps.add(new UnitStep.NominalCash(settings.priceBase()));
      return UnitValue.nominal(prices, steps);
    }
    FinancialYear year = realPriceYear(project);
    if (year.equals(settings.priceBase())) {
      steps.add(new UnitStep.CashAtBase(settings.priceBase()));
      return UnitValue.of(BigDecimal.ONE, steps);
    }
    return UnitValue.of(uprate(UnitStep.Per.CASH, BigDecimal.ONE, year, steps), steps);
  }

  /** The project's own unit value, uprated from its price year (docs/method.md §4). */
  private UnitValue wider(Benefit b, BenefitDetail.Wider w, Resolver r, List<UnitStep> steps) {
    InputRef ref = InputRef.Item.benefit(b.id()).ref(InputRef.Factor.UNIT_VALUE);
    BigDecimal uv = r.pick(ref, w.unitValue());
    steps.add(new UnitStep.OwnUnitValue(ref, uv, w.priceYear(), w.source()));
    return UnitValue.of(uprate(UnitStep.Per.VALUE, uv, w.priceYear(), steps), steps);
  }

  /** £ at {@code from} prices in price-base prices, with the step that shows it. */
  private BigDecimal uprate(
      UnitStep.Per per, BigDecimal amount, FinancialYear from, List<UnitStep> steps) {
    BigDecimal unit = amount.multiply(prices.uprate(from));
    steps.add(
        new UnitStep.Uprated(
            per,
            from,
            prices.deflator(from),
            settings.priceBase(),
            prices.deflator(settings.priceBase()),
            unit));
    return unit;
  }
}

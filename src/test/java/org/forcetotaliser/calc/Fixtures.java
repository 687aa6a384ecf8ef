package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Prices;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReferenceData;
import org.forcetotaliser.model.Stage;
import org.forcetotaliser.model.Uncertain;

/** Small builders for hand-worked calculation tests. */
final class Fixtures {
  static final Quarter Q1_2025 = Quarter.of(2025, 1);
  static final Quarter Q4_2026 = Quarter.of(2026, 4);
  static final FinancialYear FY2024 = FinancialYear.of(2024);
  static final FinancialYear FY2025 = FinancialYear.of(2025);

  private Fixtures() {}

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static Uncertain u(String s) {
    return Uncertain.point(s);
  }

  /** Price base 2024-25, discount year 2025-26, standard schedule, fte 1650. */
  static ForceSettings settings() {
    return ForceSettings.builder()
        .force("Test")
        .priceBase(FY2024)
        .discountYear(FY2025)
        .fteHours(d("1650"))
        .build();
  }

  static ReferenceData reference() {
    return ReferenceTables.bundled();
  }

  static Profile quarters(Object... keyValues) {
    Map<Object, Uncertain> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      String k = (String) keyValues[i];
      Object key = Quarter.looksLikeQuarter(k) ? Quarter.parse(k) : FinancialYear.parse(k);
      m.put(key, u(keyValues[i + 1].toString()));
    }
    return new Profile.Explicit(m);
  }

  static Profile perYear(String amount) {
    return new Profile.Rate(u(amount), true, null, null, null);
  }

  static Benefit crime(String id, String offence, Profile profile, Factors f) {
    return new Benefit(
        id,
        new BenefitDetail.CrimeHarm(offence, BenefitDetail.CountedAs.RECORDED),
        profile,
        f,
        null,
        null,
        null,
        null);
  }

  static Benefit cash(String id, Profile profile) {
    return new Benefit(id, new BenefitDetail.Cashable(), profile, null, null, null, null, null);
  }

  static Benefit hours(String id, String role, BenefitDetail.Use use, Profile profile) {
    return new Benefit(
        id, new BenefitDetail.HoursFreed(role, use), profile, null, null, null, null, null);
  }

  static Cost cost(String id, Profile profile, String optimismBias) {
    return new Cost(id, Cost.Kind.REVENUE, profile, u(optimismBias), null);
  }

  static Project project(
      String id, Quarter start, Quarter end, List<Cost> costs, List<Benefit> benefits) {
    return project(id, Stage.APPROVED, "northby", Prices.REAL, start, end, costs, benefits);
  }

  static Project project(
      String id,
      Stage stage,
      String area,
      Prices prices,
      Quarter start,
      Quarter end,
      List<Cost> costs,
      List<Benefit> benefits) {
    return new Project(
        id,
        "Project " + id,
        "Owner",
        BuildingBlock.PROJECTS_AND_PREVENTION,
        stage,
        area,
        start,
        end,
        prices,
        costs,
        benefits,
        null);
  }

  static Factors factors(
      String deadweight, String displacement, String attribution, String optimismBias) {
    return new Factors(
        u(deadweight),
        u(displacement),
        Uncertain.ZERO,
        Uncertain.ZERO,
        u(attribution),
        u(optimismBias));
  }
}

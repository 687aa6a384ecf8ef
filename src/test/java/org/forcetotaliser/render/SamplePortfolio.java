package org.forcetotaliser.render;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcetotaliser.load.ReferenceCatalogue;
import org.forcetotaliser.load.ReferenceTables;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Benefit;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Cost;
import org.forcetotaliser.model.Factors;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Portfolio;
import org.forcetotaliser.model.Prices;
import org.forcetotaliser.model.Profile;
import org.forcetotaliser.model.Project;
import org.forcetotaliser.model.Quarter;
import org.forcetotaliser.model.ReferenceData;
import org.forcetotaliser.model.Stage;
import org.forcetotaliser.model.Uncertain;
import org.forcetotaliser.report.BoardPackReport;
import org.forcetotaliser.report.BoardPacks;

/**
 * A small, realistic portfolio built in code for the renderer tests: four projects across three
 * building blocks (one proposed), crime harm, hours, cash, a wider and a qualitative benefit,
 * actuals with gaps, and one definite double count. The hostile variant puts markup and spreadsheet
 * formulas in every free-text field a user can write.
 */
public final class SamplePortfolio {
  public static final Quarter AS_OF = Quarter.of(2026, 2);

  /** Text a user might paste, meaning harm: markup, formulas, a sum that looks negative. */
  public static final String SCRIPT = "<script>alert(1)</script>";

  public static final String FORMULA = "=HYPERLINK(\"http://x\")";
  public static final String AT_SUM = "@SUM(1)";
  public static final String MINUS = "-2+3";

  private final String name;
  private final String owner;
  private final String area;
  private final String source;

  private SamplePortfolio(String name, String owner, String area, String source) {
    this.name = name;
    this.owner = owner;
    this.area = area;
    this.source = source;
  }

  public static SamplePortfolio ordinary() {
    return new SamplePortfolio(
        "Burglary target hardening, Northby",
        "Ch Insp R. Okafor",
        "northby",
        "GMCA Unit Cost Database v1.4, FD1.0");
  }

  public static SamplePortfolio hostile() {
    return new SamplePortfolio(SCRIPT, FORMULA, AT_SUM, MINUS);
  }

  /**
   * Text that acts on a terminal or on the direction of text: ESC ] 0 ; … BEL sets a window title,
   * ESC [ 2 J clears the screen, U+202E reverses what follows.
   */
  public static SamplePortfolio controls() {
    return new SamplePortfolio(
        "Harbour\u001B]0;owned\u0007 \u202Eesrever",
        "Ch Insp\u001B[2J",
        "northby",
        "GMCA \u202Esource");
  }

  public static ForceSettings settings() {
    return ForceSettings.builder()
        .force("Northby Constabulary")
        .priceBase(FinancialYear.of(2024))
        .discountYear(FinancialYear.of(2025))
        .fteHours(new BigDecimal("1650"))
        .build();
  }

  public static ReferenceData reference() {
    return ReferenceTables.bundled();
  }

  private static Uncertain u(String s) {
    return Uncertain.point(s);
  }

  private static Profile quarters(Object... kv) {
    Map<Object, Uncertain> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(Quarter.parse((String) kv[i]), u(kv[i + 1].toString()));
    }
    return new Profile.Explicit(m);
  }

  private static Profile perQuarter(String amount, String from) {
    return new Profile.Rate(
        u(amount), false, from == null ? null : Quarter.parse(from), null, null);
  }

  private static Profile perYear(String amount) {
    return new Profile.Rate(u(amount), true, null, null, null);
  }

  private static Factors factors(
      String deadweight, String displacement, String attribution, String optimismBias) {
    return new Factors(
        u(deadweight),
        u(displacement),
        Uncertain.ZERO,
        Uncertain.ZERO,
        u(attribution),
        u(optimismBias));
  }

  private static Location at(String file) {
    return new Location(file, 1, 1);
  }

  public Portfolio portfolio() {
    Quarter start = Quarter.of(2025, 1);
    Quarter end = Quarter.of(2027, 4);
    Project burglary =
        new Project(
            "burglary-hardening",
            name,
            owner,
            BuildingBlock.PROJECTS_AND_PREVENTION,
            Stage.LIVE,
            area,
            start,
            end,
            Prices.REAL,
            List.of(
                new Cost(
                    "locks-and-lighting",
                    Cost.Kind.CAPITAL,
                    quarters("2025-26 Q1", 24000),
                    u("0.1"),
                    at("burglary.yaml")),
                new Cost(
                    "coordinator",
                    Cost.Kind.REVENUE,
                    perYear("36000"),
                    u("0"),
                    at("burglary.yaml"))),
            List.of(
                new Benefit(
                    "fewer-burglaries",
                    new BenefitDetail.CrimeHarm("28E", BenefitDetail.CountedAs.RECORDED),
                    quarters(
                        "2025-26 Q2",
                        6,
                        "2025-26 Q3",
                        8,
                        "2025-26 Q4",
                        8,
                        "2026-27 Q1",
                        10,
                        "2026-27 Q2",
                        10,
                        "2026-27 Q3",
                        10,
                        "2026-27 Q4",
                        10),
                    factors("0.2", "0.1", "0.8", "0.15"),
                    3,
                    "medium",
                    "burglary/northby",
                    at("burglary.yaml")),
                new Benefit(
                    "victim-support-savings",
                    new BenefitDetail.Wider(
                        u("415"),
                        FinancialYear.of(2008),
                        BenefitDetail.ValueClass.FISCAL,
                        source,
                        false),
                    perYear("24"),
                    Factors.NONE,
                    null,
                    null,
                    null,
                    at("burglary.yaml"))),
            at("burglary.yaml"));
    Project custody =
        new Project(
            "custody-triage",
            "Custody triage and early disposal",
            "Supt L. Hargreaves",
            BuildingBlock.RESOURCING_AND_EFFICIENCY,
            Stage.APPROVED,
            "force-wide",
            start,
            end,
            Prices.REAL,
            List.of(
                new Cost(
                    "triage-staff",
                    Cost.Kind.REVENUE,
                    perYear("60000"),
                    u("0.05"),
                    at("custody.yaml"))),
            List.of(
                new Benefit(
                    "sergeant-hours",
                    new BenefitDetail.HoursFreed(
                        "sergeant-and-below", BenefitDetail.Use.REDEPLOYED),
                    perQuarter("400", "2025-26 Q2"),
                    factors("0.1", "0", "1", "0.1"),
                    2,
                    "medium",
                    null,
                    at("custody.yaml")),
                new Benefit(
                    "overtime",
                    new BenefitDetail.Cashable(),
                    perYear("40000"),
                    Factors.NONE,
                    null,
                    "high",
                    "overtime-budget",
                    at("custody.yaml"))),
            at("custody.yaml"));
    Project youth =
        new Project(
            "youth-diversion",
            "Youth diversion, Easthaven",
            "Insp K. Nowak",
            BuildingBlock.PARTNERSHIPS,
            Stage.LIVE,
            "easthaven",
            start,
            end,
            Prices.REAL,
            List.of(
                new Cost(
                    "youth-workers",
                    Cost.Kind.REVENUE,
                    perYear("45000"),
                    u("0.1"),
                    at("youth.yaml"))),
            List.of(
                new Benefit(
                    "fewer-assaults",
                    new BenefitDetail.CrimeHarm("8N", BenefitDetail.CountedAs.RECORDED),
                    perQuarter("3", null),
                    factors("0.25", "0.05", "0.6", "0.2"),
                    3,
                    "low",
                    null,
                    at("youth.yaml")),
                new Benefit(
                    "case-overtime",
                    new BenefitDetail.Cashable(),
                    perYear("8000"),
                    Factors.NONE,
                    null,
                    null,
                    "overtime-budget",
                    at("youth.yaml")),
                new Benefit(
                    "staff-confidence",
                    new BenefitDetail.Qualitative("% of staff confident to problem-solve"),
                    quarters("2025-26 Q4", 60, "2026-27 Q4", 75),
                    Factors.NONE,
                    null,
                    null,
                    null,
                    at("youth.yaml"))),
            at("youth.yaml"));
    Project triage =
        new Project(
            "street-triage",
            "Mental health street triage",
            "Ch Insp M. Adeyemi",
            BuildingBlock.WORKFORCE,
            Stage.PROPOSED,
            "force-wide",
            Quarter.of(2026, 3),
            end,
            Prices.REAL,
            List.of(
                new Cost(
                    "nurse-secondment",
                    Cost.Kind.REVENUE,
                    perYear("52000"),
                    u("0.1"),
                    at("triage.yaml"))),
            List.of(
                new Benefit(
                    "s136-hours",
                    new BenefitDetail.HoursFreed("sergeant-and-below", BenefitDetail.Use.RELEASED),
                    perQuarter("250", null),
                    factors("0.1", "0", "0.9", "0.2"),
                    2,
                    "medium",
                    null,
                    at("triage.yaml"))),
            at("triage.yaml"));
    return new Portfolio(settings(), List.of(burglary, custody, youth, triage), actuals());
  }

  private static Actuals actuals() {
    Map<Actuals.Key, Map<Quarter, Actuals.Cell>> m = new TreeMap<>();
    put(
        m,
        "burglary-hardening",
        "fewer-burglaries",
        "2025-26 Q2",
        "7",
        "2025-26 Q3",
        "6",
        "2025-26 Q4",
        "9",
        "2026-27 Q1",
        "7");
    put(
        m,
        "burglary-hardening",
        "victim-support-savings",
        "2025-26 Q1",
        "5",
        "2025-26 Q2",
        "6",
        "2025-26 Q3",
        "6",
        "2025-26 Q4",
        "7",
        "2026-27 Q1",
        "6",
        "2026-27 Q2",
        "6");
    put(m, "burglary-hardening", "locks-and-lighting", "2025-26 Q1", "23500");
    put(
        m,
        "burglary-hardening",
        "coordinator",
        "2025-26 Q1",
        "9000",
        "2025-26 Q2",
        "9000",
        "2025-26 Q3",
        "9000",
        "2025-26 Q4",
        "9000",
        "2026-27 Q1",
        "9000",
        "2026-27 Q2",
        "9000");
    put(
        m,
        "custody-triage",
        "sergeant-hours",
        "2025-26 Q2",
        "380",
        "2025-26 Q3",
        "410",
        "2025-26 Q4",
        "300",
        "2026-27 Q1",
        "260",
        "2026-27 Q2",
        "240");
    put(
        m,
        "custody-triage",
        "overtime",
        "2025-26 Q1",
        "9500",
        "2025-26 Q2",
        "10200",
        "2025-26 Q3",
        "11000",
        "2025-26 Q4",
        "9800",
        "2026-27 Q1",
        "10100",
        "2026-27 Q2",
        "9900");
    put(
        m,
        "custody-triage",
        "triage-staff",
        "2025-26 Q1",
        "15000",
        "2025-26 Q2",
        "15000",
        "2025-26 Q3",
        "15000",
        "2025-26 Q4",
        "15000",
        "2026-27 Q1",
        "15000");
    put(
        m,
        "youth-diversion",
        "fewer-assaults",
        "2025-26 Q1",
        "1",
        "2025-26 Q2",
        "2",
        "2025-26 Q3",
        "2",
        "2025-26 Q4",
        "1");
    put(
        m,
        "youth-diversion",
        "case-overtime",
        "2025-26 Q1",
        "2000",
        "2025-26 Q2",
        "2100",
        "2025-26 Q3",
        "1900",
        "2025-26 Q4",
        "2000",
        "2026-27 Q1",
        "2000",
        "2026-27 Q2",
        "2050");
    put(m, "youth-diversion", "staff-confidence", "2025-26 Q4", "52");
    put(
        m,
        "youth-diversion",
        "youth-workers",
        "2025-26 Q1",
        "11000",
        "2025-26 Q2",
        "11500",
        "2025-26 Q3",
        "11250",
        "2025-26 Q4",
        "11250",
        "2026-27 Q1",
        "11250",
        "2026-27 Q2",
        "11250");
    return new Actuals(m);
  }

  private static void put(
      Map<Actuals.Key, Map<Quarter, Actuals.Cell>> m,
      String project,
      String item,
      String... periodsAndActuals) {
    Map<Quarter, Actuals.Cell> cells = new TreeMap<>();
    for (int i = 0; i < periodsAndActuals.length; i += 2) {
      cells.put(
          Quarter.parse(periodsAndActuals[i]),
          new Actuals.Cell(
              new BigDecimal(periodsAndActuals[i + 1]), new Location("actuals/returns.csv", 2, 1)));
    }
    m.put(new Actuals.Key(project, item), cells);
  }

  /** The board pack of this portfolio as of {@link #AS_OF}. */
  public BoardPackReport pack() {
    Portfolio p = portfolio();
    return BoardPacks.build(
        p,
        reference().withOverrides(p.settings()),
        p.settings(),
        AS_OF,
        ReferenceCatalogue.sources());
  }
}

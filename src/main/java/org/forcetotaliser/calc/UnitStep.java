package org.forcetotaliser.calc;

import java.math.BigDecimal;
import java.util.List;
import org.forcetotaliser.model.CrimeCost;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.HourlyRate;
import org.forcetotaliser.model.Offence;

/**
 * One step from a benefit's inputs to the £ value of one of its units (docs/method.md §4): the
 * reference row used, the factor applied and the figure reached. Figures only; {@code explain} puts
 * them into words. Immutable.
 */
public sealed interface UnitStep {

  /** What {@code v} makes of this step. */
  <R> R accept(Visitor<R> v);

  /**
   * Puts a step into words (or anything else), one method per kind of step: a new kind does not
   * compile until every visitor handles it.
   */
  interface Visitor<R> {
    R unknownOffence(UnknownOffence s);

    R noCostCategory(NoCostCategory s);

    R unknownCostCategory(UnknownCostCategory s);

    R crimeCostSum(CrimeCostSum s);

    R rate(Rate s);

    R ownUnitValue(OwnUnitValue s);

    R uprated(Uprated s);

    R multiplied(Multiplied s);

    R noMultiplier(NoMultiplier s);

    R nominalCash(NominalCash s);

    R cashAtBase(CashAtBase s);

    R qualitative(Qualitative s);
  }

  /** The offence is not in the offence table, so the benefit is not costed. */
  record UnknownOffence(String offence) implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.unknownOffence(this);
    }
  }

  /** The offence has no Home Office cost category, so its £ is absent (not £0). */
  record NoCostCategory(Offence offence) implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.noCostCategory(this);
    }
  }

  /** The offence's cost category is not in the crime cost table, so it is not costed. */
  record UnknownCostCategory(String category) implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.unknownCostCategory(this);
    }
  }

  /**
   * The Home Office cost of one offence at the table's price year: the selected components, and
   * with every component selected the published total in place of their sum (docs/method.md §4).
   *
   * @param partsSum the sum of {@code parts}
   * @param value the £ carried forward: the published total when {@code published}, else the sum
   */
  record CrimeCostSum(
      Offence offence,
      String category,
      List<Part> parts,
      BigDecimal partsSum,
      boolean published,
      BigDecimal value,
      FinancialYear priceYear)
      implements UnitStep {
    public CrimeCostSum {
      parts = List.copyOf(parts);
    }

    /** One cost component and its £. */
    public record Part(CrimeCost.CostComponent component, BigDecimal amount) {}

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.crimeCostSum(this);
    }
  }

  /** A role's hourly rate at its own price year. */
  record Rate(HourlyRate rate) implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.rate(this);
    }
  }

  /** A project's own unit value (the input {@code ref}, as appraised) at its price year. */
  record OwnUnitValue(InputRef ref, BigDecimal amount, FinancialYear priceYear, String source)
      implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.ownUnitValue(this);
    }
  }

  /**
   * Uprating to the price base: {@code unit = £ × deflator(base) / deflator(from)}.
   *
   * @param per what one unit is: a unit of value, an hour, or £1 of cash in {@code from} prices
   */
  record Uprated(
      Per per,
      FinancialYear from,
      BigDecimal fromDeflator,
      FinancialYear base,
      BigDecimal baseDeflator,
      BigDecimal unit)
      implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.uprated(this);
    }
  }

  /** What an uprated unit is counted in. */
  enum Per {
    VALUE,
    HOUR,
    CASH
  }

  /** Recorded crime scaled to all crime by the category's published multiplier. */
  record Multiplied(BigDecimal multiplier, BigDecimal unit) implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.multiplied(this);
    }
  }

  /** No published multiplier for the category: recorded crime is left unscaled. */
  record NoMultiplier(String category) implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.noMultiplier(this);
    }
  }

  /** Cash in nominal prices: each quarter's £ deflated from its own year to the price base. */
  record NominalCash(FinancialYear base) implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.nominalCash(this);
    }
  }

  /** Cash already in price-base prices: £1 a unit. */
  record CashAtBase(FinancialYear base) implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.cashAtBase(this);
    }
  }

  /** A qualitative benefit: tracked in its own unit, never in £. */
  record Qualitative() implements UnitStep {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.qualitative(this);
    }
  }
}

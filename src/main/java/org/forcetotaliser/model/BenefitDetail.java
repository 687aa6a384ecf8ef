package org.forcetotaliser.model;

import java.util.Locale;

/** What kind of benefit it is, with the fields only that kind has. Immutable. */
public sealed interface BenefitDetail {

  /** The five benefit types, as written after {@code type:}. */
  enum Type {
    CRIME_HARM, HOURS_FREED, CASHABLE, WIDER, QUALITATIVE;

    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
      return key();
    }
  }

  Type type();

  /** Offences prevented. {@code countedAs} is recorded (police-recorded) or all crime. */
  record CrimeHarm(String offence, CountedAs countedAs) implements BenefitDetail {
    public Type type() {
      return Type.CRIME_HARM;
    }
  }

  /** Whether a crime quantity counts police-recorded crime only or all crime. */
  enum CountedAs {
    RECORDED, ALL;

    @Override
    public String toString() {
      return Keyed.key(this);
    }
  }

  /** Officer or staff hours released. */
  record HoursFreed(String role, Use use) implements BenefitDetail {
    public Type type() {
      return Type.HOURS_FREED;
    }
  }

  /** What freed hours are used for: only {@code cashed} hours are cashable. */
  enum Use {
    REDEPLOYED, RELEASED, CASHED;

    @Override
    public String toString() {
      return Keyed.key(this);
    }
  }

  /** Cash released, in £. */
  record Cashable() implements BenefitDetail {
    public Type type() {
      return Type.CASHABLE;
    }
  }

  /**
   * A wider benefit valued per unit.
   *
   * @param unitValue £ per unit in {@code priceYear} prices
   */
  record Wider(Uncertain unitValue, FinancialYear priceYear, ValueClass valueClass, String source,
      boolean cashable) implements BenefitDetail {
    public Type type() {
      return Type.WIDER;
    }
  }

  /** The GMCA value classes. */
  enum ValueClass {
    FISCAL, ECONOMIC, SOCIAL;

    @Override
    public String toString() {
      return Keyed.key(this);
    }
  }

  /** A level tracked in its own unit (a survey score), never in £. */
  record Qualitative(String measure) implements BenefitDetail {
    public Type type() {
      return Type.QUALITATIVE;
    }
  }
}

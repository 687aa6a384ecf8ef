package org.forcetotaliser.model;

import java.util.List;
import java.util.Locale;

/** What kind of benefit it is, with the fields only that kind has. Immutable. */
public sealed interface BenefitDetail {

  /**
   * The five benefit types, as written after {@code type:}. Each constant is the one place that
   * holds its kind's keys, how they are read, its unit and its cashability; its unit value is
   * worked out by the appraisal (docs/method.md §4), in a switch over these constants.
   */
  enum Type implements BenefitKind {
    CRIME_HARM(
        "Crime prevented",
        "offences",
        List.of(
            BenefitKey.required(
                "offence",
                BenefitKey.Shape.OFFENCE,
                "Home Office offence code (bundled table or force.yaml)."),
            BenefitKey.choice(
                "counted_as",
                BenefitKey.Presence.OPTIONAL,
                CountedAs.class,
                "recorded (police-recorded) or all crime."))) {
      @Override
      public BenefitDetail read(KeyReader r) {
        String offence = r.text("offence");
        CountedAs counted = r.choice("counted_as", CountedAs.class);
        return offence == null
            ? null
            : new CrimeHarm(offence, counted == null ? CountedAs.RECORDED : counted);
      }

      @Override
      public boolean cashable(BenefitDetail d) {
        return false;
      }
    },
    HOURS_FREED(
        "Hours freed",
        "hours",
        List.of(
            BenefitKey.required(
                "role",
                BenefitKey.Shape.ROLE,
                "A bundled role or one defined in force.yaml rates."),
            BenefitKey.choice(
                "use",
                BenefitKey.Presence.OPTIONAL,
                Use.class,
                "redeployed (default), released or cashed."))) {
      @Override
      public BenefitDetail read(KeyReader r) {
        String role = r.text("role");
        Use use = r.choice("use", Use.class);
        return role == null ? null : new HoursFreed(role, use == null ? Use.REDEPLOYED : use);
      }

      /** Only hours cashed (posts removed, overtime cut) release cash. */
      @Override
      public boolean cashable(BenefitDetail d) {
        return ((HoursFreed) d).use() == Use.CASHED;
      }
    },
    CASHABLE("Cash released", "£", List.of()) {
      @Override
      public BenefitDetail read(KeyReader r) {
        return new Cashable();
      }

      @Override
      public boolean cashable(BenefitDetail d) {
        return true;
      }
    },
    WIDER(
        "Wider social value",
        "units",
        List.of(
            BenefitKey.required("unit_value", BenefitKey.Shape.AMOUNT, null),
            BenefitKey.required(
                "price_year", BenefitKey.Shape.YEAR, "The financial year of unit_value's prices."),
            BenefitKey.choice(
                "class",
                BenefitKey.Presence.REQUIRED,
                ValueClass.class,
                "fiscal, economic or social."),
            BenefitKey.expected("source", BenefitKey.Shape.TEXT, "Where unit_value comes from."),
            BenefitKey.optional("cashable", BenefitKey.Shape.BOOLEAN, null))) {
      @Override
      public BenefitDetail read(KeyReader r) {
        Uncertain unit = r.amount("unit_value");
        FinancialYear priceYear = r.year("price_year");
        ValueClass cls = r.choice("class", ValueClass.class);
        String source = r.text("source");
        Boolean cashable = r.bool("cashable");
        if (unit == null || priceYear == null || cls == null) {
          return null;
        }
        return new Wider(unit, priceYear, cls, source, cashable != null && cashable);
      }

      /** A wider benefit is cash released only when the project says so. */
      @Override
      public boolean cashable(BenefitDetail d) {
        return ((Wider) d).cashable();
      }
    },
    QUALITATIVE(
        "Qualitative",
        "level",
        List.of(
            BenefitKey.required("measure", BenefitKey.Shape.TEXT, "What the level measures."))) {
      @Override
      public BenefitDetail read(KeyReader r) {
        String measure = r.text("measure");
        return measure == null ? null : new Qualitative(measure);
      }

      @Override
      public boolean cashable(BenefitDetail d) {
        return false;
      }
    };

    private final String label;
    private final String unit;
    private final List<BenefitKey> keys;

    Type(String label, String unit, List<BenefitKey> keys) {
      this.label = label;
      this.unit = unit;
      this.keys = keys;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<BenefitKey> keys() {
      return keys;
    }

    @Override
    public String unit() {
      return unit;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  Type type();

  /** Whether this benefit's £ counts as cash released (docs/method.md §7). */
  default boolean cashable() {
    return type().cashable(this);
  }

  /** Offences prevented. {@code countedAs} is recorded (police-recorded) or all crime. */
  record CrimeHarm(String offence, CountedAs countedAs) implements BenefitDetail {
    public Type type() {
      return Type.CRIME_HARM;
    }
  }

  /** Whether a crime quantity counts police-recorded crime only or all crime. */
  enum CountedAs {
    RECORDED,
    ALL;

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
    REDEPLOYED,
    RELEASED,
    CASHED;

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
  record Wider(
      Uncertain unitValue,
      FinancialYear priceYear,
      ValueClass valueClass,
      String source,
      boolean cashable)
      implements BenefitDetail {
    public Type type() {
      return Type.WIDER;
    }
  }

  /** The GMCA value classes. */
  enum ValueClass {
    FISCAL,
    ECONOMIC,
    SOCIAL;

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

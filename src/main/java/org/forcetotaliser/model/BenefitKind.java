package org.forcetotaliser.model;

import java.util.List;

/**
 * A kind of benefit, as named after {@code type:} in a project file: the keys only its benefits
 * have (which the loader reads and the JSON Schema describes), how it reads them into a {@link
 * BenefitDetail}, the unit its quantity is counted in, and whether its £ is cash released. The
 * kinds of the method are the constants of {@link BenefitDetail.Type} (docs/method.md §4);
 * docs/architecture.md gives the recipe for adding one.
 */
public interface BenefitKind extends Labelled {

  /** The kind as written after {@code type:}, e.g. {@code crime-harm}. */
  @Override
  String key();

  /** The kind as a person reads it in a table or workbook, e.g. "Crime prevented". */
  @Override
  String label();

  /** The keys only this kind's benefits have, in the order the schema lists them. */
  List<BenefitKey> keys();

  /** The unit a benefit's quantity is counted in, as a return shows it (offences, hours). */
  String unit();

  /**
   * The kind's detail read from a benefit's keys, or null when a key it cannot do without is
   * missing or wrong (the reader has then reported it).
   */
  BenefitDetail read(KeyReader keys);

  /** Whether the benefit's £ counts as cash released (docs/method.md §7). */
  boolean cashable(BenefitDetail detail);

  /** The first of {@link #keys()} named {@code name}, or null. */
  default BenefitKey key(String name) {
    for (BenefitKey k : keys()) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    return null;
  }

  /**
   * Reads the value of one of a kind's keys, reporting a missing required key or a bad value; each
   * method returns null when the key is absent or its value bad. Whether a key is required comes
   * from its {@link BenefitKey}.
   */
  interface KeyReader {
    String text(String key);

    <E extends Enum<E>> E choice(String key, Class<E> type);

    Uncertain amount(String key);

    FinancialYear year(String key);

    Boolean bool(String key);
  }
}

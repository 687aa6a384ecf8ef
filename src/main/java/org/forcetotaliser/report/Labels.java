package org.forcetotaliser.report;

import org.forcetotaliser.calc.Breakdown;
import org.forcetotaliser.model.BenefitDetail;
import org.forcetotaliser.model.BuildingBlock;
import org.forcetotaliser.model.Labelled;
import org.forcetotaliser.model.Stage;

/**
 * The labelled value behind an identifier that a calculation carries as text: a breakdown's key.
 * The labels themselves live on the enums and kinds ({@link Labelled#label()}); this only finds the
 * one an identifier names.
 */
final class Labels {
  private Labels() {}

  /** An identifier that reads as itself: a year, an offence category, an area. */
  record Plain(String key) implements Labelled {
    @Override
    public String label() {
      return key;
    }

    @Override
    public String toString() {
      return key;
    }
  }

  /** A breakdown's key: a building block, a benefit type or a stage by its label, else as is. */
  static Labelled breakdownKey(Breakdown d, String key) {
    return switch (d) {
      case BUILDING_BLOCK -> find(BuildingBlock.values(), key);
      case TYPE -> find(BenefitDetail.Type.values(), key);
      case STAGE -> find(Stage.values(), key);
      case YEAR, OFFENCE, AREA -> new Plain(key);
    };
  }

  private static Labelled find(Labelled[] values, String key) {
    for (Labelled l : values) {
      if (l.key().equals(key)) {
        return l;
      }
    }
    return new Plain(key);
  }
}

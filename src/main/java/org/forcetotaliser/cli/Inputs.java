package org.forcetotaliser.cli;

import java.io.PrintWriter;
import java.util.List;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.Portfolio;
import org.forcetotaliser.model.ReferenceData;

/** Loading for the reporting commands: read, validate, print problems, stop on errors. */
final class Inputs {
  private Inputs() {}

  /** A portfolio that loaded without errors. */
  record Loaded(Portfolio portfolio, ReferenceData reference) {
    ForceSettings settings() {
      return portfolio.settings();
    }
  }

  /** Loads and validates the paths; prints every problem; null when there are errors. */
  static Loaded load(List<String> paths, PrintWriter err, boolean strict) {
    throw new UnsupportedOperationException("loader not wired yet");
  }

  /** Prints diagnostics; false when any is an error (or a warning under --strict). */
  static boolean report(List<Diagnostic> notes, PrintWriter err, boolean strict) {
    boolean ok = true;
    for (Diagnostic d : notes) {
      Diagnostic shown = strict ? d.asError() : d;
      err.println(shown.headline());
      ok &= !shown.isError();
    }
    err.flush();
    return ok;
  }

  static ForceSettings withPriceBase(ForceSettings s, FinancialYear priceBase) {
    return new ForceSettings(s.force(), s.calendar(), priceBase, s.discountYear(),
        s.discountSchedule(), s.harmIndex(), s.components(), s.scaleRecordedToAll(),
        s.fteHours(), s.tolerance(), s.rates(), s.offences(), s.location());
  }
}

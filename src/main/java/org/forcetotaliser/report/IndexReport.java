package org.forcetotaliser.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forcetotaliser.calc.IndexResult;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.NationalData;

/**
 * The Prevention Index as reported (docs/method.md §Prevention Index): the result, the force areas'
 * names, every note (what the data held, then what the calculation found) and the caveat.
 * Immutable.
 *
 * @param names the name of every force area of the result, by id
 * @param priceBase the force's price base (the index has no £; the JSON names it as every document
 *     does)
 */
public record IndexReport(
    IndexResult result, Map<String, String> names, List<String> notes, FinancialYear priceBase) {

  public IndexReport {
    names = Map.copyOf(names);
    notes = List.copyOf(notes);
  }

  /** The report of {@code result}, with the notes found while reading the data first. */
  public static IndexReport of(
      IndexResult result, NationalData data, List<String> dataNotes, FinancialYear priceBase) {
    Map<String, String> names = new LinkedHashMap<>();
    for (ForceArea a : data.areas()) {
      names.put(a.id(), a.name());
    }
    List<String> notes = new ArrayList<>(dataNotes);
    notes.addAll(result.notes());
    return new IndexReport(result, names, notes, priceBase);
  }

  /** A force area's name, or its id when it has none. */
  public String name(String id) {
    return names.getOrDefault(id, id);
  }

  public String caveat() {
    return IndexResult.CAVEAT;
  }
}

package org.forcetotaliser.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcetotaliser.load.IndicatorFiles;
import org.forcetotaliser.load.NationalTables;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.ForceSettings;
import org.forcetotaliser.model.NationalData;
import org.forcetotaliser.model.SeriesKey;

/**
 * What the Prevention Index reads (docs/method.md §Prevention Index): the bundled national tables
 * with a portfolio's {@code indicators/} laid over them — imported editions replacing the bundled
 * figures for their periods, force-supplied series beside them.
 */
final class IndexInputs {
  private IndexInputs() {}

  /** The data, what the reader must know about it, and the problems in the files. */
  record Prepared(NationalData data, List<String> notes, List<Diagnostic> problems) {}

  /** Reads {@code indicators/} under each folder, shown with its prefix. */
  static Prepared read(List<Path> folders, List<String> prefixes, FiscalCalendar calendar) {
    NationalData bundled = NationalTables.bundled();
    List<String> notes = new ArrayList<>();
    Map<String, Map<SeriesKey, BigDecimal>> supplied = new LinkedHashMap<>();
    Map<SeriesKey, BigDecimal> counts = new LinkedHashMap<>(bundled.counts());
    List<Diagnostic> problems = new ArrayList<>();
    for (int n = 0; n < folders.size(); n++) {
      IndicatorFiles.Read read =
          IndicatorFiles.read(
              folders.get(n).resolve("indicators"), prefixes.get(n) + "indicators/", calendar);
      problems.addAll(read.diagnostics());
      supplied.putAll(read.supplied());
      Map<String, int[]> byFile = new TreeMap<>();
      read.counts()
          .forEach(
              (k, v) -> {
                int[] c = byFile.computeIfAbsent(read.countFiles().get(k), f -> new int[2]);
                BigDecimal before = counts.put(k, v);
                c[0]++;
                if (before != null && before.compareTo(v) != 0) {
                  c[1]++;
                }
              });
      byFile.forEach(
          (file, c) ->
              notes.add(
                  file
                      + ": "
                      + c[0]
                      + " figures from an imported ONS table P1"
                      + (c[1] > 0
                          ? "; "
                              + c[1]
                              + (c[1] == 1 ? " of them differs" : " of them differ")
                              + " from the bundled figures "
                              + "for the same period, and the imported "
                              + "edition, the later, is used"
                          : "")));
    }
    return new Prepared(bundled.withCounts(counts).withSupplied(supplied), notes, problems);
  }

  /** The portfolio folder of the force.yaml {@code settings} came from, or null for none. */
  static Path folderOf(ForceSettings settings) {
    if (settings.location().line() <= 0) {
      return null;
    }
    Path file = Path.of(settings.location().file());
    return file.toAbsolutePath().getParent();
  }

  /** How files in that folder are shown: the force.yaml's path without its name. */
  static String prefixOf(ForceSettings settings) {
    String shown = settings.location().file();
    int slash = shown.lastIndexOf('/');
    return slash < 0 ? "" : shown.substring(0, slash + 1);
  }
}

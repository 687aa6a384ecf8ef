package org.forcetotaliser.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.SeriesKey;
import org.forcetotaliser.model.YearEnding;

/**
 * Reads a portfolio's {@code indicators/**.csv} (docs/method.md §Prevention Index): series a force
 * supplies itself, {@code force,indicator,period,value}, and newer editions of ONS table P1 written
 * by {@code totaliser import ons-pfa} ({@link OnsPfaImporter#TIDY_HEADER}), which are laid over the
 * bundled counts. Every problem is a diagnostic at its cell. Files are read in path order.
 */
public final class IndicatorFiles {

  static final String SUPPLIED_HEADER = "force,indicator,period,value";

  private IndicatorFiles() {}

  /**
   * What the files held.
   *
   * @param supplied force-supplied values by the file (as shown) they came from
   * @param counts offences from imported editions, and the file each came from
   */
  public record Read(
      Map<String, Map<SeriesKey, BigDecimal>> supplied,
      Map<SeriesKey, BigDecimal> counts,
      Map<SeriesKey, String> countFiles,
      List<Diagnostic> diagnostics) {}

  /** Every {@code .csv} under {@code folder} (shown with the prefix {@code shownPrefix}). */
  public static Read read(Path folder, String shownPrefix, FiscalCalendar calendar) {
    Map<String, Map<SeriesKey, BigDecimal>> supplied = new LinkedHashMap<>();
    Map<SeriesKey, BigDecimal> counts = new LinkedHashMap<>();
    Map<SeriesKey, String> countFiles = new LinkedHashMap<>();
    List<Diagnostic> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return new Read(supplied, counts, countFiles, out);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files =
          s.filter(
                  p ->
                      Files.isRegularFile(p)
                          && p.getFileName().toString().endsWith(".csv")
                          && !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
    } catch (IOException e) {
      out.add(
          Diagnostic.error(
              Location.ofFile(shownPrefix),
              LoadRule.UNREADABLE_FILE.code(),
              "cannot list the files: " + e.getMessage()));
      return new Read(supplied, counts, countFiles, out);
    }
    Map<String, String> areaByCode = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    for (ForceArea a : NationalTables.areas()) {
      areaByCode.put(a.code(), a.id());
      ids.add(a.id());
    }
    for (Path p : files) {
      String shown = shownPrefix + folder.relativize(p).toString().replace('\\', '/');
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)))
                .toString();
      } catch (CharacterCodingException e) {
        out.add(
            Diagnostic.error(
                Location.ofFile(shown), LoadRule.UNREADABLE_FILE.code(), "not UTF-8 text"));
        continue;
      } catch (IOException e) {
        out.add(
            Diagnostic.error(
                Location.ofFile(shown),
                LoadRule.UNREADABLE_FILE.code(),
                "cannot be read: " + e.getMessage()));
        continue;
      }
      Grid g;
      try {
        g = Grid.csv(shown, text);
      } catch (IllegalArgumentException e) {
        out.add(
            Diagnostic.error(
                Location.ofFile(shown), LoadRule.BAD_INDICATOR_CSV.code(), e.getMessage()));
        continue;
      }
      if (g.rows().isEmpty()) {
        out.add(
            Diagnostic.error(
                Location.ofFile(shown),
                LoadRule.BAD_INDICATOR_CSV.code(),
                "the file is " + "empty: expected the header `" + SUPPLIED_HEADER + "`"));
        continue;
      }
      String header =
          String.join(",", g.rows().get(0).stream().map(c -> c.text().strip()).toList());
      Location headAt = g.rows().get(0).get(0).at();
      boolean isCounts = header.equals(OnsPfaImporter.TIDY_HEADER);
      if (!isCounts && !header.equals(SUPPLIED_HEADER)) {
        out.add(
            Diagnostic.error(
                headAt,
                LoadRule.BAD_INDICATOR_CSV.code(),
                "expected the header `"
                    + SUPPLIED_HEADER
                    + "` (a series the force supplies) or `"
                    + OnsPfaImporter.TIDY_HEADER
                    + "` (written by `totaliser import ons-pfa`), found `"
                    + header
                    + "`"));
        continue;
      }
      Map<SeriesKey, BigDecimal> values = new LinkedHashMap<>();
      for (List<Grid.GridCell> row : g.rows().subList(1, g.rows().size())) {
        if (row.size() == 1 && row.get(0).text().isBlank()) {
          continue;
        }
        int width = isCounts ? 5 : 4;
        if (row.size() != width) {
          out.add(
              Diagnostic.error(
                  row.get(0).at(),
                  LoadRule.BAD_INDICATOR_CSV.code(),
                  "expected " + width + " fields, found " + row.size()));
          continue;
        }
        String area;
        int next;
        if (isCounts) {
          String code = row.get(0).text().strip();
          area = row.get(1).text().strip();
          if (!area.equals(areaByCode.get(code))) {
            out.add(
                Diagnostic.error(
                    row.get(0).at(),
                    LoadRule.BAD_INDICATOR_CSV.code(),
                    "`" + code + "` is not the ONS code of force area `" + area + "`"));
            continue;
          }
          next = 2;
        } else {
          area = row.get(0).text().strip();
          if (!ids.contains(area)) {
            out.add(
                Diagnostic.error(
                        row.get(0).at(),
                        LoadRule.UNKNOWN_FORCE_AREA.code(),
                        "no territorial "
                            + "force area `"
                            + area
                            + "`; `totaliser index --list-forces` lists them")
                    .withHint(Names.didYouMean(area, ids)));
            continue;
          }
          next = 1;
        }
        String indicator = row.get(next).text().strip();
        if (!indicator.matches("[a-z0-9][a-z0-9-]*")) {
          out.add(
              Diagnostic.error(
                  row.get(next).at(),
                  LoadRule.BAD_INDICATOR_CSV.code(),
                  "an indicator id is "
                      + "lower-case letters, digits and `-`, found `"
                      + indicator
                      + "`"));
          continue;
        }
        YearEnding period;
        try {
          period = YearEnding.parse(row.get(next + 1).text(), calendar);
        } catch (IllegalArgumentException e) {
          out.add(
              Diagnostic.error(
                  row.get(next + 1).at(), LoadRule.BAD_INDICATOR_CSV.code(), e.getMessage()));
          continue;
        }
        String v = row.get(next + 2).text().strip();
        if (!Values.isDecimal(v) || (isCounts && new BigDecimal(v).signum() < 0)) {
          out.add(
              Diagnostic.error(
                  row.get(next + 2).at(),
                  LoadRule.BAD_INDICATOR_CSV.code(),
                  "expected a number, found `" + v + "`"));
          continue;
        }
        SeriesKey key = new SeriesKey(area, indicator, period);
        boolean twice = isCounts ? countFiles.containsKey(key) : values.containsKey(key);
        if (twice) {
          out.add(
              Diagnostic.error(
                  row.get(0).at(),
                  LoadRule.BAD_INDICATOR_CSV.code(),
                  "a second value for "
                      + area
                      + ", "
                      + indicator
                      + ", "
                      + period
                      + (isCounts ? " (the first is in " + countFiles.get(key) + ")" : "")));
          continue;
        }
        if (isCounts) {
          counts.put(key, new BigDecimal(v));
          countFiles.put(key, shown);
        } else {
          values.put(key, new BigDecimal(v));
        }
      }
      if (!isCounts) {
        supplied.put(shown, values);
      }
    }
    return new Read(supplied, counts, countFiles, out);
  }
}

package org.forcetotaliser.load;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.ForceArea;
import org.forcetotaliser.model.IndexIndicator;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.OffenceCount;
import org.forcetotaliser.model.ReportRule;
import org.forcetotaliser.model.YearEnding;

/**
 * Reads table P1 of the ONS "Police force area data tables" (recorded crime by offence group and
 * police force area, number of offences) into tidy rows: one per territorial force area, offence
 * group and period. The workbook as downloaded ({@code .xlsx}, the sheet found by its title) or
 * that sheet saved as CSV. The editions differ in layout, so nothing is matched by position: a
 * force by its ONS area code, a column by what its heading means once footnote marks are removed,
 * the period by the title (docs/method.md §Prevention Index). No figure is changed; a cell marked
 * {@code ..} (not available) gives no row.
 */
public final class OnsPfaImporter {

  /** The code of the England and Wales row, which the forces and BTP add up to. */
  static final String ENGLAND_AND_WALES = "K04000001";

  private static final String TABLE = "Table P1";
  private static final Pattern TITLE_PERIOD =
      Pattern.compile(
          "(?i)year ending\\s+(january|"
              + "february|march|april|may|june|july|august|september|october|november|december)\\s+"
              + "(\\d+)");
  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

  /** The header of the tidy table, as written by {@link #tidyCsv}. */
  public static final String TIDY_HEADER = "ons_code,force_area,indicator,period,offences";

  private OnsPfaImporter() {}

  /**
   * One offence group's check: the territorial forces and British Transport Police against the
   * England and Wales row (null when the table has none).
   */
  public record Reconciliation(
      String indicator, BigDecimal forcesAndBtp, BigDecimal englandAndWales) {
    public boolean reconciles() {
      return englandAndWales != null && forcesAndBtp.compareTo(englandAndWales) == 0;
    }
  }

  /**
   * What a table held: its period, the tidy rows, the forces with no figures, each offence group's
   * reconciliation, and every problem found.
   */
  public record Imported(
      String file,
      YearEnding period,
      List<OffenceCount> counts,
      List<String> unavailable,
      List<Reconciliation> reconciliation,
      List<Diagnostic> diagnostics) {
    public Imported {
      counts = List.copyOf(counts);
      unavailable = List.copyOf(unavailable);
      reconciliation = List.copyOf(reconciliation);
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  /** Reads a file: a workbook when it ends in {@code .xlsx}, otherwise CSV. */
  public static Imported read(
      String shown, Path file, List<ForceArea> areas, List<IndexIndicator> indicators) {
    try {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        Grid g;
        try (InputStream in = Files.newInputStream(file)) {
          g = Grid.workbookSheet(shown, in, TABLE, "Area Code");
        }
        if (g == null) {
          return failed(
              shown,
              Location.ofFile(shown),
              "no sheet of this workbook has the "
                  + "title `Table P1: Police recorded crime by offence group and police force "
                  + "area…` in its first rows above an `Area Code` heading");
        }
        return read(g, areas, indicators);
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return readCsv(shown, text, areas, indicators);
    } catch (CharacterCodingException e) {
      return failed(
          shown,
          Location.ofFile(shown),
          "not UTF-8 text: save the sheet as CSV " + "UTF-8, or give the .xlsx workbook itself");
    } catch (IOException | RuntimeException e) {
      return failed(
          shown, Location.ofFile(shown), "cannot be read as a workbook or CSV: " + e.getMessage());
    }
  }

  /** Reads table P1 saved as CSV. */
  public static Imported readCsv(
      String shown, String text, List<ForceArea> areas, List<IndexIndicator> indicators) {
    Grid g;
    try {
      g = Grid.csv(shown, text);
    } catch (IllegalArgumentException e) {
      return failed(shown, Location.ofFile(shown), e.getMessage());
    }
    return read(g, areas, indicators);
  }

  private static Imported failed(String shown, Location at, String message) {
    return new Imported(
        shown,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(Diagnostic.of(at, ReportRule.BAD_ONS_TABLE, message)));
  }

  /** A heading as matched: lower case, footnote marks and line breaks gone. */
  static String meaning(String heading) {
    String s =
        heading
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\[note[^\\]]*\\]", " ")
            .replaceAll("[0-9,]", "")
            .replace('\u2013', '-')
            .replace('\u2014', '-');
    return s.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").strip();
  }

  static Imported read(Grid g, List<ForceArea> areas, List<IndexIndicator> indicators) {
    List<Diagnostic> out = new ArrayList<>();
    List<List<Grid.GridCell>> rows = g.rows();
    String file = g.name();
    // the title: the first cell that starts "Table P1"
    Grid.GridCell title = null;
    int titleRow = -1;
    for (int r = 0; r < Math.min(rows.size(), 10) && title == null; r++) {
      for (Grid.GridCell c : rows.get(r)) {
        if (c.text()
            .strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .startsWith("table p1")) {
          title = c;
          titleRow = r;
          break;
        }
      }
    }
    Location start =
        rows.isEmpty() || rows.get(0).isEmpty() ? Location.ofFile(file) : rows.get(0).get(0).at();
    if (title == null) {
      return failed(
          file,
          start,
          "not ONS table P1: no title starting `Table P1` in the "
              + "first rows (the table of recorded crime by offence group and police force area, "
              + "number of offences)");
    }
    YearEnding period = period(title.text());
    if (period == null) {
      return failed(
          file,
          title.at(),
          "the title does not say which 12 months the table "
              + "covers (`year ending <month> <year>`): "
              + title.text().strip());
    }
    // the header row: the one with an `Area Code` cell
    int headerRow = -1;
    int codeCol = -1;
    int nameCol = -1;
    for (int r = titleRow + 1; r < rows.size() && headerRow < 0; r++) {
      List<Grid.GridCell> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        String m = meaning(row.get(c).text());
        if (m.equals("area code")) {
          headerRow = r;
          codeCol = c;
        } else if (m.equals("area name")) {
          nameCol = c;
        }
      }
    }
    if (headerRow < 0) {
      return failed(
          file, title.at(), "no heading row with an `Area Code` column under the " + "title");
    }
    // each column's meaning: its heading, or the nearest heading above it (a heading such as
    // "Total recorded crime" sits a row above the others in older editions)
    Map<String, Integer> columnOf = new LinkedHashMap<>();
    List<Grid.GridCell> header = rows.get(headerRow);
    int width = 0;
    for (int r = titleRow + 1; r <= headerRow; r++) {
      width = Math.max(width, rows.get(r).size());
    }
    for (int c = 0; c < width; c++) {
      if (c == codeCol || c == nameCol) {
        continue;
      }
      Grid.GridCell cell = null;
      for (int r = headerRow; r > titleRow && cell == null; r--) {
        List<Grid.GridCell> row = rows.get(r);
        if (c < row.size() && !row.get(c).text().isBlank()) {
          cell = row.get(c);
        }
      }
      if (cell == null) {
        continue;
      }
      String m = meaning(cell.text());
      for (IndexIndicator i : indicators) {
        if (i.p1Column().equals(m)) {
          if (columnOf.containsKey(i.id())) {
            out.add(
                Diagnostic.of(
                    cell.at(),
                    ReportRule.BAD_ONS_TABLE,
                    "a second column headed `"
                        + cell.text().strip()
                        + "`: which one holds the figures is not clear"));
          } else {
            columnOf.put(i.id(), c);
          }
        }
      }
    }
    Location headerAt = header.get(codeCol).at();
    for (IndexIndicator i : indicators) {
      if (!columnOf.containsKey(i.id())) {
        out.add(
            Diagnostic.of(
                headerAt,
                ReportRule.BAD_ONS_TABLE,
                "no column headed `"
                    + i.label()
                    + "` (footnote marks aside): is this table P1, counts by offence group?"));
      }
    }
    if (out.stream().anyMatch(Diagnostic::isError)) {
      return new Imported(file, period, List.of(), List.of(), List.of(), out);
    }
    Map<String, ForceArea> byCode = new LinkedHashMap<>();
    areas.forEach(a -> byCode.put(a.code(), a));
    Map<String, Map<String, BigDecimal>> figures = new LinkedHashMap<>();
    Map<String, Location> rowAt = new LinkedHashMap<>();
    Map<String, BigDecimal> englandAndWales = null;
    Map<String, BigDecimal> btp = null;
    List<String> unavailable = new ArrayList<>();
    for (int r = headerRow + 1; r < rows.size(); r++) {
      List<Grid.GridCell> row = rows.get(r);
      String code = Grid.text(row, codeCol).strip();
      String name = nameCol < 0 ? "" : meaning(Grid.text(row, nameCol));
      boolean isBtp = code.isEmpty() && name.equals("british transport police");
      if (!byCode.containsKey(code) && !code.equals(ENGLAND_AND_WALES) && !isBtp) {
        continue;
      }
      String key = isBtp ? "btp" : code;
      if (figures.containsKey(key)
          || (code.equals(ENGLAND_AND_WALES) && englandAndWales != null)
          || (isBtp && btp != null)) {
        out.add(
            Diagnostic.of(
                row.get(codeCol).at(),
                ReportRule.BAD_ONS_TABLE,
                "a second row for `" + (isBtp ? "British Transport Police" : code) + "`"));
        continue;
      }
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      boolean any = false;
      for (Map.Entry<String, Integer> e : columnOf.entrySet()) {
        String text = Grid.text(row, e.getValue()).strip();
        Location at =
            e.getValue() < row.size() ? row.get(e.getValue()).at() : row.get(row.size() - 1).at();
        if (text.equals("..") || text.equals(":") || text.isEmpty()) {
          continue;
        }
        BigDecimal v = count(text);
        if (v == null) {
          out.add(
              Diagnostic.of(
                  at,
                  ReportRule.BAD_ONS_TABLE,
                  "expected a number of offences, found `" + text + "`"));
          continue;
        }
        values.put(e.getKey(), v);
        any = true;
      }
      if (code.equals(ENGLAND_AND_WALES)) {
        englandAndWales = values;
      } else if (isBtp) {
        btp = values;
      } else {
        figures.put(code, values);
        rowAt.put(code, row.get(codeCol).at());
        if (!any) {
          unavailable.add(byCode.get(code).id());
        }
      }
    }
    for (ForceArea a : areas) {
      if (!figures.containsKey(a.code())) {
        out.add(
            Diagnostic.of(
                headerAt,
                ReportRule.UNRECONCILED_ONS_TABLE,
                "no row for "
                    + a.name()
                    + " ("
                    + a.code()
                    + "): its figures are absent for "
                    + period));
      }
    }
    List<OffenceCount> counts = new ArrayList<>();
    for (ForceArea a : areas) {
      Map<String, BigDecimal> values = figures.get(a.code());
      if (values == null) {
        continue;
      }
      for (IndexIndicator i : indicators) {
        BigDecimal v = values.get(i.id());
        if (v != null) {
          counts.add(new OffenceCount(a.id(), a.code(), i.id(), period, v));
        }
      }
    }
    List<Reconciliation> rec = new ArrayList<>();
    for (IndexIndicator i : indicators) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Map<String, BigDecimal> v : figures.values()) {
        sum = sum.add(v.getOrDefault(i.id(), BigDecimal.ZERO));
      }
      if (btp != null) {
        sum = sum.add(btp.getOrDefault(i.id(), BigDecimal.ZERO));
      }
      BigDecimal ew = englandAndWales == null ? null : englandAndWales.get(i.id());
      Reconciliation one = new Reconciliation(i.id(), sum, ew);
      rec.add(one);
      if (ew != null && !one.reconciles()) {
        out.add(
            Diagnostic.of(
                headerAt,
                ReportRule.UNRECONCILED_ONS_TABLE,
                "`"
                    + i.label()
                    + "`: the forces and British Transport Police add up to "
                    + sum.toPlainString()
                    + ", the England and Wales row says "
                    + ew.toPlainString()
                    + " (difference "
                    + sum.subtract(ew).toPlainString()
                    + ")"));
      }
    }
    if (englandAndWales == null) {
      out.add(
          Diagnostic.of(
              headerAt,
              ReportRule.UNRECONCILED_ONS_TABLE,
              "no England and Wales row ("
                  + ENGLAND_AND_WALES
                  + "): the forces' figures cannot be checked against it"));
    }
    return new Imported(file, period, counts, unavailable, rec, out);
  }

  /** A whole, non-negative number of offences, with or without thousands separators. */
  private static BigDecimal count(String text) {
    String t = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
    if (!t.matches("\\d+(\\.0+)?")) {
      return null;
    }
    return new BigDecimal(t).setScale(0);
  }

  /**
   * The period a title names: "… year ending March 2019" (or, as footnote marks run into the year,
   * "March 20191,2" and "March 181,2,3").
   */
  static YearEnding period(String title) {
    Matcher m = TITLE_PERIOD.matcher(title);
    if (!m.find()) {
      return null;
    }
    int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
    String digits = m.group(2);
    int year;
    if (digits.length() >= 4 && (digits.startsWith("20") || digits.startsWith("19"))) {
      year = Integer.parseInt(digits.substring(0, 4));
    } else if (digits.length() >= 2) {
      year = 2000 + Integer.parseInt(digits.substring(0, 2));
    } else {
      return null;
    }
    return YearEnding.of(year, month);
  }

  /** The tidy table: {@link #TIDY_HEADER}, then one row per count, LF line ends. */
  public static String tidyCsv(List<OffenceCount> counts) {
    StringBuilder sb = new StringBuilder(TIDY_HEADER).append('\n');
    for (OffenceCount c : counts) {
      sb.append(c.onsCode())
          .append(',')
          .append(c.forceArea())
          .append(',')
          .append(c.indicator())
          .append(',')
          .append(c.period())
          .append(',')
          .append(c.offences().toPlainString())
          .append('\n');
    }
    return sb.toString();
  }
}

package org.forcetotaliser.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Quarter;

/**
 * Streams actuals CSV files (SPEC §4.6) into sums per project, item and quarter. Rows are
 * never kept: memory grows with the number of distinct items and quarters, not with rows. Finds
 * duplicate rows across every file read into the same reader, including a quarter written two
 * ways, and a month together with its quarter.
 */
final class ActualsReader {

  static final List<String> COLUMNS = List.of("project", "item", "period", "actual", "note");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
  /** After this many problems in one file the rest of it is not read. */
  static final int MAX_PROBLEMS = 100;

  /** What has been recorded for one item and quarter so far. */
  private static final class Slot {
    BigDecimal sum = BigDecimal.ZERO;
    Location first;
    Location quarterRow;
    final Location[] months = new Location[3];
  }

  private final FiscalCalendar calendar;
  private final List<Diagnostic> out;
  private final Map<Actuals.Key, Map<Quarter, Slot>> slots = new HashMap<>();
  private final Map<Actuals.Key, Location[]> keyLocations = new HashMap<>();

  ActualsReader(FiscalCalendar calendar, List<Diagnostic> out) {
    this.calendar = calendar;
    this.out = out;
  }

  /** The sums read so far. */
  Actuals actuals() {
    Map<Actuals.Key, Map<Quarter, Actuals.Cell>> cells = new TreeMap<>();
    slots.forEach((k, v) -> {
      Map<Quarter, Actuals.Cell> m = new TreeMap<>();
      v.forEach((q, s) -> m.put(q, new Actuals.Cell(s.sum, s.first)));
      cells.put(k, m);
    });
    return new Actuals(cells);
  }

  /** Where the first row of each item named its project and its item. */
  void recordLocations(SourceMap sources) {
    keyLocations.forEach((k, l) -> sources.putKey(k, Map.of("project", l[0], "item", l[1])));
  }

  /** Reads one file; problems go to the diagnostics, never an exception. */
  void read(String file, InputStream raw, java.util.function.Supplier<String> notUtf8)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 65536);
    in.mark(8192);
    byte[] head = in.readNBytes(8192);
    in.reset();
    String problem = TextFiles.problem(head, head.length);
    if (problem != null) {
      out.add(Diagnostic.error(Location.ofFile(file), "unreadable-file", problem));
      return;
    }
    Reader reader = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), 65536);
    Parser p = new Parser(file, reader);
    try {
      p.run();
    } catch (CharacterCodingException e) {
      out.add(Diagnostic.error(Location.ofFile(file), "unreadable-file", notUtf8.get()));
    }
  }

  /** One pass over one file: a small CSV state machine that keeps only the current record. */
  private final class Parser {
    final String file;
    final Reader reader;
    int line = 1;
    int col = 0;
    int problems;
    int[] index;
    boolean stopped;
    final List<String> fields = new ArrayList<>();
    final List<Location> starts = new ArrayList<>();

    Parser(String file, Reader reader) {
      this.file = file;
      this.reader = reader;
    }

    void problem(Location at, String rule, String message, String hint) {
      problems++;
      if (problems > MAX_PROBLEMS) {
        out.add(Diagnostic.error(at, rule.equals("bad-csv") ? rule : "bad-csv",
            "more than " + MAX_PROBLEMS + " problems in this file; the rest is not checked"));
        stopped = true;
        return;
      }
      out.add(Diagnostic.error(at, rule, message).withHint(hint));
    }

    void run() throws IOException {
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean inField = false;
      boolean first = true;
      int recordLine = 1;
      int c;
      while (!stopped && (c = reader.read()) != -1) {
        if (first) {
          first = false;
          if (c == '\uFEFF') {
            continue;
          }
        }
        col++;
        if (c == 0) {
          out.add(Diagnostic.error(new Location(file, line, col), "unreadable-file",
              "the file looks like binary data, not text"));
          return;
        }
        if (quoted) {
          if (c == '"') {
            reader.mark(1);
            int d = reader.read();
            if (d == '"') {
              col++;
              field.append('"');
            } else {
              quoted = false;
              if (d != -1) {
                reader.reset();
              }
            }
          } else {
            if (c == '\n') {
              line++;
              col = 0;
            }
            field.append((char) c);
          }
          continue;
        }
        if (!inField) {
          inField = true;
          starts.add(new Location(file, line, col));
          if (fields.isEmpty() && starts.size() == 1) {
            recordLine = line;
          }
        }
        if (c == '"' && field.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          inField = false;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r') {
            reader.mark(1);
            int d = reader.read();
            if (d != '\n' && d != -1) {
              reader.reset();
            }
          }
          fields.add(field.toString());
          field.setLength(0);
          inField = false;
          record(recordLine);
          line++;
          col = 0;
        } else {
          field.append((char) c);
        }
      }
      if (stopped) {
        return;
      }
      if (quoted) {
        problem(starts.get(starts.size() - 1), "bad-csv",
            "a quoted field is not closed before the end of the file", null);
        return;
      }
      if (inField || !fields.isEmpty()) {
        fields.add(field.toString());
        record(recordLine);
      }
      if (index == null) {
        problem(new Location(file, 1, 1), "bad-csv", "the file is empty: expected a header row "
            + "`project,item,period,actual`", null);
      }
    }

    private void record(int recordLine) {
      try {
        if (fields.size() == 1 && fields.get(0).isBlank()) {
          return;
        }
        if (index == null) {
          header();
        } else {
          row(recordLine);
        }
      } finally {
        fields.clear();
        starts.clear();
      }
    }

    private void header() {
      if (fields.stream().noneMatch(f -> COLUMNS.contains(f.strip()))) {
        problem(starts.get(0), "bad-csv", "the first row is not a header: expected the column "
            + "names `project,item,period,actual` (and optionally `note`), in any order", null);
        stopped = true;
        index = new int[] {-1, -1, -1, -1, -1};
        return;
      }
      int[] idx = {-1, -1, -1, -1, -1};
      boolean ok = true;
      for (int i = 0; i < fields.size(); i++) {
        String name = fields.get(i).strip();
        int k = COLUMNS.indexOf(name);
        if (k < 0) {
          String hint = Values.didYouMean(name, COLUMNS);
          problem(starts.get(i), "bad-csv", "unknown column `" + name + "`: the columns are "
              + "project, item, period, actual and an optional note",
              hint);
          ok = false;
        } else if (idx[k] >= 0) {
          problem(starts.get(i), "bad-csv", "column `" + name + "` is given twice", null);
          ok = false;
        } else {
          idx[k] = i;
        }
      }
      for (int k = 0; k < 4 && ok; k++) {
        if (idx[k] < 0) {
          problem(starts.get(0), "bad-csv", "the header has no `" + COLUMNS.get(k)
              + "` column: expected `project,item,period,actual`", null);
          ok = false;
        }
      }
      index = idx;
      if (!ok) {
        stopped = true;
      }
    }

    private void row(int recordLine) {
      int width = 0;
      for (int i : index) {
        width = Math.max(width, i + 1);
      }
      if (fields.size() < width - (index[4] == width - 1 ? 1 : 0) || fields.size() > columns()) {
        problem(new Location(file, recordLine, 1), "bad-csv", "this row has " + fields.size()
            + " fields, the header has " + columns(), null);
        return;
      }
      String project = field(0);
      String item = field(1);
      String period = field(2);
      String amount = field(3);
      boolean ok = true;
      for (int k = 0; k < 4; k++) {
        if (field(k).isEmpty()) {
          String extra = k == 3 ? ": leave the row out if nothing was recorded (a missing "
              + "actual is never read as 0)" : "";
          problem(at(k), "bad-csv", "`" + COLUMNS.get(k) + "` is empty" + extra, null);
          ok = false;
        }
      }
      if (!ok) {
        return;
      }
      Quarter q;
      Integer month = null;
      try {
        java.util.regex.Matcher m = MONTH.matcher(period);
        if (m.matches()) {
          int mm = Integer.parseInt(m.group(2));
          if (mm < 1 || mm > 12) {
            throw new BadValue("bad-period", "`" + period + "` is not a month: a month is "
                + "written `YYYY-MM` with MM from 01 to 12",
                isYear(period) ? "in actuals `YYYY-MM` is always a month; "
                    + "for a financial quarter write `" + period + " Q1`" : null);
          }
          YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), mm);
          try {
            q = calendar.quarterOf(ym);
          } catch (IllegalArgumentException e) {
            throw new BadValue("bad-period", "`" + period + "` is not a month this tool can "
                + "place in a financial year");
          }
          // which of the quarter's three months it is: 0, 1 or 2
          month = (int) calendar.firstMonth(q).until(ym, java.time.temporal.ChronoUnit.MONTHS);
        } else if (Quarter.looksLikeQuarter(period)) {
          q = Values.quarter(period);
        } else {
          throw new BadValue("bad-period", "expected a quarter such as `2025-26 Q1` or a month "
              + "such as `2025-04`, found `" + period + "`");
        }
      } catch (BadValue b) {
        problem(at(2), b.rule, b.getMessage(), b.hint);
        return;
      }
      BigDecimal actual = amount(amount);
      if (actual == null) {
        return;
      }
      Actuals.Key key = new Actuals.Key(project, item);
      Map<Quarter, Slot> byQuarter = slots.computeIfAbsent(key, k -> {
        keyLocations.put(k, new Location[] {at(0), at(1)});
        return new TreeMap<>();
      });
      Slot s = byQuarter.computeIfAbsent(q, x -> new Slot());
      Location here = at(2);
      String what = "`" + project + "` `" + item + "`";
      if (month == null) {
        Location clash = s.quarterRow;
        for (Location l : s.months) {
          clash = clash == null ? l : clash;
        }
        if (clash != null) {
          problem(here, "duplicate-actual", "a second actual for " + what + " in " + q
              + ": the first is at " + clash, "keep one row per item and period, or add them up");
          return;
        }
        s.quarterRow = here;
      } else {
        Location clash = s.quarterRow != null ? s.quarterRow : s.months[month];
        if (clash != null) {
          problem(here, "duplicate-actual", "a second actual for " + what + " in " + period
              + " (" + q + "): the first is at " + clash,
              "keep one row per item and period, or add them up");
          return;
        }
        s.months[month] = here;
      }
      s.sum = s.sum.add(actual);
      if (s.first == null) {
        s.first = here;
      }
    }

    private static boolean isYear(String text) {
      try {
        FinancialYear.parse(text);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private BigDecimal amount(String text) {
      String t = text.strip();
      if (AMOUNT.matcher(t).matches()) {
        return new BigDecimal(t);
      }
      String hint = null;
      String message;
      if (t.startsWith("-") && AMOUNT.matcher(t.substring(1)).matches()) {
        problem(at(3), "negative-quantity", "`actual` must be 0 or more, found `" + t + "`", null);
        return null;
      } else if (t.matches("-?[£$€]?[\\d,]+(\\.\\d+)?") && !t.equals(",")) {
        message = "`actual` must be a plain number such as `1234.50`, found `" + t + "`";
        hint = "remove the " + (t.contains(",") && t.matches(".*[£$€].*") ? "£ sign and the "
            + "thousands separators" : t.contains(",") ? "thousands separators" : "currency sign")
            + ": `" + t.replaceAll("[£$€,]", "") + "`";
      } else {
        message = "`actual` must be a plain number such as `1234.50`, found `" + t + "`";
      }
      problem(at(3), "bad-csv", message, hint);
      return null;
    }

    private int columns() {
      int n = 0;
      for (int i : index) {
        n += i >= 0 ? 1 : 0;
      }
      return n;
    }

    private String field(int k) {
      int i = index[k];
      return i >= 0 && i < fields.size() ? fields.get(i).strip() : "";
    }

    private Location at(int k) {
      int i = index[k];
      return i >= 0 && i < starts.size() ? starts.get(i) : new Location(file, line, 1);
    }
  }
}

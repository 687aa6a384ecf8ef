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
  /**
   * Columns that {@code totaliser template actuals} writes for the reader's information; they
   * are read past, so that a filled-in return drops into actuals/ unchanged.
   */
  static final List<String> INFORMATIONAL = List.of("planned", "unit", "owner");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  /** After this many problems in one file the rest of it is not read. */
  static final int MAX_PROBLEMS = 100;

  /**
   * What has been recorded for one item and quarter so far: the sum, and where the quarter's
   * row or each of its three months' rows was written, packed into longs (see {@link #pack})
   * so that a portfolio with millions of cells stays small.
   */
  private static final class Slot {
    BigDecimal sum = BigDecimal.ZERO;
    long quarterRow;
    long month0;
    long month1;
    long month2;
    long first;
    /**
     * The level of the quarter for a qualitative benefit (SPEC §4.6): its row, or its latest
     * recorded month's value; which month that was (0–2, 3 for a quarter row).
     */
    BigDecimal last;
    int lastMonth = -1;

    void level(int month, BigDecimal value) {
      if (month > lastMonth) {
        lastMonth = month;
        last = value;
      }
    }

    long month(int i) {
      return i == 0 ? month0 : i == 1 ? month1 : month2;
    }

    void setMonth(int i, long at) {
      if (i == 0) {
        month0 = at;
      } else if (i == 1) {
        month1 = at;
      } else {
        month2 = at;
      }
    }
  }

  /** A parsed period: its quarter and, for a month, which of the quarter's months (0–2). */
  private record Period(Quarter quarter, Integer month) {}

  /** Periods already parsed: a few distinct spellings recur on millions of rows. */
  private final Map<String, Period> periods = new HashMap<>();

  /** The files read, by index, for packed locations. */
  private final List<String> files = new ArrayList<>();
  /** One instance per quarter, so that millions of cells share them. */
  private final Map<Integer, Quarter> quarters = new HashMap<>();

  /** The index of {@code file} in {@link #files}, adding it when new. */
  private int fileIndex(String file) {
    int f = files.indexOf(file);
    if (f < 0) {
      files.add(file);
      f = files.size() - 1;
    }
    return f;
  }

  /** A location as a long: file index (16 bits), line (32 bits), column (16 bits); 0 = none. */
  private static long pack(int fileIndex, int line, int column) {
    return ((long) (fileIndex + 1) << 48) | ((long) line << 16) | Math.min(column, 0xFFFF);
  }

  private Location unpack(long p) {
    return new Location(files.get((int) (p >>> 48) - 1), (int) ((p >>> 16) & 0xFFFFFFFFL),
        (int) (p & 0xFFFF));
  }

  private final FiscalCalendar calendar;
  private final List<Diagnostic> out;
  private final Map<Actuals.Key, Map<Quarter, Slot>> slots = new HashMap<>();
  private final Map<Actuals.Key, Location[]> keyLocations = new HashMap<>();
  /** Whether a row was refused as a duplicate: see {@link #absorb}. */
  private boolean duplicates;

  ActualsReader(FiscalCalendar calendar, List<Diagnostic> out) {
    this.calendar = calendar;
    this.out = out;
  }

  /** An empty reader with the same calendar, for reading files apart and {@link #absorb}ing. */
  ActualsReader part() {
    return new ActualsReader(calendar, new ArrayList<>());
  }

  /** Adds a problem found outside the reader, such as a file that cannot be opened. */
  void report(Diagnostic d) {
    out.add(d);
  }

  /**
   * Adds everything {@code part} read (sums, where each was first written, diagnostics) to
   * this reader, as if its files had been read into this one, and returns true; or returns
   * false and changes nothing when that cannot be known without reading them again.
   *
   * <p>Reading a row depends on the rows before it only through its item and quarter. Where
   * {@code part} and this reader share no item-quarter, or share only item-quarters for which
   * each holds rows for different months and {@code part} refused no row as a duplicate, every
   * row of {@code part} is accepted or refused, and its problems worded, exactly as it would be
   * after this reader's rows; so the same problems, in the same order, stop a file after
   * {@link #MAX_PROBLEMS} at the same row. Otherwise (a quarter row, a month twice, a refused
   * duplicate) the answer would depend on the rows before: false.
   */
  boolean absorb(ActualsReader part) {
    for (Map.Entry<Actuals.Key, Map<Quarter, Slot>> e : part.slots.entrySet()) {
      Map<Quarter, Slot> mine = slots.get(e.getKey());
      if (mine == null) {
        continue;
      }
      for (Map.Entry<Quarter, Slot> q : e.getValue().entrySet()) {
        Slot a = mine.get(q.getKey());
        Slot b = q.getValue();
        if (a != null && (part.duplicates || a.quarterRow != 0 || b.quarterRow != 0
            || (a.month0 != 0 && b.month0 != 0) || (a.month1 != 0 && b.month1 != 0)
            || (a.month2 != 0 && b.month2 != 0))) {
          return false;
        }
      }
    }
    // the part's file indexes in this reader's list of files
    int[] index = new int[part.files.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = fileIndex(part.files.get(i));
    }
    for (Map.Entry<Actuals.Key, Map<Quarter, Slot>> e : part.slots.entrySet()) {
      Map<Quarter, Slot> mine = slots.get(e.getKey());
      for (Slot s : e.getValue().values()) {
        s.quarterRow = repack(s.quarterRow, index);
        s.month0 = repack(s.month0, index);
        s.month1 = repack(s.month1, index);
        s.month2 = repack(s.month2, index);
        s.first = repack(s.first, index);
      }
      if (mine == null) {
        slots.put(e.getKey(), e.getValue());
        continue;
      }
      e.getValue().forEach((q, b) -> {
        Slot a = mine.get(q);
        if (a == null) {
          mine.put(q, b);
          return;
        }
        // months apart: nothing clashed; the first row stays this reader's
        a.sum = a.sum.add(b.sum);
        a.level(b.lastMonth, b.last);
        for (int i = 0; i < 3; i++) {
          if (b.month(i) != 0) {
            a.setMonth(i, b.month(i));
          }
        }
        if (a.first == 0) {
          a.first = b.first;
        }
      });
    }
    part.keyLocations.forEach(keyLocations::putIfAbsent);
    duplicates |= part.duplicates;
    out.addAll(part.out);
    part.slots.clear();
    part.keyLocations.clear();
    part.out.clear();
    return true;
  }

  /** A packed location of another reader, with its file index made this reader's. */
  private static long repack(long p, int[] index) {
    if (p == 0) {
      return 0;
    }
    return ((long) (index[(int) (p >>> 48) - 1] + 1) << 48) | (p & 0xFFFFFFFFFFFFL);
  }

  /** The sums read so far. Hands the cells over: the reader is empty afterwards. */
  Actuals actuals() {
    java.util.TreeMap<Actuals.Key, java.util.NavigableMap<Quarter, Actuals.Cell>> cells =
        new TreeMap<>();
    var it = slots.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      TreeMap<Quarter, Actuals.Cell> m = new TreeMap<>();
      e.getValue().forEach((q, s) ->
          m.put(q, new Actuals.Cell(s.sum, s.last == null ? s.sum : s.last, unpack(s.first))));
      cells.put(e.getKey(), m);
      it.remove();
    }
    return Actuals.adopt(cells);
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
    /** How many columns the header names (rows must have as many). */
    int width;
    boolean stopped;
    final List<String> fields = new ArrayList<>();
    /** Where each field of the current record starts; kept as numbers, not Locations. */
    int[] startLines = new int[8];
    int[] startColumns = new int[8];
    int starts;
    /** This file's index for packed locations, found on the first row that needs it. */
    int fileIndex = -1;

    Parser(String file, Reader reader) {
      this.file = file;
      this.reader = reader;
    }

    void problem(Location at, String rule, String message, String hint) {
      if (stopped) {
        // a header of thousands of bad columns must not say "more than 100 problems" each time
        return;
      }
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
          markStart(line, col);
          if (fields.isEmpty() && starts == 1) {
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
        problem(start(starts - 1), "bad-csv",
            "a quoted field is not closed before the end of the file", null);
        return;
      }
      if (inField || !fields.isEmpty()) {
        if (!inField) {
          // a comma just before the end of the file: the empty last field starts after it
          markStart(line, col + 1);
        }
        fields.add(field.toString());
        record(recordLine);
      }
      if (index == null) {
        problem(new Location(file, 1, 1), "bad-csv", "the file is empty: expected a header row "
            + "`project,item,period,actual`", null);
      }
    }

    /** Notes where the next field starts. */
    private void markStart(int line, int col) {
      if (starts == startLines.length) {
        startLines = java.util.Arrays.copyOf(startLines, starts * 2);
        startColumns = java.util.Arrays.copyOf(startColumns, starts * 2);
      }
      startLines[starts] = line;
      startColumns[starts] = col;
      starts++;
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
        starts = 0;
      }
    }

    private void header() {
      if (fields.stream().noneMatch(f -> COLUMNS.contains(f.strip()))) {
        boolean wrongCase = fields.stream().anyMatch(f -> COLUMNS.stream()
            .anyMatch(c -> c.equalsIgnoreCase(f.strip())));
        problem(start(0), "bad-csv", "the first row is not a header: expected the column "
            + "names `project,item,period,actual` (and optionally `note`), in any order",
            !wrongCase ? null : fields.size() > 8 ? "column names are lower case"
                : "column names are lower case: write `" + String.join(",", fields.stream()
                    .map(f -> f.strip().toLowerCase(java.util.Locale.ROOT)).toList()) + "`");
        stopped = true;
        index = new int[] {-1, -1, -1, -1, -1};
        return;
      }
      int[] idx = {-1, -1, -1, -1, -1};
      boolean ok = true;
      width = fields.size();
      List<String> seenInformational = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        String name = fields.get(i).strip();
        int k = COLUMNS.indexOf(name);
        if (k < 0 && INFORMATIONAL.contains(name)) {
          if (seenInformational.contains(name)) {
            problem(start(i), "bad-csv", "column `" + name + "` is given twice", null);
            ok = false;
          }
          seenInformational.add(name);
        } else if (k < 0) {
          String hint = Values.didYouMean(name, COLUMNS);
          problem(start(i), "bad-csv", "unknown column `" + name + "`: the columns are "
              + "project, item, period, actual and an optional note",
              hint);
          ok = false;
        } else if (idx[k] >= 0) {
          problem(start(i), "bad-csv", "column `" + name + "` is given twice", null);
          ok = false;
        } else {
          idx[k] = i;
        }
      }
      for (int k = 0; k < 4 && ok; k++) {
        if (idx[k] < 0) {
          problem(start(0), "bad-csv", "the header has no `" + COLUMNS.get(k)
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
      // a trailing empty `note` may be left off the row altogether
      int expected = width;
      boolean noteLast = index[4] == expected - 1;
      if (fields.size() != expected && !(noteLast && fields.size() == expected - 1)) {
        problem(new Location(file, recordLine, 1), "bad-csv", "this row has " + fields.size()
            + " fields, the header has " + expected, null);
        return;
      }
      String project = field(0);
      String item = field(1);
      String period = field(2);
      String amount = field(3);
      boolean ok = true;
      for (int k = 0; k < 3; k++) {
        if (field(k).isEmpty()) {
          problem(at(k), "bad-csv", "`" + COLUMNS.get(k) + "` is empty", null);
          ok = false;
        }
      }
      if (ok && amount.isEmpty()) {
        // a blank actual is a return not yet made: the quarter stays missing, never 0
        return;
      }
      if (!ok) {
        return;
      }
      Period parsed = periods.get(period);
      if (parsed == null) {
        try {
          parsed = period(period);
        } catch (BadValue b) {
          problem(at(2), b.rule, b.getMessage(), b.hint);
          return;
        }
        if (periods.size() < 10_000) {
          periods.put(period, parsed);
        }
      }
      Quarter q = parsed.quarter();
      Integer month = parsed.month();
      BigDecimal actual = amount(amount);
      if (actual == null) {
        return;
      }
      Actuals.Key key = new Actuals.Key(project, item);
      Map<Quarter, Slot> byQuarter = slots.computeIfAbsent(key, k -> {
        keyLocations.put(k, new Location[] {at(0), at(1)});
        return new HashMap<>(8);
      });
      Quarter shared = quarters.computeIfAbsent(q.index(), i -> q);
      Slot s = byQuarter.computeIfAbsent(shared, x -> new Slot());
      long packed = packAt(2);
      if (month == null) {
        long clash = s.quarterRow;
        for (int i = 0; i < 3 && clash == 0; i++) {
          clash = s.month(i);
        }
        if (clash != 0) {
          String what = "`" + project + "` `" + item + "`";
          duplicates = true;
          problem(at(2), "duplicate-actual", "a second actual for " + what + " in " + q
              + ": the first is at " + unpack(clash),
              "keep one row per item and period, or add them up");
          return;
        }
        s.quarterRow = packed;
      } else {
        long clash = s.quarterRow != 0 ? s.quarterRow : s.month(month);
        if (clash != 0) {
          String what = "`" + project + "` `" + item + "`";
          duplicates = true;
          problem(at(2), "duplicate-actual", "a second actual for " + what + " in " + period
              + " (" + q + "): the first is at " + unpack(clash),
              "keep one row per item and period, or add them up");
          return;
        }
        s.setMonth(month, packed);
      }
      s.sum = s.sum.add(actual);
      s.level(month == null ? 3 : month, actual);
      if (s.first == 0) {
        s.first = packed;
      }
    }

    /** A period as written in actuals: a quarter, or a month placed in its quarter. */
    private Period period(String period) {
      Quarter q;
      Integer month = null;
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
        Values.within(q.year(), period);
        // which of the quarter's three months it is: 0, 1 or 2
        month = (int) calendar.firstMonth(q).until(ym, java.time.temporal.ChronoUnit.MONTHS);
      } else if (Quarter.looksLikeQuarter(period)) {
        q = Values.quarter(period);
      } else {
        throw new BadValue("bad-period", "expected a quarter such as `2025-26 Q1` or a month "
            + "such as `2025-04`, found `" + period + "`");
      }
      return new Period(q, month);
    }

    private static boolean isYear(String text) {
      try {
        FinancialYear.parse(text);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    /** Digits with at most one decimal point that has digits after it; faster than a regex. */
    private static boolean plainAmount(String t) {
      int dots = 0;
      int digits = 0;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c == '.') {
          dots++;
          if (i == t.length() - 1) {
            return false;
          }
        } else if (c >= '0' && c <= '9') {
          digits++;
        } else {
          return false;
        }
      }
      return digits > 0 && dots <= 1;
    }

    private BigDecimal amount(String text) {
      String t = text.strip();
      if (plainAmount(t)) {
        try {
          return Values.exact(t);
        } catch (BadValue b) {
          problem(at(3), b.rule, b.getMessage(), b.hint);
          return null;
        }
      }
      String hint = null;
      String message;
      if (t.startsWith("-") && plainAmount(t.substring(1))) {
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
      return i >= 0 && i < starts ? start(i) : new Location(file, line, 1);
    }

    /** {@link #at} packed, without making a Location. */
    private long packAt(int k) {
      if (fileIndex < 0) {
        fileIndex = fileIndex(file);
      }
      int i = index[k];
      return i >= 0 && i < starts ? pack(fileIndex, startLines[i], startColumns[i])
          : pack(fileIndex, line, 1);
    }

    private Location start(int i) {
      return new Location(file, startLines[i], startColumns[i]);
    }
  }
}

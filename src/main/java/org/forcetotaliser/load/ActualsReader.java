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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FinancialYear;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.LoadRule;
import org.forcetotaliser.model.Location;
import org.forcetotaliser.model.Quarter;

/**
 * Streams actuals CSV files (docs/method.md §8) into sums per project, item and quarter. Rows are
 * never kept: memory grows with the number of distinct items and quarters, not with rows. Finds
 * duplicate rows across every file read into the same reader, including a quarter written two ways,
 * and a month together with its quarter.
 */
final class ActualsReader {

  static final List<String> COLUMNS = List.of("project", "item", "period", "actual", "note");

  /**
   * Columns that {@code totaliser template actuals} writes for the reader's information; they are
   * read past, so that a filled-in return drops into actuals/ unchanged.
   */
  static final List<String> INFORMATIONAL = List.of("planned", "unit", "owner");

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  /** After this many problems in one file the rest of it is not read. */
  static final int MAX_PROBLEMS = 100;

  /**
   * What has been recorded for one item and quarter so far: the sum, and where the quarter's row or
   * each of its three months' rows was written, packed into longs (see {@link #pack}) so that a
   * portfolio with millions of cells stays small.
   */
  private static final class Slot {
    BigDecimal sum = BigDecimal.ZERO;
    long quarterRow;
    long month0;
    long month1;
    long month2;
    long first;

    /**
     * The level of the quarter for a qualitative benefit (docs/method.md §8): its row, or its
     * latest recorded month's value; which month that was (0–2, 3 for a quarter row).
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

  /**
   * Periods already parsed: a few distinct spellings recur on millions of rows. Shared by files
   * parsed on different threads.
   */
  private final Map<String, Period> periods = new ConcurrentHashMap<>();

  /** The files read, by index; each file read is added once, when its first row is kept. */
  private final List<String> files = new ArrayList<>();

  /**
   * Places, by index: a file (its index in {@link #files}) and a column. A packed location is a
   * place and a line, so that any number of files fits.
   */
  private int[] placeFiles = new int[64];

  private int[] placeColumns = new int[64];
  private int places;

  /** One instance per quarter, so that millions of cells share them. */
  private final Map<Integer, Quarter> quarters = new HashMap<>();

  /** A new place: file {@code fileIndex}, column {@code column}. */
  private int place(int fileIndex, int column) {
    if (places == placeFiles.length) {
      placeFiles = Arrays.copyOf(placeFiles, places * 2);
      placeColumns = Arrays.copyOf(placeColumns, places * 2);
    }
    placeFiles[places] = fileIndex;
    placeColumns[places] = column;
    return places++;
  }

  /** A location as a long: place + 1 (high 32 bits), line (low 32 bits); 0 = none. */
  private static long pack(int place, int line) {
    return ((long) (place + 1) << 32) | (line & 0xFFFFFFFFL);
  }

  private Location unpack(long p) {
    int place = (int) (p >>> 32) - 1;
    return new Location(files.get(placeFiles[place]), (int) (p & 0xFFFFFFFFL), placeColumns[place]);
  }

  private final FiscalCalendar calendar;
  private final List<Diagnostic> out;

  /**
   * Roadmap progress lines of the quarter's return (project {@code roadmap}, item an action id,
   * actual a RAG word), in the order read: docs/method.md §Roadmap.
   */
  private final List<ProgressLine> progress = new ArrayList<>();

  /** The project column of a roadmap progress line in a return. */
  static final String ROADMAP = "roadmap";

  /** One progress line read from a return. */
  record ProgressLine(String action, Quarter quarter, String rag, String note, Location at) {}

  /** The roadmap progress lines read, in file order. */
  List<ProgressLine> progress() {
    return List.copyOf(progress);
  }

  private final Map<Actuals.Key, Map<Quarter, Slot>> slots = new HashMap<>();
  private final Map<Actuals.Key, Location[]> keyLocations = new HashMap<>();

  ActualsReader(FiscalCalendar calendar, List<Diagnostic> out) {
    this.calendar = calendar;
    this.out = out;
  }

  /** Adds a problem found outside the reader, such as a file that cannot be opened. */
  void report(Diagnostic d) {
    out.add(d);
  }

  /** The sums read so far. Hands the cells over: the reader is empty afterwards. */
  Actuals actuals() {
    java.util.TreeMap<Actuals.Key, java.util.NavigableMap<Quarter, Actuals.Cell>> cells =
        new TreeMap<>();
    var it = slots.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      TreeMap<Quarter, Actuals.Cell> m = new TreeMap<>();
      e.getValue()
          .forEach(
              (q, s) ->
                  m.put(
                      q,
                      new Actuals.Cell(s.sum, s.last == null ? s.sum : s.last, unpack(s.first))));
      cells.put(e.getKey(), m);
      it.remove();
    }
    return Actuals.adopt(cells);
  }

  /** Where the first row of each item named its project and its item. */
  void recordLocations(SourceMap sources) {
    keyLocations.forEach((k, l) -> sources.putKey(k, Map.of("project", l[0], "item", l[1])));
  }

  /**
   * A row with its fields checked and parsed, before it is added: where its project, item and
   * period fields start (line and column of each).
   */
  private record Row(
      String project,
      String item,
      String period,
      Quarter quarter,
      Integer month,
      BigDecimal actual,
      int[] at) {}

  /**
   * Where the parser of one file sends what it finds, in the order it finds it: a problem of the
   * file, counted towards {@link #MAX_PROBLEMS}; a problem not counted; a good row; the decision to
   * read no further.
   */
  private interface Found {
    void problem(Location at, String rule, String message, String hint);

    /** A problem that is not counted, such as binary data; ignored once stopped. */
    void uncounted(Diagnostic d);

    void row(Row row);

    /** A roadmap progress line: a status, not a quantity. */
    void progress(ProgressLine line);

    void stop();

    boolean stopped();
  }

  /**
   * One file being added to this reader: its problem count, and its rows added to the sums as they
   * come. Lives on the reader's thread.
   */
  private final class Adding implements Found {
    final String file;
    int problems;
    boolean stopped;

    /** This file's index in {@link #files}, taken when its first row is kept. */
    int fileIndex = -1;

    /** The place of each column rows of this file were found at. */
    final Map<Integer, Integer> placeOfColumn = new HashMap<>();

    int lastColumn = -1;
    int lastPlace;

    Adding(String file) {
      this.file = file;
    }

    @Override
    public void problem(Location at, String rule, String message, String hint) {
      if (stopped) {
        // a header of thousands of bad columns must not say "more than 100 problems" each time
        return;
      }
      problems++;
      if (problems > MAX_PROBLEMS) {
        out.add(
            Diagnostic.error(
                at,
                rule.equals(LoadRule.BAD_CSV.code()) ? rule : LoadRule.BAD_CSV.code(),
                "more than " + MAX_PROBLEMS + " problems in this file; the rest is not checked"));
        stopped = true;
        return;
      }
      out.add(Diagnostic.error(at, rule, message).withHint(hint));
    }

    @Override
    public void uncounted(Diagnostic d) {
      out.add(d);
    }

    @Override
    public void stop() {
      stopped = true;
    }

    @Override
    public boolean stopped() {
      return stopped;
    }

    private long packed(int line, int column) {
      if (column != lastColumn) {
        if (fileIndex < 0) {
          files.add(file);
          fileIndex = files.size() - 1;
        }
        Integer known = placeOfColumn.get(column);
        if (known == null) {
          known = place(fileIndex, column);
          placeOfColumn.put(column, known);
        }
        lastColumn = column;
        lastPlace = known;
      }
      return pack(lastPlace, line);
    }

    @Override
    public void progress(ProgressLine line) {
      ActualsReader.this.progress.add(line);
    }

    @Override
    public void row(Row r) {
      int[] at = r.at();
      Quarter q = r.quarter();
      Integer month = r.month();
      Actuals.Key key = new Actuals.Key(r.project(), r.item());
      Map<Quarter, Slot> byQuarter =
          slots.computeIfAbsent(
              key,
              k -> {
                keyLocations.put(
                    k,
                    new Location[] {
                      new Location(file, at[0], at[1]), new Location(file, at[2], at[3])
                    });
                return new HashMap<>(8);
              });
      Quarter shared = quarters.computeIfAbsent(q.index(), i -> q);
      Slot s = byQuarter.computeIfAbsent(shared, x -> new Slot());
      long packed = packed(at[4], at[5]);
      if (month == null) {
        long clash = s.quarterRow;
        for (int i = 0; i < 3 && clash == 0; i++) {
          clash = s.month(i);
        }
        if (clash != 0) {
          String what = "`" + r.project() + "` `" + r.item() + "`";
          problem(
              new Location(file, at[4], at[5]),
              LoadRule.DUPLICATE_ACTUAL.code(),
              "a second actual for " + what + " in " + q + ": the first is at " + unpack(clash),
              "keep one row per item and period, or add them up");
          return;
        }
        s.quarterRow = packed;
      } else {
        long clash = s.quarterRow != 0 ? s.quarterRow : s.month(month);
        if (clash != 0) {
          String what = "`" + r.project() + "` `" + r.item() + "`";
          problem(
              new Location(file, at[4], at[5]),
              LoadRule.DUPLICATE_ACTUAL.code(),
              "a second actual for "
                  + what
                  + " in "
                  + r.period()
                  + " ("
                  + q
                  + "): the first is at "
                  + unpack(clash),
              "keep one row per item and period, or add them up");
          return;
        }
        s.setMonth(month, packed);
      }
      s.sum = s.sum.add(r.actual());
      s.level(month == null ? 3 : month, r.actual());
      if (s.first == 0) {
        s.first = packed;
      }
    }
  }

  /**
   * What parsing one file found, kept in order to be added to a reader later, on its thread ({@link
   * #add}). A file can be parsed on any thread; adding it then gives what reading it there would
   * have: the same sums, and the same problems in the same order. Parsing stops once it has more
   * than {@link #MAX_PROBLEMS} problems of its own, since adding stops there at the latest
   * (duplicates found on adding count too).
   */
  static final class Parsed implements Found {
    private final String file;

    /** Problems (as Diagnostic), uncounted problems, rows and a stop, in order. */
    private final List<Object> found = new ArrayList<>();

    /** Problems that do not depend on the state of the file, such as an I/O failure. */
    private final List<Diagnostic> always = new ArrayList<>();

    private int problems;
    private boolean stopped;

    Parsed(String file) {
      this.file = file;
    }

    /** Adds a problem found outside the parser, such as a file that cannot be opened. */
    void report(Diagnostic d) {
      found.add(new Always(d));
    }

    @Override
    public void problem(Location at, String rule, String message, String hint) {
      if (stopped()) {
        return;
      }
      problems++;
      found.add(new Problem(at, rule, message, hint));
    }

    @Override
    public void uncounted(Diagnostic d) {
      found.add(d);
    }

    @Override
    public void row(Row row) {
      found.add(row);
    }

    @Override
    public void progress(ProgressLine line) {
      found.add(line);
    }

    @Override
    public void stop() {
      found.add(STOP);
      stopped = true;
    }

    @Override
    public boolean stopped() {
      return stopped || problems > MAX_PROBLEMS;
    }
  }

  private record Problem(Location at, String rule, String message, String hint) {}

  private record Always(Diagnostic d) {}

  private static final Object STOP = new Object();

  /** Parses one file, on any thread, for {@link #add} later. Problems go into the result. */
  Parsed parse(String file, InputStream raw, java.util.function.Supplier<String> notUtf8)
      throws IOException {
    Parsed p = new Parsed(file);
    read(file, raw, notUtf8, p);
    return p;
  }

  /** Adds a parsed file, as if it were read here and now. */
  void add(Parsed parsed) {
    Adding to = new Adding(parsed.file);
    for (Object f : parsed.found) {
      if (f instanceof Always a) {
        out.add(a.d());
      } else if (to.stopped()) {
        continue;
      } else if (f instanceof Problem p) {
        to.problem(p.at(), p.rule(), p.message(), p.hint());
      } else if (f instanceof Diagnostic d) {
        to.uncounted(d);
      } else if (f instanceof Row r) {
        to.row(r);
      } else if (f instanceof ProgressLine l) {
        to.progress(l);
      } else if (f == STOP) {
        to.stop();
      }
    }
    parsed.found.clear();
  }

  /** Reads one file into the sums; problems go to the diagnostics, never an exception. */
  void read(String file, InputStream raw, java.util.function.Supplier<String> notUtf8)
      throws IOException {
    read(file, raw, notUtf8, new Adding(file));
  }

  private void read(
      String file, InputStream raw, java.util.function.Supplier<String> notUtf8, Found found)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 65536);
    in.mark(8192);
    byte[] head = in.readNBytes(8192);
    in.reset();
    String problem = TextFiles.problem(head, head.length);
    if (problem != null) {
      found.uncounted(
          Diagnostic.error(Location.ofFile(file), LoadRule.UNREADABLE_FILE.code(), problem));
      return;
    }
    Reader reader =
        new java.io.BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            65536);
    Parser p = new Parser(file, reader, found);
    try {
      p.run();
    } catch (CharacterCodingException e) {
      Diagnostic d =
          Diagnostic.error(Location.ofFile(file), LoadRule.UNREADABLE_FILE.code(), notUtf8.get());
      if (found instanceof Parsed parsed) {
        parsed.report(d);
      } else {
        out.add(d);
      }
    }
  }

  /** One pass over one file: a small CSV state machine that keeps only the current record. */
  private final class Parser {
    final String file;
    final Reader reader;
    final Found found;
    int line = 1;
    int col = 0;
    int[] index;

    /** How many columns the header names (rows must have as many). */
    int width;

    final List<String> fields = new ArrayList<>();

    /** Where each field of the current record starts; kept as numbers, not Locations. */
    int[] startLines = new int[8];

    int[] startColumns = new int[8];
    int starts;

    Parser(String file, Reader reader, Found found) {
      this.file = file;
      this.reader = reader;
      this.found = found;
    }

    void problem(Location at, String rule, String message, String hint) {
      found.problem(at, rule, message, hint);
    }

    void run() throws IOException {
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean inField = false;
      boolean first = true;
      int recordLine = 1;
      int c;
      while (!found.stopped() && (c = reader.read()) != -1) {
        if (first) {
          first = false;
          if (c == '\uFEFF') {
            continue;
          }
        }
        col++;
        if (c == 0) {
          found.uncounted(
              Diagnostic.error(
                  new Location(file, line, col),
                  LoadRule.UNREADABLE_FILE.code(),
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
      if (found.stopped()) {
        return;
      }
      if (quoted) {
        problem(
            start(starts - 1),
            LoadRule.BAD_CSV.code(),
            "a quoted field is not closed before the end of the file",
            null);
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
        problem(
            new Location(file, 1, 1),
            LoadRule.BAD_CSV.code(),
            "the file is empty: expected a header row " + "`project,item,period,actual`",
            null);
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
        boolean wrongCase =
            fields.stream()
                .anyMatch(f -> COLUMNS.stream().anyMatch(c -> c.equalsIgnoreCase(f.strip())));
        problem(
            start(0),
            LoadRule.BAD_CSV.code(),
            "the first row is not a header: expected the column "
                + "names `project,item,period,actual` (and optionally `note`), in any order",
            !wrongCase
                ? null
                : fields.size() > 8
                    ? "column names are lower case"
                    : "column names are lower case: write `"
                        + String.join(
                            ",",
                            fields.stream()
                                .map(f -> f.strip().toLowerCase(java.util.Locale.ROOT))
                                .toList())
                        + "`");
        found.stop();
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
            problem(
                start(i), LoadRule.BAD_CSV.code(), "column `" + name + "` is given twice", null);
            ok = false;
          }
          seenInformational.add(name);
        } else if (k < 0) {
          String hint = Values.didYouMean(name, COLUMNS);
          problem(
              start(i),
              LoadRule.BAD_CSV.code(),
              "unknown column `"
                  + name
                  + "`: the columns are "
                  + "project, item, period, actual and an optional note",
              hint);
          ok = false;
        } else if (idx[k] >= 0) {
          problem(start(i), LoadRule.BAD_CSV.code(), "column `" + name + "` is given twice", null);
          ok = false;
        } else {
          idx[k] = i;
        }
      }
      for (int k = 0; k < 4 && ok; k++) {
        if (idx[k] < 0) {
          problem(
              start(0),
              LoadRule.BAD_CSV.code(),
              "the header has no `"
                  + COLUMNS.get(k)
                  + "` column: expected `project,item,period,actual`",
              null);
          ok = false;
        }
      }
      index = idx;
      if (!ok) {
        found.stop();
      }
    }

    private void row(int recordLine) {
      // a trailing empty `note` may be left off the row altogether
      int expected = width;
      boolean noteLast = index[4] == expected - 1;
      if (fields.size() != expected && !(noteLast && fields.size() == expected - 1)) {
        problem(
            new Location(file, recordLine, 1),
            LoadRule.BAD_CSV.code(),
            "this row has " + fields.size() + " fields, the header has " + expected,
            null);
        return;
      }
      String project = field(0);
      String item = field(1);
      String period = field(2);
      String amount = field(3);
      boolean ok = true;
      for (int k = 0; k < 3; k++) {
        if (field(k).isEmpty()) {
          problem(at(k), LoadRule.BAD_CSV.code(), "`" + COLUMNS.get(k) + "` is empty", null);
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
      String word = amount.strip().toLowerCase(java.util.Locale.ROOT);
      if (project.equals(ROADMAP) && List.of("green", "amber", "red").contains(word)) {
        // a roadmap progress line: a status, not a quantity
        if (parsed.month() != null) {
          problem(
              at(2),
              "bad-period",
              "roadmap progress is reported by quarter, such as `"
                  + parsed.quarter()
                  + "`, not by month; found `"
                  + period
                  + "`",
              null);
          return;
        }
        String note = field(4);
        found.progress(
            new ProgressLine(item, parsed.quarter(), word, note.isEmpty() ? null : note, at(1)));
        return;
      }
      BigDecimal actual = amount(amount);
      if (actual == null) {
        return;
      }
      // where the project, item and period fields start, as at(k) says, without a Location
      int[] at = new int[6];
      for (int k = 0; k < 3; k++) {
        int i = index[k];
        boolean known = i >= 0 && i < starts;
        at[2 * k] = known ? startLines[i] : line;
        at[2 * k + 1] = known ? startColumns[i] : 1;
      }
      found.row(new Row(project, item, period, parsed.quarter(), parsed.month(), actual, at));
    }

    /** A period as written in actuals: a quarter, or a month placed in its quarter. */
    private Period period(String period) {
      Quarter q;
      Integer month = null;
      java.util.regex.Matcher m = MONTH.matcher(period);
      if (m.matches()) {
        int mm = Integer.parseInt(m.group(2));
        if (mm < 1 || mm > 12) {
          throw new BadValue(
              LoadRule.BAD_PERIOD.code(),
              "`"
                  + period
                  + "` is not a month: a month is "
                  + "written `YYYY-MM` with MM from 01 to 12",
              isYear(period)
                  ? "in actuals `YYYY-MM` is always a month; "
                      + "for a financial quarter write `"
                      + period
                      + " Q1`"
                  : null);
        }
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), mm);
        try {
          q = calendar.quarterOf(ym);
        } catch (IllegalArgumentException e) {
          throw new BadValue(
              LoadRule.BAD_PERIOD.code(),
              "`" + period + "` is not a month this tool can " + "place in a financial year");
        }
        Values.within(q.year(), period);
        // which of the quarter's three months it is: 0, 1 or 2
        month = (int) calendar.firstMonth(q).until(ym, java.time.temporal.ChronoUnit.MONTHS);
      } else if (Quarter.looksLikeQuarter(period)) {
        q = Values.quarter(period);
      } else {
        throw new BadValue(
            LoadRule.BAD_PERIOD.code(),
            "expected a quarter such as `2025-26 Q1` or a month "
                + "such as `2025-04`, found `"
                + period
                + "`");
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
        problem(
            at(3),
            LoadRule.NEGATIVE_QUANTITY.code(),
            "`actual` must be 0 or more, found `" + t + "`",
            null);
        return null;
      } else if (t.matches("-?[£$€]?[\\d,]+(\\.\\d+)?") && !t.equals(",")) {
        message = "`actual` must be a plain number such as `1234.50`, found `" + t + "`";
        hint =
            "remove the "
                + (t.contains(",") && t.matches(".*[£$€].*")
                    ? "£ sign and the " + "thousands separators"
                    : t.contains(",") ? "thousands separators" : "currency sign")
                + ": `"
                + t.replaceAll("[£$€,]", "")
                + "`";
      } else {
        message = "`actual` must be a plain number such as `1234.50`, found `" + t + "`";
      }
      problem(at(3), LoadRule.BAD_CSV.code(), message, hint);
      return null;
    }

    private String field(int k) {
      int i = index[k];
      return i >= 0 && i < fields.size() ? fields.get(i).strip() : "";
    }

    private Location at(int k) {
      int i = index[k];
      return i >= 0 && i < starts ? start(i) : new Location(file, line, 1);
    }

    private Location start(int i) {
      return new Location(file, startLines[i], startColumns[i]);
    }
  }
}

package org.forcetotaliser.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

  /**
   * Where rows come from: a file, or one sheet of a workbook ({@code sheet} null for a CSV file).
   */
  record Source(String file, String sheet) {
    static Source of(String file) {
      return new Source(file, null);
    }

    /** A line and column of the file, or a row and column of the sheet. */
    Location at(int line, int column) {
      return sheet == null
          ? new Location(file, line, column)
          : Location.ofCell(file, sheet, line, column);
    }
  }

  /** The sources read, by index; each is added once, when its first row is kept. */
  private final List<Source> files = new ArrayList<>();

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
    return files.get(placeFiles[place]).at((int) (p & 0xFFFFFFFFL), placeColumns[place]);
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
    final Source file;
    int problems;
    boolean stopped;

    /** This file's index in {@link #files}, taken when its first row is kept. */
    int fileIndex = -1;

    /** The place of each column rows of this file were found at. */
    final Map<Integer, Integer> placeOfColumn = new HashMap<>();

    int lastColumn = -1;
    int lastPlace;

    Adding(Source file) {
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
                keyLocations.put(k, new Location[] {file.at(at[0], at[1]), file.at(at[2], at[3])});
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
              file.at(at[4], at[5]),
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
              file.at(at[4], at[5]),
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
    private final Source file;

    /** Problems (as Diagnostic), uncounted problems, rows and a stop, in order. */
    private final List<Object> found = new ArrayList<>();

    /** Problems that do not depend on the state of the file, such as an I/O failure. */
    private final List<Diagnostic> always = new ArrayList<>();

    private int problems;
    private boolean stopped;

    Parsed(String file) {
      this(Source.of(file));
    }

    Parsed(Source file) {
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

  /** In a sheet, the header row is looked for among this many first rows that hold anything. */
  static final int HEADER_SEARCH = 20;

  /**
   * Parses one workbook, on any thread, for {@link #add} later (docs/method.md §8): every sheet
   * whose header row has the actuals columns is read like a CSV file, the rows above the header and
   * the sheets without one passed over. The first result holds the workbook's own problems (a
   * damaged package, no sheet of actuals); then one per sheet read, in the workbook's order.
   */
  List<Parsed> parseWorkbook(String file, java.nio.file.Path path) {
    Parsed whole = new Parsed(file);
    List<Parsed> out = new ArrayList<>();
    out.add(whole);
    XlsxReader.Rows rows =
        new XlsxReader.Rows() {
          Parser parser;
          Parsed sheet;
          int looked;

          @Override
          public void sheet(String name) {
            parser = null;
            sheet = new Parsed(new Source(file, name));
            looked = 0;
          }

          @Override
          public void row(int row, List<XlsxReader.Cell> cells) {
            if (parser != null) {
              if (!sheet.stopped()) {
                parser.sheetRow(row, cells);
              }
              return;
            }
            if (looked++ >= HEADER_SEARCH) {
              return;
            }
            java.util.Set<String> names = new java.util.HashSet<>();
            for (XlsxReader.Cell c : cells) {
              names.add(c.text().strip().toLowerCase(java.util.Locale.ROOT));
            }
            if (names.containsAll(COLUMNS.subList(0, 4))) {
              parser = new Parser(sheet.file, null, sheet);
              out.add(sheet);
              parser.sheetHeader(row, cells);
            }
          }
        };
    try {
      XlsxReader.read(path, rows);
    } catch (XlsxReader.BadWorkbook e) {
      whole.report(
          Diagnostic.error(Location.ofFile(file), LoadRule.UNREADABLE_FILE.code(), e.getMessage()));
      return List.of(whole);
    } catch (IOException | RuntimeException e) {
      // a damaged entry surfaces as an I/O or parser failure part way through a part
      whole.report(
          Diagnostic.error(
              Location.ofFile(file),
              LoadRule.UNREADABLE_FILE.code(),
              "the workbook is damaged: it cannot be unpacked ("
                  + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                  + ")"));
      return List.of(whole);
    }
    if (out.size() == 1) {
      whole.report(
          Diagnostic.error(
                  Location.ofFile(file),
                  LoadRule.BAD_CSV.code(),
                  "no sheet of the workbook has a header row with the columns "
                      + "`project`, `item`, `period` and `actual`")
              .withHint("`totaliser template actuals --format xlsx` writes a workbook to fill in"));
    }
    return out;
  }

  /** Parses one file, on any thread, for {@link #add} later. Problems go into the result. */
  Parsed parse(String file, InputStream raw, TextFiles.Encoding encoding) throws IOException {
    Parsed p = new Parsed(file);
    read(Source.of(file), raw, encoding, p);
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
  void read(String file, InputStream raw, TextFiles.Encoding encoding) throws IOException {
    read(Source.of(file), raw, encoding, new Adding(Source.of(file)));
  }

  /**
   * Reads one CSV file in the encoding found for it ({@link TextFiles#encoding}): UTF-8, or
   * Windows-1252 with a warning that names it (docs/method.md §8).
   */
  private void read(Source file, InputStream raw, TextFiles.Encoding encoding, Found found)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 65536);
    in.mark(8192);
    byte[] head = in.readNBytes(8192);
    in.reset();
    String problem = TextFiles.problem(head, head.length);
    if (problem == null && encoding.charset() == null) {
      problem = encoding.why();
    }
    if (problem != null) {
      found.uncounted(
          Diagnostic.error(Location.ofFile(file.file()), LoadRule.UNREADABLE_FILE.code(), problem));
      return;
    }
    if (encoding.isFallback()) {
      found.uncounted(
          Diagnostic.warning(
                  Location.ofFile(file.file()), LoadRule.LEGACY_ENCODING.code(), encoding.why())
              .withHint(
                  "in Excel, save it as \"CSV UTF-8 (Comma delimited)\" so that every "
                      + "character is certain"));
    }
    Reader reader =
        new java.io.BufferedReader(
            new InputStreamReader(
                in,
                encoding
                    .charset()
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            65536);
    Parser p = new Parser(file, reader, found);
    try {
      p.run();
    } catch (CharacterCodingException e) {
      Diagnostic d =
          Diagnostic.error(
              Location.ofFile(file.file()),
              LoadRule.UNREADABLE_FILE.code(),
              encoding.isFallback()
                  ? "the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8"
                  : "the file is not UTF-8 text; save it as UTF-8");
      if (found instanceof Parsed parsed) {
        parsed.report(d);
      } else {
        out.add(d);
      }
    }
  }

  /** One pass over one file: a small CSV state machine that keeps only the current record. */
  private final class Parser {
    final Source file;
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

    Parser(Source file, Reader reader, Found found) {
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
                  file.at(line, col),
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
            file.at(1, 1),
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
            (file.sheet() == null
                    ? "the first row is not a header"
                    : "the header row's names are not the actuals columns")
                + ": expected the column "
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
            file.at(recordLine, 1),
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

    /** The header row's first and last columns, in a sheet: the table's span. */
    int firstColumn;

    int lastColumn;

    /** The row of the header, in a sheet. */
    int headerRow;

    /** The current row's cells by their place in the span, in a sheet. */
    XlsxReader.Cell[] rowCells = new XlsxReader.Cell[0];

    /** Takes a sheet's header row: the table spans its first to its last cell. */
    void sheetHeader(int row, List<XlsxReader.Cell> cells) {
      firstColumn = cells.get(0).column();
      lastColumn = cells.get(cells.size() - 1).column();
      headerRow = row;
      load(row, cells);
      record(row);
    }

    /**
     * Takes a row of a sheet below its header, read as a CSV record is, after the checks only a
     * workbook needs: a value outside the table, an Excel error, a date in the period column, a
     * number typed as text in the actual column (docs/method.md §8).
     */
    void sheetRow(int row, List<XlsxReader.Cell> cells) {
      line = row;
      for (XlsxReader.Cell c : cells) {
        if ((c.column() < firstColumn || c.column() > lastColumn) && !c.text().isBlank()) {
          problem(
              file.at(row, c.column()),
              LoadRule.BAD_CSV.code(),
              "this cell is outside the table: its column has no heading in row " + headerRow,
              "move the value into the table, or clear the cell");
          return;
        }
      }
      load(row, cells);
      if (fields.stream().allMatch(String::isBlank)) {
        fields.clear();
        starts = 0;
        return;
      }
      for (int i = 0; i < rowCells.length; i++) {
        XlsxReader.Cell c = rowCells[i];
        if (c != null && c.kind() == XlsxReader.Kind.ERROR) {
          problem(
              file.at(row, c.column()),
              LoadRule.BAD_CSV.code(),
              "the cell holds Excel's error `" + c.text() + "`, not a value",
              "correct the formula, or type the value");
          fields.clear();
          starts = 0;
          return;
        }
      }
      XlsxReader.Cell period = index[2] >= 0 ? rowCells[index[2]] : null;
      if (period != null && period.kind() == XlsxReader.Kind.DATE) {
        String day = period.text().length() >= 10 ? period.text().substring(0, 10) : "";
        String month = day.matches("\\d{4}-\\d{2}-\\d{2}") ? day.substring(0, 7) : "2025-04";
        problem(
            file.at(row, period.column()),
            LoadRule.DATE_IN_PERIOD.code(),
            "the period is a date ("
                + day
                + "), not a quarter or a month: Excel turns `"
                + month
                + "` typed into a cell into a date",
            "format the period column as Text and type `"
                + month
                + "` again, or type it as `'"
                + month
                + "`; a quarter is written `2025-26 Q1`");
        fields.clear();
        starts = 0;
        return;
      }
      XlsxReader.Cell actual = index[3] >= 0 ? rowCells[index[3]] : null;
      if (actual != null
          && actual.kind() == XlsxReader.Kind.TEXT
          && plainAmount(actual.text().strip())) {
        found.uncounted(
            Diagnostic.warning(
                    file.at(row, actual.column()),
                    LoadRule.NUMBER_AS_TEXT.code(),
                    "the actual `"
                        + actual.text().strip()
                        + "` is typed as text, not as a number; it is read as the number")
                .withHint("format the cell as a number (Excel marks it with a green triangle)"));
      }
      record(row);
    }

    /** Fills the current record from a sheet row's cells in the table's span. */
    private void load(int row, List<XlsxReader.Cell> cells) {
      int width = lastColumn - firstColumn + 1;
      rowCells = new XlsxReader.Cell[width];
      for (XlsxReader.Cell c : cells) {
        if (c.column() >= firstColumn && c.column() <= lastColumn) {
          rowCells[c.column() - firstColumn] = c;
        }
      }
      fields.clear();
      starts = 0;
      for (int i = 0; i < width; i++) {
        fields.add(rowCells[i] == null ? "" : rowCells[i].text());
        markStart(row, firstColumn + i);
      }
    }

    private String field(int k) {
      int i = index[k];
      return i >= 0 && i < fields.size() ? fields.get(i).strip() : "";
    }

    private Location at(int k) {
      int i = index[k];
      return i >= 0 && i < starts ? start(i) : file.at(line, 1);
    }

    private Location start(int i) {
      return file.at(startLines[i], startColumns[i]);
    }
  }
}

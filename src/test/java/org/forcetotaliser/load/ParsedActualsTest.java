package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.forcetotaliser.model.Actuals;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.FiscalCalendar;
import org.forcetotaliser.model.Quarter;
import org.junit.jupiter.api.Test;

/**
 * Actuals files parsed apart (on any thread) and added in file order give what reading them one by
 * one into one reader gives: the same sums, the same first locations, the same diagnostics in the
 * same order, including duplicates across the files and a file stopped after 100 problems.
 */
class ParsedActualsTest {

  static final String HEADER = "project,item,period,actual\n";

  /** Files whose rows meet across files in every way that matters to the duplicate check. */
  static final List<String> FILES =
      List.of(
          // 0: months, a quarter row, one item alone
          HEADER
              + "p,a,2025-04,1\np,b,2025-26 Q1,2\np,c,2025-05,1.5\np,g,2025-26 Q3,7\n"
              + "p,h,2025-04,1\n",
          // 1: other months of 0's items (summed across files), a new item
          HEADER + "p,a,2025-05,2.25\np,c,2025-06,0.50\np,d,2025-26 Q2,4\n",
          // 2: a month written before, a month inside a quarter written before, a bad period
          HEADER + "p,a,2025-04,3\np,b,2025-04,1\np,x,2025-13,1\n",
          // 3: a duplicate inside the file, and a month of an item-quarter of file 0
          HEADER + "p,e,2025-04,1\np,e,2025-04,1\np,a,2025-06,1\n",
          // 4: a quarter row over months written before
          HEADER + "p,c,2025-26 Q1,9\np,f,2025-26 Q1,1\n",
          // 5: not a header
          "project,item\n",
          // 6: more than 100 problems, most of them duplicates of file 0's rows
          HEADER
              + "p,a,2025-04,1\n".repeat(60)
              + "p,z,bad,1\n".repeat(30)
              + "p,a,2025-04,1\n".repeat(20)
              + "p,y,2025-07,5\n",
          // 7: a file in another encoding
          "project,item,period,actual\np,\u00e9,2025-04,1\n",
          // 8: only months of item-quarters no other file has
          HEADER + "q,a,2025-04,1\nq,a,2025-05,2\nq,b,2026-01,3\n",
          // 9: a month of an item-quarter that files 0 and 1 wrote months of
          HEADER + "p,a,2025-06,10\np,g,2025-10,1\n",
          // 10: another month of an item-quarter of file 0, then its quarter: refused, naming
          // file 0's April (the first of the quarter's rows), not this file's May
          HEADER + "p,h,2025-05,1\np,h,2025-26 Q1,1\n");

  static final List<String> NAMES =
      List.of(
          "a.csv", "b.csv", "c.csv", "d.csv", "e.csv", "f.csv", "g.csv", "h.csv", "i.csv", "j.csv",
          "k.csv");

  static byte[] bytes(int i) {
    return i == 7
        ? FILES.get(i).getBytes(StandardCharsets.ISO_8859_1)
        : FILES.get(i).getBytes(StandardCharsets.UTF_8);
  }

  /** Reading one file into a reader; problems go to the reader, never an exception. */
  interface FileRead {
    void into(ActualsReader reader);
  }

  static FileRead read(int i) {
    return reader -> {
      try {
        reader.read(NAMES.get(i), new ByteArrayInputStream(bytes(i)), TextFiles.Encoding.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  static ActualsReader.Parsed parse(ActualsReader reader, int i) {
    try {
      return reader.parse(
          NAMES.get(i), new ByteArrayInputStream(bytes(i)), TextFiles.Encoding.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a reader ended with, in a form that compares every detail. */
  record Outcome(
      Map<Actuals.Key, NavigableMap<Quarter, Actuals.Cell>> cells,
      List<Diagnostic> diagnostics,
      List<String> keys) {}

  static Outcome outcome(ActualsReader reader, List<Diagnostic> out) {
    SourceMap sources = new SourceMap();
    reader.recordLocations(sources);
    Actuals a = reader.actuals();
    List<String> keys = new ArrayList<>();
    for (Actuals.Key k : a.all().keySet()) {
      keys.add(k + " " + sources.atKey(k, "project", null) + " " + sources.atKey(k, "item", null));
    }
    return new Outcome(a.all(), List.copyOf(out), keys);
  }

  static Outcome sequential(List<Integer> files) {
    List<Diagnostic> out = new ArrayList<>();
    ActualsReader reader = new ActualsReader(FiscalCalendar.APRIL, out);
    files.forEach(i -> read(i).into(reader));
    return outcome(reader, out);
  }

  @Test
  void theFilesMeetInEveryWay() {
    Outcome all = sequential(range(FILES.size()));
    assertThat(all.diagnostics())
        .extracting(Diagnostic::rule)
        .contains("duplicate-actual", "bad-period", "bad-csv", "unreadable-file");
    assertThat(all.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("more than 100"));
    // April from file 0, May from file 1, June from file 3 (file 9's June is a duplicate)
    assertThat(all.cells().get(new Actuals.Key("p", "a")).get(Quarter.of(2025, 1)).actual())
        .isEqualByComparingTo("4.25");
    assertThat(all.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.location().file()).isEqualTo("k.csv");
              assertThat(d.message()).endsWith("the first is at a.csv:6:5");
            });
  }

  /**
   * Every split: the first {@code k} files straight into the reader, each of the others parsed
   * apart first (all before any is added), then added in order.
   */
  @Test
  void parsedApartAndAddedInOrderEqualsReadingOneByOne() {
    for (List<Integer> files : orders()) {
      Outcome expected = sequential(files);
      for (int k = 0; k <= files.size(); k++) {
        List<Diagnostic> out = new ArrayList<>();
        ActualsReader reader = new ActualsReader(FiscalCalendar.APRIL, out);
        for (int i = 0; i < k; i++) {
          read(files.get(i)).into(reader);
        }
        List<ActualsReader.Parsed> parts = new ArrayList<>();
        for (int i = k; i < files.size(); i++) {
          parts.add(parse(reader, files.get(i)));
        }
        parts.forEach(reader::add);
        assertThat(outcome(reader, out))
            .as("files %s, the first %d read in", files, k)
            .isEqualTo(expected);
      }
    }
  }

  /** Parsed on a pool of threads and added in order, many times over: always the same. */
  @Test
  void parsedOnAPoolEqualsReadingOneByOne() {
    List<Integer> files = range(FILES.size());
    Outcome expected = sequential(files);
    for (int threads = 1; threads <= 4; threads++) {
      for (int round = 0; round < 25; round++) {
        List<Diagnostic> out = new ArrayList<>();
        ActualsReader reader = new ActualsReader(FiscalCalendar.APRIL, out);
        new org.forcetotaliser.cli.Pool(threads, 1)
            .map(files, () -> i -> parse(reader, i), reader::add);
        assertThat(outcome(reader, out)).as("%d threads", threads).isEqualTo(expected);
      }
    }
  }

  static List<Integer> range(int n) {
    List<Integer> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      r.add(i);
    }
    return r;
  }

  /** The files in order, reversed, and a few other orders. */
  static List<List<Integer>> orders() {
    List<Integer> forward = range(FILES.size());
    List<Integer> backward = new ArrayList<>(forward);
    java.util.Collections.reverse(backward);
    return List.of(
        forward,
        backward,
        List.of(8, 0, 9, 1, 4, 10, 3, 2, 6, 5, 7),
        List.of(1, 9, 0, 3, 8, 4, 2, 7, 5, 6, 10),
        List.of(0, 10),
        List.of(10, 0));
  }
}

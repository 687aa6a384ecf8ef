package org.forcetotaliser.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.forcetotaliser.model.Diagnostic;
import org.forcetotaliser.model.Location;

/**
 * Where each field of a loaded record was written, so that checks made after loading can point at
 * the offending value. Keyed by the record instance itself (records with equal values written in
 * two places must keep two locations). Immutable once the loader hands it over.
 */
public final class SourceMap {

  /** Locations by record and field (read directly by the loader's tests). */
  final Map<Object, Map<String, Location>> fields = new IdentityHashMap<>();

  private final Map<Object, Map<String, Location>> byKey = new java.util.HashMap<>();

  SourceMap() {}

  /** Locations for a value key, such as an actuals {@code Key}, compared by value. */
  void putKey(Object key, Map<String, Location> locations) {
    byKey.put(key, Map.copyOf(locations));
  }

  /** Where {@code field} of a value key was first written, or {@code fallback}. */
  public Location atKey(Object key, String field, Location fallback) {
    Map<String, Location> m = byKey.getOrDefault(key, Collections.emptyMap());
    return m.getOrDefault(field, fallback);
  }

  void put(Object owner, Map<String, Location> locations) {
    fields.put(owner, Map.copyOf(locations));
  }

  /** Adds everything {@code other} holds, as if it had been put here; the same entry wins. */
  void putAll(SourceMap other) {
    fields.putAll(other.fields);
    byKey.putAll(other.byKey);
    texts.putAll(other.texts);
  }

  /**
   * Where {@code key} of {@code owner} was written; {@code fallback} when not known (for example a
   * default value that was never written).
   */
  public Location at(Object owner, String key, Location fallback) {
    Map<String, Location> m = fields.getOrDefault(owner, Collections.emptyMap());
    Location l = m.get(key);
    return l != null ? l : fallback;
  }

  private static final int MAX_SOURCE_LINE = 240;
  private final Map<String, Object> texts = new java.util.HashMap<>();

  /** Keeps a file's text (a String) or where to read it again (a Path), for source lines. */
  void putText(String shown, Object textOrPath) {
    texts.put(shown, textOrPath);
  }

  /** Every file read from disk (not standard input), in no particular order. */
  public List<Path> files() {
    List<Path> out = new ArrayList<>();
    for (Object o : texts.values()) {
      if (o instanceof Path p) {
        out.add(p);
      }
    }
    return out;
  }

  /** The diagnostics with the text of each one's line attached, where it is known. */
  public List<Diagnostic> withSourceLines(List<Diagnostic> in) {
    Map<String, TreeSet<Integer>> wanted = new HashMap<>();
    for (Diagnostic d : in) {
      if (d.location().line() > 0 && d.location().sheet() == null && d.sourceLine() == null) {
        wanted.computeIfAbsent(d.location().file(), f -> new TreeSet<>()).add(d.location().line());
      }
    }
    Map<String, Map<Integer, String>> lines = new HashMap<>();
    wanted.forEach((file, numbers) -> lines.put(file, lines(texts.get(file), numbers)));
    List<Diagnostic> out = new ArrayList<>(in.size());
    for (Diagnostic d : in) {
      String text = lines.getOrDefault(d.location().file(), Map.of()).get(d.location().line());
      out.add(
          text == null || d.sourceLine() != null || d.location().sheet() != null
              ? d
              : d.withSourceLine(text));
    }
    return out;
  }

  /**
   * The lines {@code numbers} of a file's text: UTF-8, or Windows-1252 for an actuals file that is
   * not UTF-8 (docs/method.md §8), so that its £ signs show as the reader read them.
   */
  private static Map<Integer, String> lines(Object source, TreeSet<Integer> numbers) {
    try {
      return lines(source, numbers, CodingErrorAction.REPORT, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      try {
        return lines(source, numbers, CodingErrorAction.REPLACE, TextFiles.WINDOWS_1252);
      } catch (IOException again) {
        return new HashMap<>();
      }
    }
  }

  private static Map<Integer, String> lines(
      Object source,
      TreeSet<Integer> numbers,
      CodingErrorAction onError,
      java.nio.charset.Charset charset)
      throws java.nio.charset.CharacterCodingException {
    Map<Integer, String> found = new HashMap<>();
    if (source == null) {
      return found;
    }
    try (BufferedReader r =
        source instanceof String s
            ? new BufferedReader(new StringReader(s))
            : new BufferedReader(
                new java.io.InputStreamReader(
                    Files.newInputStream((Path) source),
                    charset
                        .newDecoder()
                        .onMalformedInput(onError)
                        .onUnmappableCharacter(onError)))) {
      int n = 0;
      String line;
      int last = numbers.last();
      while (n < last && (line = r.readLine()) != null) {
        n++;
        if (numbers.contains(n)) {
          if (n == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
          }
          found.put(
              n, line.length() > MAX_SOURCE_LINE ? line.substring(0, MAX_SOURCE_LINE) + "…" : line);
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw e;
    } catch (IOException e) {
      // the source line is a courtesy: without it the diagnostic still stands
    }
    return found;
  }
}

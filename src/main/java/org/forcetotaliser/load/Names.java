package org.forcetotaliser.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.forcetotaliser.model.Spelling;

/**
 * Suggestions for a name that does not exist: the nearest few by edit distance, and any that
 * contain it ({@code manchester} → {@code greater-manchester}). Stateless.
 */
public final class Names {
  private Names() {}

  private record Scored(String name, int score) {}

  /** Up to three names nearest to {@code word}, nearest first (ties alphabetical). */
  public static List<String> nearest(String word, Iterable<String> candidates) {
    String w = word.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    List<Scored> scored = new ArrayList<>();
    for (String c : candidates) {
      String n = c.toLowerCase(Locale.ROOT);
      int d = !w.isEmpty() && (n.contains(w) || w.contains(n)) ? 0 : Spelling.distance(w, n);
      if (d <= Math.max(2, w.length() / 2)) {
        scored.add(new Scored(c, d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
    return scored.stream().limit(3).map(Scored::name).toList();
  }

  /** "did you mean `a`, `b` or `c`?", or null when nothing is near. */
  public static String didYouMean(String word, Iterable<String> candidates) {
    List<String> n = nearest(word, candidates);
    if (n.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder("did you mean ");
    for (int i = 0; i < n.size(); i++) {
      if (i > 0) {
        sb.append(i == n.size() - 1 ? " or " : ", ");
      }
      sb.append('`').append(n.get(i)).append('`');
    }
    return sb.append('?').toString();
  }
}

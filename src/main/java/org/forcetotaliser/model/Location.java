package org.forcetotaliser.model;

/**
 * Where something was written: a file as the user named it, and a 1-based line and column (0 when
 * unknown). Immutable.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  @Override
  public int compareTo(Location o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return file + ":" + line + ":" + Math.max(column, 1);
  }
}

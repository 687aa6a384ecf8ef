package org.forcetotaliser.model;

/**
 * How many threads the tool works on: reading files, and appraising projects. The system
 * property {@value #PROPERTY} sets it ({@code 1}: everything on the calling thread); otherwise
 * the processors available, at most two, which is where the tool's work stops gaining on the
 * machines it is measured on (see docs/performance.md).
 */
public final class Threads {
  /** The system property that sets the number of threads; 1 = one thread. */
  public static final String PROPERTY = "totaliser.threads";

  private Threads() {}

  /** {@value #PROPERTY} when set to a whole number, else min(2, available processors). */
  public static int count() {
    int fallback = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    String given = System.getProperty(PROPERTY);
    if (given == null || given.isBlank()) {
      return fallback;
    }
    try {
      return Math.max(1, Integer.parseInt(given.strip()));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}

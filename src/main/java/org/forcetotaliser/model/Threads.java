package org.forcetotaliser.model;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * How many threads the tool works on, and waiting for their results: reading files, and appraising projects. The system
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

  /**
   * The result of a task run on a pool, waiting for it however often the waiting thread is
   * interrupted (and saying so afterwards). A task's unchecked exception or error is thrown
   * here as the task threw it.
   */
  public static <R> R await(Future<R> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          // the pool is shut down on the way out; finish waiting, then say so
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

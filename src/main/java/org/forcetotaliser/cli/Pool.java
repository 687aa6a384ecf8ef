package org.forcetotaliser.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.forcetotaliser.model.MapInOrder;

/**
 * The tool's only thread pool: {@link MapInOrder} on a few threads, started for one list and shut
 * down when it is done. Lists shorter than {@link #from()} are worked through on the calling
 * thread, since starting a pool would cost more than it saves. At most a window of results waits to
 * be handed on at once, so memory does not grow with the list. Immutable.
 *
 * <p>The number of threads is the processors available, at most two, which is where the tool's work
 * stops gaining on the machines it is measured on (docs/performance.md, "How the tool keeps up").
 */
public final class Pool implements MapInOrder {
  /** The system property that sets the number of threads; 1 = everything on one thread. */
  public static final String THREADS = "totaliser.threads";

  /** The system property that sets the shortest list shared out on the pool. */
  public static final String FROM = "totaliser.threads.from";

  /** Lists shorter than this are worked through on the calling thread by default. */
  public static final int DEFAULT_FROM = 64;

  /** Results waiting to be handed on, per thread, at most. */
  private static final int WINDOW_PER_THREAD = 32;

  private final int threads;
  private final int from;

  /**
   * @param threads the number of threads, at least 1
   * @param from the shortest list worked on by more than one thread, at least 1
   */
  public Pool(int threads, int from) {
    if (threads < 1 || from < 1) {
      throw new IllegalArgumentException("threads " + threads + ", from " + from);
    }
    this.threads = threads;
    this.from = from;
  }

  /**
   * The pool the system properties {@value #THREADS} and {@value #FROM} ask for, each a whole
   * number; otherwise min(2, processors) threads from {@value #DEFAULT_FROM} items.
   */
  public static Pool fromProperties() {
    int processors = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    return new Pool(
        Math.max(1, whole(THREADS, processors)), Math.max(1, whole(FROM, DEFAULT_FROM)));
  }

  private static int whole(String property, int fallback) {
    String given = System.getProperty(property);
    if (given == null || given.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(given.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The number of threads. */
  public int threads() {
    return threads;
  }

  /** The shortest list worked on by more than one thread. */
  public int from() {
    return from;
  }

  @Override
  public <T, R> void map(List<T> items, Supplier<Function<T, R>> workers, Consumer<R> then) {
    if (threads == 1 || items.size() < Math.max(2, from)) {
      ONE_THREAD.map(items, workers, then);
      return;
    }
    ThreadLocal<Function<T, R>> mine = ThreadLocal.withInitial(workers);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, items.size()),
            r -> {
              Thread t = new Thread(r, "totaliser-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      int window = threads * WINDOW_PER_THREAD;
      ArrayDeque<Future<R>> pending = new ArrayDeque<>(window);
      int next = 0;
      while (next < items.size() || !pending.isEmpty()) {
        while (next < items.size() && pending.size() < window) {
          T item = items.get(next++);
          pending.add(pool.submit(() -> mine.get().apply(item)));
        }
        then.accept(await(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The result of a task, waiting for it however often the waiting thread is interrupted (and
   * saying so afterwards). The task's unchecked exception or error is thrown as it was thrown.
   */
  private static <R> R await(Future<R> f) {
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

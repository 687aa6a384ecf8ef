package org.forcetotaliser.report;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.forcetotaliser.model.Threads;

/**
 * Works through a list on a few threads and hands each result on in the list's order, so that
 * what follows sees exactly what one thread would have produced. Each thread has its own
 * worker (for example its own appraiser, which collects warnings); at most a window of
 * results waits at once, so memory does not grow with the list.
 */
public final class InOrder {
  /** Below this many items one thread does the work: a pool would cost more than it saves. */
  static final int THRESHOLD = 64;

  private InOrder() {}

  /**
   * Applies a worker made by {@code workers} to each item, on up to {@link Threads#count()}
   * threads, and passes the results to {@code then} in the order of {@code items}, on the
   * calling thread. A worker's exception is rethrown here, unwrapped.
   */
  public static <T, R> void map(List<T> items, Supplier<Function<T, R>> workers,
      Consumer<R> then) {
    map(items, Threads.count(), workers, then);
  }

  /** {@link #map(List, Supplier, Consumer)} on {@code threads} threads. */
  static <T, R> void map(List<T> items, int threads, Supplier<Function<T, R>> workers,
      Consumer<R> then) {
    if (threads == 1 || items.size() < THRESHOLD) {
      Function<T, R> worker = workers.get();
      for (T item : items) {
        then.accept(worker.apply(item));
      }
      return;
    }
    ThreadLocal<Function<T, R>> mine = ThreadLocal.withInitial(workers);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "totaliser-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      int window = threads * 32;
      ArrayDeque<Future<R>> pending = new ArrayDeque<>(window);
      int next = 0;
      while (next < items.size() || !pending.isEmpty()) {
        while (next < items.size() && pending.size() < window) {
          T item = items.get(next++);
          pending.add(pool.submit(() -> mine.get().apply(item)));
        }
        then.accept(Threads.await(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

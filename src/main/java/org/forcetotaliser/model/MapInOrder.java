package org.forcetotaliser.model;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one seam for working on several threads: applies a worker to each item of a list and hands
 * each result on, in the list's order, on the calling thread. Whatever the implementation does with
 * threads, what {@code then} sees is exactly what one thread working through the list would have
 * made. Each thread has a worker of its own, made by {@code workers}, so a worker may keep state
 * (an appraiser collecting warnings) without locks. The loader and the reports take one of these;
 * the command line makes the pool.
 */
public interface MapInOrder {

  /**
   * Applies a worker made by {@code workers} to each of {@code items} and passes the results to
   * {@code then} in the order of {@code items}, on the calling thread. A worker's unchecked
   * exception is thrown here as the worker threw it.
   */
  <T, R> void map(List<T> items, Supplier<Function<T, R>> workers, Consumer<R> then);

  /** Everything on the calling thread, one item after another. */
  MapInOrder ONE_THREAD =
      new MapInOrder() {
        @Override
        public <T, R> void map(List<T> items, Supplier<Function<T, R>> workers, Consumer<R> then) {
          Function<T, R> worker = workers.get();
          for (T item : items) {
            then.accept(worker.apply(item));
          }
        }
      };
}

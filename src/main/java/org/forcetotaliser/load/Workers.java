package org.forcetotaliser.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.forcetotaliser.model.Threads;

/**
 * Reads files on a small fixed pool of threads while keeping every result in the order the
 * files were listed. Each task reads one file into state of its own, and hands back what to
 * apply to the shared result; the caller's thread applies those, one after another, in the
 * order of the list, so that results and diagnostics come out as a sequential read makes them,
 * whatever the timing of the threads.
 *
 * <p>The number of threads is {@code min(2, available processors)}, or the system property
 * {@value #THREADS} ({@code -Dtotaliser.threads=1} reads on the caller's thread alone, as
 * before). A few files are always read on the caller's thread: starting a pool would cost more
 * than it saves.
 */
final class Workers {

  /** The system property that sets the number of threads; 1 = sequential. */
  static final String THREADS = Threads.PROPERTY;
  /** Fewer files than this are read on the caller's thread. */
  static final int MIN_FILES = 64;

  private Workers() {}

  /** The reading threads asked for: see {@link Threads#count()}. */
  static int threads() {
    return Threads.count();
  }

  /** The threads to read {@code files} files with: 1 below {@link #MIN_FILES}. */
  static int threadsFor(int files) {
    return files < MIN_FILES ? 1 : Math.min(threads(), files);
  }

  /** Applies nothing: for a task that wrote straight into the shared result. */
  static final Runnable NOTHING = () -> {};

  /**
   * Runs every task and applies what each returns in list order, on the caller's thread. With
   * one thread each task runs and is applied before the next starts. With more, the tasks run
   * on a pool, in list order, and the caller applies each as soon as it and all before it are
   * done. An exception thrown by a task (a bug: input problems are diagnostics) is thrown here
   * as it was thrown, once the tasks before it have been applied; the rest are cancelled.
   */
  static void run(List<Callable<Runnable>> tasks, int threads) {
    run(List.of(), tasks, threads);
  }

  /**
   * {@link #run(List, int)} with {@code early} tasks started before the others: long tasks
   * that would hold the threads up if they were left to the end. What they return is applied
   * after every task of {@code tasks}, so that waiting for them never keeps the others'
   * results (and the memory they hold) from being applied as they come. With one thread,
   * {@code tasks} run first, then {@code early}.
   */
  static void run(List<Callable<Runnable>> early, List<Callable<Runnable>> tasks, int threads) {
    int count = early.size() + tasks.size();
    if (threads <= 1 || count <= 1) {
      for (Callable<Runnable> t : tasks) {
        call(t).run();
      }
      for (Callable<Runnable> t : early) {
        call(t).run();
      }
      return;
    }
    AtomicInteger made = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
      Thread t = new Thread(r, "totaliser-reader-" + made.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Runnable>> started = new ArrayList<>(early.size());
      for (Callable<Runnable> t : early) {
        started.add(pool.submit(t));
      }
      List<Future<Runnable>> done = new ArrayList<>(tasks.size());
      for (Callable<Runnable> t : tasks) {
        done.add(pool.submit(t));
      }
      applyInOrder(done);
      applyInOrder(started);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Applies each result in order, letting go of each once applied. */
  private static void applyInOrder(List<Future<Runnable>> futures) {
    for (int i = 0; i < futures.size(); i++) {
      Future<Runnable> f = futures.get(i);
      futures.set(i, null);
      Threads.await(f).run();
    }
  }

  /** Runs one task here, now. */
  static Runnable call(Callable<Runnable> t) {
    try {
      return t.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.forcetotaliser.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The pool: results applied in list order on the caller's thread, failures thrown as they are. */
class WorkersTest {

  /** Tasks that finish in reverse order of the list, each applying its own index. */
  static List<Callable<Runnable>> reversed(int n, List<Integer> applied, List<Thread> appliers) {
    List<CountDownLatch> done = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      done.add(new CountDownLatch(1));
    }
    done.get(n).countDown();
    List<Callable<Runnable>> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = i;
      tasks.add(() -> {
        // task k waits for task k + 1 when they run at once; never longer than a moment
        done.get(k + 1).await(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        done.get(k).countDown();
        return () -> {
          applied.add(k);
          appliers.add(Thread.currentThread());
        };
      });
    }
    return tasks;
  }

  @Test
  void resultsAreAppliedInListOrderOnTheCallersThread() {
    for (int threads = 1; threads <= 4; threads++) {
      List<Integer> applied = new ArrayList<>();
      List<Thread> appliers = new ArrayList<>();
      Workers.run(reversed(8, applied, appliers), threads);
      assertThat(applied).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
      assertThat(appliers).containsOnly(Thread.currentThread());
    }
  }

  @Test
  void earlyTasksStartFirstAndAreAppliedLast() {
    for (int threads = 1; threads <= 3; threads++) {
      List<String> applied = new ArrayList<>();
      List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
      List<Callable<Runnable>> early = List.of(() -> {
        started.add("early");
        return () -> applied.add("early");
      });
      List<Callable<Runnable>> tasks = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String name = "task " + i;
        tasks.add(() -> {
          started.add(name);
          return () -> applied.add(name);
        });
      }
      Workers.run(early, tasks, threads);
      assertThat(applied).containsExactly("task 0", "task 1", "task 2", "task 3", "early");
      if (threads == 1) {
        // one thread: as a sequential read, the tasks then the early ones
        assertThat(started).containsExactly("task 0", "task 1", "task 2", "task 3", "early");
      } else {
        assertThat(started).hasSize(5);
      }
    }
  }

  @Test
  void aFailingTaskIsThrownAsItWasAfterTheTasksBeforeItAreApplied() {
    for (int threads = 1; threads <= 3; threads++) {
      int t = threads;
      List<Integer> applied = new ArrayList<>();
      List<Callable<Runnable>> tasks = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int k = i;
        tasks.add(() -> {
          if (k == 3) {
            throw new IllegalStateException("bug in task 3");
          }
          return () -> applied.add(k);
        });
      }
      assertThatThrownBy(() -> Workers.run(tasks, t))
          .isInstanceOf(IllegalStateException.class).hasMessage("bug in task 3");
      assertThat(applied).containsExactly(0, 1, 2);
    }
  }

  @Test
  void anErrorInATaskIsThrownAsItWas() {
    List<Callable<Runnable>> tasks = List.of(() -> Workers.NOTHING, () -> {
      throw new StackOverflowError("deep");
    }, () -> Workers.NOTHING);
    assertThatThrownBy(() -> Workers.run(tasks, 2))
        .isInstanceOf(StackOverflowError.class).hasMessage("deep");
  }

  @Test
  void threadsComeFromThePropertyOrTheProcessors() {
    String before = System.getProperty(Workers.THREADS);
    try {
      System.setProperty(Workers.THREADS, "3");
      assertThat(Workers.threads()).isEqualTo(3);
      assertThat(Workers.threadsFor(1000)).isEqualTo(3);
      assertThat(Workers.threadsFor(Workers.MIN_FILES - 1)).isEqualTo(1);
      System.setProperty(Workers.THREADS, "0");
      assertThat(Workers.threads()).isEqualTo(1);
      System.setProperty(Workers.THREADS, "many");
      assertThat(Workers.threads())
          .isEqualTo(Math.min(2, Runtime.getRuntime().availableProcessors()));
      System.clearProperty(Workers.THREADS);
      assertThat(Workers.threads()).isBetween(1, 2);
    } finally {
      if (before == null) {
        System.clearProperty(Workers.THREADS);
      } else {
        System.setProperty(Workers.THREADS, before);
      }
    }
  }
}

package org.forcetotaliser.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Work spread over threads comes back in the order it was given, whatever finishes first. */
class PoolTest {
  private static final List<Integer> ITEMS = IntStream.range(0, 1000).boxed().toList();

  /** A worker that sleeps a random few microseconds, so results finish out of order. */
  private static Function<Integer, String> jittery(SplittableRandom seed) {
    SplittableRandom random = seed.split();
    return i -> {
      LockSupport.parkNanos(random.nextInt(20_000));
      return "item " + i + " on " + Thread.currentThread().getName();
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 8})
  void resultsArriveInTheOrderOfTheItems(int threads) {
    SplittableRandom seed = new SplittableRandom(5);
    List<String> seen = new ArrayList<>();
    List<Thread> callers = new ArrayList<>();
    new Pool(threads, 1)
        .map(
            ITEMS,
            () -> jittery(seed),
            r -> {
              seen.add(r);
              callers.add(Thread.currentThread());
            });
    assertThat(seen).hasSize(1000);
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.get(i)).startsWith("item " + i + " on ");
    }
    // results are handed on on the calling thread only
    assertThat(callers).containsOnly(Thread.currentThread());
    if (threads > 1) {
      assertThat(seen).anyMatch(s -> s.endsWith("totaliser-worker"));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void eachThreadHasAWorkerOfItsOwn(int threads) {
    Set<Object> workers =
        Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    List<Integer> sums = new ArrayList<>();
    new Pool(threads, 1)
        .map(
            ITEMS,
            () -> {
              // a worker with state that would be corrupted if two threads shared it
              int[] calls = {0};
              Function<Integer, Integer> w =
                  i -> {
                    calls[0]++;
                    workers.add(calls);
                    return i * 2;
                  };
              return w;
            },
            sums::add);
    assertThat(workers).hasSizeBetween(1, threads);
    assertThat(sums).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aWorkersFailureReachesTheCallerUnwrapped(int threads) {
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                new Pool(threads, 1)
                    .map(
                        ITEMS,
                        () ->
                            i -> {
                              if (i == 700) {
                                throw new IllegalArgumentException("item 700 is bad");
                              }
                              return i;
                            },
                        seen::add))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 700 is bad");
    // everything before the failing item was handed on, nothing after it
    assertThat(seen).isEqualTo(ITEMS.subList(0, 700));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 63})
  void aShortListStaysOnTheCallingThread(int n) {
    List<Thread> ran = new ArrayList<>();
    new Pool(4, 64).map(ITEMS.subList(0, n), () -> i -> Thread.currentThread(), ran::add);
    assertThat(ran).hasSize(n).allMatch(t -> t == Thread.currentThread());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 64})
  void aListAsLongAsTheThresholdIsShared(int n) {
    List<Thread> ran = new ArrayList<>();
    new Pool(2, n).map(ITEMS.subList(0, n), () -> i -> Thread.currentThread(), ran::add);
    assertThat(ran).hasSize(n).noneMatch(t -> t == Thread.currentThread());
  }

  @org.junit.jupiter.api.Test
  void thePropertiesSetThreadsAndThreshold() {
    String threads = System.getProperty(Pool.THREADS);
    String from = System.getProperty(Pool.FROM);
    try {
      System.setProperty(Pool.THREADS, "3");
      System.setProperty(Pool.FROM, "5");
      assertThat(Pool.fromProperties().threads()).isEqualTo(3);
      assertThat(Pool.fromProperties().from()).isEqualTo(5);
      System.setProperty(Pool.THREADS, "0");
      assertThat(Pool.fromProperties().threads()).isEqualTo(1);
      System.setProperty(Pool.THREADS, "many");
      System.clearProperty(Pool.FROM);
      // min(2, processors)
      assertThat(Pool.fromProperties().threads()).isBetween(1, 2);
      assertThat(Pool.fromProperties().from()).isEqualTo(Pool.DEFAULT_FROM);
    } finally {
      restore(Pool.THREADS, threads);
      restore(Pool.FROM, from);
    }
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}

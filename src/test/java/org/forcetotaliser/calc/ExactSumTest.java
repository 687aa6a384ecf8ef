package org.forcetotaliser.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ExactSum must give what adding one by one gives: the same value and the same scale. */
class ExactSumTest {

  @Test
  void nothingAddedIsZeroAtScaleZero() {
    assertEquals(BigDecimal.ZERO, new ExactSum().value());
  }

  @Test
  void oneValueComesBackAsItWas() {
    ExactSum s = new ExactSum();
    s.add(new BigDecimal("1E+3"));
    assertEquals(new BigDecimal("1E+3"), s.value()); // equals compares the scale too
  }

  @Test
  void mixedScalesTakeTheLargest() {
    ExactSum s = new ExactSum();
    s.add(new BigDecimal("1.5")); // scale 1
    s.add(new BigDecimal("2.25")); // scale 2
    s.add(new BigDecimal("3")); // scale 0
    assertEquals(new BigDecimal("6.75"), s.value());
  }

  @Test
  void matchesAddingOneByOne() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 200; round++) {
      BigDecimal expected = null;
      ExactSum s = new ExactSum();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        BigDecimal x =
            new BigDecimal(
                BigInteger.valueOf(random.nextLong(-1_000_000_000L, 1_000_000_000L)),
                random.nextInt(-3, 40));
        expected = expected == null ? x : expected.add(x);
        s.add(x);
      }
      assertEquals(expected, s.value());
    }
  }
}

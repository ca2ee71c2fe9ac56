package dev.kaizen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumbersTest {

  static Stream<Arguments> numbers() {
    return Stream.of(
        // whole numbers: no ".0", negative zero is zero
        Arguments.of(0.0, "0"),
        Arguments.of(-0.0, "0"),
        Arguments.of(1.0, "1"),
        Arguments.of(22.0, "22"),
        Arguments.of(-5.0, "-5"),
        Arguments.of(1e15, "1000000000000000"),
        Arguments.of(9007199254740992.0, "9007199254740992"), // 2^53
        Arguments.of(1e20, "100000000000000000000"),
        // fractions: rounded half up to four decimals, trailing zeros dropped
        Arguments.of(0.5, "0.5"),
        Arguments.of(-0.1, "-0.1"),
        Arguments.of(1.2, "1.2"),
        Arguments.of(0.1 + 0.2, "0.3"), // 0.30000000000000004
        Arguments.of(22 * 1.2, "26.4"), // 26.400000000000002
        Arguments.of(0.4 * 0.4, "0.16"), // 0.16000000000000003
        Arguments.of(1.0 / 3, "0.3333"),
        Arguments.of(2.0 / 3, "0.6667"),
        Arguments.of(-1.0 / 3, "-0.3333"),
        Arguments.of(Math.sqrt(0.75), "0.866"), // 0.8660254037844386
        Arguments.of(72.08434, "72.0843"),
        Arguments.of(1.590909090909, "1.5909"),
        Arguments.of(2.00005, "2.0001"), // half up, on the decimal as written
        Arguments.of(-2.00005, "-2.0001"),
        Arguments.of(0.12345, "0.1235"),
        Arguments.of(99.99995, "100"),
        Arguments.of(123456789.123456, "123456789.1235"),
        // below 0.1: four significant digits, so that a small number never reads as 0
        Arguments.of(0.09999995, "0.1"),
        Arguments.of(0.012345, "0.01235"),
        Arguments.of(0.0012345, "0.001235"),
        Arguments.of(0.00005, "0.00005"),
        Arguments.of(-0.00001, "-0.00001"),
        Arguments.of(1.0 / 3000, "0.0003333"),
        Arguments.of(1e-6, "0.000001"),
        // outside [1e-6, 1e21): scientific notation
        Arguments.of(1.5e-7, "1.5e-7"),
        Arguments.of(1.23456e-7, "1.235e-7"),
        Arguments.of(-1e-7, "-1e-7"),
        Arguments.of(Double.MIN_VALUE, "4.9e-324"),
        Arguments.of(1e21, "1e21"),
        Arguments.of(-2.5e300, "-2.5e300"),
        Arguments.of(Double.MAX_VALUE, "1.7976931348623157e308"),
        // the same on every JDK: JDK 17's Double.toString writes these with more digits
        Arguments.of(2.0e23, "2e23"), // 1.9999999999999998E23 on JDK 17
        Arguments.of(2.82879384806159e17, "282879384806159000"), // 2.82879384806159008E17
        Arguments.of(1.0e23, "1e23"),
        Arguments.of(9.5e-5, "0.000095"),
        // not numbers
        Arguments.of(Double.NaN, "NaN"),
        Arguments.of(Double.POSITIVE_INFINITY, "Infinity"),
        Arguments.of(Double.NEGATIVE_INFINITY, "-Infinity"));
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @MethodSource("numbers")
  void writesANumberForPeople(double value, String text) {
    assertEquals(text, Numbers.text(value));
  }

  @ParameterizedTest(name = "{0} is written {1} without the shortcuts too")
  @MethodSource("numbers")
  void theExactRuleWritesTheSameText(double value, String text) {
    assertEquals(text, Numbers.exactText(value));
  }

  /**
   * The shortcuts of {@link Numbers#text(double)} (whole numbers, four decimal places) give the
   * text of the exact rule: compared on numbers of every shape the shortcuts take or refuse, near
   * their edges (10^11, 10^15, 0.1) and at half-way points of the fourth place.
   */
  @Test
  void theShortcutsAgreeWithTheExactRule() {
    SplittableRandom random = new SplittableRandom(20261203);
    for (int i = 0; i < 200_000; i++) {
      double value = sample(random);
      assertEquals(Numbers.exactText(value), Numbers.text(value), () -> "for " + value);
      assertEquals(Numbers.exactText(-value), Numbers.text(-value), () -> "for " + -value);
    }
  }

  private static double sample(SplittableRandom random) {
    double scale = Math.pow(10, random.nextInt(-3, 17));
    switch (random.nextInt(6)) {
      case 0: // whole numbers
        return Math.rint(random.nextDouble() * scale);
      case 1: // up to four decimal places
        return Math.round(random.nextDouble() * scale * 1e4) / 1e4;
      case 2: // half-way in the fifth place
        return (Math.floor(random.nextDouble() * scale * 1e4) + 0.5) / 1e4;
      case 3: // a few places, by arithmetic that leaves a rounding error
        return Math.round(random.nextDouble() * 1e3) / 1e2 * (1 + random.nextInt(30)) / 10;
      case 4: // the neighbours of a short decimal
        double near = Math.round(random.nextDouble() * scale * 1e4) / 1e4;
        return random.nextBoolean() ? Math.nextUp(near) : Math.nextDown(near);
      default: // any bits
        return random.nextDouble() * scale;
    }
  }
}

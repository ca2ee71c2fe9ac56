package dev.kaizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Numbers;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {
  private static final Metric RUN_TIME = Metric.of("run time", "minutes", Direction.LOWER);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "22, 22",
    "-0.0, 0",
    "26.400000000000002, 26.4",
    "0.8660254037844386, 0.866",
    "0.0012345, 0.001235",
    "1e21, 1e21",
    "NaN, NaN",
  })
  void numbersFollowTheOneRule(double value, String text) {
    assertEquals(text, Messages.number(value));
    assertEquals(Numbers.text(value), Messages.number(value));
  }

  static Stream<Arguments> differences() {
    return Stream.of(
        Arguments.of(Metric.of("runtime", "minutes", Direction.LOWER), "the name differs"),
        Arguments.of(Metric.of("run time", "seconds", Direction.LOWER), "the unit differs"),
        Arguments.of(Metric.of("run time", "minutes", Direction.HIGHER), "the direction differs"),
        Arguments.of(Metric.of("runtime", "seconds", Direction.LOWER), "the name and unit differ"),
        Arguments.of(
            Metric.of("runtime", "minutes", Direction.HIGHER), "the name and direction differ"),
        Arguments.of(
            Metric.of("run time", "seconds", Direction.HIGHER), "the unit and direction differ"),
        Arguments.of(
            Metric.of("runtime", "seconds", Direction.HIGHER),
            "the name, unit and direction differ"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("differences")
  void differencesNameEachPartThatDiffers(Metric actual, String expected) {
    assertEquals(expected, Messages.differences(RUN_TIME, actual));
  }

  @Test
  void differencesOfEqualMetricsIsAMistake() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Messages.differences(RUN_TIME, Metric.of("run time", "minutes", Direction.LOWER)));
    assertEquals(
        "the metrics \"run time\" in minutes (lower is better) do not differ", e.getMessage());
  }

  @Test
  void describeQuotesNameUnitAndDirection() {
    assertEquals("\"run time\" in minutes (lower is better)", Messages.describe(RUN_TIME));
    assertEquals(
        "\"first-time yield\" in % (higher is better)",
        Messages.describe(Metric.of("first-time yield", "%", Direction.HIGHER)));
  }

  @ParameterizedTest(name = "{0} vs {2}, {3} is better")
  @CsvSource({
    "6, '', 5, LOWER, 'the target 6 is not better than the baseline 5 for a metric where lower is better', below 5",
    "5, '', 5, HIGHER, 'the target 5 is not better than the baseline 5 for a metric where higher is better', above 5",
    "26.400000000000002, ' (baseline × (1 + change))', 22, LOWER, 'the target 26.4 (baseline × (1 + change)) is not better than the baseline 22 for a metric where lower is better', below 22",
    "0.1, '', 0.25, HIGHER, 'the target 0.1 is not better than the baseline 0.25 for a metric where higher is better', above 0.25",
  })
  void targetNotBetterQuotesBothFiguresAndTheDirection(
      double target, String note, double baseline, Direction better, String sentence, String side) {
    assertEquals(sentence, Messages.targetNotBetter(target, note, baseline, better));
    if (note.isEmpty()) {
      assertEquals(sentence, Messages.targetNotBetter(target, baseline, better));
    }
    assertEquals(side, Messages.betterThan(baseline, better));
  }
}

package dev.kaizen.internal;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of message text that every model shares, so that the same thing is said the same way
 * in each of them: numbers, metrics, what differs between two metrics, and the sentence for a
 * target that is not better than its baseline.
 *
 * <p>Not API: the validators, value types and renderers of the model packages use it; its output is
 * part of their messages, which tests assert byte for byte.
 */
public final class Messages {
  private Messages() {}

  /**
   * Writes a number for a message: whole numbers without {@code .0}, others rounded to four
   * decimals (four significant digits below 0.1), exactly as {@link Numbers#text(double)} does.
   *
   * @param value any double
   * @return the text
   */
  public static String number(double value) {
    return Numbers.text(value);
  }

  /**
   * Describes a metric: {@code "script run time" in minutes (lower is better)}.
   *
   * @param metric the metric
   * @return the description
   */
  public static String describe(Metric metric) {
    return "\""
        + metric.name()
        + "\" in "
        + metric.unit()
        + " ("
        + metric.better().token()
        + " is better)";
  }

  /**
   * Says in which parts two metrics differ, in the order name, unit, direction: {@code the unit
   * differs}, {@code the name and direction differ}, {@code the name, unit and direction differ}.
   *
   * @param expected the metric that was set out
   * @param actual the metric that was measured
   * @return the clause, starting with {@code "the "}
   * @throws IllegalArgumentException when the two metrics are equal
   */
  public static String differences(Metric expected, Metric actual) {
    List<String> differ = new ArrayList<>(3);
    if (!expected.name().equals(actual.name())) {
      differ.add("name");
    }
    if (!expected.unit().equals(actual.unit())) {
      differ.add("unit");
    }
    if (expected.better() != actual.better()) {
      differ.add("direction");
    }
    if (differ.isEmpty()) {
      throw new IllegalArgumentException("the metrics " + describe(expected) + " do not differ");
    }
    if (differ.size() == 1) {
      return "the " + differ.get(0) + " differs";
    }
    return "the "
        + String.join(", ", differ.subList(0, differ.size() - 1))
        + " and "
        + differ.get(differ.size() - 1)
        + " differ";
  }

  /**
   * Says that a target is not better than its baseline: {@code the target 6 is not better than the
   * baseline 5 for a metric where lower is better}.
   *
   * @param target the target
   * @param baseline the baseline
   * @param better which direction is better
   * @return the clause, starting with {@code "the target "}, without a full stop
   */
  public static String targetNotBetter(double target, double baseline, Direction better) {
    return targetNotBetter(target, "", baseline, better);
  }

  /**
   * Says that a target is not better than its baseline, with a note on where the target comes from
   * right after it: {@code the target 6 (baseline × (1 + change)) is not better than …}.
   *
   * @param target the target
   * @param note the text written right after the target's number, for example {@code " (baseline ×
   *     (1 + change))"}; empty for none
   * @param baseline the baseline
   * @param better which direction is better
   * @return the clause, starting with {@code "the target "}, without a full stop
   */
  public static String targetNotBetter(
      double target, String note, double baseline, Direction better) {
    return "the target "
        + number(target)
        + note
        + " is not better than the baseline "
        + number(baseline)
        + " for a metric where "
        + better.token()
        + " is better";
  }

  /**
   * Names where a better value lies: {@code below 5} when lower is better, {@code above 5} when
   * higher is.
   *
   * @param baseline the value to improve on
   * @param better which direction is better
   * @return {@code "below "} or {@code "above "} followed by the baseline
   */
  public static String betterThan(double baseline, Direction better) {
    return (better == Direction.LOWER ? "below " : "above ") + number(baseline);
  }
}

package dev.kaizen.sixstep;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * How often the measured work happens, such as 12 times per day. JSON: {@code {"times": 12, "per":
 * "day"}}.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractFrequency {
  /**
   * Returns how many times the work happens per {@link #per()}.
   *
   * @return a positive number
   */
  @Value.Parameter
  public abstract double times();

  /**
   * Returns the period the count refers to.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract Period per();

  /**
   * Returns the occurrences per week: {@code times × per().perWeek()}.
   *
   * @return occurrences per week
   */
  public final double perWeek() {
    return times() * per().perWeek();
  }

  @Value.Check
  final void check() {
    Checks.requireFinite(times(), "frequency times");
    if (times() <= 0) {
      throw new IllegalArgumentException("frequency times must be positive, not " + times());
    }
  }
}

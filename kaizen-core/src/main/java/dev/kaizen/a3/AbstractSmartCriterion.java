package dev.kaizen.a3;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/** The verdict on one SMART letter of a goal: whether it is satisfied, and why in words. */
@Value.Immutable
@ValueStyle
abstract class AbstractSmartCriterion {
  /**
   * Returns the letter judged.
   *
   * @return the letter
   */
  @Value.Parameter
  public abstract SmartLetter letter();

  /**
   * Tells whether the goal satisfies the letter.
   *
   * @return true when satisfied
   */
  @Value.Parameter
  public abstract boolean satisfied();

  /**
   * Returns why the letter is satisfied or not, quoting the values concerned, such as {@code "the
   * deadline 2024-04-30 is after the A3 was opened on 2024-01-08"}.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract String reason();

  @Value.Check
  final void check() {
    Checks.requireText(reason(), "SMART reason");
  }
}

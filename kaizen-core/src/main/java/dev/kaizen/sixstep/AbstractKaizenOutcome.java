package dev.kaizen.sixstep;

import dev.kaizen.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** What a completed Kaizen record achieved, derived from step 1 and step 6. */
@Value.Immutable
@ValueStyle
abstract class AbstractKaizenOutcome {
  /**
   * Returns the improvement from the baseline to the evaluated value, in the metric's direction.
   *
   * @return positive when the new method is better
   */
  public abstract double improvement();

  /**
   * Returns the improvement relative to the baseline: {@code improvement / |baseline|}; empty when
   * the baseline is 0.
   *
   * @return the relative improvement, or empty
   */
  public abstract OptionalDouble relativeImprovement();

  /**
   * Returns the attainment of the target: 1 met exactly, above 1 beaten.
   *
   * @return the attainment
   * @see dev.kaizen.core.Metric#attainment(double, double, double)
   */
  public abstract double attainment();

  /**
   * Tells whether the evaluated value is at least as good as the target.
   *
   * @return true when the target was met
   */
  public abstract boolean targetMet();
}

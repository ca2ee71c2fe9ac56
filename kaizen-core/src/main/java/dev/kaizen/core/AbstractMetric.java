package dev.kaizen.core;

import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * What is measured: a name, a unit, and which direction is better.
 *
 * <p>Two metrics are the same metric when name, unit and direction are all equal; the models use
 * this to check that a change is evaluated on the measure it set out to improve.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractMetric {
  /**
   * Returns what is measured, for example {@code "script run time"}.
   *
   * @return the metric's name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the unit of the values, for example {@code "minutes"}.
   *
   * @return the unit
   */
  @Value.Parameter
  public abstract String unit();

  /**
   * Returns which direction is better.
   *
   * @return the direction of improvement
   */
  @Value.Parameter
  public abstract Direction better();

  /**
   * Returns the improvement from {@code baseline} to {@code value} in this metric's direction.
   *
   * @param baseline the value before
   * @param value the value after
   * @return positive when {@code value} is better than {@code baseline}
   * @see Direction#improvement(double, double)
   */
  public final double improvement(double baseline, double value) {
    return better().improvement(baseline, value);
  }

  /**
   * Returns the attainment of a target: {@code improvement(value) / |baseline - target|}. 1 means
   * the target was met exactly, above 1 beaten, 0 no change, below 0 worse than the baseline.
   *
   * <p>When the target equals the baseline the quotient is undefined; this method then returns 1
   * when the value is at least as good as the baseline and 0 otherwise, so that the result is
   * always a finite number. (Validators report such a target as an error anyway.)
   *
   * @param baseline the value before
   * @param target the value aimed for
   * @param value the value reached
   * @return the attainment, a finite number
   */
  public final double attainment(double baseline, double target, double value) {
    return Attainment.of(better(), baseline, target, value);
  }

  /**
   * Tells whether {@code value} is strictly better than {@code baseline}: {@code
   * improvement(baseline, value) > 0}. The arguments come in the order of {@link
   * #improvement(double, double)} and {@link #attainment(double, double, double)}: the value before
   * first.
   *
   * @param baseline the value before
   * @param value the value compared with it, such as a target or a result
   * @return true when {@code value} is an improvement on {@code baseline}
   * @see Direction#isImprovement(double, double)
   */
  public final boolean isImprovement(double baseline, double value) {
    return better().isImprovement(baseline, value);
  }

  @Value.Check
  final void check() {
    Checks.requireText(name(), "metric name");
    Checks.requireText(unit(), "metric unit");
  }
}

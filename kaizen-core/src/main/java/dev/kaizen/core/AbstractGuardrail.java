package dev.kaizen.core;

import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A measure that must not get worse while the main metric improves: a faster checkout must not
 * raise the error rate above 2%. The Kaizen record's step 1 and the A3's goal may declare
 * guardrails (DOMAIN.md §3); the evaluation or check then reports their values by metric name.
 *
 * <p>The {@linkplain #limit() limit} is the worst acceptable value. It should be equal to or worse
 * than the baseline in the metric's direction; a limit better than the baseline is the validation
 * error {@code kaizen.potential.guardrail-limit-better} or {@code a3.goal.guardrail-limit-better},
 * not a construction failure, so that such a document can still be read and explained.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractGuardrail {
  /**
   * Returns the guarded measure; its name identifies the guardrail.
   *
   * @return the metric
   */
  @Value.Parameter
  public abstract Metric metric();

  /**
   * Returns the guarded measure's value before the change.
   *
   * @return the baseline, a finite number
   */
  @Value.Parameter
  public abstract double baseline();

  /**
   * Returns the worst acceptable value of the guarded measure.
   *
   * @return the limit, a finite number
   */
  @Value.Parameter
  public abstract double limit();

  /**
   * Returns the guardrail's name: its metric's name, by which evaluations report its value.
   *
   * @return the name
   */
  public final String name() {
    return metric().name();
  }

  /**
   * Tells whether the limit is strictly better than the baseline in the metric's direction, which
   * would make the guardrail demand an improvement rather than guard against a loss.
   *
   * @return true when the limit is better than the baseline
   */
  public final boolean isLimitBetterThanBaseline() {
    return metric().better().improvement(baseline(), limit()) > 0;
  }

  /**
   * Tells whether {@code value} breaches the guardrail: it is strictly worse than the limit in the
   * metric's direction (a value equal to the limit is acceptable).
   *
   * @param value a measured value of the guarded metric
   * @return true when the value is worse than the limit
   */
  public final boolean isBreachedBy(double value) {
    return metric().better().improvement(limit(), value) < 0;
  }

  @Value.Check
  final void check() {
    Checks.requireFinite(baseline(), "guardrail baseline");
    Checks.requireFinite(limit(), "guardrail limit");
  }
}

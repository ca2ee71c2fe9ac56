package dev.kaizen.a3;

import dev.kaizen.core.Checks;
import dev.kaizen.core.GuardrailReading;
import dev.kaizen.core.Metric;
import dev.kaizen.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Section 6, the check or confirmation of the effect ({@code check}): how the effect is measured,
 * on the goal's metric, and the result once known.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractCheck {
  /**
   * Returns how the effect is measured.
   *
   * @return the method
   */
  public abstract String method();

  /**
   * Returns the metric measured; it must be the goal's metric.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * Returns the measured value of the metric, once known.
   *
   * @return the result, or empty while the check is planned
   */
  public abstract OptionalDouble result();

  /**
   * Returns the day of the measurement, if stated.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the values measured for the goal's guardrails, by guardrail name.
   *
   * @return the readings, possibly empty
   */
  public abstract List<GuardrailReading> guardrails();

  @Value.Check
  final void check() {
    result().ifPresent(v -> Checks.requireFinite(v, "check result"));
  }
}

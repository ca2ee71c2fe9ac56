package dev.kaizen.core;

import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The value a Kaizen evaluation or an A3 check reports for one {@link Guardrail}, named by the
 * guardrail's metric name (JSON {@code {"name": "error rate", "value": 1.8}}).
 */
@Value.Immutable
@ValueStyle
abstract class AbstractGuardrailReading {
  /**
   * Returns the name of the guardrail's metric.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the measured value.
   *
   * @return the value, a finite number
   */
  @Value.Parameter
  public abstract double value();

  @Value.Check
  final void check() {
    Checks.requireText(name(), "guardrail name");
    Checks.requireFinite(value(), "guardrail value");
  }
}

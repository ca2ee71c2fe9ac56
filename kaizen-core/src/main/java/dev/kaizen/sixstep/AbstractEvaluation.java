package dev.kaizen.sixstep;

import dev.kaizen.core.Checks;
import dev.kaizen.core.GuardrailReading;
import dev.kaizen.core.Metric;
import dev.kaizen.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Step 6, evaluate the new method ({@code evaluation}): the value on the step-1 metric, and the
 * decision to iterate or move on.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractEvaluation {
  /**
   * Returns the metric measured; it must be the step-1 metric.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * Returns the value the new method reaches.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * Returns the day of the evaluation.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the decision.
   *
   * @return iterate or move on
   */
  public abstract Decision decision();

  /**
   * Returns what was learnt, if written.
   *
   * @return the learnings, or empty
   */
  public abstract Optional<String> learnings();

  /**
   * Returns the values measured for step 1's guardrails, by guardrail name.
   *
   * @return the readings, possibly empty
   */
  public abstract List<GuardrailReading> guardrails();

  @Value.Check
  final void check() {
    Checks.requireFinite(value(), "evaluation value");
  }
}

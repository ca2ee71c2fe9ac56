package dev.kaizen.a3;

import dev.kaizen.core.Checks;
import dev.kaizen.core.Guardrail;
import dev.kaizen.core.Metric;
import dev.kaizen.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Section 3, the goal statement ({@code goal}): a metric, its baseline, and either an explicit
 * {@link #target()} or a relative {@link #change()}, with an optional deadline.
 *
 * <p>Exactly one of {@code target} and {@code change} should be given; both or neither breaks
 * {@code a3.goal.target-and-change}, which the {@link A3Validator} reports (the builder accepts
 * either, so that an A3 in any state can be built and validated).
 */
@Value.Immutable
@ValueStyle
abstract class AbstractGoal {
  /**
   * Returns what is measured.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * Returns the value of the metric today.
   *
   * @return the baseline
   */
  public abstract double baseline();

  /**
   * Returns the explicit target, if given.
   *
   * @return the target, or empty
   * @see #effectiveTarget()
   */
  public abstract OptionalDouble target();

  /**
   * Returns the relative change aimed for, if given: {@code -0.2} means reduce by 20%, {@code 0.1}
   * increase by 10%.
   *
   * @return the relative change, or empty
   */
  public abstract OptionalDouble change();

  /**
   * Returns the day by which the target should be reached, if set.
   *
   * @return the deadline, or empty
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * Returns the goal's target: the explicit {@link #target()} when given, else {@code baseline × (1
   * + change)} (22 major issues reduced by 20% is a target of 17.6); empty when neither is given.
   * When both are given (an error) the explicit target wins.
   *
   * @return the derived target, or empty
   */
  public final OptionalDouble effectiveTarget() {
    if (target().isPresent()) {
      return target();
    }
    if (change().isPresent()) {
      return OptionalDouble.of(baseline() * (1 + change().getAsDouble()));
    }
    return OptionalDouble.empty();
  }

  /**
   * Tells whether the {@linkplain #effectiveTarget() target} exists and is strictly better than the
   * baseline in the metric's direction.
   *
   * @return true when the target is an improvement
   */
  public final boolean isTargetBetter() {
    OptionalDouble target = effectiveTarget();
    return target.isPresent() && metric().isImprovement(baseline(), target.getAsDouble());
  }

  /**
   * Returns the other measures that must not get worse while the metric improves.
   *
   * @return the guardrails, possibly empty
   */
  public abstract List<Guardrail> guardrails();

  @Value.Check
  final void check() {
    Checks.requireFinite(baseline(), "goal baseline");
    target().ifPresent(v -> Checks.requireFinite(v, "goal target"));
    change().ifPresent(v -> Checks.requireFinite(v, "goal change"));
    OptionalDouble derived = effectiveTarget();
    if (derived.isPresent() && !Double.isFinite(derived.getAsDouble())) {
      throw new IllegalArgumentException(
          "goal target baseline × (1 + change) = "
              + baseline()
              + " × (1 + "
              + change().getAsDouble()
              + ") must be a finite number, not "
              + derived.getAsDouble());
    }
  }
}

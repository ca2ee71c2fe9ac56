package dev.kaizen.sixstep;

import dev.kaizen.core.Checks;
import dev.kaizen.core.Guardrail;
import dev.kaizen.core.Metric;
import dev.kaizen.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Step 1, discover improvement potential ({@code potential}): the problem, the metric, where it
 * stands ({@link #baseline()}) and where it should go ({@link #target()}).
 */
@Value.Immutable
@ValueStyle
abstract class AbstractPotential {
  /**
   * Returns the problem in words.
   *
   * @return the problem
   */
  public abstract String problem();

  /**
   * Returns what is measured.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * Returns the value of the metric before any change.
   *
   * @return the baseline
   */
  public abstract double baseline();

  /**
   * Returns the value the change aims for; it should be strictly better than the baseline.
   *
   * @return the target
   */
  public abstract double target();

  /**
   * Returns how often the measured work happens, if known.
   *
   * @return the frequency, or empty
   */
  public abstract Optional<Frequency> frequency();

  /**
   * Returns the value proposition in words, if stated.
   *
   * @return the proposition, or empty
   */
  public abstract Optional<String> proposition();

  /**
   * Returns the gain per occurrence: {@code |baseline - target|}.
   *
   * @return the gain per occurrence, zero or more
   */
  public final double gainPerOccurrence() {
    return Math.abs(baseline() - target());
  }

  /**
   * Tells whether the target is strictly better than the baseline in the metric's direction.
   *
   * @return true when the target is an improvement
   */
  public final boolean isTargetBetter() {
    return metric().isImprovement(baseline(), target());
  }

  /**
   * Returns the other measures that must not get worse while the metric improves.
   *
   * @return the guardrails, possibly empty
   */
  public abstract List<Guardrail> guardrails();

  /**
   * Returns the day by which the improvement should be done, if set.
   *
   * @return the deadline, or empty
   */
  public abstract Optional<LocalDate> deadline();

  @Value.Check
  final void check() {
    Checks.requireFinite(baseline(), "potential baseline");
    Checks.requireFinite(target(), "potential target");
  }
}

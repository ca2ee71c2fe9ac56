package dev.kaizen.scoring;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A threshold a model's scorer reads, declared once: its {@linkplain #name() name} and its
 * {@linkplain #value() value} under the model's default policy (for example {@code quadrant} 0.5
 * for the competence/influence matrix). A {@link ScoreDeclaration} lists a model's thresholds.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractThresholdDeclaration {
  /**
   * Returns the threshold's name, such as {@code quadrant}: its key in a policy's {@linkplain
   * ScoringPolicy#thresholds() thresholds}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the threshold's value under the model's default policy, a finite number.
   *
   * @return the default value
   */
  @Value.Parameter
  public abstract double value();

  /**
   * Returns this threshold's value under {@code policy}.
   *
   * @param policy a policy that sets this threshold
   * @return the value
   * @throws IllegalArgumentException if the policy does not set this threshold
   */
  public final double valueIn(ScoringPolicy policy) {
    return policy.threshold(name());
  }

  @Value.Check
  final void check() {
    Checks.requireText(name(), "threshold name");
    Checks.requireFinite(value(), "default value of threshold", name());
  }
}

package dev.kaizen.sixstep;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One part of the current method found in step 2, and how much it contributes to the baseline, in
 * the metric's unit.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractContributor {
  /**
   * Returns the name of this part of the current method.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns how much this part contributes, in the metric's unit, if measured.
   *
   * @return the contribution, or empty
   */
  public abstract OptionalDouble value();

  /**
   * Returns who performs this part, if stated.
   *
   * @return who, or empty
   */
  public abstract Optional<String> who();

  /**
   * Returns why this part is done the way it is, if stated.
   *
   * @return why, or empty
   */
  public abstract Optional<String> why();

  @Value.Check
  final void check() {
    value().ifPresent(v -> Checks.requireFinite(v, "contributor value"));
  }
}

package dev.kaizen.sixstep;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** A cost of the plan. */
@Value.Immutable
@ValueStyle
abstract class AbstractCost {
  /**
   * Returns what the cost is for.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the amount, if known.
   *
   * @return the amount, or empty
   */
  public abstract OptionalDouble amount();

  /**
   * Returns the unit of the amount, if stated.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> unit();

  @Value.Check
  final void check() {
    amount().ifPresent(v -> Checks.requireFinite(v, "cost amount"));
  }
}

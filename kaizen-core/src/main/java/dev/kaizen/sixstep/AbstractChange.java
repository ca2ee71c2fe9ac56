package dev.kaizen.sixstep;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One change of step 5: which idea was implemented when, and when and with what result it was
 * measured. Changes are made one at a time, each measured before the next.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractChange {
  /**
   * Returns the id of the idea this change implements.
   *
   * @return the idea's id
   */
  public abstract String idea();

  /**
   * Returns the day the change was implemented.
   *
   * @return the date
   */
  public abstract LocalDate implemented();

  /**
   * Returns the day the change's effect was measured, if it was.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> measured();

  /**
   * Returns the measured value of the metric after the change, if known.
   *
   * @return the result, or empty
   */
  public abstract OptionalDouble result();

  @Value.Check
  final void check() {
    result().ifPresent(v -> Checks.requireFinite(v, "change result"));
  }
}

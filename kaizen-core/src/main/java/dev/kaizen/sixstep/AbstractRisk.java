package dev.kaizen.sixstep;

import dev.kaizen.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A risk of the plan, and how it is mitigated. */
@Value.Immutable
@ValueStyle
abstract class AbstractRisk {
  /**
   * Returns what could go wrong.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns how the risk is mitigated, if stated.
   *
   * @return the mitigation, or empty
   */
  public abstract Optional<String> mitigation();
}

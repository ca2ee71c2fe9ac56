package dev.kaizen.a3;

import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/** An experiment that tests a root-cause hypothesis, and its outcome. */
@Value.Immutable
@ValueStyle
abstract class AbstractExperiment {
  /**
   * Returns what the experiment does.
   *
   * @return the description
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Returns what the experiment showed so far.
   *
   * @return pending, confirmed or refuted
   */
  @Value.Parameter
  public abstract Outcome outcome();
}

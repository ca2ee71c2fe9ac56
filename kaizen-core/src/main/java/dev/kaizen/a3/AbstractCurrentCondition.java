package dev.kaizen.a3;

import dev.kaizen.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Section 2, the current condition and problem statement ({@code currentCondition}): what happens
 * today, stated as a condition rather than as a missing solution.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractCurrentCondition {
  /**
   * Returns the problem statement. It should describe a condition (what happens and what it costs),
   * not a missing solution; see {@link LackOfSolutionDetector}.
   *
   * @return the statement
   */
  public abstract String statement();

  /**
   * Returns the facts that support the statement, in the order written.
   *
   * @return the facts; empty when none are listed
   */
  public abstract List<String> facts();
}

package dev.kaizen.a3;

import dev.kaizen.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Section 7, the follow-up actions and report ({@code followUp}): what comes next and who learns of
 * it.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractFollowUp {
  /**
   * Returns the actions that follow, in the order written.
   *
   * @return the actions, possibly empty
   */
  public abstract List<String> actions();

  /**
   * Returns the report of what was achieved and learnt.
   *
   * @return the report
   */
  public abstract String report();

  /**
   * Returns who the learning is shared with; empty breaks {@code a3.follow-up.not-shared}.
   *
   * @return the people or groups, possibly empty
   */
  public abstract List<String> sharedWith();
}

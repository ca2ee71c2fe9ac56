package dev.kaizen.sixstep;

import dev.kaizen.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/** Step 4, develop an implementation plan ({@code plan}): who to convince, the risks, the costs. */
@Value.Immutable
@ValueStyle
abstract class AbstractPlan {
  /**
   * Returns who must be convinced; may be empty (a warning).
   *
   * @return the stakeholders
   */
  public abstract List<String> stakeholders();

  /**
   * Returns the risks; may be empty (a warning).
   *
   * @return the risks
   */
  public abstract List<Risk> risks();

  /**
   * Returns the costs; empty when none are stated.
   *
   * @return the costs
   */
  public abstract List<Cost> costs();
}

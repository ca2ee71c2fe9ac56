package dev.kaizen.sixstep;

import dev.kaizen.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/** Step 2, analyse the current methods ({@code analysis}): the contributors to the baseline. */
@Value.Immutable
@ValueStyle
abstract class AbstractAnalysis {
  /**
   * Returns the parts of the current method, in the order written.
   *
   * @return the contributors; an empty list breaks {@code kaizen.analysis.empty}
   */
  public abstract List<Contributor> contributors();
}

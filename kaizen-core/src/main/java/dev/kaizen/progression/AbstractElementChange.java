package dev.kaizen.progression;

import dev.kaizen.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A track or level present in both editions of a framework whose values differ (DOMAIN.md §6.2,
 * diffs): its id and each changed value, from the older edition to the newer.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractElementChange {
  /**
   * Returns the track's or level's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns each value that differs, from the older edition to the newer.
   *
   * @return the changes, never empty for an element in a {@link FrameworkDiff}
   */
  public abstract List<CriterionChange> changes();
}

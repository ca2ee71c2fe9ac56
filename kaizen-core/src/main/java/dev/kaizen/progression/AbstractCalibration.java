package dev.kaizen.progression;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One calibration of a version 2 {@link ProgressionCase} (DOMAIN.md §6.2): a decision, with its
 * author and reason, that sets a track's counted milestone whatever the ratings say. The last
 * calibration of a track counts. JSON {@code {"track", "milestone", "by", "reason"}}.
 *
 * <p>The reason must not be empty ({@code progression.calibrations.no-reason}); the track must be a
 * track of the framework and the milestone within it (the codes of ratings apply): validator rules.
 *
 * <p>Preconditions (the builder throws {@link IllegalArgumentException}): the milestone is not
 * negative.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractCalibration {
  /**
   * Returns the id of the track calibrated.
   *
   * @return the track id
   */
  public abstract String track();

  /**
   * Returns the milestone that counts for the track.
   *
   * @return the milestone, 0 or more
   */
  public abstract int milestone();

  /**
   * Returns who calibrated, such as {@code Q1 calibration committee}.
   *
   * @return the author
   */
  public abstract String by();

  /**
   * Returns why the milestone was set.
   *
   * @return the reason, which should not be empty
   */
  public abstract String reason();

  @Value.Check
  final void check() {
    Checks.requireNonNegative(milestone(), "milestone of a calibration of track", track());
  }
}

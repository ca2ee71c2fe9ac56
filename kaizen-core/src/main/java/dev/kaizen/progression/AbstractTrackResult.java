package dev.kaizen.progression;

import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What one track of a version 2 case counts for (DOMAIN.md §6.2): the counted milestone and where
 * it came from, the self rating beside it, and the points it is worth. Report {@code {id, counted,
 * self, selfGap, calibratedBy}}.
 *
 * <p>The counted milestone is the last calibration of the track, if any; else the aggregate of the
 * non-self ratings under the policy's {@link RatingAggregation}; else 0. Self ratings never count.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractTrackResult {
  /**
   * Returns the track's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the milestone that counts.
   *
   * @return the counted milestone, 0 or more
   */
  public abstract int counted();

  /**
   * Returns what the non-self ratings aggregate to, whether or not a calibration overrode it.
   *
   * @return the aggregate, or empty when no non-self rating gives one (none, or under {@code
   *     manager} no manager rating)
   */
  public abstract OptionalInt aggregate();

  /**
   * Returns the indexes (in the case's ratings, from 0) of the ratings the aggregate was taken
   * from: every non-self rating of the track for {@code median} and {@code minimum}, the one chosen
   * manager rating for {@code manager}.
   *
   * @return the indexes, in list order; empty when no rating counted
   */
  public abstract List<Integer> ratings();

  /**
   * Returns the calibration that set the counted milestone: the last one of the track.
   *
   * @return the calibration, or empty when none overrode the ratings
   */
  public abstract Optional<Calibration> calibration();

  /**
   * Returns the candidate's own rating of the track: of several, the latest-dated (an undated one
   * is older than any dated one), of equal dates the highest milestone, so that the order of the
   * ratings does not matter.
   *
   * @return the self rating's milestone, or empty when the candidate did not rate the track
   */
  public abstract OptionalInt self();

  /**
   * Returns what the track is worth: weight × points of the counted milestone.
   *
   * @return the weighted points
   */
  public abstract double points();

  /**
   * Returns the self-gap: the self rating minus the counted milestone (positive when the candidate
   * rates themselves higher).
   *
   * @return the gap, or empty without a self rating
   */
  public final OptionalInt selfGap() {
    return self().isPresent() ? OptionalInt.of(self().getAsInt() - counted()) : OptionalInt.empty();
  }

  /**
   * Returns who calibrated the track.
   *
   * @return the calibration's author, or empty when no calibration overrode the ratings
   */
  public final Optional<String> calibratedBy() {
    return calibration().map(Calibration::by);
  }
}

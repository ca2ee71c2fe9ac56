package dev.kaizen.progression;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rating of a version 2 {@link ProgressionCase} (DOMAIN.md §6.2): someone placed the candidate
 * at a milestone of one track. JSON {@code {"track", "milestone", "rater", "by"?, "date"?,
 * "evidence"?, "note"?}}.
 *
 * <p>The track must be a track of the framework ({@code progression.ratings.unknown-track}), the
 * milestone at most the track's highest ({@code progression.ratings.milestone-out-of-range}), and
 * every evidence id should name a record of the case ({@code progression.ratings.unknown-evidence},
 * a warning): validator rules.
 *
 * <p>Preconditions (the builder throws {@link IllegalArgumentException}): the milestone is not
 * negative.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractRating {
  /**
   * Returns the id of the track rated.
   *
   * @return the track id
   */
  public abstract String track();

  /**
   * Returns the milestone the rater placed the candidate at (0 is "not yet").
   *
   * @return the milestone, 0 or more
   */
  public abstract int milestone();

  /**
   * Returns who rated: self, a peer, the manager or a committee.
   *
   * @return the rater
   */
  public abstract Rater rater();

  /**
   * Returns the rater's name.
   *
   * @return the name, or empty when not given
   */
  public abstract Optional<String> by();

  /**
   * Returns the day the rating was given.
   *
   * @return the date, or empty when not given
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the ids of the case's evidence records the rating rests on.
   *
   * @return the evidence ids, in the order written; possibly empty
   */
  public abstract List<String> evidence();

  /**
   * Returns the rater's note.
   *
   * @return the note, or empty when not given
   */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.requireNonNegative(milestone(), "milestone of a rating of track", track());
  }
}

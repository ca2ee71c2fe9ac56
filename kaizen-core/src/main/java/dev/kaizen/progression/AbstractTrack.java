package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One track (dimension) of a version 2 {@link Framework} (DOMAIN.md §6.2): a ladder of milestones a
 * person is rated on, such as {@code mobile} in Medium's Snowflake. JSON {@code {"id", "title",
 * "category"?, "weight"?, "milestones", "points"?}}.
 *
 * <p>Milestone 0 means "not yet"; milestones 1..N are summarised by {@link #milestones()}, so the
 * track's highest milestone is {@link #maxMilestone()} = N. A track's milestone is worth its own
 * {@link #points()} when it has them, else the framework's ({@link Framework#points()}); a points
 * list has N + 1 entries (milestones 0..N), starts at 0 and never falls ({@code
 * framework.points.invalid}, a validator rule).
 *
 * <p>Preconditions (the builder throws {@link IllegalArgumentException}): the weight is finite and
 * greater than 0, and every points entry is finite.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractTrack {
  /**
   * Returns the track's id, such as {@code mobile}; ids are unique within a framework ({@code
   * framework.tracks.duplicate-id}).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the track's title, such as {@code Mobile}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the category the track belongs to, such as {@code building}.
   *
   * @return the category, or empty when the framework groups none
   */
  public abstract Optional<String> category();

  /**
   * Returns how much the track's points count: a case's points are Σ weight × points(counted
   * milestone).
   *
   * @return the weight, greater than 0; 1 unless stated
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * Returns the summaries of milestones 1..N, in order (milestone 0 is "not yet").
   *
   * @return the milestone summaries, possibly empty
   */
  public abstract List<String> milestones();

  /**
   * Returns the track's own points list (milestones 0..N), when it has one.
   *
   * @return the points, or empty when the track uses the framework's
   */
  public abstract Optional<ImmutableList<Double>> points();

  /**
   * Returns the track's highest milestone N: the number of {@linkplain #milestones() milestone
   * summaries}.
   *
   * @return the highest milestone, 0 or more
   */
  public final int maxMilestone() {
    return milestones().size();
  }

  @Value.Check
  final void check() {
    Checks.requireFinite(weight(), "weight of track", id());
    if (!(weight() > 0)) {
      throw new IllegalArgumentException(
          "weight of track " + id() + " must be greater than 0, not " + weight());
    }
    points()
        .ifPresent(
            list -> list.forEach(p -> Checks.requireFinite(p, "points entry of track", id())));
  }
}

package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a case fares against one framework level: each criterion as required / actual / met, and
 * whether the level is met. Levels are met in order (in version 2, in rank order on the case's
 * ladder): a level is {@linkplain #met() met} when all its criteria are and every level below it is
 * met, so one unmet level caps the ones above it even when their own criteria are all met ({@link
 * #criteriaMet()}).
 *
 * <p>{@link #competence()}, {@link #scope()} and {@link #evidence()} are always there; when a
 * version 2 level states no such criterion, it is judged with the value everyone reaches (see
 * {@link FrameworkLevel#minCompetence()}), so it is met, and it is left out of {@link #criteria()}.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractLevelResult {
  /**
   * Returns the level.
   *
   * @return the framework level
   */
  public abstract FrameworkLevel level();

  /**
   * Returns the level's rank on its ladder ({@link Framework#rank(int)}).
   *
   * @return the rank, at least 1
   */
  @Value.Default
  public int rank() {
    return 1;
  }

  /**
   * Returns the competence criterion: the level's minCompetence against the case's competence.
   *
   * @return the competence criterion
   */
  public abstract Criterion<Double> competence();

  /**
   * Returns the scope criterion: the level's minScope against the widest scope of a counted record.
   *
   * @return the scope criterion
   */
  public abstract Criterion<Scope> scope();

  /**
   * Returns the evidence criterion: the level's minEvidence against the evidence count.
   *
   * @return the evidence criterion
   */
  public abstract Criterion<Integer> evidence();

  /**
   * Returns the points criterion (version 2): the level's minPoints against the case's points.
   *
   * @return the points criterion, or empty when the level states no minPoints
   */
  public abstract Optional<Criterion<Double>> points();

  /**
   * Returns one milestones criterion per track the level's minMilestones names, in the order
   * written: the entry against the track's counted milestone.
   *
   * @return the milestones criteria; empty when the level names no track
   */
  public abstract List<Criterion<Integer>> milestones();

  /**
   * Tells whether the level is met: all its criteria are, and every level below it is met.
   *
   * @return true when met
   */
  public abstract boolean met();

  /**
   * Returns the level's id.
   *
   * @return the id
   */
  public final String id() {
    return level().id();
  }

  /**
   * Returns the criteria the level states, in report order: competence, scope, evidence, points,
   * then milestones per track. A version 1 level always has the first three.
   *
   * @return the criteria
   */
  public final List<Criterion<?>> criteria() {
    ImmutableList.Builder<Criterion<?>> criteria = ImmutableList.builder();
    if (level().getMinCompetence().isPresent()) {
      criteria.add(competence());
    }
    if (level().getMinScope().isPresent()) {
      criteria.add(scope());
    }
    if (level().getMinEvidence().isPresent()) {
      criteria.add(evidence());
    }
    points().ifPresent(criteria::add);
    criteria.addAll(milestones());
    return criteria.build();
  }

  /**
   * Returns the criteria the level states that are not met, in report order: what separates the
   * candidate from the level.
   *
   * @return the unmet criteria; empty when every criterion is met
   */
  public final List<Criterion<?>> gaps() {
    return criteria().stream().filter(c -> !c.met()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells whether all of this level's own criteria are met, whatever the levels below.
   *
   * @return true when every criterion is met
   */
  public final boolean criteriaMet() {
    return criteriaMet(competence(), scope(), evidence(), points(), milestones());
  }

  /**
   * Tells whether every criterion is met: the rule of {@link #criteriaMet()}, for the evaluation,
   * which decides {@code met} before it builds the result.
   */
  static boolean criteriaMet(
      Criterion<Double> competence,
      Criterion<Scope> scope,
      Criterion<Integer> evidence,
      Optional<Criterion<Double>> points,
      List<Criterion<Integer>> milestones) {
    return competence.met()
        && scope.met()
        && evidence.met()
        && (points.isEmpty() || points.get().met())
        && allMet(milestones);
  }

  private static boolean allMet(List<Criterion<Integer>> criteria) {
    for (Criterion<Integer> criterion : criteria) {
      if (!criterion.met()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the level's own criteria are met but a lower level is not, which caps it.
   *
   * @return true when capped by a lower level
   */
  public final boolean capped() {
    return criteriaMet() && !met();
  }
}

package dev.kaizen.progression;

import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a case fares against one framework level: each criterion as required / actual / met, and
 * whether the level is met. Levels are met in order: a level is {@linkplain #met() met} when all
 * its criteria are and every level below it is met, so one unmet level caps the ones above it even
 * when their own criteria are all met ({@link #criteriaMet()}).
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
   * Returns the criteria in report order: competence, scope, evidence.
   *
   * @return the three criteria
   */
  public final List<Criterion<?>> criteria() {
    return List.of(competence(), scope(), evidence());
  }

  /**
   * Tells whether all of this level's own criteria are met, whatever the levels below.
   *
   * @return true when competence, scope and evidence are all met
   */
  public final boolean criteriaMet() {
    return competence().met() && scope().met() && evidence().met();
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

package dev.kaizen.progression;

import dev.kaizen.core.Checks;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One level of a {@link Framework}: what a candidate needs to be at this level. JSON {@code {"id",
 * "title", "minCompetence", "minScope", "minEvidence"}}.
 *
 * <p>Preconditions (the builder throws {@link IllegalArgumentException}): {@link #minCompetence()}
 * lies in [0, 1], the range of competence, and {@link #minEvidence()} is not negative.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractFrameworkLevel {
  /**
   * Returns the level's id, such as {@code L3}; ids are unique within a framework.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the level's title, such as {@code Senior engineer}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the least competence (√(expertise × changeSkill)) the level needs.
   *
   * @return the minimum competence, in [0, 1]
   */
  public abstract double minCompetence();

  /**
   * Returns the least scope the candidate's evidence must reach.
   *
   * @return the minimum scope
   */
  public abstract Scope minScope();

  /**
   * Returns the least number of complete evidence records with a positive improvement.
   *
   * @return the minimum evidence count, zero or more
   */
  public abstract int minEvidence();

  @Value.Check
  final void check() {
    Checks.requireFinite(minCompetence(), "minCompetence of level " + id());
    if (minCompetence() < 0 || minCompetence() > 1) {
      throw new IllegalArgumentException(
          "minCompetence of level " + id() + " must be in [0, 1], not " + minCompetence());
    }
    Checks.requireNonNegative(minEvidence(), "minEvidence of level " + id());
  }
}

package dev.kaizen.matrix;

import dev.kaizen.core.Checks;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A person's position on the competence/influence matrix on one day: the rated {@link #expertise()}
 * and {@link #changeSkill()} (both in [0, 1]) and the {@link #scope()} their changes reach. One
 * entry of an {@link Assessment}'s history; JSON {@code {"date", "expertise", "changeSkill",
 * "scope"}}.
 *
 * <p>The derived figures ({@link #competence()}, {@link #influence()}, {@link #leadership()},
 * {@link #quadrant()}, {@link #nextFocus()}) are computed on the values clamped into [0, 1], so
 * they stay in range even when a value is out of range (an error that {@link AssessmentValidator}
 * reports as {@code matrix.value.out-of-range}).
 */
@Value.Immutable
@ValueStyle
abstract class AbstractPosition {
  /**
   * Returns the day of the assessment.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the rated domain expertise, which should be in [0, 1].
   *
   * @return the expertise
   */
  public abstract double expertise();

  /**
   * Returns the rated skill of making change, which should be in [0, 1].
   *
   * @return the change skill
   */
  public abstract double changeSkill();

  /**
   * Returns how far the person's changes reach.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * Returns the competence: √(expertise × changeSkill) on the clamped values.
   *
   * @return the competence, in [0, 1]
   */
  public final double competence() {
    return Matrix.competence(expertise(), changeSkill());
  }

  /**
   * Returns the influence of the {@linkplain #scope() scope} on the ladder (self 0 … industry 1).
   *
   * @return the influence, in [0, 1]
   */
  public final double influence() {
    return Matrix.influence(scope());
  }

  /**
   * Returns the leadership figure: 100 × √(competence × influence).
   *
   * @return the leadership, in [0, 100]
   */
  public final double leadership() {
    return Matrix.leadership(competence(), influence());
  }

  /**
   * Returns the quadrant at the default threshold {@link Matrix#THRESHOLD} (0.5, at or above is
   * high).
   *
   * @return the quadrant
   */
  public final Quadrant quadrant() {
    return quadrant(Matrix.THRESHOLD);
  }

  /**
   * Returns the quadrant at {@code threshold}.
   *
   * @param threshold the threshold on both axes
   * @return the quadrant
   */
  public final Quadrant quadrant(double threshold) {
    return Quadrant.of(competence(), influence(), threshold);
  }

  /**
   * Returns the next focus at the default threshold {@link Matrix#THRESHOLD}.
   *
   * @return competence, influence or sustain
   */
  public final NextFocus nextFocus() {
    return nextFocus(Matrix.THRESHOLD);
  }

  /**
   * Returns the next focus at {@code threshold}.
   *
   * @param threshold the threshold on both axes
   * @return competence, influence or sustain
   */
  public final NextFocus nextFocus(double threshold) {
    return NextFocus.of(competence(), influence(), threshold);
  }

  @Value.Check
  final void check() {
    Checks.requireFinite(expertise(), "expertise");
    Checks.requireFinite(changeSkill(), "changeSkill");
  }
}

package dev.kaizen.matrix;

import dev.kaizen.core.Attainment;
import dev.kaizen.core.Scope;

/**
 * The arithmetic of the competence/influence matrix (DOMAIN.md §5), shared by {@link Assessment}
 * and the progression cases of {@code dev.kaizen.progression}.
 *
 * <p>Every figure is computed on inputs clamped into [0, 1], so that it stays in range even for a
 * document whose values are out of range (which its validator reports as {@code
 * matrix.value.out-of-range}). NaN inputs cannot occur: the value types reject them.
 */
public final class Matrix {
  /** The default threshold on both axes: a value at or above it is high. */
  public static final double THRESHOLD = 0.5;

  private Matrix() {}

  /**
   * Clamps {@code value} into [0, 1].
   *
   * @param value a finite number
   * @return the value clamped into [0, 1]
   */
  public static double unit(double value) {
    return Attainment.clamp(value, 0, 1);
  }

  /**
   * Returns the competence: √(expertise × changeSkill), both clamped into [0, 1] first. Both are
   * needed: a change is only reliably positive with domain expertise and the skill of making
   * change.
   *
   * @param expertise the domain expertise
   * @param changeSkill the skill of making change
   * @return the competence, in [0, 1]
   */
  public static double competence(double expertise, double changeSkill) {
    return Math.sqrt(unit(expertise) * unit(changeSkill));
  }

  /**
   * Returns the influence of {@code scope} on the ladder: self 0, peers 0.2, team 0.4, department
   * 0.6, organisation 0.8, industry 1.0.
   *
   * @param scope how far changes reach
   * @return the influence, in [0, 1]
   */
  public static double influence(Scope scope) {
    return scope.influence();
  }

  /**
   * Returns the leadership figure: 100 × √(competence × influence), both clamped into [0, 1] first.
   *
   * @param competence the competence
   * @param influence the influence
   * @return the leadership, in [0, 100]
   */
  public static double leadership(double competence, double influence) {
    return 100.0 * Math.sqrt(unit(competence) * unit(influence));
  }
}

package dev.kaizen.matrix;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/**
 * The four quadrants of the competence/influence matrix. An axis is high when its value is at or
 * above the threshold (0.5 by default).
 */
public enum Quadrant implements Tokenized {
  /** Low competence, low influence: learning the domain and the skill of change. */
  LEARNER,
  /** High competence, low influence: makes positive changes that do not yet reach far. */
  EXPERT,
  /** Low competence, high influence: large changes that are not reliably positive. */
  OVERREACHING,
  /** High competence, high influence: large positive changes. */
  LEADER;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }

  /**
   * Returns the quadrant of a position.
   *
   * @param competence the competence
   * @param influence the influence
   * @param threshold the threshold on both axes; a value {@code >= threshold} is high
   * @return the quadrant
   */
  public static Quadrant of(double competence, double influence, double threshold) {
    boolean competent = competence >= threshold;
    boolean influential = influence >= threshold;
    if (competent) {
      return influential ? LEADER : EXPERT;
    }
    return influential ? OVERREACHING : LEARNER;
  }
}

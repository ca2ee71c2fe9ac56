package dev.kaizen.matrix;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/**
 * What a person on the matrix should work on next. The recommended path is competence first, then
 * influence.
 */
public enum NextFocus implements Tokenized {
  /** Competence is below the threshold: grow expertise and the skill of change first. */
  COMPETENCE,
  /** Competence is high but influence is below the threshold: widen the reach of changes. */
  INFLUENCE,
  /** Both are at or above the threshold: keep it up. */
  SUSTAIN;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }

  /**
   * Returns the next focus: {@link #COMPETENCE} while competence is below the threshold, else
   * {@link #INFLUENCE} while influence is, else {@link #SUSTAIN}.
   *
   * @param competence the competence
   * @param influence the influence
   * @param threshold the threshold on both axes
   * @return the next focus
   */
  public static NextFocus of(double competence, double influence, double threshold) {
    if (competence < threshold) {
      return COMPETENCE;
    }
    return influence < threshold ? INFLUENCE : SUSTAIN;
  }
}

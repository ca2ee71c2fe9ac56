package dev.kaizen.matrix;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/**
 * Which of the two JSON forms an {@link Assessment} is written in. The form is kept on the
 * assessment so that writing then reading gives an equal object.
 */
public enum AssessmentForm implements Tokenized {
  /**
   * One position, written flat: {@code {"kind": "assessment", "subject", "date", "expertise",
   * "changeSkill", "scope"}}. Its history holds exactly that one position.
   */
  SINGLE,
  /**
   * A trajectory, written {@code {"kind": "assessment", "subject", "history": [...]}}; it may hold
   * one position or more.
   */
  TRAJECTORY;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}

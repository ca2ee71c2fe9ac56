package dev.kaizen.sixstep;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/** Where an idea comes from. */
public enum IdeaSource implements Tokenized {
  /** The author's own idea. */
  OWN,
  /** Known good practice from the state of the art. */
  STATE_OF_THE_ART,
  /** The manual of the tool or method concerned. */
  MANUAL;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }

  /**
   * Tells whether this source is outside knowledge: the state of the art or the manual.
   *
   * @return true for {@link #STATE_OF_THE_ART} and {@link #MANUAL}
   */
  public boolean isOutsideKnowledge() {
    return this != OWN;
  }
}

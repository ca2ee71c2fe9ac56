package dev.kaizen.sixstep;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/** What step 6 decides. */
public enum Decision implements Tokenized {
  /** Loop back to step 1 with the new method as the baseline. */
  ITERATE,
  /** The improvement is done; move on to other work. */
  MOVE_ON;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}

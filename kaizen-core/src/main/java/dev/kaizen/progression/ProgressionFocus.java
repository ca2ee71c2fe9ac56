package dev.kaizen.progression;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/** What a candidate should work on to reach the lowest level they have not met (DOMAIN.md §6). */
public enum ProgressionFocus implements Tokenized {
  /** Competence falls short of the level: grow expertise or the rigour of change work. */
  COMPETENCE,
  /** Competence suffices but no counted record reaches the level's scope: widen the reach. */
  INFLUENCE,
  /** Competence and scope suffice; more complete records with a positive improvement are needed. */
  EVIDENCE,
  /** Every level of the framework is met. */
  NONE;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}

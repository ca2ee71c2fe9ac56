package dev.kaizen.progression;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/**
 * What a candidate should work on to reach the lowest level they have not met (DOMAIN.md §6, §6.2):
 * the first unmet criterion of that level, in this order.
 */
public enum ProgressionFocus implements Tokenized {
  /** Competence falls short of the level: grow expertise or the rigour of change work. */
  COMPETENCE,
  /** Competence suffices but no counted record reaches the level's scope: widen the reach. */
  INFLUENCE,
  /** Competence and scope suffice; more complete records with a positive improvement are needed. */
  EVIDENCE,
  /** The §6 criteria suffice, but the points fall short of the level's minPoints (version 2). */
  POINTS,
  /** Only some track's counted milestone falls short of the level's minMilestones (version 2). */
  MILESTONES,
  /** Every level of the ladder is met. */
  NONE;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}

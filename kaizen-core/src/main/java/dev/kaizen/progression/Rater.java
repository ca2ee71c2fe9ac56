package dev.kaizen.progression;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/**
 * Who gave a {@link Rating} (DOMAIN.md §6.2). Self ratings never count towards the counted
 * milestone; they are reported beside it.
 */
public enum Rater implements Tokenized {
  /** The candidate rated themselves: shown beside the counted milestone, never counted. */
  SELF,
  /** A peer of the candidate. */
  PEER,
  /** The candidate's manager. */
  MANAGER,
  /** A committee, such as a promotion panel. */
  COMMITTEE;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}

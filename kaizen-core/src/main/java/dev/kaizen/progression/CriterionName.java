package dev.kaizen.progression;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/** The three criteria of a framework level, in report order. */
public enum CriterionName implements Tokenized {
  /** Competence at least the level's {@code minCompetence}. */
  COMPETENCE,
  /** Scope at least the level's {@code minScope}. */
  SCOPE,
  /** Evidence count at least the level's {@code minEvidence}. */
  EVIDENCE;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}

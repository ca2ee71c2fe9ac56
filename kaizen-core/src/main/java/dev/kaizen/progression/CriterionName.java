package dev.kaizen.progression;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/** The criteria of a framework level, in report order. */
public enum CriterionName implements Tokenized {
  /** Competence at least the level's {@code minCompetence}. */
  COMPETENCE,
  /** Scope at least the level's {@code minScope}. */
  SCOPE,
  /** Evidence count at least the level's {@code minEvidence}. */
  EVIDENCE,
  /** Points at least the level's {@code minPoints} (version 2). */
  POINTS,
  /**
   * A track's counted milestone at least the level's {@code minMilestones} entry for it (version
   * 2); one criterion per track, keyed {@code milestones.TRACK}.
   */
  MILESTONES;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}

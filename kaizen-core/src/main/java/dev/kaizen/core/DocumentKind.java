package dev.kaizen.core;

/**
 * The kinds of document the library reads, validates and scores: the {@code "kind"} of a document.
 */
public enum DocumentKind implements Tokenized {
  /** A Kaizen six-step record. */
  KAIZEN,
  /** An A3 improvement-opportunity template. */
  A3,
  /** A position, or a history of positions, on the competence/influence matrix. */
  ASSESSMENT,
  /** A framework of progression levels. */
  FRAMEWORK,
  /** A promotion case scored against a framework. */
  PROGRESSION_CASE,
  /** A portfolio prioritisation quadrant over quarters. */
  PORTFOLIO;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}

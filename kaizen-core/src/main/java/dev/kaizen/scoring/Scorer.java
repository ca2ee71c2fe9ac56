package dev.kaizen.scoring;

/**
 * Scores documents of one type under one {@link ScoringPolicy}. Implementations are immutable and
 * thread-safe, and give equal scores for equal documents.
 *
 * @param <T> the document type
 */
public interface Scorer<T> {
  /**
   * Returns the policy this scorer applies.
   *
   * @return the policy
   */
  ScoringPolicy policy();

  /**
   * Scores {@code document}. Scoring never fails on an invalid document: the parts reflect what the
   * document holds.
   *
   * @param document the document
   * @return its score
   */
  Score score(T document);
}

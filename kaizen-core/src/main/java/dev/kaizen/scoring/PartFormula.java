package dev.kaizen.scoring;

/**
 * How a declared part's value is computed from a document under a policy: most formulas read the
 * document alone, some also read a {@linkplain ScoringPolicy#threshold(String) threshold} of the
 * policy (the portfolio's {@code covered-share}).
 *
 * @param <T> the document type
 */
@FunctionalInterface
public interface PartFormula<T> {
  /**
   * Computes the part's value.
   *
   * @param document the document
   * @param policy the policy being applied, which sets every declared threshold
   * @return the value, meant to lie in [0, 100]
   */
  double value(T document, ScoringPolicy policy);
}

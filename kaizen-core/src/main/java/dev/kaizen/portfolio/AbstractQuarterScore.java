package dev.kaizen.portfolio;

import dev.kaizen.core.Quarter;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The score of one quarter with items ({@link PortfolioScorer#quarterScores(Portfolio)}): its
 * adherence and coverage, and their weighted sum.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractQuarterScore {
  /**
   * Returns the calendar quarter.
   *
   * @return the quarter
   */
  public abstract Quarter quarter();

  /**
   * Returns the adherence: 100 × (1 − ½ Σ |actual − plan|), clamped into [0, 100].
   *
   * @return the adherence
   */
  public abstract double adherence();

  /**
   * Returns the coverage: 100 × quadrants with an actual share of at least 0.05 / 4.
   *
   * @return the coverage
   */
  public abstract double coverage();

  /**
   * Returns the quarter's score: the policy's weighted sum of adherence and coverage (½ and ½ by
   * default).
   *
   * @return the score, in [0, 100]
   */
  public abstract double score();
}

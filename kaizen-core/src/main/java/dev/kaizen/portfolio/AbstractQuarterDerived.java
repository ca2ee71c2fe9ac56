package dev.kaizen.portfolio;

import dev.kaizen.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The derived values of one quarter of a {@link Portfolio}: its {@linkplain QuarterFigures figures}
 * (quarter, actual shares, balance, spend, drift, total cost, budget), then its adherence to the
 * plan and its coverage, as {@link PortfolioScorer} computes them.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractQuarterDerived {
  /**
   * Returns the quarter's figures.
   *
   * @return the figures
   */
  public abstract QuarterFigures figures();

  /**
   * Returns the quarter's adherence to its plan: 100 × (1 − ½ Σ |actual − plan|), in [0, 100].
   *
   * @return the adherence, or empty when the quarter has no actual shares
   * @see PortfolioScorer#adherence(PortfolioQuarter)
   */
  public abstract OptionalDouble adherence();

  /**
   * Returns the quarter's coverage: 100 × the share of quadrants its actual spending covers.
   *
   * @return the coverage (0, 25, 50, 75 or 100), or empty when the quarter has no actual shares
   * @see PortfolioScorer#coverage(PortfolioQuarter)
   */
  public abstract OptionalDouble coverage();

  /**
   * Derives the values of {@code quarter}.
   *
   * @param quarter a quarter of a portfolio
   * @return its derived values
   */
  public static QuarterDerived of(PortfolioQuarter quarter) {
    return QuarterDerived.builder()
        .figures(quarter.figures())
        .adherence(PortfolioScorer.adherence(quarter))
        .coverage(PortfolioScorer.coverage(quarter))
        .build();
  }
}

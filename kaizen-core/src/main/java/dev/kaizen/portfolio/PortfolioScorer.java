package dev.kaizen.portfolio;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Attainment;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.DeclaredScorer;
import dev.kaizen.scoring.PartDeclaration;
import dev.kaizen.scoring.ScoreDeclaration;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Scores a {@link Portfolio} (DOMAIN.md §7). Only quarters with {@linkplain
 * QuarterFigures#hasActual() actual shares} (items that cost something) count. For each:
 *
 * <ul>
 *   <li>adherence = 100 × (1 − ½ Σ |actual − plan|), clamped into [0, 100];
 *   <li>coverage = 100 × quadrants with an actual share of at least {@value #COVERED_SHARE} / 4;
 *   <li>quarter score = ½ adherence + ½ coverage.
 * </ul>
 *
 * <p>The portfolio's score is the mean of the quarter scores. It is reported as two parts, {@code
 * adherence} and {@code coverage}, each the mean over those quarters, weighted 0.5 and 0.5 under
 * the default policy {@code portfolio-default/1}; because the mean is linear, the total (the
 * weighted sum of the parts) equals the mean of the quarter scores. {@link
 * #quarterScores(Portfolio)} shows each quarter. A portfolio without any quarter with items scores
 * 0 in both parts: there is no evidence of balance yet.
 *
 * <p>Means add the quarters' figures in ascending order of value, so the score does not depend on
 * the order of the quarters or of the items. Immutable and thread-safe; a custom {@link
 * ScoringPolicy} may change the two weights and the thresholds {@code covered-share} (0.05: the
 * coverage part), {@code drift} (0.10) and {@code neglected-share} (0.05), which {@link
 * PortfolioValidator#validate(Portfolio, ScoringPolicy)} applies to its two warnings.
 */
public final class PortfolioScorer extends DeclaredScorer<Portfolio> {
  /** The part {@code adherence}: weight 0.5 under the default policy. */
  private static final PartDeclaration<Portfolio> ADHERENCE =
      PartDeclaration.of("adherence", 0.5, (portfolio, policy) -> adherence(portfolio));

  /**
   * The part {@code coverage}: weight 0.5 under the default policy; reads {@code covered-share}.
   */
  private static final PartDeclaration<Portfolio> COVERAGE =
      PartDeclaration.of(
          "coverage",
          0.5,
          (portfolio, policy) -> coverage(portfolio, policy.threshold(PortfolioScorer.COVERED)));

  /** The threshold that names the actual share from which a quadrant counts as covered. */
  public static final String COVERED = "covered-share";

  /** The threshold of the warning {@code portfolio.quarter.drift}: the largest allowed drift. */
  public static final String DRIFT = "drift";

  /** The threshold of the warning {@code portfolio.quadrant.neglected}. */
  public static final String NEGLECTED = "neglected-share";

  /**
   * The declaration of the score: its parts in report order, their default weights and formulas.
   */
  public static final ScoreDeclaration<Portfolio> DECLARATION =
      ScoreDeclaration.<Portfolio>builder(DocumentKind.PORTFOLIO, "portfolio-default/1")
          .part(ADHERENCE)
          .part(COVERAGE)
          .threshold(COVERED, 0.05)
          .threshold(DRIFT, PortfolioValidator.DRIFT_LIMIT)
          .threshold(NEGLECTED, PortfolioValidator.NEGLECT_SHARE)
          .build();

  /** The part names, in report order. */
  public static final List<String> PARTS = DECLARATION.partNames();

  /** The actual share from which a quadrant counts as covered. */
  public static final double COVERED_SHARE = 0.05;

  /** The default policy, {@code portfolio-default/1}: adherence 0.5, coverage 0.5. */
  public static final ScoringPolicy DEFAULT_POLICY = DECLARATION.defaultPolicy();

  private static final PortfolioScorer DEFAULT = new PortfolioScorer(DEFAULT_POLICY);

  private PortfolioScorer(ScoringPolicy policy) {
    super(DECLARATION, policy);
  }

  /**
   * Returns the scorer of the default policy {@code portfolio-default/1}.
   *
   * @return the default scorer
   */
  public static PortfolioScorer defaults() {
    return DEFAULT;
  }

  /**
   * Returns a scorer that applies {@code policy}.
   *
   * @param policy a policy for {@code portfolio} documents that weighs adherence and coverage
   * @return the scorer
   * @throws IllegalArgumentException if the policy does not fit this model
   */
  public static PortfolioScorer withPolicy(ScoringPolicy policy) {
    return new PortfolioScorer(policy);
  }

  /**
   * Returns the score of every quarter with items, in the order of the portfolio, under this
   * scorer's weights.
   *
   * @param portfolio the portfolio
   * @return the quarter scores; empty when no quarter has items
   */
  public List<QuarterScore> quarterScores(Portfolio portfolio) {
    ImmutableList.Builder<QuarterScore> scores = ImmutableList.builder();
    for (PortfolioQuarter quarter : portfolio.quarters()) {
      OptionalDouble adherence = adherence(quarter);
      if (adherence.isPresent()) {
        double coverage = coverage(quarter).getAsDouble();
        double score =
            ADHERENCE.weightIn(policy()) * adherence.getAsDouble()
                + COVERAGE.weightIn(policy()) * coverage;
        scores.add(
            QuarterScore.builder()
                .quarter(quarter.quarter())
                .adherence(adherence.getAsDouble())
                .coverage(coverage)
                .score(Attainment.clamp(score, 0, 100))
                .build());
      }
    }
    return scores.build();
  }

  /**
   * Returns the adherence part: the mean adherence of the quarters with items, 0 when there is
   * none.
   *
   * @param portfolio the portfolio
   * @return the adherence, in [0, 100]
   */
  public static double adherence(Portfolio portfolio) {
    return mean(portfolio, PortfolioScorer::adherence);
  }

  /**
   * Returns the coverage part: the mean coverage of the quarters with items, 0 when there is none.
   *
   * @param portfolio the portfolio
   * @return the coverage, in [0, 100]
   */
  public static double coverage(Portfolio portfolio) {
    return coverage(portfolio, COVERED_SHARE);
  }

  private static double coverage(Portfolio portfolio, double coveredShare) {
    return mean(portfolio, quarter -> coverage(quarter, coveredShare));
  }

  /**
   * Returns a quarter's adherence to its plan: 100 × (1 − ½ Σ |actual − plan|), clamped into [0,
   * 100]. It is 100 exactly when the actual shares equal the plan.
   *
   * @param quarter the quarter
   * @return the adherence, or empty when the quarter has no actual shares
   */
  public static OptionalDouble adherence(PortfolioQuarter quarter) {
    return quarter
        .figures()
        .drift()
        .map(
            drift -> {
              double sum = 0;
              for (QuadrantPosition p : QuadrantPosition.values()) {
                sum += Math.abs(drift.get(p));
              }
              return OptionalDouble.of(Attainment.clamp(100 * (1 - sum / 2), 0, 100));
            })
        .orElse(OptionalDouble.empty());
  }

  /**
   * Returns a quarter's coverage: 100 × quadrants with an actual share of at least {@value
   * #COVERED_SHARE} / 4 (allowing {@value PortfolioValidator#EPSILON} for rounding).
   *
   * @param quarter the quarter
   * @return the coverage, 0, 25, 50, 75 or 100, or empty when the quarter has no actual shares
   */
  public static OptionalDouble coverage(PortfolioQuarter quarter) {
    return coverage(quarter, COVERED_SHARE);
  }

  private static OptionalDouble coverage(PortfolioQuarter quarter, double coveredShare) {
    return quarter
        .figures()
        .actual()
        .map(
            actual -> {
              int covered = 0;
              for (QuadrantPosition p : QuadrantPosition.values()) {
                if (actual.get(p) >= coveredShare - PortfolioValidator.EPSILON) {
                  covered++;
                }
              }
              return OptionalDouble.of(100.0 * covered / QuadrantPosition.values().length);
            })
        .orElse(OptionalDouble.empty());
  }

  private static double mean(
      Portfolio portfolio, Function<PortfolioQuarter, OptionalDouble> figure) {
    double[] values =
        portfolio.quarters().stream()
            .map(figure)
            .filter(OptionalDouble::isPresent)
            .mapToDouble(OptionalDouble::getAsDouble)
            .toArray();
    if (values.length == 0) {
      return 0;
    }
    Arrays.sort(values);
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return Attainment.clamp(sum / values.length, 0, 100);
  }
}

package dev.kaizen.progression;

import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.DeclaredScorer;
import dev.kaizen.scoring.ScoreDeclaration;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.List;

/**
 * Scores a {@link ProgressionCase} (DOMAIN.md §6, §9): under the default policy {@code
 * progression-default/1} the score has one part, {@code leadership} = 100 × √(competence ×
 * influence) of the case's {@linkplain ProgressionCase#evaluation() evaluation} (weight 1), so the
 * total is the leadership figure. The levels, the highest level met and the next focus are on the
 * evaluation ({@link #evaluation(ProgressionCase)}).
 *
 * <p>The policy also has the option {@value #RATING_AGGREGATION} ({@code median} by default, or
 * {@code minimum} or {@code manager}): how a version 2 case's ratings become counted milestones. It
 * changes the evaluation (tracks, points, levels), not the leadership score.
 *
 * <p>Immutable and thread-safe. Scoring reuses the case's evaluation: no evidence record is
 * validated or scored again.
 */
public final class ProgressionCaseScorer extends DeclaredScorer<ProgressionCase> {
  /**
   * The name of the policy option that says how a track's non-self ratings become its counted
   * milestone (DOMAIN.md §6.2): {@value}, one of {@code median} (the default), {@code minimum} and
   * {@code manager} ({@link RatingAggregation}).
   */
  public static final String RATING_AGGREGATION = "ratingAggregation";

  /** The declaration of the score: its one part, its default weight and formula. */
  public static final ScoreDeclaration<ProgressionCase> DECLARATION =
      ScoreDeclaration.<ProgressionCase>builder(
              DocumentKind.PROGRESSION_CASE, "progression-default/1")
          .part("leadership", 1.0, ProgressionCaseScorer::leadership)
          .option(
              ProgressionCaseScorer.RATING_AGGREGATION,
              RatingAggregation.MEDIAN.token(),
              RatingAggregation.tokens())
          .build();

  /** The part names, in report order. */
  public static final List<String> PARTS = DECLARATION.partNames();

  /** The default policy, {@code progression-default/1}: leadership weighs 1. */
  public static final ScoringPolicy DEFAULT_POLICY = DECLARATION.defaultPolicy();

  private static final ProgressionCaseScorer DEFAULT = new ProgressionCaseScorer(DEFAULT_POLICY);

  private ProgressionCaseScorer(ScoringPolicy policy) {
    super(DECLARATION, policy);
  }

  /**
   * Returns the scorer of the default policy {@code progression-default/1}.
   *
   * @return the default scorer
   */
  public static ProgressionCaseScorer defaults() {
    return DEFAULT;
  }

  /**
   * Returns a scorer that applies {@code policy}.
   *
   * @param policy a policy for {@code progression-case} documents with the one part {@code
   *     leadership}
   * @return the scorer
   * @throws IllegalArgumentException if the policy does not fit this model
   */
  public static ProgressionCaseScorer withPolicy(ScoringPolicy policy) {
    return new ProgressionCaseScorer(policy);
  }

  /**
   * Returns the evaluation of {@code progressionCase} under this scorer's policy: its option
   * {@value #RATING_AGGREGATION} decides the counted milestones, and its name is the {@linkplain
   * ProgressionEvaluation#decision() decision}'s policy.
   *
   * @param progressionCase the case
   * @return the evaluation
   */
  public ProgressionEvaluation evaluation(ProgressionCase progressionCase) {
    return progressionCase.evaluation(policy());
  }

  /**
   * Returns the leadership part: 100 × √(competence × influence).
   *
   * @param progressionCase the case
   * @return the leadership, in [0, 100]
   */
  public static double leadership(ProgressionCase progressionCase) {
    return progressionCase.figures().leadership();
  }
}

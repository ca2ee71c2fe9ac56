package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.scoring.Scorer;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.List;

/**
 * Scores a {@link ProgressionCase} (DOMAIN.md §6, §9): under the default policy {@code
 * progression-default/1} the score has one part, {@code leadership} = 100 × √(competence ×
 * influence) of the case's {@linkplain ProgressionCase#evaluation() evaluation} (weight 1), so the
 * total is the leadership figure. The levels, the highest level met and the next focus are on the
 * evaluation.
 *
 * <p>Immutable and thread-safe. Scoring reuses the case's evaluation: no evidence record is
 * validated or scored again.
 */
public final class ProgressionScorer implements Scorer<ProgressionCase> {
  /** The part names, in report order. */
  public static final List<String> PARTS = List.of("leadership");

  /** The default policy, {@code progression-default/1}: leadership weighs 1. */
  public static final ScoringPolicy DEFAULT_POLICY =
      ScoringPolicy.builder()
          .name("progression-default/1")
          .model(DocumentKind.PROGRESSION_CASE)
          .weights(ImmutableMap.of("leadership", 1.0))
          .build();

  private static final ProgressionScorer DEFAULT = new ProgressionScorer(DEFAULT_POLICY);

  private final ScoringPolicy policy;

  private ProgressionScorer(ScoringPolicy policy) {
    this.policy =
        policy.requireShape(
            DocumentKind.PROGRESSION_CASE, ImmutableSet.copyOf(PARTS), ImmutableSet.of());
  }

  /**
   * Returns the scorer of the default policy {@code progression-default/1}.
   *
   * @return the default scorer
   */
  public static ProgressionScorer defaults() {
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
  public static ProgressionScorer withPolicy(ScoringPolicy policy) {
    return new ProgressionScorer(policy);
  }

  @Override
  public ScoringPolicy policy() {
    return policy;
  }

  @Override
  public Score score(ProgressionCase progressionCase) {
    return Score.builder()
        .policy(policy.name())
        .parts(
            ImmutableList.of(
                ScorePart.of(
                    "leadership", policy.weight("leadership"), leadership(progressionCase))))
        .build();
  }

  /**
   * Returns the leadership part: 100 × √(competence × influence).
   *
   * @param progressionCase the case
   * @return the leadership, in [0, 100]
   */
  public static double leadership(ProgressionCase progressionCase) {
    return progressionCase.evaluation().leadership();
  }
}

package dev.kaizen.matrix;

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
 * Scores an {@link Assessment} (DOMAIN.md §5): under the default policy {@code matrix-default/1}
 * the score has one part, {@code leadership} = 100 × √(competence × influence) of the current
 * position (weight 1), so the total is the leadership figure. The policy's threshold {@code
 * quadrant} (0.5) is the one {@link #quadrant(Assessment)} and {@link #nextFocus(Assessment)} use.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssessmentScorer implements Scorer<Assessment> {
  /** The part names, in report order. */
  public static final List<String> PARTS = List.of("leadership");

  /** The threshold names the scorer reads. */
  public static final List<String> THRESHOLDS = List.of("quadrant");

  /** The default policy, {@code matrix-default/1}: leadership weighs 1; quadrant threshold 0.5. */
  public static final ScoringPolicy DEFAULT_POLICY =
      ScoringPolicy.builder()
          .name("matrix-default/1")
          .model(DocumentKind.ASSESSMENT)
          .weights(ImmutableMap.of("leadership", 1.0))
          .thresholds(ImmutableMap.of("quadrant", Matrix.THRESHOLD))
          .build();

  private static final AssessmentScorer DEFAULT = new AssessmentScorer(DEFAULT_POLICY);

  private final ScoringPolicy policy;

  private AssessmentScorer(ScoringPolicy policy) {
    this.policy =
        policy.requireShape(
            DocumentKind.ASSESSMENT, ImmutableSet.copyOf(PARTS), ImmutableSet.copyOf(THRESHOLDS));
  }

  /**
   * Returns the scorer of the default policy {@code matrix-default/1}.
   *
   * @return the default scorer
   */
  public static AssessmentScorer defaults() {
    return DEFAULT;
  }

  /**
   * Returns a scorer that applies {@code policy}.
   *
   * @param policy a policy for {@code assessment} documents with the part {@code leadership} and
   *     the threshold {@code quadrant}
   * @return the scorer
   * @throws IllegalArgumentException if the policy does not fit this model
   */
  public static AssessmentScorer withPolicy(ScoringPolicy policy) {
    return new AssessmentScorer(policy);
  }

  @Override
  public ScoringPolicy policy() {
    return policy;
  }

  @Override
  public Score score(Assessment assessment) {
    return Score.builder()
        .policy(policy.name())
        .parts(
            ImmutableList.of(
                ScorePart.of("leadership", policy.weight("leadership"), leadership(assessment))))
        .build();
  }

  /**
   * Returns the leadership part: 100 × √(competence × influence) of the current position.
   *
   * @param assessment the assessment
   * @return the leadership, in [0, 100]
   */
  public static double leadership(Assessment assessment) {
    return assessment.leadership();
  }

  /**
   * Returns the current quadrant at this policy's {@code quadrant} threshold.
   *
   * @param assessment the assessment
   * @return the quadrant
   */
  public Quadrant quadrant(Assessment assessment) {
    return assessment.current().quadrant(policy.threshold("quadrant"));
  }

  /**
   * Returns the current next focus at this policy's {@code quadrant} threshold.
   *
   * @param assessment the assessment
   * @return competence, influence or sustain
   */
  public NextFocus nextFocus(Assessment assessment) {
    return assessment.current().nextFocus(policy.threshold("quadrant"));
  }
}

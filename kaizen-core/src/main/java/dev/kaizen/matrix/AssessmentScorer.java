package dev.kaizen.matrix;

import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.DeclaredScorer;
import dev.kaizen.scoring.ScoreDeclaration;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.scoring.ThresholdDeclaration;
import java.util.List;

/**
 * Scores an {@link Assessment} (DOMAIN.md §5): under the default policy {@code matrix-default/1}
 * the score has one part, {@code leadership} = 100 × √(competence × influence) of the current
 * position (weight 1), so the total is the leadership figure. The policy's threshold {@code
 * quadrant} (0.5) is the one {@link #quadrant(Assessment)} and {@link #nextFocus(Assessment)} use.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssessmentScorer extends DeclaredScorer<Assessment> {
  /** The threshold {@code quadrant}: 0.5 under the default policy. */
  private static final ThresholdDeclaration QUADRANT =
      ThresholdDeclaration.of("quadrant", Matrix.THRESHOLD);

  /**
   * The declaration of the score: its one part (default weight and formula) and the threshold it
   * reads.
   */
  public static final ScoreDeclaration<Assessment> DECLARATION =
      ScoreDeclaration.<Assessment>builder(DocumentKind.ASSESSMENT, "matrix-default/1")
          .part("leadership", 1.0, AssessmentScorer::leadership)
          .threshold(QUADRANT)
          .build();

  /** The part names, in report order. */
  public static final List<String> PARTS = DECLARATION.partNames();

  /** The threshold names the scorer reads. */
  public static final List<String> THRESHOLDS = DECLARATION.thresholdNames();

  /** The default policy, {@code matrix-default/1}: leadership weighs 1; quadrant threshold 0.5. */
  public static final ScoringPolicy DEFAULT_POLICY = DECLARATION.defaultPolicy();

  private static final AssessmentScorer DEFAULT = new AssessmentScorer(DEFAULT_POLICY);

  private AssessmentScorer(ScoringPolicy policy) {
    super(DECLARATION, policy);
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
    return assessment.current().quadrant(QUADRANT.valueIn(policy()));
  }

  /**
   * Returns the current next focus at this policy's {@code quadrant} threshold.
   *
   * @param assessment the assessment
   * @return competence, influence or sustain
   */
  public NextFocus nextFocus(Assessment assessment) {
    return assessment.current().nextFocus(QUADRANT.valueIn(policy()));
  }
}

package dev.kaizen.matrix;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.scoring.ScoringPolicy;
import org.immutables.value.Value;

/**
 * The derived values of an {@link Assessment} (DOMAIN.md §9), from its current position:
 * competence, influence, quadrant and next focus.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractAssessmentDerived implements DerivedValues {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.ASSESSMENT;
  }

  /**
   * Returns the competence of the current position.
   *
   * @return the competence, in [0, 1]
   */
  public abstract double competence();

  /**
   * Returns the influence of the current position.
   *
   * @return the influence, in [0, 1]
   */
  public abstract double influence();

  /**
   * Returns the quadrant of the current position.
   *
   * @return the quadrant
   */
  public abstract Quadrant quadrant();

  /**
   * Returns what to work on next.
   *
   * @return the next focus
   */
  public abstract NextFocus nextFocus();

  /**
   * Derives the values of {@code assessment}.
   *
   * @param assessment the assessment
   * @return its derived values
   */
  public static AssessmentDerived of(Assessment assessment) {
    return AssessmentDerived.builder()
        .competence(assessment.competence())
        .influence(assessment.influence())
        .quadrant(assessment.quadrant())
        .nextFocus(assessment.nextFocus())
        .build();
  }

  /**
   * Derives the values of {@code assessment} under {@code policy}, whose threshold {@code quadrant}
   * sets the quadrant and the next focus.
   *
   * @param assessment the assessment
   * @param policy a policy for assessments
   * @return its derived values
   * @throws IllegalArgumentException if the policy does not fit the matrix model
   */
  public static AssessmentDerived of(Assessment assessment, ScoringPolicy policy) {
    AssessmentScorer scorer = AssessmentScorer.withPolicy(policy);
    return AssessmentDerived.builder()
        .competence(assessment.competence())
        .influence(assessment.influence())
        .quadrant(scorer.quadrant(assessment))
        .nextFocus(scorer.nextFocus(assessment))
        .build();
  }
}

package dev.kaizen.progression;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.scoring.ScoringPolicy;
import org.immutables.value.Value;

/**
 * The derived values of a {@link ProgressionCase} (DOMAIN.md §9): its {@linkplain
 * ProgressionEvaluation evaluation}, printed as competence, influence, changeSkill, scope,
 * evidenceCount, highestLevel (null when none), targetMet, nextFocus, each level with its criteria,
 * and what each evidence record contributed; for a version 2 case also points, ladder, equivalents,
 * gaps, tracks and the decision (DOMAIN.md §6.2).
 */
@Value.Immutable
@ValueStyle
abstract class AbstractProgressionCaseDerived implements DerivedValues {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.PROGRESSION_CASE;
  }

  /**
   * Returns the case's evaluation, which holds every derived figure.
   *
   * @return the evaluation
   */
  public abstract ProgressionEvaluation evaluation();

  /**
   * Derives the values of {@code progressionCase}.
   *
   * @param progressionCase the case
   * @return its derived values
   */
  public static ProgressionCaseDerived of(ProgressionCase progressionCase) {
    return ProgressionCaseDerived.builder().evaluation(progressionCase.evaluation()).build();
  }

  /**
   * Derives the values of {@code progressionCase} under {@code policy}, whose option {@code
   * ratingAggregation} decides a version 2 case's counted milestones and whose name the decision
   * carries.
   *
   * @param progressionCase the case
   * @param policy a policy for {@code progression-case} documents
   * @return its derived values
   * @throws IllegalArgumentException if the policy does not fit {@link
   *     ProgressionCaseScorer#DECLARATION}
   */
  public static ProgressionCaseDerived of(ProgressionCase progressionCase, ScoringPolicy policy) {
    return ProgressionCaseDerived.builder().evaluation(progressionCase.evaluation(policy)).build();
  }
}

package dev.kaizen.progression;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The derived values of a {@link ProgressionCase} (DOMAIN.md §9): its {@linkplain
 * ProgressionEvaluation evaluation}, printed as competence, influence, changeSkill, scope,
 * evidenceCount, highestLevel (null when none), targetMet, nextFocus, each level with its criteria,
 * and what each evidence record contributed.
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
}

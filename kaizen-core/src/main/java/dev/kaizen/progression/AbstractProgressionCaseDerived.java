package dev.kaizen.progression;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The derived values of a {@link ProgressionCase} (DOMAIN.md §9), as plain data that a stored
 * report keeps: competence, influence, changeSkill, scope, evidenceCount, highestLevel (empty when
 * none), targetMet, nextFocus, each level with its criteria, and what each evidence record
 * contributed. They are read off the case's {@linkplain ProgressionCase#evaluation() evaluation},
 * which also holds the evidence documents themselves.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractProgressionCaseDerived implements DerivedValues {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.PROGRESSION_CASE;
  }

  /**
   * Returns the candidate's competence, √(expertise × changeSkill).
   *
   * @return the competence, in [0, 1]
   */
  public abstract double competence();

  /**
   * Returns the candidate's influence, from the widest scope of the counted evidence.
   *
   * @return the influence, in [0, 1]
   */
  public abstract double influence();

  /**
   * Returns the skill of making change: the mean rigour / 100 of the complete records.
   *
   * @return the change skill, in [0, 1]
   */
  public abstract double changeSkill();

  /**
   * Returns the widest scope among complete records with positive improvement.
   *
   * @return the scope, {@code self} when none
   */
  public abstract Scope scope();

  /**
   * Returns the number of complete records with positive improvement.
   *
   * @return the evidence count
   */
  public abstract int evidenceCount();

  /**
   * Returns the id of the highest level met.
   *
   * @return the level id, or empty when no level is met
   */
  public abstract Optional<String> highestLevel();

  /**
   * Tells whether the target level is met.
   *
   * @return true when it is
   */
  public abstract boolean targetMet();

  /**
   * Returns what the candidate should work on next.
   *
   * @return the next focus
   */
  public abstract ProgressionFocus nextFocus();

  /**
   * Returns every level of the framework with its criteria, lowest first.
   *
   * @return the levels
   */
  public abstract List<LevelResult> levels();

  /**
   * Returns what each evidence record contributed, in the case's order.
   *
   * @return one summary per evidence record
   */
  public abstract List<EvidenceSummary> evidence();

  /**
   * Derives the values of {@code progressionCase}.
   *
   * @param progressionCase the case
   * @return its derived values
   */
  public static ProgressionCaseDerived of(ProgressionCase progressionCase) {
    return of(progressionCase.evaluation());
  }

  /**
   * Reads the derived values off an evaluation.
   *
   * @param e the evaluation
   * @return its derived values
   */
  public static ProgressionCaseDerived of(ProgressionEvaluation e) {
    return ProgressionCaseDerived.builder()
        .competence(e.competence())
        .influence(e.influence())
        .changeSkill(e.changeSkill())
        .scope(e.scope())
        .evidenceCount(e.evidenceCount())
        .highestLevel(e.highestLevel().map(FrameworkLevel::id))
        .targetMet(e.targetMet())
        .nextFocus(e.nextFocus())
        .levels(e.levels())
        .evidence(e.records().stream().map(EvidenceSummary::of).toList())
        .build();
  }
}

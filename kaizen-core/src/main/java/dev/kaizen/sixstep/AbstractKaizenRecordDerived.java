package dev.kaizen.sixstep;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.GuardrailStatus;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The derived values of a {@link KaizenRecord} (DOMAIN.md §9), in print order: the current step,
 * the gains, the ideas in priority order and the quick wins, the Pareto set and the largest
 * contributor, and, once step 6 is evaluated, the {@linkplain #outcome() outcome} (improvement,
 * relative improvement, attainment, whether the target is met).
 */
@Value.Immutable
@ValueStyle
abstract class AbstractKaizenRecordDerived implements DerivedValues {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.KAIZEN;
  }

  /**
   * Returns the number of the first step not filled: 1 to 6, or 7 when all six are filled.
   *
   * @return the current step's number
   */
  public abstract int currentStep();

  /**
   * Returns the gain per occurrence: {@code |baseline - target|} of step 1.
   *
   * @return the gain per occurrence, in the metric's unit
   */
  public abstract double gainPerOccurrence();

  /**
   * Returns the expected gain per week: gain per occurrence × occurrences per week.
   *
   * @return the gain per week, or empty when step 1 has no frequency
   */
  public abstract OptionalDouble gainPerWeek();

  /**
   * Returns the idea ids in priority order.
   *
   * @return the idea ids
   */
  public abstract List<String> ideaOrder();

  /**
   * Returns the ids of the quick wins, in priority order.
   *
   * @return the quick-win ids
   */
  public abstract List<String> quickWins();

  /**
   * Returns the names of the contributors in the Pareto set, largest first.
   *
   * @return the contributor names
   */
  public abstract List<String> paretoSet();

  /**
   * Returns the name of the largest contributor.
   *
   * @return the name, or empty when no contributor has a value
   */
  public abstract Optional<String> largestContributor();

  /**
   * Returns what the record achieved, once step 6 is evaluated.
   *
   * @return the outcome, or empty before the evaluation
   */
  public abstract Optional<KaizenOutcome> outcome();

  /**
   * Returns where each guardrail stands (DOMAIN.md §9: {@code guardrails}, each {@code {name,
   * limit, value, breached}}), written only when the document declares guardrails.
   *
   * @return one status per guardrail; empty without guardrails
   */
  public abstract List<GuardrailStatus> guardrails();

  /**
   * Derives the values of {@code record}.
   *
   * @param record the record
   * @return its derived values
   */
  public static KaizenRecordDerived of(KaizenRecord record) {
    return of(record, KaizenRecord.PARETO_CUT);
  }

  /**
   * Derives the values of {@code record} under {@code policy}, whose threshold {@code pareto-cut}
   * sets the share the Pareto set reaches.
   *
   * @param record the record
   * @param policy a policy for Kaizen records
   * @return its derived values
   * @throws IllegalArgumentException if the policy does not fit the Kaizen model, or its cut is not
   *     in (0, 1]
   */
  public static KaizenRecordDerived of(KaizenRecord record, ScoringPolicy policy) {
    ScoringPolicy checked = KaizenRecordScorer.DECLARATION.requireShape(policy);
    return of(record, checked.threshold(KaizenRecordScorer.PARETO));
  }

  private static KaizenRecordDerived of(KaizenRecord record, double paretoCut) {
    return KaizenRecordDerived.builder()
        .currentStep(record.currentStepNumber())
        .gainPerOccurrence(record.gainPerOccurrence())
        .gainPerWeek(record.gainPerWeek())
        .ideaOrder(record.ideasByPriority().stream().map(Idea::id).toList())
        .quickWins(record.quickWins().stream().map(Idea::id).toList())
        .paretoSet(record.paretoSet(paretoCut).stream().map(Contributor::name).toList())
        .largestContributor(record.largestContributor().map(Contributor::name))
        .outcome(record.outcome())
        .guardrails(record.guardrailStatuses())
        .build();
  }
}

package dev.kaizen.sixstep;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Checks;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.GuardrailStatus;
import dev.kaizen.core.ImprovementRecord;
import dev.kaizen.core.Metric;
import dev.kaizen.core.RecordParts;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.validation.ValidationResult;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Kaizen six-step record: the written evidence of one improvement (DOMAIN.md §3).
 *
 * <p>Steps are filled in order; a record in progress holds steps 1 to k and nothing after, and is
 * legal. Only {@link #potential() step 1} is required. A list step ({@link #ideas()}, {@link
 * #changes()}) counts as filled when it is not empty. Build one with {@link #builder()}; validate
 * it with {@link KaizenRecordValidator}; score it with {@link KaizenRecordScorer}.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractKaizenRecord implements ImprovementRecord {
  /**
   * Orders contributors by value, largest first, those without a value last, then by name, who and
   * why, so that the order never depends on the order written.
   */
  static final Comparator<Contributor> BY_VALUE =
      Comparator.comparingDouble((Contributor c) -> c.value().orElse(Double.NEGATIVE_INFINITY))
          .reversed()
          .thenComparing(Contributor::name)
          .thenComparing(c -> c.who().orElse(""))
          .thenComparing(c -> c.why().orElse(""));

  @Override
  public final DocumentKind kind() {
    return DocumentKind.KAIZEN;
  }

  /**
   * Returns step 1, the improvement potential (required).
   *
   * @return step 1
   */
  public abstract Potential potential();

  /**
   * Returns step 2, the analysis, if filled.
   *
   * @return step 2, or empty
   */
  public abstract Optional<Analysis> analysis();

  /**
   * Returns step 3, the ideas; empty when the step is not filled.
   *
   * @return the ideas, in the order written
   */
  public abstract List<Idea> ideas();

  /**
   * Returns step 4, the plan, if filled.
   *
   * @return step 4, or empty
   */
  public abstract Optional<Plan> plan();

  /**
   * Returns step 5, the changes in chronological order; empty when the step is not filled.
   *
   * @return the changes
   */
  public abstract List<Change> changes();

  /**
   * Returns step 6, the evaluation, if filled.
   *
   * @return step 6, or empty
   */
  public abstract Optional<Evaluation> evaluation();

  // ---------------------------------------------------------------- steps

  /**
   * Tells whether {@code step} is filled: its property is present (a list step: not empty).
   *
   * @param step the step
   * @return true when filled
   */
  public final boolean isFilled(KaizenStep step) {
    switch (step) {
      case POTENTIAL:
        return true;
      case ANALYSIS:
        return analysis().isPresent();
      case IDEAS:
        return !ideas().isEmpty();
      case PLAN:
        return plan().isPresent();
      case CHANGES:
        return !changes().isEmpty();
      case EVALUATION:
        return evaluation().isPresent();
      default:
        throw new AssertionError(step);
    }
  }

  /**
   * Returns which steps are filled, the current step and the steps filled out of order ({@code
   * kaizen.steps.out-of-order}).
   *
   * @return the record's steps
   */
  @Override
  @Value.Lazy
  public RecordParts<KaizenStep> parts() {
    return RecordParts.of(KaizenStep.class, this::isFilled);
  }

  /**
   * Returns the steps that are filled.
   *
   * @return the filled steps, in order
   */
  public final Set<KaizenStep> filledSteps() {
    return parts().filled();
  }

  /**
   * Returns the current step: the first step not yet filled; empty when all six are filled.
   *
   * @return the step to work on, or empty when every step is filled
   */
  public final Optional<KaizenStep> currentStep() {
    return parts().current();
  }

  /**
   * Returns the current step as a number: 1 to 6, or 7 when every step is filled.
   *
   * @return the current step's number
   */
  public final int currentStepNumber() {
    return currentStep().map(KaizenStep::number).orElse(7);
  }

  /**
   * Tells whether all six steps are filled. Since step 6 always holds its value, this is the same
   * as {@link #isComplete()}, completeness in the sense of progression evidence.
   *
   * @return true when every step is filled
   */
  public final boolean allStepsFilled() {
    return parts().allFilled();
  }

  // ---------------------------------------------------------------- as an improvement record

  /**
   * Returns step 1's metric.
   *
   * @return the metric the record improves
   */
  @Override
  public final Metric metric() {
    return potential().metric();
  }

  /**
   * Returns step 1's baseline.
   *
   * @return the baseline
   */
  @Override
  public final double baseline() {
    return potential().baseline();
  }

  /**
   * Returns the evaluation's value (step 6).
   *
   * @return the value, or empty before step 6
   */
  @Override
  public final OptionalDouble result() {
    return evaluation().map(e -> OptionalDouble.of(e.value())).orElse(OptionalDouble.empty());
  }

  /**
   * Returns the rigour part of the record's score.
   *
   * @return the rigour, in [0, 100]
   * @see KaizenRecordScorer#rigour(KaizenRecord)
   */
  @Override
  public final double rigour() {
    return KaizenRecordScorer.rigour((KaizenRecord) this);
  }

  /**
   * Validates the record.
   *
   * @return its violations
   * @see KaizenRecordValidator#validate(KaizenRecord)
   */
  @Override
  public final ValidationResult validate() {
    return KaizenRecordValidator.validate((KaizenRecord) this);
  }

  // ---------------------------------------------------------------- derived values

  /**
   * Returns the gain per occurrence: {@code |baseline - target|} of step 1.
   *
   * @return the gain per occurrence
   */
  public final double gainPerOccurrence() {
    return potential().gainPerOccurrence();
  }

  /**
   * Returns the expected gain per week: gain per occurrence × occurrences per week; empty when step
   * 1 has no frequency. (A five-minute script cut to two and a half minutes, run 12 times a day,
   * saves 2.5 × 12 × 5 = 150 minutes a week.)
   *
   * @return the expected gain per week, or empty
   */
  public final OptionalDouble gainPerWeek() {
    return potential()
        .frequency()
        .map(f -> OptionalDouble.of(gainPerOccurrence() * f.perWeek()))
        .orElse(OptionalDouble.empty());
  }

  /**
   * Returns the contributors of step 2 ordered by value, largest first; contributors without a
   * value come last; ties are ordered by name (then who and why).
   *
   * @return the ordered contributors, empty before step 2
   */
  @Value.Lazy
  public List<Contributor> contributorsByValue() {
    return analysis()
        .map(a -> ImmutableList.sortedCopyOf(BY_VALUE, a.contributors()))
        .orElse(ImmutableList.of());
  }

  /**
   * Returns the contributor with the largest value.
   *
   * @return the largest contributor, or empty when no contributor has a value
   */
  public final Optional<Contributor> largestContributor() {
    return contributorsByValue().stream().filter(c -> c.value().isPresent()).findFirst();
  }

  /**
   * Returns the Pareto set: the fewest largest contributors whose values reach 80% of the total of
   * all contributors' values ({@link #paretoSet(double)} at {@link #PARETO_CUT}).
   *
   * @return the Pareto set, largest first
   */
  @Value.Lazy
  public List<Contributor> paretoSet() {
    return paretoSet(PARETO_CUT);
  }

  /** The default share of the contributors' total that the Pareto set reaches: 0.8. */
  public static final double PARETO_CUT = 0.8;

  /**
   * Returns the Pareto set at {@code cut}: the fewest largest contributors whose values reach that
   * share of the total of all contributors' values. Only contributors with a value count; the set
   * is empty when that total is not positive. Reaching the cut allows a relative rounding error of
   * 10<sup>-9</sup>, so that contributors of 2.4 and 0.6 give the set {2.4} at 0.8 although {@code
   * 0.8 * 3.0} is 2.4000000000000004 in doubles.
   *
   * @param cut the share to reach, in (0, 1]
   * @return the Pareto set, largest first
   * @throws IllegalArgumentException if {@code cut} is not in (0, 1]
   */
  public final List<Contributor> paretoSet(double cut) {
    if (!(cut > 0 && cut <= 1)) {
      throw new IllegalArgumentException("the Pareto cut must be in (0, 1], not " + cut);
    }
    double total = 0;
    for (Contributor c : contributorsByValue()) {
      total += c.value().orElse(0);
    }
    if (!(total > 0)) {
      return ImmutableList.of();
    }
    double reached = cut * total * (1 - 1e-9);
    ImmutableList.Builder<Contributor> set = ImmutableList.builder();
    double sum = 0;
    for (Contributor c : contributorsByValue()) {
      if (c.value().isEmpty() || sum >= reached) {
        break;
      }
      set.add(c);
      sum += c.value().getAsDouble();
    }
    return set.build();
  }

  /**
   * Returns the ideas of step 3 in priority order: highest {@linkplain Idea#priority() priority}
   * first, then higher gain, then id.
   *
   * @return the ideas in priority order
   */
  @Value.Lazy
  public List<Idea> ideasByPriority() {
    return ImmutableList.sortedCopyOf(Idea.PRIORITY_ORDER, ideas());
  }

  /**
   * Returns the quick wins, low effort with high gain, in priority order.
   *
   * @return the quick wins
   */
  public final List<Idea> quickWins() {
    return ideasByPriority().stream()
        .filter(Idea::isQuickWin)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns what the record achieved, once step 6 is filled: the improvement, the relative
   * improvement, the attainment and whether the target was met, on step 1's metric.
   *
   * @return the outcome, or empty before step 6
   */
  public final Optional<KaizenOutcome> outcome() {
    return evaluation()
        .map(
            e -> {
              Potential p = potential();
              double improvement = p.metric().improvement(p.baseline(), e.value());
              return KaizenOutcome.builder()
                  .improvement(improvement)
                  .relativeImprovement(
                      p.baseline() == 0
                          ? OptionalDouble.empty()
                          : OptionalDouble.of(improvement / Math.abs(p.baseline())))
                  .attainment(p.metric().attainment(p.baseline(), p.target(), e.value()))
                  .targetMet(improvement >= p.metric().improvement(p.baseline(), p.target()))
                  .build();
            });
  }

  @Value.Check
  final void check() {
    reach().ifPresent(r -> Checks.requireNonNegative(r, "reach"));
  }

  /**
   * Returns where each of step 1's guardrails stands against the values step 6 reports: none
   * reported before step 6.
   *
   * @return one status per guardrail, in declaration order; empty without guardrails
   */
  public final List<GuardrailStatus> guardrailStatuses() {
    return GuardrailStatus.of(
        potential().guardrails(),
        evaluation().map(Evaluation::guardrails).orElse(ImmutableList.of()));
  }
}

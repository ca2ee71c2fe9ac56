package dev.kaizen.a3;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.GuardrailStatus;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The derived values of an {@link A3} (DOMAIN.md §9), in print order: the goal's target, the
 * attainment, the SMART letters satisfied and the failed ones with their reasons, the improvement,
 * how many sections are filled and the current one, whether the A3 is complete, the hypotheses
 * without countermeasures (all, and those not refuted) and the lack-of-solution phrase, if any.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractA3Derived implements DerivedValues {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.A3;
  }

  /**
   * Returns the goal's target.
   *
   * @return the target, or empty when the goal has none
   */
  public abstract OptionalDouble target();

  /**
   * Returns the attainment of the check result against the target.
   *
   * @return the attainment, or empty without a check result or a target
   */
  public abstract OptionalDouble attainment();

  /**
   * Returns the SMART letters satisfied, in order, such as {@code "SMRT"}.
   *
   * @return the letters
   */
  public abstract String smart();

  /**
   * Returns each SMART criterion that failed, with its reason.
   *
   * @return the failed criteria, in letter order
   */
  public abstract List<SmartCriterion> smartMissing();

  /**
   * Returns the improvement of the check result on the baseline.
   *
   * @return the improvement, or empty without a check result
   */
  public abstract OptionalDouble improvement();

  /**
   * Returns how many of the seven sections are filled.
   *
   * @return 0 to 7
   */
  public abstract int sectionsFilled();

  /**
   * Returns the first section not filled.
   *
   * @return the section, or empty when all are filled
   */
  public abstract Optional<A3Section> currentSection();

  /**
   * Tells whether every section is filled and the check has a result.
   *
   * @return true when complete
   */
  public abstract boolean complete();

  /**
   * Returns the ids of the root causes no countermeasure addresses.
   *
   * @return the ids, in root-cause order
   */
  public abstract List<String> hypothesesWithoutCountermeasures();

  /**
   * Returns the ids of the root causes no countermeasure addresses that are not refuted.
   *
   * @return the ids, in root-cause order
   */
  public abstract List<String> unaddressedHypotheses();

  /**
   * Returns the phrase by which the current condition states a lack of solution, such as "no tool",
   * as the {@linkplain LackOfSolutionDetector#standard() standard detector} finds it.
   *
   * @return the phrase, or empty when there is none
   */
  public abstract Optional<String> lackOfSolution();

  /**
   * Returns where each guardrail stands (DOMAIN.md §9: {@code guardrails}, each {@code {name,
   * limit, value, breached}}), written only when the document declares guardrails.
   *
   * @return one status per guardrail; empty without guardrails
   */
  public abstract List<GuardrailStatus> guardrails();

  /**
   * Derives the values of {@code a3}.
   *
   * @param a3 the A3
   * @return its derived values
   */
  public static A3Derived of(A3 a3) {
    return A3Derived.builder()
        .target(a3.goalTarget())
        .attainment(a3.attainment())
        .smart(a3.smart().letters())
        .smartMissing(a3.smart().failures())
        .improvement(a3.improvement())
        .sectionsFilled(a3.filledSections().size())
        .currentSection(a3.currentSection())
        .complete(a3.isComplete())
        .hypothesesWithoutCountermeasures(
            a3.hypothesesWithoutCountermeasures().stream().map(RootCause::id).toList())
        .unaddressedHypotheses(a3.unaddressedHypotheses().stream().map(RootCause::id).toList())
        .lackOfSolution(a3.lackOfSolution().map(LackOfSolutionFinding::phrase))
        .guardrails(a3.guardrailStatuses())
        .build();
  }
}

package dev.kaizen.a3;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Checks;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.GuardrailStatus;
import dev.kaizen.core.ImprovementRecord;
import dev.kaizen.core.Metric;
import dev.kaizen.core.RecordParts;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.validation.ValidationResult;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An A3 improvement-opportunity template (DOMAIN.md §4): one page that states a problem and an
 * experiment to fix it, in seven {@linkplain A3Section sections}.
 *
 * <p>The first three sections ({@link #background()}, {@link #currentCondition()}, {@link #goal()})
 * are required. From the root causes on, sections are filled in order; an A3 in progress holds
 * sections 1 to k and nothing after, and is legal. A list section ({@link #rootCauses()}, {@link
 * #countermeasures()}) counts as filled when it is not empty. Build one with {@link #builder()};
 * validate it with {@link A3Validator}; score it with {@link A3Scorer}.
 *
 * <p>Derived values: the goal's {@linkplain #goalTarget() target}, the {@linkplain #smart() SMART
 * verdict}, the {@linkplain #hypothesesWithoutCountermeasures() hypotheses without
 * countermeasures}, the {@linkplain #attainment() attainment} of the check's result, the
 * {@linkplain #filledSections() sections filled} and the {@linkplain #completeness() completeness}.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractA3 implements ImprovementRecord {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.A3;
  }

  /**
   * Returns section 1, the background: why the problem matters (required).
   *
   * @return the background
   */
  public abstract String background();

  /**
   * Returns section 2, the current condition and problem statement (required).
   *
   * @return section 2
   */
  public abstract CurrentCondition currentCondition();

  /**
   * Returns section 3, the goal statement (required).
   *
   * @return section 3
   */
  public abstract Goal goal();

  /**
   * Returns section 4, the root-cause hypotheses; empty when the section is not filled.
   *
   * @return the root causes, in the order written
   */
  public abstract List<RootCause> rootCauses();

  /**
   * Returns section 5, the countermeasures; empty when the section is not filled.
   *
   * @return the countermeasures, in the order written
   */
  public abstract List<Countermeasure> countermeasures();

  /**
   * Returns section 6, the check, if filled.
   *
   * @return section 6, or empty
   */
  public abstract Optional<Check> check();

  /**
   * Returns section 7, the follow-up, if filled.
   *
   * @return section 7, or empty
   */
  public abstract Optional<FollowUp> followUp();

  // ---------------------------------------------------------------- sections

  /**
   * Tells whether {@code section} is filled: its property is present (a list section: not empty).
   * The first three sections are always filled.
   *
   * @param section the section
   * @return true when filled
   */
  public final boolean isFilled(A3Section section) {
    switch (section) {
      case BACKGROUND:
      case CURRENT_CONDITION:
      case GOAL:
        return true;
      case ROOT_CAUSES:
        return !rootCauses().isEmpty();
      case COUNTERMEASURES:
        return !countermeasures().isEmpty();
      case CHECK:
        return check().isPresent();
      case FOLLOW_UP:
        return followUp().isPresent();
      default:
        throw new AssertionError(section);
    }
  }

  /**
   * Returns which sections are filled, the current section and the sections filled out of order
   * ({@code a3.sections.out-of-order}).
   *
   * @return the A3's sections
   */
  @Override
  @Value.Lazy
  public RecordParts<A3Section> parts() {
    return RecordParts.of(A3Section.class, this::isFilled);
  }

  /**
   * Returns the sections that are filled.
   *
   * @return the filled sections, in order
   */
  public final Set<A3Section> filledSections() {
    return parts().filled();
  }

  /**
   * Returns the current section: the first section not yet filled.
   *
   * @return the section to work on, or empty when all seven are filled
   */
  public final Optional<A3Section> currentSection() {
    return parts().current();
  }

  /**
   * Returns the completeness: 100 × sections filled / 7 (at least 300 / 7, since the first three
   * sections are required). The {@link A3Scorer} reports it as its {@code completeness} part.
   *
   * @return the completeness, in [0, 100]
   */
  public final double completeness() {
    return 100.0 * filledSections().size() / A3Section.values().length;
  }

  /**
   * Tells whether all seven sections are filled, whether or not the check has a result. {@link
   * #isComplete()} also asks for the result: that is completeness in the sense of progression
   * evidence.
   *
   * @return true when every section is filled
   * @see #isComplete()
   */
  public final boolean allSectionsFilled() {
    return parts().allFilled();
  }

  // ---------------------------------------------------------------- as an improvement record

  /**
   * Returns the goal's metric.
   *
   * @return the metric the A3 improves
   */
  @Override
  public final Metric metric() {
    return goal().metric();
  }

  /**
   * Returns the goal's baseline.
   *
   * @return the baseline
   */
  @Override
  public final double baseline() {
    return goal().baseline();
  }

  /**
   * Returns the check's result.
   *
   * @return the result, or empty without a check or without a result
   * @see #checkResult()
   */
  @Override
  public final OptionalDouble result() {
    return checkResult();
  }

  /**
   * Returns the missing sections by label, such as {@code section 4 (root-cause analysis)}, then
   * {@code the check's result} when the check is filled without a result.
   *
   * @return what is missing, empty when complete
   */
  @Override
  public final List<String> missing() {
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    for (A3Section section : parts().missing()) {
      missing.add(section.label());
    }
    if (check().isPresent() && checkResult().isEmpty()) {
      missing.add("the check's result");
    }
    return missing.build();
  }

  /**
   * Returns the A3's rigour: the mean of its smart and traceability parts.
   *
   * @return the rigour, in [0, 100]
   * @see A3Scorer#rigour(A3)
   */
  @Override
  public final double rigour() {
    return A3Scorer.rigour((A3) this);
  }

  /**
   * Validates the A3.
   *
   * @return its violations
   * @see A3Validator#validate(A3)
   */
  @Override
  public final ValidationResult validate() {
    return A3Validator.validate((A3) this);
  }

  // ---------------------------------------------------------------- goal and result

  /**
   * Returns the goal's target: the explicit target, or {@code baseline × (1 + change)}.
   *
   * @return the target, or empty when the goal gives neither target nor change
   * @see Goal#effectiveTarget()
   */
  public final OptionalDouble goalTarget() {
    return goal().effectiveTarget();
  }

  /**
   * Returns the SMART verdict on the goal.
   *
   * @return the verdict, letter by letter
   */
  @Value.Lazy
  public SmartVerdict smart() {
    return SmartVerdict.judge((A3) this);
  }

  /**
   * Returns what the {@linkplain LackOfSolutionDetector#standard() standard lack-of-solution
   * detector} finds first in the problem statement ({@code a3.problem.lack-of-solution}, DOMAIN.md
   * §4). Computed once, on first use: the validator and the derived values both read it.
   *
   * @return the first finding, or empty when the statement describes a condition
   */
  @Value.Lazy
  public Optional<LackOfSolutionFinding> lackOfSolution() {
    return LackOfSolutionDetector.standard().find(currentCondition().statement());
  }

  /**
   * Returns the check's result, if the check is filled and measured.
   *
   * @return the result, or empty
   */
  public final OptionalDouble checkResult() {
    return check().map(Check::result).orElse(OptionalDouble.empty());
  }

  /**
   * Returns the improvement from the goal's baseline to the check's result, in the goal metric's
   * direction (positive is better).
   *
   * @return the improvement, or empty without a check result
   */
  public final OptionalDouble improvement() {
    OptionalDouble result = checkResult();
    return result.isPresent()
        ? OptionalDouble.of(goal().metric().improvement(goal().baseline(), result.getAsDouble()))
        : OptionalDouble.empty();
  }

  /**
   * Tells whether the check's result is strictly better than the goal's baseline.
   *
   * @return true when the result is an improvement; false without a result
   */
  public final boolean hasPositiveImprovement() {
    OptionalDouble improvement = improvement();
    return improvement.isPresent() && improvement.getAsDouble() > 0;
  }

  /**
   * Returns the attainment of the goal's target by the check's result: {@code improvement /
   * |baseline − target|}; 1 means the target was met exactly, above 1 beaten. (For the shared
   * example: (22 − 15) / |22 − 17.6| ≈ 1.59.)
   *
   * @return the attainment, or empty without a check result or without a target
   * @see dev.kaizen.core.Metric#attainment(double, double, double)
   */
  public final OptionalDouble attainment() {
    OptionalDouble result = checkResult();
    OptionalDouble target = goalTarget();
    if (result.isEmpty() || target.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        goal().metric().attainment(goal().baseline(), target.getAsDouble(), result.getAsDouble()));
  }

  // ---------------------------------------------------------------- traceability

  /**
   * Returns the ids of the root causes.
   *
   * @return the ids, in the order written, without repeats
   */
  public final Set<String> rootCauseIds() {
    Set<String> ids = new LinkedHashSet<>();
    rootCauses().forEach(r -> ids.add(r.id()));
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Finds a root cause by id (the first one, should two share it).
   *
   * @param id the id
   * @return the root cause, or empty when none has that id
   */
  public final Optional<RootCause> rootCause(String id) {
    for (RootCause cause : rootCauses()) {
      if (cause.id().equals(id)) {
        return Optional.of(cause);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether {@code countermeasure} is traced: it addresses at least one root cause, and only
   * root causes this A3 has.
   *
   * @param countermeasure a countermeasure (of this A3 or not)
   * @return true when traced
   */
  public final boolean isTraced(Countermeasure countermeasure) {
    if (countermeasure.addresses().isEmpty()) {
      return false;
    }
    for (String id : countermeasure.addresses()) {
      if (rootCause(id).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether some countermeasure addresses the root cause with {@code id}.
   *
   * @param id a root-cause id
   * @return true when addressed
   */
  public final boolean isAddressed(String id) {
    for (Countermeasure countermeasure : countermeasures()) {
      if (countermeasure.addresses().contains(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the hypotheses that no countermeasure addresses, refuted or not.
   *
   * @return those root causes, in the order written
   * @see #unaddressedHypotheses()
   */
  public final List<RootCause> hypothesesWithoutCountermeasures() {
    Set<String> addressed = new HashSet<>();
    countermeasures().forEach(c -> addressed.addAll(c.addresses()));
    return rootCauses().stream()
        .filter(r -> !addressed.contains(r.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the hypotheses that are not refuted and that no countermeasure addresses: those that
   * {@code a3.root-causes.unaddressed} warns of.
   *
   * @return those root causes, in the order written
   */
  public final List<RootCause> unaddressedHypotheses() {
    return hypothesesWithoutCountermeasures().stream()
        .filter(r -> !r.isRefuted())
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  final void checkValues() {
    reach().ifPresent(r -> Checks.requireNonNegative(r, "reach"));
  }

  /**
   * Returns where each of the goal's guardrails stands against the values the check reports: none
   * reported without a check.
   *
   * @return one status per guardrail, in declaration order; empty without guardrails
   */
  public final List<GuardrailStatus> guardrailStatuses() {
    return GuardrailStatus.of(
        goal().guardrails(), check().map(Check::guardrails).orElse(ImmutableList.of()));
  }
}

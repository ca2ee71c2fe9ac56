package dev.kaizen.a3;

import static dev.kaizen.validation.RuleCode.A3_CHECK_GUARDRAIL_BREACHED;
import static dev.kaizen.validation.RuleCode.A3_CHECK_GUARDRAIL_UNMEASURED;
import static dev.kaizen.validation.RuleCode.A3_CHECK_METRIC_MISMATCH;
import static dev.kaizen.validation.RuleCode.A3_CHECK_UNKNOWN_GUARDRAIL;
import static dev.kaizen.validation.RuleCode.A3_COUNTERMEASURES_REFUTED_CAUSE;
import static dev.kaizen.validation.RuleCode.A3_COUNTERMEASURES_UNTRACED;
import static dev.kaizen.validation.RuleCode.A3_FOLLOW_UP_NOT_SHARED;
import static dev.kaizen.validation.RuleCode.A3_GOAL_DEADLINE_BEFORE_OPENED;
import static dev.kaizen.validation.RuleCode.A3_GOAL_GUARDRAIL_LIMIT_BETTER;
import static dev.kaizen.validation.RuleCode.A3_GOAL_NOT_SMART;
import static dev.kaizen.validation.RuleCode.A3_GOAL_TARGET_AND_CHANGE;
import static dev.kaizen.validation.RuleCode.A3_GOAL_TARGET_NOT_BETTER;
import static dev.kaizen.validation.RuleCode.A3_PROBLEM_LACK_OF_SOLUTION;
import static dev.kaizen.validation.RuleCode.A3_ROOT_CAUSES_DUPLICATE_ID;
import static dev.kaizen.validation.RuleCode.A3_ROOT_CAUSES_UNADDRESSED;
import static dev.kaizen.validation.RuleCode.A3_SECTIONS_OUT_OF_ORDER;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Guardrail;
import dev.kaizen.core.Metric;
import dev.kaizen.internal.DuplicateIds;
import dev.kaizen.internal.GuardrailRules;
import dev.kaizen.internal.Messages;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Checks an {@link A3} against every {@code a3.*} rule of DOMAIN.md §4. Stateless and thread-safe;
 * violations come in section order.
 *
 * <p>Which rules apply when a section is absent (an A3 in progress is legal):
 *
 * <ul>
 *   <li>{@code a3.sections.out-of-order} (error): from the root causes on, every filled section
 *       after the first missing one is reported at its own path, naming the missing one (a check
 *       without countermeasures, a follow-up without a check, countermeasures without root causes;
 *       a follow-up is also out of order when the check is there but the countermeasures are not,
 *       since the sections are filled in order).
 *   <li>{@code a3.problem.lack-of-solution} (warning) and the goal rules always apply: the first
 *       three sections are always present. {@code a3.goal.not-smart} gives one warning per letter
 *       not satisfied, so a broken goal may also break {@code target-not-better}, {@code
 *       target-and-change} or {@code deadline-before-opened} (errors) and the matching letter.
 *   <li>{@code a3.goal.target-not-better} needs a target: with neither {@code target} nor {@code
 *       change} only {@code a3.goal.target-and-change} is reported. With both, the explicit target
 *       is judged.
 *   <li>{@code a3.root-causes.duplicate-id} reports every repeat of an id, among the root causes
 *       and, separately, among the countermeasures (a root cause and a countermeasure may share an
 *       id).
 *   <li>{@code a3.countermeasures.untraced} reports a countermeasure that addresses nothing, and
 *       every root-cause id it names that no root cause has, also when the root-cause section is
 *       missing (DOMAIN.md §12: every violation is reported, not only the first; the out-of-order
 *       error then says which section to write).
 *   <li>{@code a3.root-causes.unaddressed} (warning) applies only once the countermeasures section
 *       is filled: an A3 that has just stated its hypotheses is not yet expected to answer them.
 *   <li>{@code a3.check.metric-mismatch} and {@code a3.follow-up.not-shared} apply when their
 *       section is present.
 * </ul>
 */
public final class A3Validator {
  private static final JsonPath ROOT = JsonPath.root();
  private static final JsonPath GOAL = ROOT.property("goal");

  private A3Validator() {}

  /**
   * Validates {@code a3}. Never throws for a rule the A3 breaks.
   *
   * @param a3 the A3
   * @return every violation, in section order
   */
  public static ValidationResult validate(A3 a3) {
    Violations found = new Violations();
    sectionOrder(a3, found);
    problem(a3, found);
    goal(a3, found);
    rootCauses(a3, found);
    countermeasures(a3, found);
    check(a3, found);
    followUp(a3, found);
    guardrails(a3, found);
    return found.result();
  }

  private static void sectionOrder(A3 a3, Violations found) {
    for (Map.Entry<A3Section, A3Section> entry : a3.parts().outOfOrder().entrySet()) {
      A3Section section = entry.getKey();
      A3Section missing = entry.getValue();
      found.add(
          ROOT.property(section.property()),
          A3_SECTIONS_OUT_OF_ORDER,
          section.label()
              + " is filled but "
              + missing.label()
              + " is missing; fill the sections in order, or remove '"
              + section.property()
              + "' until '"
              + missing.property()
              + "' is written");
    }
  }

  private static void problem(A3 a3, Violations found) {
    a3.lackOfSolution()
        .ifPresent(
            finding ->
                found.add(
                    ROOT.property("currentCondition").property("statement"),
                    A3_PROBLEM_LACK_OF_SOLUTION,
                    "the problem statement only names a missing solution (\""
                        + finding.phrase()
                        + "\", at character "
                        + finding.start()
                        + "), which hides the real problem; restate it as a condition: state what happens "
                        + "today and what it costs, for example 'case workers re-key 40 forms a day', not what \""
                        + finding.solution()
                        + "\" would fix"));
  }

  private static void goal(A3 a3, Violations found) {
    Goal goal = a3.goal();
    boolean hasTarget = goal.target().isPresent();
    boolean hasChange = goal.change().isPresent();
    if (hasTarget && hasChange) {
      found.add(
          GOAL.property("change"),
          A3_GOAL_TARGET_AND_CHANGE,
          "the goal gives both a target ("
              + Messages.number(goal.target().getAsDouble())
              + ") and a change ("
              + Messages.number(goal.change().getAsDouble())
              + "); keep one of them (the target is used meanwhile)");
    } else if (!hasTarget && !hasChange) {
      found.add(
          GOAL,
          A3_GOAL_TARGET_AND_CHANGE,
          "the goal gives neither a target nor a change; add a \"target\" value, or a relative \"change\" such as -0.2 "
              + "to reduce the baseline "
              + Messages.number(goal.baseline())
              + " by 20%");
    }
    OptionalDouble target = goal.effectiveTarget();
    if (target.isPresent() && !goal.isTargetBetter()) {
      Direction better = goal.metric().better();
      found.add(
          targetPath(goal),
          A3_GOAL_TARGET_NOT_BETTER,
          Messages.targetNotBetter(
                  target.getAsDouble(),
                  hasTarget ? "" : " (baseline × (1 + change))",
                  goal.baseline(),
                  better)
              + "; set a target "
              + Messages.betterThan(goal.baseline(), better)
              + (hasTarget
                  ? ""
                  : ", or a change that is "
                      + (better == Direction.LOWER ? "negative" : "positive")));
    }
    if (goal.deadline().isPresent() && goal.deadline().get().isBefore(a3.opened())) {
      found.add(
          GOAL.property("deadline"),
          A3_GOAL_DEADLINE_BEFORE_OPENED,
          "the deadline "
              + goal.deadline().get()
              + " is before the A3 was opened on "
              + a3.opened()
              + "; correct the deadline, or the A3's 'opened'");
    }
    for (SmartCriterion failed : a3.smart().failures()) {
      found.add(
          smartPath(failed.letter(), goal),
          A3_GOAL_NOT_SMART,
          "the goal is not "
              + failed.letter().word()
              + " ("
              + failed.letter().name()
              + " of SMART): "
              + failed.reason());
    }
  }

  private static JsonPath targetPath(Goal goal) {
    return goal.target().isPresent() ? GOAL.property("target") : GOAL.property("change");
  }

  private static JsonPath smartPath(SmartLetter letter, Goal goal) {
    switch (letter) {
      case S:
        return GOAL.property("metric");
      case M:
        return GOAL;
      case A:
        return goal.effectiveTarget().isPresent() ? targetPath(goal) : GOAL.property("target");
      case R:
        return GOAL.property("metric").property("name");
      case T:
        return GOAL.property("deadline");
      default:
        throw new AssertionError(letter);
    }
  }

  private static void rootCauses(A3 a3, Violations found) {
    duplicates(a3.rootCauses(), RootCause::id, ROOT.property("rootCauses"), "root cause", found);
    if (a3.countermeasures().isEmpty()) {
      return;
    }
    List<RootCause> causes = a3.rootCauses();
    for (int i = 0; i < causes.size(); i++) {
      RootCause cause = causes.get(i);
      if (!cause.isRefuted() && !a3.isAddressed(cause.id())) {
        found.add(
            ROOT.property("rootCauses").index(i),
            A3_ROOT_CAUSES_UNADDRESSED,
            "the hypothesis \""
                + cause.id()
                + "\" is not refuted, yet no countermeasure addresses it; add a countermeasure "
                + "with \"addresses\": [\""
                + cause.id()
                + "\"], or an experiment that refutes it");
      }
    }
  }

  private static void countermeasures(A3 a3, Violations found) {
    List<Countermeasure> measures = a3.countermeasures();
    JsonPath base = ROOT.property("countermeasures");
    duplicates(measures, Countermeasure::id, base, "countermeasure", found);
    for (int i = 0; i < measures.size(); i++) {
      Countermeasure measure = measures.get(i);
      JsonPath addresses = base.index(i).property("addresses");
      if (measure.addresses().isEmpty()) {
        found.add(
            addresses,
            A3_COUNTERMEASURES_UNTRACED,
            "the countermeasure \""
                + measure.id()
                + "\" addresses no root cause; list the ids of the hypotheses it answers"
                + (a3.rootCauses().isEmpty()
                    ? ""
                    : " (" + String.join(", ", a3.rootCauseIds()) + ")"));
        continue;
      }
      for (int j = 0; j < measure.addresses().size(); j++) {
        String id = measure.addresses().get(j);
        Optional<RootCause> cause = a3.rootCause(id);
        if (cause.isEmpty()) {
          found.add(
              addresses.index(j),
              A3_COUNTERMEASURES_UNTRACED,
              "the countermeasure \""
                  + measure.id()
                  + "\" addresses \""
                  + id
                  + "\", which no root cause has; "
                  + (a3.rootCauses().isEmpty()
                      ? "write the root-cause analysis with that hypothesis"
                      : "use one of "
                          + String.join(", ", a3.rootCauseIds())
                          + ", or add that hypothesis to the root causes"));
        } else if (cause.get().isRefuted()) {
          found.add(
              addresses.index(j),
              A3_COUNTERMEASURES_REFUTED_CAUSE,
              "the countermeasure \""
                  + measure.id()
                  + "\" addresses \""
                  + id
                  + "\", a hypothesis an experiment refuted; "
                  + "aim it at a cause that still stands, or drop it");
        }
      }
    }
  }

  private static void check(A3 a3, Violations found) {
    if (a3.check().isEmpty()) {
      return;
    }
    Metric expected = a3.goal().metric();
    Metric actual = a3.check().get().metric();
    if (!actual.equals(expected)) {
      found.add(
          ROOT.property("check").property("metric"),
          A3_CHECK_METRIC_MISMATCH,
          "the check measures "
              + Messages.describe(actual)
              + " but the goal is set on "
              + Messages.describe(expected)
              + "; confirm the effect on the goal's metric ("
              + Messages.differences(expected, actual)
              + ")");
    }
  }

  private static void followUp(A3 a3, Violations found) {
    if (a3.followUp().isPresent() && a3.followUp().get().sharedWith().isEmpty()) {
      found.add(
          ROOT.property("followUp").property("sharedWith"),
          A3_FOLLOW_UP_NOT_SHARED,
          "the follow-up shares the learning with nobody; name the people or groups in \"sharedWith\" who should hear "
              + "what worked");
    }
  }

  private static <T> void duplicates(
      List<T> items, Function<T, String> id, JsonPath base, String what, Violations found) {
    DuplicateIds.report(
        items,
        id,
        base,
        A3_ROOT_CAUSES_DUPLICATE_ID,
        (value, first) ->
            "the "
                + what
                + " id \""
                + value
                + "\" is used twice; give every "
                + what
                + " its own id",
        found);
  }

  private static final GuardrailRules GUARDRAILS =
      new GuardrailRules(
          A3_GOAL_GUARDRAIL_LIMIT_BETTER,
          A3_CHECK_GUARDRAIL_BREACHED,
          A3_CHECK_GUARDRAIL_UNMEASURED,
          A3_CHECK_UNKNOWN_GUARDRAIL,
          "the goal",
          "the check");

  private static void guardrails(A3 a3, Violations found) {
    List<Guardrail> declared = a3.goal().guardrails();
    GUARDRAILS.checkDeclared(declared, GOAL.property("guardrails"), found);
    a3.check()
        .ifPresent(
            check ->
                GUARDRAILS.checkReported(
                    declared,
                    check.guardrails(),
                    ROOT.property("check").property("guardrails"),
                    check.result().isPresent(),
                    found));
  }
}

package dev.kaizen.a3;

import static dev.kaizen.validation.RuleCode.A3_CHECK_METRIC_MISMATCH;
import static dev.kaizen.validation.RuleCode.A3_COUNTERMEASURES_REFUTED_CAUSE;
import static dev.kaizen.validation.RuleCode.A3_COUNTERMEASURES_UNTRACED;
import static dev.kaizen.validation.RuleCode.A3_FOLLOW_UP_NOT_SHARED;
import static dev.kaizen.validation.RuleCode.A3_GOAL_DEADLINE_BEFORE_OPENED;
import static dev.kaizen.validation.RuleCode.A3_GOAL_NOT_SMART;
import static dev.kaizen.validation.RuleCode.A3_GOAL_TARGET_AND_CHANGE;
import static dev.kaizen.validation.RuleCode.A3_GOAL_TARGET_NOT_BETTER;
import static dev.kaizen.validation.RuleCode.A3_PROBLEM_LACK_OF_SOLUTION;
import static dev.kaizen.validation.RuleCode.A3_ROOT_CAUSES_DUPLICATE_ID;
import static dev.kaizen.validation.RuleCode.A3_ROOT_CAUSES_UNADDRESSED;
import static dev.kaizen.validation.RuleCode.A3_SECTIONS_OUT_OF_ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Metric;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Severity;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class A3ValidatorTest {
  private static final A3 GOOD = A3Fixtures.majorIssues();
  private static final A3 EARLY = A3Fixtures.majorIssuesFirstThree();

  /**
   * One A3 that breaks one rule; {@code alsoExpected} lists the other codes the same mistake must
   * raise.
   */
  private static final class Case {
    final String name;
    final A3 a3;
    final RuleCode rule;
    final String path;
    final Set<RuleCode> codes;

    Case(String name, A3 a3, RuleCode rule, String path, RuleCode... alsoExpected) {
      this.name = name;
      this.a3 = a3;
      this.rule = rule;
      this.path = path;
      this.codes = EnumSet.of(rule, alsoExpected);
    }
  }

  private static List<Case> cases() {
    Goal goal = GOOD.goal();
    RootCause h1 = GOOD.rootCauses().get(0);
    RootCause h2 = GOOD.rootCauses().get(1);
    Countermeasure c1 = GOOD.countermeasures().get(0);
    List<Case> cases = new ArrayList<>();
    // a3.sections.out-of-order
    cases.add(
        new Case(
            "countermeasures without root causes",
            EARLY.withCountermeasures(c1),
            A3_SECTIONS_OUT_OF_ORDER,
            "$.countermeasures",
            // DOMAIN.md §12: the unknown root cause is reported too
            A3_COUNTERMEASURES_UNTRACED));
    cases.add(
        new Case(
            "check without countermeasures",
            EARLY.withRootCauses(h1, h2).withCheck(GOOD.check().get()),
            A3_SECTIONS_OUT_OF_ORDER,
            "$.check"));
    cases.add(
        new Case(
            "follow-up without check",
            GOOD.withCheck(Optional.empty()),
            A3_SECTIONS_OUT_OF_ORDER,
            "$.followUp"));
    // a3.problem.lack-of-solution
    cases.add(
        new Case(
            "lack-of-solution problem statement",
            GOOD.withCurrentCondition(
                CurrentCondition.builder()
                    .statement("Our problem is we need a case management system for major issues")
                    .build()),
            A3_PROBLEM_LACK_OF_SOLUTION,
            "$.currentCondition.statement"));
    // a3.goal.target-not-better
    cases.add(
        new Case(
            "change that makes the target worse",
            GOOD.withGoal(goal.withChange(0.2)),
            A3_GOAL_TARGET_NOT_BETTER,
            "$.goal.change",
            A3_GOAL_NOT_SMART));
    cases.add(
        new Case(
            "explicit target equal to the baseline",
            GOOD.withGoal(goal.withChange(OptionalDouble.empty()).withTarget(22)),
            A3_GOAL_TARGET_NOT_BETTER,
            "$.goal.target",
            A3_GOAL_NOT_SMART));
    // a3.goal.target-and-change
    cases.add(
        new Case(
            "both target and change",
            GOOD.withGoal(goal.withTarget(17)),
            A3_GOAL_TARGET_AND_CHANGE,
            "$.goal.change"));
    cases.add(
        new Case(
            "neither target nor change",
            EARLY.withGoal(goal.withChange(OptionalDouble.empty())),
            A3_GOAL_TARGET_AND_CHANGE,
            "$.goal",
            A3_GOAL_NOT_SMART));
    // a3.goal.not-smart
    cases.add(
        new Case(
            "no deadline (not time-bound)",
            GOOD.withGoal(goal.withDeadline(Optional.empty())),
            A3_GOAL_NOT_SMART,
            "$.goal.deadline"));
    // a3.goal.deadline-before-opened
    cases.add(
        new Case(
            "deadline before opened",
            GOOD.withGoal(goal.withDeadline(LocalDate.of(2023, 12, 31))),
            A3_GOAL_DEADLINE_BEFORE_OPENED,
            "$.goal.deadline",
            A3_GOAL_NOT_SMART));
    // a3.root-causes.duplicate-id
    cases.add(
        new Case(
            "two root causes share an id",
            GOOD.withRootCauses(h1, h2, h1.withHypothesis("Something else")),
            A3_ROOT_CAUSES_DUPLICATE_ID,
            "$.rootCauses[2].id"));
    cases.add(
        new Case(
            "two countermeasures share an id",
            GOOD.withCountermeasures(c1, c1.withSteps("Another step")),
            A3_ROOT_CAUSES_DUPLICATE_ID,
            "$.countermeasures[1].id"));
    // a3.countermeasures.untraced
    cases.add(
        new Case(
            "countermeasure that addresses nothing",
            GOOD.withCountermeasures(
                c1, Countermeasure.builder().id("C2").addSteps("Pair on scripts").build()),
            A3_COUNTERMEASURES_UNTRACED,
            "$.countermeasures[1].addresses"));
    cases.add(
        new Case(
            "countermeasure that addresses an unknown root cause",
            GOOD.withCountermeasures(c1.withAddresses("H1", "H9")),
            A3_COUNTERMEASURES_UNTRACED,
            "$.countermeasures[0].addresses[1]"));
    // a3.countermeasures.refuted-cause
    cases.add(
        new Case(
            "countermeasure that addresses a refuted hypothesis",
            GOOD.withCountermeasures(c1.withAddresses("H1", "H2")),
            A3_COUNTERMEASURES_REFUTED_CAUSE,
            "$.countermeasures[0].addresses[1]"));
    // a3.root-causes.unaddressed
    cases.add(
        new Case(
            "hypothesis without countermeasure",
            GOOD.withRootCauses(
                h1,
                h2,
                RootCause.builder().id("H3").hypothesis("Scripts are written in a hurry").build()),
            A3_ROOT_CAUSES_UNADDRESSED,
            "$.rootCauses[2]"));
    // a3.check.metric-mismatch
    cases.add(
        new Case(
            "check on another unit",
            GOOD.withCheck(
                GOOD.check()
                    .get()
                    .withMetric(
                        Metric.of(
                            "major issues in acceptance testing", "defects", Direction.LOWER))),
            A3_CHECK_METRIC_MISMATCH,
            "$.check.metric"));
    cases.add(
        new Case(
            "check on the opposite direction",
            GOOD.withCheck(
                GOOD.check()
                    .get()
                    .withMetric(A3Fixtures.MAJOR_ISSUES.withBetter(Direction.HIGHER))),
            A3_CHECK_METRIC_MISMATCH,
            "$.check.metric"));
    // a3.follow-up.not-shared
    cases.add(
        new Case(
            "follow-up shared with nobody",
            GOOD.withFollowUp(GOOD.followUp().get().withSharedWith(List.of())),
            A3_FOLLOW_UP_NOT_SHARED,
            "$.followUp.sharedWith"));
    return cases;
  }

  @Test
  void theSharedExampleHasNoViolation() {
    ValidationResult result = A3Validator.validate(GOOD);
    assertEquals(List.of(), result.violations());
    assertTrue(result.isValid());
  }

  @Test
  void anInProgressA3IsValidAndNotWarnedOfWorkNotReached() {
    assertEquals(List.of(), A3Validator.validate(EARLY).violations());
    // root causes written, no countermeasures yet: no a3.root-causes.unaddressed
    assertEquals(
        List.of(), A3Validator.validate(EARLY.withRootCauses(GOOD.rootCauses())).violations());
  }

  @TestFactory
  Stream<DynamicTest> eachCaseBreaksItsRuleAtItsPath() {
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name,
                    () -> {
                      ValidationResult result = A3Validator.validate(c.a3);
                      List<Violation> hits =
                          result.of(c.rule).stream()
                              .filter(v -> v.path().toString().equals(c.path))
                              .collect(Collectors.toList());
                      assertEquals(
                          1,
                          hits.size(),
                          () ->
                              "expected "
                                  + c.rule
                                  + " at "
                                  + c.path
                                  + " in "
                                  + result.violations());
                      Violation hit = hits.get(0);
                      assertEquals(c.rule.code(), hit.code());
                      assertEquals(c.rule.severity(), hit.severity());
                      assertEquals(
                          c.codes,
                          EnumSet.copyOf(codesOf(result)),
                          () -> "other codes in " + result.violations());
                      assertEquals(
                          c.rule.severity() == Severity.WARNING
                              && c.codes.stream().allMatch(r -> r.severity() == Severity.WARNING),
                          result.isValid());
                    }));
  }

  @Test
  void everyA3RuleHasACase() {
    Set<RuleCode> a3Rules =
        Arrays.stream(RuleCode.values())
            .filter(r -> r.code().startsWith("a3."))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleCode.class)));
    Set<RuleCode> covered =
        cases().stream()
            .map(c -> c.rule)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleCode.class)));
    A3GuardrailTest.oneCasePerRule()
        .forEach(a -> covered.add(RuleCode.ofCode((String) a.get()[0]).orElseThrow()));
    assertEquals(a3Rules, covered);
    assertEquals(16, a3Rules.size());
  }

  @Test
  void severities() {
    assertEquals(Severity.ERROR, A3_SECTIONS_OUT_OF_ORDER.severity());
    assertEquals(Severity.WARNING, A3_PROBLEM_LACK_OF_SOLUTION.severity());
    assertEquals(Severity.WARNING, A3_GOAL_NOT_SMART.severity());
    assertEquals(Severity.ERROR, A3_COUNTERMEASURES_UNTRACED.severity());
    assertEquals(Severity.WARNING, A3_FOLLOW_UP_NOT_SHARED.severity());
  }

  @Test
  void everyFilledSectionAfterTheGapIsOutOfOrder() {
    A3 a3 = GOOD.withCountermeasures(List.of());
    List<String> paths =
        A3Validator.validate(a3).of(A3_SECTIONS_OUT_OF_ORDER).stream()
            .map(v -> v.path().toString())
            .collect(Collectors.toList());
    assertEquals(List.of("$.check", "$.followUp"), paths);
    assertTrue(
        A3Validator.validate(a3)
            .of(A3_SECTIONS_OUT_OF_ORDER)
            .get(0)
            .message()
            .contains("section 5 (countermeasures) is missing"));
  }

  @Test
  void outOfOrderMessagesNameTheFirstMissingSection() {
    assertEquals(
        List.of(
            "$.check: section 6 (check / confirmation effect) is filled but section 5"
                + " (countermeasures) is missing; fill the sections in order, or remove 'check'"
                + " until 'countermeasures' is written",
            "$.followUp: section 7 (follow-up actions and report) is filled but section 5"
                + " (countermeasures) is missing; fill the sections in order, or remove 'followUp'"
                + " until 'countermeasures' is written"),
        outOfOrder(GOOD.withCountermeasures(List.of())));
    assertEquals(
        List.of(
            "$.check: section 6 (check / confirmation effect) is filled but section 4 (root-cause"
                + " analysis) is missing; fill the sections in order, or remove 'check' until"
                + " 'rootCauses' is written"),
        outOfOrder(EARLY.withCheck(GOOD.check().orElseThrow())));
  }

  private static List<String> outOfOrder(A3 a3) {
    return A3Validator.validate(a3).of(A3_SECTIONS_OUT_OF_ORDER).stream()
        .map(v -> v.path() + ": " + v.message())
        .collect(Collectors.toList());
  }

  @Test
  void unknownIdsAreReportedAlsoWhileTheRootCausesAreMissing() {
    // DOMAIN.md §12: every violation is reported, not only the first
    A3 a3 = EARLY.withCountermeasures(GOOD.countermeasures());
    List<Violation> untraced = A3Validator.validate(a3).of(A3_COUNTERMEASURES_UNTRACED);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < a3.countermeasures().size(); i++) {
      for (int j = 0; j < a3.countermeasures().get(i).addresses().size(); j++) {
        expected.add("$.countermeasures[" + i + "].addresses[" + j + "]");
      }
    }
    assertTrue(!expected.isEmpty());
    assertEquals(
        expected, untraced.stream().map(v -> v.path().toString()).collect(Collectors.toList()));
    assertTrue(
        untraced.get(0).message().contains("write the root-cause analysis"),
        untraced.get(0).message());
  }

  @Test
  void lackOfSolutionMessageQuotesThePhraseAndShowsACondition() {
    A3 a3 =
        GOOD.withCurrentCondition(
            CurrentCondition.builder().statement("We don’t have a dashboard.").build());
    Violation v = A3Validator.validate(a3).of(A3_PROBLEM_LACK_OF_SOLUTION).get(0);
    assertTrue(v.message().contains("\"don’t have a dashboard\""), v.message());
    assertTrue(v.message().contains("at character 3"), v.message());
    assertTrue(v.message().contains("state what happens today and what it costs"), v.message());
    assertTrue(v.message().contains("'case workers re-key 40 forms a day'"), v.message());
  }

  @Test
  void notSmartNamesEachFailedLetter() {
    // neither target nor change (M and A), no deadline (T), metric unrelated to the text (R)
    A3 a3 =
        EARLY.withGoal(
            Goal.builder()
                .metric(Metric.of("lead time", "days", Direction.LOWER))
                .baseline(30)
                .build());
    List<Violation> notSmart = A3Validator.validate(a3).of(A3_GOAL_NOT_SMART);
    assertEquals(
        List.of("$.goal", "$.goal.target", "$.goal.metric.name", "$.goal.deadline"),
        notSmart.stream().map(v -> v.path().toString()).collect(Collectors.toList()));
    assertTrue(
        notSmart.get(0).message().contains("not measurable (M of SMART)"),
        notSmart.get(0).message());
    assertTrue(
        notSmart.get(1).message().contains("not achievable (A of SMART)"),
        notSmart.get(1).message());
    assertTrue(
        notSmart.get(2).message().contains("not relevant (R of SMART)"), notSmart.get(2).message());
    assertTrue(notSmart.get(2).message().contains("lead"), notSmart.get(2).message());
    assertTrue(
        notSmart.get(3).message().contains("not time-bound (T of SMART)"),
        notSmart.get(3).message());
  }

  @Test
  void messagesQuoteTheBadValues() {
    Goal goal = GOOD.goal();
    Violation worse =
        A3Validator.validate(GOOD.withGoal(goal.withChange(0.2)))
            .of(A3_GOAL_TARGET_NOT_BETTER)
            .get(0);
    assertTrue(worse.message().contains("26.4") && worse.message().contains("22"), worse.message());
    assertEquals(
        "the target 26.4 (baseline × (1 + change)) is not better than the baseline 22 for a metric"
            + " where lower is better; set a target below 22, or a change that is negative",
        worse.message());
    Violation unknown =
        A3Validator.validate(
                GOOD.withCountermeasures(GOOD.countermeasures().get(0).withAddresses("H9")))
            .of(A3_COUNTERMEASURES_UNTRACED)
            .get(0);
    assertTrue(
        unknown.message().contains("\"H9\"") && unknown.message().contains("H1, H2"),
        unknown.message());
    Violation mismatch =
        A3Validator.validate(
                GOOD.withCheck(
                    GOOD.check()
                        .get()
                        .withMetric(Metric.of("minor issues", "defects", Direction.LOWER))))
            .of(A3_CHECK_METRIC_MISMATCH)
            .get(0);
    // the grammar of every metric-mismatch message (Messages.differences), as in the Kaizen record
    assertTrue(mismatch.message().endsWith("(the name and unit differ)"), mismatch.message());
  }

  private static List<RuleCode> codesOf(ValidationResult result) {
    return result.violations().stream().map(Violation::rule).collect(Collectors.toList());
  }
}

package dev.kaizen.a3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.core.DocumentKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class A3Test {
  private static final double EPS = 1e-9;

  @Test
  void kindIsA3AndKaizenDispatchesToTheA3Model() {
    A3 a3 = A3Fixtures.majorIssues();
    assertEquals(DocumentKind.A3, a3.kind());
    assertEquals(A3Validator.validate(a3), Kaizen.validate(a3));
    assertEquals(A3Scorer.defaults().score(a3), Kaizen.score(a3));
  }

  @Test
  void targetFromChange() {
    // 22 reduced by 20%: 22 × (1 − 0.2) = 17.6
    assertEquals(17.6, A3Fixtures.majorIssues().goalTarget().getAsDouble(), EPS);
  }

  @Test
  void explicitTargetWinsAndNeitherGivesNoTarget() {
    Goal goal = A3Fixtures.majorIssues().goal();
    assertEquals(OptionalDouble.of(12), goal.withTarget(12).effectiveTarget());
    Goal neither = Goal.builder().metric(goal.metric()).baseline(22).build();
    assertTrue(neither.effectiveTarget().isEmpty());
    assertFalse(neither.isTargetBetter());
    // 12 increased by 10%: 12 × 1.1 = 13.2
    assertEquals(
        13.2, neither.withBaseline(12).withChange(0.1).effectiveTarget().getAsDouble(), EPS);
  }

  @Test
  void attainmentOfTheCheckResult() {
    A3 a3 = A3Fixtures.majorIssues();
    // improvement 22 − 15 = 7, gap |22 − 17.6| = 4.4
    assertEquals((22.0 - 15.0) / 4.4, a3.attainment().getAsDouble(), EPS);
    assertEquals(7.0, a3.improvement().getAsDouble(), EPS);
    assertTrue(a3.hasPositiveImprovement());
    A3 unmeasured = a3.withCheck(a3.check().get().withResult(OptionalDouble.empty()));
    assertTrue(unmeasured.attainment().isEmpty());
    assertFalse(unmeasured.hasPositiveImprovement());
    A3 worse = a3.withCheck(a3.check().get().withResult(25));
    assertFalse(worse.hasPositiveImprovement());
    assertEquals(-3.0 / 4.4, worse.attainment().getAsDouble(), EPS);
  }

  @Test
  void sectionsAndCompleteness() {
    A3 full = A3Fixtures.majorIssues();
    assertEquals(7, full.filledSections().size());
    assertTrue(full.allSectionsFilled());
    assertTrue(full.isComplete());
    assertEquals(Optional.empty(), full.currentSection());
    assertEquals(100.0, full.completeness(), EPS);

    A3 unmeasured = full.withCheck(full.check().get().withResult(OptionalDouble.empty()));
    assertTrue(unmeasured.allSectionsFilled());
    assertFalse(unmeasured.isComplete());

    A3 early = A3Fixtures.majorIssuesFirstThree();
    assertEquals(3, early.filledSections().size());
    assertEquals(Optional.of(A3Section.ROOT_CAUSES), early.currentSection());
    assertEquals(300.0 / 7, early.completeness(), EPS);
    assertFalse(early.isComplete());
  }

  @Test
  void sectionDependencies() {
    assertEquals(Optional.empty(), A3Section.ROOT_CAUSES.dependsOn());
    assertEquals(Optional.of(A3Section.ROOT_CAUSES), A3Section.COUNTERMEASURES.dependsOn());
    assertEquals(Optional.of(A3Section.COUNTERMEASURES), A3Section.CHECK.dependsOn());
    assertEquals(Optional.of(A3Section.CHECK), A3Section.FOLLOW_UP.dependsOn());
    assertTrue(A3Section.GOAL.isRequired());
    assertFalse(A3Section.ROOT_CAUSES.isRequired());
  }

  @Test
  void hypothesesWithoutCountermeasures() {
    A3 a3 = A3Fixtures.majorIssues();
    assertEquals(List.of("H2"), ids(a3.hypothesesWithoutCountermeasures()));
    assertEquals(List.of(), ids(a3.unaddressedHypotheses()), "H2 is refuted");
    assertTrue(a3.isTraced(a3.countermeasures().get(0)));
    assertFalse(a3.isTraced(Countermeasure.builder().id("C9").addAddresses("H1", "H7").build()));
    assertFalse(a3.isTraced(Countermeasure.builder().id("C9").build()));
  }

  @Test
  void refutedNeedsARefutationAndNoConfirmation() {
    RootCause cause = RootCause.builder().id("H").hypothesis("h").build();
    assertFalse(cause.isRefuted());
    assertTrue(with(cause, Outcome.REFUTED).isRefuted());
    assertFalse(with(cause, Outcome.PENDING).isRefuted());
    assertTrue(with(cause, Outcome.CONFIRMED).isConfirmed());
    assertFalse(
        RootCause.builder()
            .from(cause)
            .addExperiments(
                Experiment.of("a", Outcome.REFUTED), Experiment.of("b", Outcome.CONFIRMED))
            .build()
            .isRefuted());
  }

  @Test
  void numbersMustBeFinite() {
    Goal goal = A3Fixtures.majorIssues().goal();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> goal.withBaseline(Double.NaN));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> goal.withChange(Double.POSITIVE_INFINITY));
    assertThrows(
        IllegalArgumentException.class, () -> goal.withBaseline(Double.MAX_VALUE).withChange(1.5));
    Check check = A3Fixtures.majorIssues().check().get();
    assertThrows(IllegalArgumentException.class, () -> check.withResult(Double.NEGATIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> A3Fixtures.majorIssues().withReach(-1));
  }

  private static RootCause with(RootCause cause, Outcome outcome) {
    return RootCause.builder().from(cause).addExperiments(Experiment.of("test", outcome)).build();
  }

  private static List<String> ids(List<RootCause> causes) {
    return causes.stream().map(RootCause::id).collect(Collectors.toList());
  }

  @Test
  void lackOfSolutionIsWhatTheStandardDetectorFindsInTheProblemStatement() {
    A3 good = A3Fixtures.majorIssues();
    assertEquals(Optional.empty(), good.lackOfSolution());
    String statement = "Our problem is we need a case management system for major issues";
    A3 lacking = good.withCurrentCondition(CurrentCondition.builder().statement(statement).build());
    assertEquals(LackOfSolutionDetector.standard().find(statement), lacking.lackOfSolution());
    assertTrue(lacking.lackOfSolution().isPresent());
    assertEquals(
        lacking.lackOfSolution().map(LackOfSolutionFinding::phrase),
        A3Derived.of(lacking).lackOfSolution());
  }
}

package dev.kaizen.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.core.Scope;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Severity;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  private static final double EPS = 1e-9;

  static Position position(String date, double expertise, double changeSkill, Scope scope) {
    return Position.builder()
        .date(LocalDate.parse(date))
        .expertise(expertise)
        .changeSkill(changeSkill)
        .scope(scope)
        .build();
  }

  /** /work/shared/examples/assessment-trajectory.json built in Java. */
  static Assessment trajectory() {
    return Assessment.trajectory(
        "Sam Okafor",
        List.of(
            position("2022-06-30", 0.45, 0.30, Scope.SELF),
            position("2023-06-30", 0.70, 0.55, Scope.PEERS),
            position("2024-06-30", 0.80, 0.70, Scope.TEAM)));
  }

  @Test
  void trajectoryExampleFiguresByHand() {
    Assessment a = trajectory();
    // entry 0: competence √(0.45 × 0.30) = √0.135 ≈ 0.3674, influence 0 (self): learner
    // entry 1: competence √(0.70 × 0.55) = √0.385 ≈ 0.6205, influence 0.2 (peers): expert
    // entry 2 (current): competence √(0.80 × 0.70) = √0.56 ≈ 0.7483, influence 0.4 (team)
    //   leadership = 100 × √(0.748331 × 0.4) = 100 × √0.299333 ≈ 54.7113; competence ≥ 0.5,
    // influence < 0.5: expert,
    //   next focus influence.
    assertEquals(AssessmentForm.TRAJECTORY, a.form());
    assertEquals(Math.sqrt(0.135), a.history().get(0).competence(), EPS);
    assertEquals(Quadrant.LEARNER, a.history().get(0).quadrant());
    assertEquals(NextFocus.COMPETENCE, a.history().get(0).nextFocus());
    assertEquals(Math.sqrt(0.385), a.history().get(1).competence(), EPS);
    assertEquals(Quadrant.EXPERT, a.history().get(1).quadrant());
    assertEquals(a.history().get(2), a.current());
    assertEquals(Math.sqrt(0.56), a.competence(), EPS);
    assertEquals(0.4, a.influence(), EPS);
    assertEquals(100 * Math.sqrt(Math.sqrt(0.56) * 0.4), a.leadership(), EPS);
    assertEquals(54.7113, a.leadership(), 1e-4);
    assertEquals(Quadrant.EXPERT, a.quadrant());
    assertEquals(NextFocus.INFLUENCE, a.nextFocus());
  }

  @Test
  void trajectoryExampleIsClean() {
    // competence rose above 0.5 (0.62) in the same step as influence rose (self → peers), and the
    // step peers → team happens at competence 0.75: no warning, no error.
    ValidationResult result = AssessmentValidator.validate(trajectory());
    assertEquals(List.of(), result.violations());
    assertEquals(result, Kaizen.validate(trajectory()));
  }

  @Test
  void scoreIsTheLeadershipFigure() {
    Score score = Kaizen.score(trajectory());
    assertEquals("matrix-default/1", score.policy());
    assertEquals(1, score.parts().size());
    assertEquals("leadership", score.parts().get(0).name());
    assertEquals(1.0, score.parts().get(0).weight(), EPS);
    assertEquals(100 * Math.sqrt(Math.sqrt(0.56) * 0.4), score.total(), EPS);
    assertEquals(Map.of("quadrant", 0.5), AssessmentScorer.DEFAULT_POLICY.thresholds());
  }

  @Test
  void policyThresholdMovesTheQuadrant() {
    ScoringPolicy strict =
        ScoringPolicy.builder()
            .from(AssessmentScorer.DEFAULT_POLICY)
            .name("strict/1")
            .thresholds(Map.of("quadrant", 0.8))
            .build();
    AssessmentScorer scorer = AssessmentScorer.withPolicy(strict);
    assertEquals(Quadrant.LEARNER, scorer.quadrant(trajectory()));
    assertEquals(NextFocus.COMPETENCE, scorer.nextFocus(trajectory()));
    assertEquals("strict/1", scorer.score(trajectory()).policy());
    // A policy that leaves the threshold out keeps the default 0.5.
    AssessmentScorer unset =
        AssessmentScorer.withPolicy(
            ScoringPolicy.builder()
                .from(AssessmentScorer.DEFAULT_POLICY)
                .name("unset/1")
                .thresholds(Map.of())
                .build());
    assertEquals(0.5, unset.policy().threshold("quadrant"), 0);
    assertEquals(AssessmentScorer.defaults().quadrant(trajectory()), unset.quadrant(trajectory()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AssessmentScorer.withPolicy(
                ScoringPolicy.builder()
                    .from(AssessmentScorer.DEFAULT_POLICY)
                    .thresholds(Map.of("quadrnat", 0.8))
                    .build()));
  }

  @Test
  void quadrantsAtTheThresholdAreHigh() {
    assertEquals(Quadrant.LEADER, Quadrant.of(0.5, 0.5, 0.5));
    assertEquals(Quadrant.EXPERT, Quadrant.of(0.5, 0.4999, 0.5));
    assertEquals(Quadrant.OVERREACHING, Quadrant.of(0.4999, 0.5, 0.5));
    assertEquals(Quadrant.LEARNER, Quadrant.of(0.0, 0.0, 0.5));
    assertEquals(NextFocus.SUSTAIN, NextFocus.of(0.5, 0.5, 0.5));
    assertEquals(NextFocus.INFLUENCE, NextFocus.of(0.9, 0.4, 0.5));
    assertEquals(NextFocus.COMPETENCE, NextFocus.of(0.4, 0.9, 0.5));
    assertEquals("overreaching", Quadrant.OVERREACHING.token());
  }

  @Test
  void singleFormIsAHistoryOfOne() {
    Assessment single =
        Assessment.single("Ann", LocalDate.parse("2024-01-31"), 0.7, 0.5, Scope.TEAM);
    assertEquals(AssessmentForm.SINGLE, single.form());
    assertEquals(1, single.history().size());
    // Built without a form, a history of one defaults to the single form, so the two are equal.
    Assessment built = Assessment.builder().subject("Ann").addHistory(single.current()).build();
    assertEquals(single, built);
    // A trajectory of one is a different document: it is written back with "history".
    Assessment oneEntryTrajectory = Assessment.trajectory("Ann", List.of(single.current()));
    assertEquals(AssessmentForm.TRAJECTORY, oneEntryTrajectory.form());
    assertFalse(single.equals(oneEntryTrajectory));
    assertFalse(oneEntryTrajectory.hasTrajectory());
    // competence √(0.7 × 0.5) = √0.35 ≈ 0.5916 ≥ 0.5, influence 0.4 (team) < 0.5: expert
    assertEquals(Math.sqrt(0.35), single.competence(), EPS);
    assertEquals(Quadrant.EXPERT, single.quadrant());
    assertEquals(NextFocus.INFLUENCE, single.nextFocus());
    // leadership = 100 × √(0.5916 × 0.4) = 100 × √0.23664 ≈ 48.65 (docs/progression.md)
    assertEquals(
        100 * Math.sqrt(Math.sqrt(0.35) * 0.4),
        AssessmentScorer.defaults().score(single).total(),
        EPS);
    assertEquals(48.645, single.leadership(), 1e-3);
  }

  @Test
  void builderPreconditions() {
    assertThrows(IllegalArgumentException.class, () -> Assessment.builder().subject("x").build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Assessment.builder()
                .subject("x")
                .history(trajectory().history())
                .form(AssessmentForm.SINGLE)
                .build());
    assertThrows(
        IllegalArgumentException.class, () -> position("2024-01-01", Double.NaN, 0.5, Scope.SELF));
    assertThrows(
        IllegalArgumentException.class,
        () -> position("2024-01-01", 0.5, Double.POSITIVE_INFINITY, Scope.SELF));
  }

  /** Breaks {@code matrix.value.out-of-range}. */
  @Test
  void outOfRangeInTheSingleFormPointsAtTheRoot() {
    Assessment a = Assessment.single("Ann", LocalDate.parse("2024-01-31"), 1.2, -0.1, Scope.TEAM);
    ValidationResult result = AssessmentValidator.validate(a);
    assertEquals(2, result.violations().size());
    assertViolation(
        result.violations().get(0),
        RuleCode.MATRIX_VALUE_OUT_OF_RANGE,
        Severity.ERROR,
        "$.expertise");
    assertTrue(result.violations().get(0).message().contains("1.2"));
    assertViolation(
        result.violations().get(1),
        RuleCode.MATRIX_VALUE_OUT_OF_RANGE,
        Severity.ERROR,
        "$.changeSkill");
    assertFalse(result.isValid());
    // Figures still in range: clamped to expertise 1, changeSkill 0.
    assertEquals(0.0, a.competence(), EPS);
    assertEquals(0.0, a.leadership(), EPS);
  }

  @Test
  void outOfRangeInATrajectoryPointsAtTheEntry() {
    Assessment a =
        Assessment.trajectory(
            "Ann",
            List.of(
                position("2023-01-01", 0.5, 0.5, Scope.SELF),
                position("2024-01-01", 1.5, 0.9, Scope.SELF)));
    ValidationResult result = AssessmentValidator.validate(a);
    assertEquals(1, result.violations().size());
    assertViolation(
        result.violations().get(0),
        RuleCode.MATRIX_VALUE_OUT_OF_RANGE,
        Severity.ERROR,
        "$.history[1].expertise");
    // clamped: √(1 × 0.9)
    assertEquals(Math.sqrt(0.9), a.competence(), EPS);
  }

  /** Breaks {@code matrix.trajectory.dates-out-of-order}. */
  @Test
  void datesMustStrictlyIncrease() {
    Assessment a =
        Assessment.trajectory(
            "Ann",
            List.of(
                position("2023-01-01", 0.6, 0.6, Scope.SELF),
                position("2023-01-01", 0.7, 0.6, Scope.SELF),
                position("2022-01-01", 0.8, 0.6, Scope.SELF)));
    List<Violation> found =
        AssessmentValidator.validate(a).of(RuleCode.MATRIX_TRAJECTORY_DATES_OUT_OF_ORDER);
    assertEquals(2, found.size());
    assertViolation(
        found.get(0),
        RuleCode.MATRIX_TRAJECTORY_DATES_OUT_OF_ORDER,
        Severity.ERROR,
        "$.history[1].date");
    assertViolation(
        found.get(1),
        RuleCode.MATRIX_TRAJECTORY_DATES_OUT_OF_ORDER,
        Severity.ERROR,
        "$.history[2].date");
  }

  /** Breaks {@code matrix.trajectory.influence-before-competence}. */
  @Test
  void influenceBeforeCompetenceUsesTheLaterEntry() {
    Assessment a =
        Assessment.trajectory(
            "Ann",
            List.of(
                position("2021-01-01", 0.3, 0.3, Scope.SELF),
                // influence rose (self → team) while competence √(0.4 × 0.4) = 0.4 is still below
                // 0.5
                position("2022-01-01", 0.4, 0.4, Scope.TEAM),
                // influence rose (team → department) and competence √(0.6 × 0.6) = 0.6 caught up:
                // no warning
                position("2023-01-01", 0.6, 0.6, Scope.DEPARTMENT),
                // competence stayed: no influence rise, no warning
                position("2024-01-01", 0.3, 0.3, Scope.DEPARTMENT)));
    ValidationResult result = AssessmentValidator.validate(a);
    assertEquals(1, result.violations().size());
    assertViolation(
        result.violations().get(0),
        RuleCode.MATRIX_TRAJECTORY_INFLUENCE_BEFORE_COMPETENCE,
        Severity.WARNING,
        "$.history[1].scope");
    assertTrue(result.isValid());
    assertTrue(result.violations().get(0).message().contains("self to team"));
  }

  static void assertViolation(Violation v, RuleCode rule, Severity severity, String path) {
    assertEquals(rule.code(), v.code(), v::toString);
    assertEquals(severity, v.severity(), v::toString);
    assertEquals(path, v.path().toString(), v::toString);
  }
}

package dev.kaizen.progression;

import static dev.kaizen.progression.Fixtures.a37;
import static dev.kaizen.progression.Fixtures.a37CheckedAt;
import static dev.kaizen.progression.Fixtures.caseWith;
import static dev.kaizen.progression.Fixtures.kz1;
import static dev.kaizen.progression.Fixtures.kz1EvaluatedAt;
import static dev.kaizen.progression.Fixtures.level;
import static dev.kaizen.progression.FrameworkTest.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Scorer;
import dev.kaizen.core.Direction;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import dev.kaizen.matrix.Assessment;
import dev.kaizen.scoring.Score;
import dev.kaizen.sixstep.Evaluation;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenRecordScorer;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Severity;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressionCaseTest {
  private static final double EPS = 1e-9;

  @Test
  void seniorExampleByHand() {
    // The shared example progression-case-senior.json (Fixtures.senior()):
    // KZ-1: all 8 rigour checks hold → rigour 100 × 8 / 8 = 100; complete; 5 → 2.3 minutes (lower
    //   is better): improvement 2.7 > 0; scope team.
    // A3-7: smart = 100 × 5 / 5 = 100 (S metric has name and unit; M baseline 22 and target
    //   22 × (1 − 0.2) = 17.6; A 17.6 < 22 and ≥ 0; R "major" of the metric name is in the
    //   background; T deadline 2024-04-30 after opened 2024-01-08);
    //   traceability = 100 × (1 traced countermeasure C1 + 1 addressed unrefuted hypothesis H1)
    //   / (1 countermeasure + 1 unrefuted hypothesis; H2 is refuted) = 100;
    //   rigour = (100 + 100) / 2 = 100; all seven sections, check result 15: complete;
    //   22 → 15 issues (lower is better): improvement 7 > 0; scope department.
    // changeSkill = mean(100, 100) / 100 = 1
    // competence = √(0.75 × 1) = 0.8660254
    // scope = widest counted = department → influence 0.6; evidence count 2
    // leadership = 100 × √(0.8660254 × 0.6) = 100 × √0.5196152 ≈ 72.0843
    // L1 (0, self, 0): met; L2 (0.4, peers, 1): met; L3 (0.6, team, 1): met;
    // L4 (0.75, department, 3): competence 0.866 ≥ 0.75, department ≥ department, but 2 < 3 → not
    // met.
    // Highest level L3 = target → met; next focus for L4: competence and scope met → evidence.
    ProgressionCase c = Fixtures.senior();
    assertEquals(100.0, KaizenRecordScorer.rigour(kz1()), EPS);
    assertEquals(100.0, A3Scorer.smart(a37()), EPS);
    assertEquals(100.0, A3Scorer.traceability(a37()), EPS);
    EvidenceRecord a3 = c.evaluation().records().get(1);
    assertEquals(100.0, a3.rigour(), EPS);
    assertTrue(a3.isComplete());
    assertEquals(7.0, a3.improvement().getAsDouble(), EPS);
    assertEquals(EvidenceStatus.COUNTED, a3.status());
    assertEquals(1.0, c.changeSkill(), EPS);
    assertEquals(Math.sqrt(0.75), c.competence(), EPS);
    assertEquals(0.8660254, c.competence(), 1e-7);
    assertEquals(Scope.DEPARTMENT, c.scope());
    assertEquals(0.6, c.influence(), EPS);
    assertEquals(2, c.evidenceCount());
    assertEquals(100 * Math.sqrt(Math.sqrt(0.75) * 0.6), c.leadership(), EPS);
    assertEquals(72.08434, c.leadership(), 1e-5);
    assertEquals(
        List.of(true, true, true, false), c.levels().stream().map(LevelResult::met).toList());
    LevelResult l4 = c.levels().get(3);
    assertEquals(List.of(true, true, false), l4.criteria().stream().map(Criterion::met).toList());
    assertEquals("L3", c.highestLevel().orElseThrow().id());
    assertTrue(c.targetMet());
    assertEquals(ProgressionFocus.EVIDENCE, c.nextFocus());
    assertEquals(List.of(), Kaizen.validate(c).violations());
    Score score = Kaizen.score(c);
    assertEquals("progression-default/1", score.policy());
    assertEquals(c.leadership(), score.total(), EPS);
    String text = String.join("\n", ProgressionExplanation.explain(c.evaluation()));
    assertTrue(
        text.contains(
            "scope department, influence 0.6: the widest scope among the counted records (A3-7)"),
        text);
    assertTrue(
        text.contains(
            "Next focus: evidence. To reach L4 \"Staff engineer\":\n  add 1 more complete record"),
        text);
  }

  @Test
  void a3EvidenceWithoutCheckResultIsIncomplete() {
    A3 a3 =
        a37().withCheck(a37().check().orElseThrow().withResult(java.util.OptionalDouble.empty()));
    ProgressionCase c = caseWith(List.of(kz1(), a3));
    List<Violation> found = Kaizen.validate(c).violations();
    assertEquals(1, found.size(), found::toString);
    assertViolation(
        found.get(0), RuleCode.PROGRESSION_EVIDENCE_INCOMPLETE, Severity.WARNING, "$.evidence[1]");
    assertTrue(
        found.get(0).message().contains("the check's result is missing"), found.get(0)::message);
    assertEquals(Scope.TEAM, c.scope());
    // an A3 with only its first three sections misses sections 4 to 7
    A3 firstThree =
        A3.builder()
            .from(a37())
            .rootCauses(List.of())
            .countermeasures(List.of())
            .check(Optional.empty())
            .followUp(Optional.empty())
            .build();
    EvidenceRecord r = caseWith(List.of(firstThree)).evaluation().records().get(0);
    assertEquals(EvidenceStatus.INCOMPLETE, r.status());
    assertEquals(4, r.missing().size());
  }

  @Test
  void a3EvidenceWithoutImprovement() {
    ProgressionCase c = caseWith(List.of(kz1(), a37CheckedAt(22)));
    List<Violation> found = Kaizen.validate(c).violations();
    assertEquals(1, found.size(), found::toString);
    assertViolation(
        found.get(0),
        RuleCode.PROGRESSION_EVIDENCE_NO_IMPROVEMENT,
        Severity.WARNING,
        "$.evidence[1]");
    // its rigour counts (changeSkill stays 1), its department scope does not
    assertEquals(1.0, c.changeSkill(), EPS);
    assertEquals(Scope.TEAM, c.scope());
    assertEquals(1, c.evidenceCount());
    assertEquals(ProgressionFocus.INFLUENCE, c.nextFocus());
  }

  @Test
  void invalidA3EvidenceNamesItsFirstError() {
    A3 a3 =
        a37()
            .withCheck(
                a37()
                    .check()
                    .orElseThrow()
                    .withMetric(Metric.of("major issues", "issues", Direction.LOWER)));
    ProgressionCase c = caseWith(List.of(kz1(), a3));
    List<Violation> found = Kaizen.validate(c).violations();
    assertEquals(1, found.size(), found::toString);
    assertViolation(
        found.get(0), RuleCode.PROGRESSION_EVIDENCE_INVALID, Severity.WARNING, "$.evidence[1]");
    assertTrue(
        found.get(0).message().contains("a3.check.metric-mismatch at $.evidence[1].check.metric"),
        found.get(0)::message);
    assertEquals(Scope.TEAM, c.scope());
    assertTrue(Kaizen.validate(c).isValid());
  }

  @Test
  void kaizenOnlyCaseByHand() {
    // KZ-1: all 8 rigour checks hold → rigour 100; complete; 5 → 2.3 minutes (lower is better):
    // positive; scope team.
    // changeSkill = 100 / 100 = 1; competence = √(0.75 × 1) ≈ 0.8660; scope team, influence 0.4;
    // evidence count 1; leadership = 100 × √(0.8660 × 0.4) ≈ 58.86.
    // L1 (0, self, 0) met; L2 (0.4, peers, 1) met; L3 (0.6, team, 1) met;
    // L4 (0.75, department, 3): competence met, scope team < department, evidence 1 < 3 → not met.
    // Highest L3 = target; next focus for L4: competence met, scope short → influence.
    ProgressionCase c = caseWith(List.of(kz1()));
    assertEquals(100.0, KaizenRecordScorer.rigour(kz1()), EPS);
    ProgressionEvaluation e = c.evaluation();
    assertEquals(1, e.records().size());
    EvidenceRecord r = e.records().get(0);
    assertEquals(EvidenceStatus.COUNTED, r.status());
    assertEquals("$.evidence[0]", r.path().toString());
    assertEquals(2.7, r.improvement().getAsDouble(), EPS);
    assertEquals(1.0, c.changeSkill(), EPS);
    assertEquals(Math.sqrt(0.75), c.competence(), EPS);
    assertEquals(Scope.TEAM, c.scope());
    assertEquals(0.4, c.influence(), EPS);
    assertEquals(1, c.evidenceCount());
    assertEquals(100 * Math.sqrt(Math.sqrt(0.75) * 0.4), c.leadership(), EPS);
    assertEquals(
        List.of(true, true, true, false), c.levels().stream().map(LevelResult::met).toList());
    assertEquals("L3", c.highestLevel().orElseThrow().id());
    assertTrue(c.targetMet());
    assertEquals(ProgressionFocus.INFLUENCE, c.nextFocus());
    LevelResult l4 = c.levels().get(3);
    assertTrue(l4.competence().met());
    assertEquals(0.75, l4.competence().required(), EPS);
    assertFalse(l4.scope().met());
    assertEquals(Scope.DEPARTMENT, l4.scope().required());
    assertEquals(Scope.TEAM, l4.scope().actual());
    assertFalse(l4.evidence().met());
    assertEquals(3, l4.evidence().required());
    assertEquals(1, l4.evidence().actual());
    assertEquals(
        List.of(CriterionName.COMPETENCE, CriterionName.SCOPE, CriterionName.EVIDENCE),
        l4.criteria().stream().map(Criterion::name).toList());
    assertEquals(List.of(), ProgressionCaseValidator.validate(c).violations());
    Score score = Kaizen.score(c);
    assertEquals("progression-default/1", score.policy());
    assertEquals(c.leadership(), score.total(), EPS);
  }

  @Test
  void explanationNamesEveryFigure() {
    List<String> lines =
        ProgressionExplanation.explain(caseWith(List.of(kz1(), kz1EvaluatedAt(5.0))).evaluation());
    String text = String.join("\n", lines);
    assertTrue(text.contains("$.evidence[0] kaizen KZ-1"), text);
    assertTrue(text.contains("counts: complete, rigour 100"), text);
    assertTrue(
        text.contains("$.evidence[1] kaizen KZ-1")
            && text.contains(
                "went from 5 to 5 minutes (lower is better), no better than the baseline"),
        text);
    assertTrue(
        text.contains(
            "changeSkill 1 = mean rigour (100, 100) / 100 of the 2 complete, valid records"),
        text);
    assertTrue(text.contains("competence 0.866 = √(expertise 0.75 × changeSkill 1)"), text);
    assertTrue(text.contains("scope team, influence 0.4"), text);
    assertTrue(text.contains("Level L4 \"Staff engineer\": not met"), text);
    assertTrue(text.contains("Highest level met: L3"), text);
    assertTrue(text.contains("Target L3 \"Senior engineer\": met."), text);
    assertTrue(text.contains("Next focus: influence. To reach L4"), text);
    assertTrue(text.contains("widen the scope from team to at least department"), text);
    assertTrue(text.contains("add 2 more complete records"), text);
  }

  @Test
  void invalidEvidenceCountsForNothingAndNamesItsFirstError() {
    // step 6 on another metric: kaizen.evaluation.metric-mismatch (error)
    KaizenRecord broken =
        kz1()
            .withEvaluation(
                Evaluation.builder()
                    .from(kz1().evaluation().orElseThrow())
                    .metric(Metric.of("script run time", "seconds", Direction.LOWER))
                    .build());
    ProgressionCase c = caseWith(List.of(kz1(), broken));
    ValidationResult result = ProgressionCaseValidator.validate(c);
    assertEquals(1, result.violations().size());
    Violation v = result.violations().get(0);
    assertViolation(v, RuleCode.PROGRESSION_EVIDENCE_INVALID, Severity.WARNING, "$.evidence[1]");
    assertTrue(
        v.message()
            .contains("kaizen.evaluation.metric-mismatch at $.evidence[1].evaluation.metric"),
        v::message);
    assertTrue(result.isValid(), "a case with broken evidence stays valid");
    EvidenceRecord r = c.evaluation().records().get(1);
    assertEquals(EvidenceStatus.INVALID, r.status());
    assertFalse(r.countsForChangeSkill());
    assertEquals(1, c.evidenceCount());
  }

  @Test
  void incompleteEvidenceIsReported() {
    KaizenRecord inProgress = kz1().withEvaluation(Optional.empty());
    ProgressionCase c = caseWith(List.of(inProgress));
    List<Violation> found = ProgressionCaseValidator.validate(c).violations();
    assertEquals(1, found.size());
    assertViolation(
        found.get(0), RuleCode.PROGRESSION_EVIDENCE_INCOMPLETE, Severity.WARNING, "$.evidence[0]");
    assertTrue(
        found.get(0).message().contains("step 6 (evaluate the new method)"), found.get(0)::message);
    // nothing counts: changeSkill 0, competence 0, scope self; L1 (0, self, 0) still met.
    assertEquals(0.0, c.changeSkill(), EPS);
    assertEquals(0.0, c.competence(), EPS);
    assertEquals(Scope.SELF, c.scope());
    assertEquals("L1", c.highestLevel().orElseThrow().id());
    assertEquals(ProgressionFocus.COMPETENCE, c.nextFocus());
    assertFalse(c.targetMet());
  }

  @Test
  void evidenceWithoutImprovementCountsOnlyForChangeSkill() {
    // evaluated at the baseline 5.0: improvement 0, not positive
    ProgressionCase c = caseWith(List.of(kz1EvaluatedAt(5.0)));
    List<Violation> found = ProgressionCaseValidator.validate(c).violations();
    assertEquals(1, found.size());
    assertViolation(
        found.get(0),
        RuleCode.PROGRESSION_EVIDENCE_NO_IMPROVEMENT,
        Severity.WARNING,
        "$.evidence[0]");
    // rigour 100 counts: changeSkill 1; but no scope, no evidence
    assertEquals(1.0, c.changeSkill(), EPS);
    assertEquals(Scope.SELF, c.scope());
    assertEquals(0, c.evidenceCount());
    // L2 needs peers and 1 evidence: competence met, scope short → influence
    assertEquals("L1", c.highestLevel().orElseThrow().id());
    assertEquals(ProgressionFocus.INFLUENCE, c.nextFocus());
    assertEquals(0.0, c.leadership(), EPS);
  }

  @Test
  void unknownTargetLevelIsAnError() {
    ProgressionCase c = ProgressionCase.copyOf(caseWith(List.of(kz1()))).withTargetLevel("L9");
    ValidationResult result = Kaizen.validate(c);
    assertEquals(1, result.violations().size());
    assertViolation(
        result.violations().get(0),
        RuleCode.PROGRESSION_TARGET_UNKNOWN_LEVEL,
        Severity.ERROR,
        "$.targetLevel");
    assertTrue(result.violations().get(0).message().contains("L1, L2, L3, L4"));
    assertFalse(c.targetMet());
    assertTrue(c.evaluation().target().isEmpty());
    assertTrue(
        String.join("\n", ProgressionExplanation.explain(c.evaluation()))
            .contains("Target L9: not a level of the framework"));
  }

  @Test
  void frameworkViolationsAppearUnderFramework() {
    Framework bad =
        Framework.builder()
            .name("bad")
            .addLevels(level("L1", "a", 0.5, Scope.TEAM, 1), level("L3", "b", 0.4, Scope.TEAM, 1))
            .build();
    ProgressionCase c = ProgressionCase.copyOf(caseWith(List.of(kz1()))).withFramework(bad);
    List<Violation> found = ProgressionCaseValidator.validate(c).violations();
    assertEquals(1, found.size());
    assertViolation(
        found.get(0),
        RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE,
        Severity.ERROR,
        "$.framework.levels[1].minCompetence");
  }

  @Test
  void expertiseOutOfRangeIsAnErrorAndClamped() {
    ProgressionCase c = ProgressionCase.copyOf(caseWith(List.of(kz1()))).withExpertise(1.5);
    List<Violation> found = ProgressionCaseValidator.validate(c).violations();
    assertEquals(1, found.size());
    assertViolation(
        found.get(0), RuleCode.MATRIX_VALUE_OUT_OF_RANGE, Severity.ERROR, "$.expertise");
    assertEquals(1.0, c.competence(), EPS); // √(clamp(1.5) × 1)
    assertThrows(
        IllegalArgumentException.class, () -> ProgressionCase.copyOf(c).withExpertise(Double.NaN));
  }

  @Test
  void brokenEvidenceStillScoresWithReasons() {
    KaizenRecord outOfOrder =
        kz1().withChanges(List.of()); // step 6 without step 5: kaizen.steps.out-of-order
    ProgressionCase c =
        caseWith(
            List.of(
                outOfOrder, kz1().withEvaluation(Optional.empty()), kz1EvaluatedAt(6.0), kz1()));
    List<Violation> found = ProgressionCaseValidator.validate(c).violations();
    assertEquals(
        List.of(
            "progression.evidence.invalid",
            "progression.evidence.incomplete",
            "progression.evidence.no-improvement"),
        found.stream().map(Violation::code).toList());
    assertEquals(
        List.of("$.evidence[0]", "$.evidence[1]", "$.evidence[2]"),
        found.stream().map(v -> v.path().toString()).toList());
    assertTrue(
        found.get(0).message().contains("kaizen.steps.out-of-order at $.evidence[0].evaluation"),
        found.get(0)::message);
    Score score = Kaizen.score(c);
    // rigour of the complete, valid records: KZ-1 at 6.0 (100) and KZ-1 (100) → changeSkill 1;
    // counted: only $.evidence[3] → scope team, count 1
    assertEquals(1.0, c.changeSkill(), EPS);
    assertEquals(1, c.evidenceCount());
    assertEquals(100 * Math.sqrt(Math.sqrt(0.75) * 0.4), score.total(), EPS);
    assertEquals(
        List.of(
            EvidenceStatus.INVALID,
            EvidenceStatus.INCOMPLETE,
            EvidenceStatus.NO_IMPROVEMENT,
            EvidenceStatus.COUNTED),
        c.evaluation().records().stream().map(EvidenceRecord::status).toList());
    assertEquals(3, c.evaluation().notCounted().size());
    assertEquals(1, c.evaluation().counted().size());
  }

  @Test
  void cappedLevelAndCompetenceFocus() {
    // L2 asks for more competence than the candidate has, L3 for less than... no: monotone levels,
    // but an expertise of 0.1 gives competence √(0.1 × 1) ≈ 0.316 < 0.4 (L2).
    ProgressionCase c = ProgressionCase.copyOf(caseWith(List.of(kz1()))).withExpertise(0.1);
    assertEquals("L1", c.highestLevel().orElseThrow().id());
    assertEquals(ProgressionFocus.COMPETENCE, c.nextFocus());
    String text = String.join("\n", ProgressionExplanation.explain(c.evaluation()));
    // 0.4² / 0.1 = 1.6 > 1: no change skill is enough
    assertTrue(text.contains("expertise must grow to at least 0.16"), text);
  }

  @Test
  void aLevelWhoseCriteriaHoldIsCappedByAnUnmetLowerLevel() {
    // Not monotone (an error), but the evaluation still applies the levels in order.
    Framework f =
        Framework.builder()
            .name("f")
            .addLevels(level("A", "a", 0.0, Scope.SELF, 5), level("B", "b", 0.0, Scope.SELF, 0))
            .build();
    ProgressionCase c =
        ProgressionCase.copyOf(caseWith(List.of(kz1()))).withFramework(f).withTargetLevel("B");
    LevelResult b = c.levels().get(1);
    assertTrue(b.criteriaMet());
    assertFalse(b.met());
    assertTrue(b.capped());
    assertTrue(c.highestLevel().isEmpty());
    assertFalse(c.targetMet());
    assertEquals(ProgressionFocus.EVIDENCE, c.nextFocus());
  }

  @Test
  void everyLevelMetMeansNoFocus() {
    Framework f =
        Framework.builder().name("f").addLevels(level("A", "a", 0.0, Scope.SELF, 0)).build();
    ProgressionCase c =
        ProgressionCase.copyOf(caseWith(List.of())).withFramework(f).withTargetLevel("A");
    assertEquals(ProgressionFocus.NONE, c.nextFocus());
    assertTrue(c.targetMet());
    assertEquals(0.0, c.changeSkill(), EPS);
  }

  @Test
  void onlyKaizenRecordsAndA3sAreEvidence() {
    Assessment a = Assessment.single("x", LocalDate.parse("2024-01-01"), 0.5, 0.5, Scope.SELF);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> caseWith(List.of(kz1(), a)));
    assertTrue(
        e.getMessage().contains("evidence[1] is a document of kind assessment"), e::getMessage);
  }

  @Test
  void evaluationIsComputedOnce() {
    ProgressionCase c = caseWith(List.of(kz1()));
    ProgressionEvaluation first = c.evaluation();
    Kaizen.validate(c);
    Kaizen.score(c);
    assertTrue(first == c.evaluation(), "the evaluation is cached on the case");
  }
}

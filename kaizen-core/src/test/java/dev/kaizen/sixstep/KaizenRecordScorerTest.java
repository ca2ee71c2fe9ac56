package dev.kaizen.sixstep;

import static dev.kaizen.sixstep.KaizenFixtures.analysis;
import static dev.kaizen.sixstep.KaizenFixtures.automationScript;
import static dev.kaizen.sixstep.KaizenFixtures.change;
import static dev.kaizen.sixstep.KaizenFixtures.contributor;
import static dev.kaizen.sixstep.KaizenFixtures.idea;
import static dev.kaizen.sixstep.KaizenFixtures.inProgress;
import static dev.kaizen.sixstep.KaizenFixtures.unmeasured;
import static dev.kaizen.sixstep.KaizenFixtures.unmeasuredChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.kaizen.Kaizen;
import dev.kaizen.core.Direction;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Level;
import dev.kaizen.core.Metric;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KaizenRecordScorerTest {
  private static final double TOLERANCE = 1e-9;

  private static Score score(KaizenRecord record) {
    return KaizenRecordScorer.defaults().score(record);
  }

  private static double part(Score score, String name) {
    return score.part(name).orElseThrow().value();
  }

  private static KaizenRecord withPotential(Potential potential) {
    return automationScript().withPotential(potential);
  }

  /** Asserts that exactly {@code failing} is unsatisfied and the rigour is 7/8. */
  private static void assertOnlyFails(RigourCheck failing, KaizenRecord record) {
    Set<RigourCheck> expected = EnumSet.allOf(RigourCheck.class);
    expected.remove(failing);
    assertEquals(expected, RigourCheck.satisfiedBy(record));
    Score score = score(record);
    // rigour = 100 × 7 / 8 = 87.5; completeness and impact stay 100
    assertEquals(87.5, part(score, "rigour"), TOLERANCE);
    assertEquals(100, part(score, "completeness"), TOLERANCE);
    assertEquals(100, part(score, "impact"), TOLERANCE);
    // total = 0.3 × 100 + 0.3 × 87.5 + 0.4 × 100 = 30 + 26.25 + 40 = 96.25
    assertEquals(96.25, score.total(), TOLERANCE);
  }

  // ------------------------------------------------------------------ the example

  @Test
  void exampleScoresOneHundredEverywhere() {
    Score score = score(automationScript());
    // completeness = 100 × 6 / 6 = 100; rigour = 100 × 8 / 8 = 100;
    // impact = 100 × clamp(1.08, 0, 1) = 100; total = 0.3 × 100 + 0.3 × 100 + 0.4 × 100 = 100
    assertEquals("kaizen-default/1", score.policy());
    assertEquals(
        List.of("completeness", "rigour", "impact"),
        score.parts().stream().map(ScorePart::name).collect(Collectors.toList()));
    assertEquals(
        List.of(0.3, 0.3, 0.4),
        score.parts().stream().map(ScorePart::weight).collect(Collectors.toList()));
    assertEquals(100, part(score, "completeness"), TOLERANCE);
    assertEquals(100, part(score, "rigour"), TOLERANCE);
    assertEquals(100, part(score, "impact"), TOLERANCE);
    assertEquals(100, score.total(), TOLERANCE);
    assertEquals(EnumSet.allOf(RigourCheck.class), RigourCheck.satisfiedBy(automationScript()));
  }

  @Test
  void partsAreReachableOneByOne() {
    assertEquals(100, KaizenRecordScorer.completeness(automationScript()), TOLERANCE);
    assertEquals(100, KaizenRecordScorer.rigour(automationScript()), TOLERANCE);
    assertEquals(100, KaizenRecordScorer.impact(automationScript()), TOLERANCE);
    assertEquals(50, KaizenRecordScorer.completeness(inProgress(3)), TOLERANCE);
  }

  @Test
  void kaizenFacadeScoresWithTheDefaultPolicy() {
    assertEquals(score(inProgress(4)), Kaizen.score(inProgress(4)));
  }

  @Test
  void equalRecordsScoreEquallyWhateverTheOrderOfContributors() {
    List<Contributor> c = KaizenFixtures.analysis().contributors();
    KaizenRecord shuffled =
        automationScript().withAnalysis(analysis(c.get(2), c.get(0), c.get(3), c.get(1)));
    assertEquals(score(automationScript()), score(shuffled));
  }

  // ------------------------------------------------------------------ each rigour check failing

  @Test
  void rigourWithoutABetterTarget() {
    assertOnlyFails(
        RigourCheck.QUANTIFIED_POTENTIAL,
        withPotential(Potential.copyOf(KaizenFixtures.potential()).withTarget(5.0)));
  }

  @Test
  void rigourWithoutFrequency() {
    assertOnlyFails(
        RigourCheck.FREQUENCY,
        withPotential(
            Potential.copyOf(KaizenFixtures.potential()).withFrequency(Optional.empty())));
  }

  @Test
  void rigourWithAContributorWithoutValue() {
    assertOnlyFails(
        RigourCheck.MEASURED_CONTRIBUTORS,
        automationScript()
            .withAnalysis(analysis(contributor("download", 2.6), unmeasured("tests"))));
  }

  @Test
  void rigourWithASingleContributor() {
    assertOnlyFails(
        RigourCheck.MEASURED_CONTRIBUTORS,
        automationScript().withAnalysis(analysis(contributor("everything", 5))));
  }

  @Test
  void rigourWithASingleIdea() {
    assertOnlyFails(
        RigourCheck.SEVERAL_IDEAS,
        automationScript()
            .withIdeas(KaizenFixtures.ideas().get(0))
            .withChanges(change("I1", "2024-02-12", "2024-02-13", 2.3)));
  }

  @Test
  void rigourWithoutAnOutsideIdea() {
    assertOnlyFails(
        RigourCheck.OUTSIDE_IDEA,
        automationScript()
            .withIdeas(
                idea("I1", Level.LOW, Level.HIGH, IdeaSource.OWN),
                idea("I2", Level.MEDIUM, Level.MEDIUM)));
  }

  @Test
  void rigourWithoutStakeholders() {
    assertOnlyFails(
        RigourCheck.STAKEHOLDERS_AND_RISKS,
        automationScript()
            .withPlan(Plan.copyOf(KaizenFixtures.plan()).withStakeholders(List.of())));
  }

  @Test
  void rigourWithoutRisks() {
    assertOnlyFails(
        RigourCheck.STAKEHOLDERS_AND_RISKS,
        automationScript().withPlan(Plan.copyOf(KaizenFixtures.plan()).withRisks(List.of())));
  }

  @Test
  void rigourWithTheLastChangeUnmeasured() {
    assertOnlyFails(
        RigourCheck.ONE_CHANGE_AT_A_TIME,
        automationScript()
            .withChanges(
                change("I1", "2024-02-12", "2024-02-13", 3.1),
                unmeasuredChange("I2", "2024-02-19")));
  }

  @Test
  void rigourWithTwoChangesAtOnce() {
    assertOnlyFails(
        RigourCheck.ONE_CHANGE_AT_A_TIME,
        automationScript()
            .withChanges(
                change("I1", "2024-02-12", "2024-02-15", 3.1),
                change("I2", "2024-02-14", "2024-02-20", 2.3)));
  }

  @Test
  void rigourWithAMeasurementBeforeItsChange() {
    assertOnlyFails(
        RigourCheck.ONE_CHANGE_AT_A_TIME,
        automationScript()
            .withChanges(
                change("I1", "2024-02-12", "2024-02-11", 3.1),
                change("I2", "2024-02-19", "2024-02-20", 2.3)));
  }

  @Test
  void rigourWithAnEvaluationOnAnotherMetric() {
    assertOnlyFails(
        RigourCheck.SAME_MEASURE,
        automationScript()
            .withEvaluation(
                Evaluation.copyOf(KaizenFixtures.evaluation())
                    .withMetric(Metric.of("script run time", "seconds", Direction.LOWER))));
  }

  // ------------------------------------------------------------------ in progress

  @ParameterizedTest(name = "steps 1..{0}: completeness {1}, rigour {2}, total {3}")
  @CsvSource({
    // completeness = 100 k / 6; rigour = 100 × checks / 8 (checks of later steps unsatisfied);
    // impact = 0; total = 0.3 completeness + 0.3 rigour
    "1, 16.666666666666668, 25.0, 12.5", // checks 1, 2:          5 + 7.5
    "2, 33.333333333333336, 37.5, 21.25", // + 3:                 10 + 11.25
    "3, 50.0,               62.5, 33.75", // + 4, 5:              15 + 18.75
    "4, 66.66666666666667,  75.0, 42.5", // + 6:                 20 + 22.5
    "5, 83.33333333333333,  87.5, 51.25", // + 7:                 25 + 26.25
  })
  void recordsInProgress(int steps, double completeness, double rigour, double total) {
    Score score = score(inProgress(steps));
    assertEquals(completeness, part(score, "completeness"), TOLERANCE);
    assertEquals(rigour, part(score, "rigour"), TOLERANCE);
    assertEquals(0, part(score, "impact"), TOLERANCE);
    assertEquals(total, score.total(), TOLERANCE);
  }

  @Test
  void completenessCountsFilledStepsEvenOutOfOrder() {
    // steps 1, 3, 4, 5, 6 filled: 100 × 5 / 6
    assertEquals(
        500.0 / 6,
        KaizenRecordScorer.completeness(automationScript().withAnalysis(Optional.empty())),
        TOLERANCE);
  }

  // ------------------------------------------------------------------ impact

  @Test
  void impactOfHalfTheTarget() {
    // baseline 5, target 2.5, value 3.75: attainment 1.25 / 2.5 = 0.5 → impact 50
    Score score = score(KaizenFixtures.evaluated(KaizenFixtures.scriptRunTime(), 5, 2.5, 3.75));
    assertEquals(50, part(score, "impact"), TOLERANCE);
    assertEquals(80, score.total(), TOLERANCE); // 30 + 30 + 0.4 × 50
  }

  @Test
  void impactOfAWorseResultIsZero() {
    // value 6: attainment -1 / 2.5 = -0.4 → clamped to 0
    Score score = score(KaizenFixtures.evaluated(KaizenFixtures.scriptRunTime(), 5, 2.5, 6));
    assertEquals(0, part(score, "impact"), TOLERANCE);
    assertEquals(60, score.total(), TOLERANCE);
  }

  @Test
  void impactOfABeatenTargetIsCappedAtOneHundred() {
    // deployments 4 → 13 against a target of 10: attainment 1.5 → 100
    assertEquals(100, KaizenRecordScorer.impact(KaizenFixtures.deploymentsPerWeek()), TOLERANCE);
  }

  @Test
  void impactIsZeroBeforeStepSix() {
    assertEquals(0, KaizenRecordScorer.impact(inProgress(5)), TOLERANCE);
  }

  // ------------------------------------------------------------------ policies

  private static ScoringPolicy acme(DocumentKind model, ImmutableMap<String, Double> weights) {
    return ScoringPolicy.builder().name("acme/2").model(model).weights(weights).build();
  }

  @Test
  void customPolicyChangesTheTotalAndIsNamed() {
    ScoringPolicy policy =
        acme(
            DocumentKind.KAIZEN,
            ImmutableMap.of("completeness", 0.2, "rigour", 0.2, "impact", 0.6));
    KaizenRecordScorer scorer = KaizenRecordScorer.withPolicy(policy);
    // The policy sets no threshold: pareto-cut keeps its default.
    assertEquals(policy.withThresholds(Map.of("pareto-cut", 0.8)), scorer.policy());
    KaizenRecord record = KaizenFixtures.evaluated(KaizenFixtures.scriptRunTime(), 5, 2.5, 3.75);
    Score score = scorer.score(record);
    assertEquals("acme/2", score.policy());
    // 0.2 × 100 + 0.2 × 100 + 0.6 × 50 = 70 (the default policy gives 80)
    assertEquals(70, score.total(), TOLERANCE);
    assertEquals(80, score(record).total(), TOLERANCE);
    assertEquals(
        List.of(0.2, 0.2, 0.6),
        score.parts().stream().map(ScorePart::weight).collect(Collectors.toList()));
  }

  @Test
  void defaultsUseTheDefaultPolicy() {
    assertSame(KaizenRecordScorer.DEFAULT_POLICY, KaizenRecordScorer.defaults().policy());
    assertEquals("kaizen-default/1", KaizenRecordScorer.DEFAULT_POLICY.name());
    assertEquals(DocumentKind.KAIZEN, KaizenRecordScorer.DEFAULT_POLICY.model());
    assertEquals(
        List.of("completeness", "rigour", "impact"),
        List.copyOf(KaizenRecordScorer.DEFAULT_POLICY.weights().keySet()));
  }

  @Test
  void withPolicyRejectsAPolicyOfAnotherModel() {
    ScoringPolicy policy =
        acme(DocumentKind.A3, ImmutableMap.of("completeness", 0.3, "rigour", 0.3, "impact", 0.4));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KaizenRecordScorer.withPolicy(policy));
    assertTrue(
        e.getMessage().contains("acme/2")
            && e.getMessage().contains("a3")
            && e.getMessage().contains("kaizen"),
        e.getMessage());
  }

  @Test
  void withPolicyRejectsWrongPartNames() {
    ScoringPolicy misspelt =
        acme(
            DocumentKind.KAIZEN, ImmutableMap.of("completeness", 0.3, "rigor", 0.3, "impact", 0.4));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KaizenRecordScorer.withPolicy(misspelt));
    assertTrue(
        e.getMessage().contains("rigor") && e.getMessage().contains("rigour"), e.getMessage());
  }

  @Test
  void withPolicyRejectsMissingOrExtraParts() {
    ScoringPolicy missing =
        acme(DocumentKind.KAIZEN, ImmutableMap.of("completeness", 0.5, "impact", 0.5));
    assertThrows(IllegalArgumentException.class, () -> KaizenRecordScorer.withPolicy(missing));
    ScoringPolicy extra =
        acme(
            DocumentKind.KAIZEN,
            ImmutableMap.of("completeness", 0.25, "rigour", 0.25, "impact", 0.25, "style", 0.25));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KaizenRecordScorer.withPolicy(extra));
    assertTrue(e.getMessage().contains("style"), e.getMessage());
  }
}

package dev.kaizen.sixstep;

import static dev.kaizen.sixstep.KaizenFixtures.analysis;
import static dev.kaizen.sixstep.KaizenFixtures.automationScript;
import static dev.kaizen.sixstep.KaizenFixtures.contributor;
import static dev.kaizen.sixstep.KaizenFixtures.idea;
import static dev.kaizen.sixstep.KaizenFixtures.inProgress;
import static dev.kaizen.sixstep.KaizenFixtures.unmeasured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Direction;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Level;
import dev.kaizen.core.Metric;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KaizenRecordTest {
  private static final double TOLERANCE = 1e-9;

  private static List<String> names(List<Contributor> contributors) {
    return contributors.stream().map(Contributor::name).collect(Collectors.toList());
  }

  private static List<String> ids(List<Idea> ideas) {
    return ideas.stream().map(Idea::id).collect(Collectors.toList());
  }

  private static KaizenRecord withContributors(Contributor... contributors) {
    return inProgress(2).withAnalysis(analysis(contributors));
  }

  private static KaizenRecord withFrequency(Frequency frequency) {
    KaizenRecord example = automationScript();
    return example.withPotential(Potential.copyOf(example.potential()).withFrequency(frequency));
  }

  @Test
  void isAKaizenDocument() {
    assertEquals(DocumentKind.KAIZEN, automationScript().kind());
  }

  // ------------------------------------------------------------------ gain

  @Test
  void gainPerOccurrenceIsTheGapFromBaselineToTarget() {
    assertEquals(2.5, automationScript().gainPerOccurrence(), TOLERANCE); // |5 - 2.5|
    assertEquals(6, KaizenFixtures.deploymentsPerWeek().gainPerOccurrence(), TOLERANCE); // |4 - 10|
  }

  @Test
  void exampleSavesOneHundredAndFiftyMinutesAWeek() {
    // 2.5 minutes × 12 times a day × 5 working days = 150
    assertEquals(150, automationScript().gainPerWeek().orElseThrow(), TOLERANCE);
  }

  @ParameterizedTest(name = "12 per {0}")
  @CsvSource({
    // gain 2.5 × 12 × factor
    "DAY,     150.0", // × 5
    "WEEK,    30.0", // × 1
    "MONTH,   6.923076923076923", // × 12/52 = 360/52
    "QUARTER, 2.3076923076923075", // × 4/52 = 120/52
    "YEAR,    0.5769230769230769", // × 1/52 = 30/52
  })
  void gainPerWeekUsesThePeriodFactor(Period per, double expected) {
    assertEquals(
        expected, withFrequency(Frequency.of(12, per)).gainPerWeek().orElseThrow(), TOLERANCE);
  }

  @Test
  void periodFactorsToOccurrencesPerWeek() {
    assertEquals(5.0, Period.DAY.perWeek(), TOLERANCE);
    assertEquals(1.0, Period.WEEK.perWeek(), TOLERANCE);
    assertEquals(12.0 / 52, Period.MONTH.perWeek(), TOLERANCE);
    assertEquals(4.0 / 52, Period.QUARTER.perWeek(), TOLERANCE);
    assertEquals(1.0 / 52, Period.YEAR.perWeek(), TOLERANCE);
    assertEquals(60, Frequency.of(12, Period.DAY).perWeek(), TOLERANCE);
    assertEquals(
        List.of("day", "week", "month", "quarter", "year"),
        List.of(Period.values()).stream().map(Period::token).collect(Collectors.toList()));
  }

  @Test
  void gainPerWeekIsAbsentWithoutFrequency() {
    KaizenRecord example = automationScript();
    KaizenRecord record =
        example.withPotential(
            Potential.copyOf(example.potential()).withFrequency(Optional.empty()));
    assertEquals(OptionalDouble.empty(), record.gainPerWeek());
    assertEquals(2.5, record.gainPerOccurrence(), TOLERANCE);
  }

  @Test
  void frequencyMustBePositiveAndFinite() {
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> Frequency.of(0, Period.DAY));
    assertTrue(zero.getMessage().contains("0.0"), zero.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> Frequency.of(-2, Period.WEEK));
    assertTrue(negative.getMessage().contains("-2.0"), negative.getMessage());
    IllegalArgumentException nan =
        assertThrows(IllegalArgumentException.class, () -> Frequency.of(Double.NaN, Period.WEEK));
    assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
  }

  // ------------------------------------------------------------------ contributors

  @Test
  void contributorsByValueLargestFirst() {
    KaizenRecord example = automationScript();
    assertEquals(
        List.of("dependency download", "test suite", "packaging", "upload"),
        names(example.contributorsByValue()));
    assertEquals("dependency download", example.largestContributor().orElseThrow().name());
  }

  @Test
  void contributorsByValueDoNotDependOnTheOrderWritten() {
    List<Contributor> written = KaizenFixtures.analysis().contributors();
    KaizenRecord reversed =
        automationScript()
            .withAnalysis(analysis(written.get(3), written.get(1), written.get(0), written.get(2)));
    assertEquals(
        List.of("dependency download", "test suite", "packaging", "upload"),
        names(reversed.contributorsByValue()));
    assertEquals(automationScript().paretoSet(), reversed.paretoSet());
  }

  @Test
  void paretoSetOfTheExample() {
    // total 5.0, 80% = 4.0: 2.6 < 4.0, 2.6 + 1.5 = 4.1 >= 4.0
    assertEquals(
        List.of("dependency download", "test suite"), names(automationScript().paretoSet()));
  }

  @Test
  void tiesAreOrderedByName() {
    KaizenRecord record =
        withContributors(contributor("gamma", 1), contributor("beta", 2), contributor("alpha", 2));
    assertEquals(List.of("alpha", "beta", "gamma"), names(record.contributorsByValue()));
    assertEquals("alpha", record.largestContributor().orElseThrow().name());
    // total 5, 80% = 4 = 2 + 2
    assertEquals(List.of("alpha", "beta"), names(record.paretoSet()));
  }

  @Test
  void contributorsWithoutValueComeLastAndNeverJoinTheParetoSet() {
    KaizenRecord record =
        withContributors(
            unmeasured("a-unmeasured"),
            contributor("z-small", 1),
            contributor("m-big", 3),
            unmeasured("b-unmeasured"));
    assertEquals(
        List.of("m-big", "z-small", "a-unmeasured", "b-unmeasured"),
        names(record.contributorsByValue()));
    assertEquals("m-big", record.largestContributor().orElseThrow().name());
    // total 4, 80% = 3.2: 3 < 3.2, 3 + 1 = 4
    assertEquals(List.of("m-big", "z-small"), names(record.paretoSet()));
  }

  @Test
  void noValuedContributorMeansNoLargestAndNoParetoSet() {
    KaizenRecord record = withContributors(unmeasured("b"), unmeasured("a"));
    assertEquals(List.of("a", "b"), names(record.contributorsByValue()));
    assertEquals(Optional.empty(), record.largestContributor());
    assertEquals(List.of(), record.paretoSet());
  }

  @Test
  void totalOfZeroMeansNoParetoSet() {
    KaizenRecord record = withContributors(contributor("a", 0), contributor("b", 0));
    assertEquals(List.of(), record.paretoSet());
    assertEquals("a", record.largestContributor().orElseThrow().name());
  }

  @Test
  void singleContributorOfAtLeastEightyPercentIsTheParetoSet() {
    // total 10, 80% = 8: 9 >= 8
    assertEquals(
        List.of("big"),
        names(withContributors(contributor("small", 1), contributor("big", 9)).paretoSet()));
    // a lone contributor is 100%
    assertEquals(List.of("only"), names(withContributors(contributor("only", 0.5)).paretoSet()));
  }

  @Test
  void contributorOfExactlyEightyPercentIsEnoughDespiteRounding() {
    // total 3.0, 80% = 2.4 exactly, although 0.8 × 3.0 is 2.4000000000000004 in doubles.
    assertEquals(
        List.of("big"),
        names(withContributors(contributor("big", 2.4), contributor("small", 0.6)).paretoSet()));
    // total 9.0, 80% = 7.2 = 5.8 + 1.4, although that sum is 7.199999999999999 in doubles.
    KaizenRecord record =
        withContributors(
            contributor("a", 5.8),
            contributor("b", 1.4),
            contributor("c", 0.8),
            contributor("d", 0.5),
            contributor("e", 0.5));
    assertEquals(List.of("a", "b"), names(record.paretoSet()));
  }

  @Test
  void fewestLargestContributorsReachingEightyPercent() {
    // total 10, 80% = 8: 4 + 3 = 7 < 8, 4 + 3 + 2 = 9
    KaizenRecord record =
        withContributors(
            contributor("d", 1), contributor("c", 2), contributor("b", 3), contributor("a", 4));
    assertEquals(List.of("a", "b", "c"), names(record.paretoSet()));
  }

  @Test
  void noContributorsBeforeStepTwo() {
    KaizenRecord record = inProgress(1);
    assertEquals(List.of(), record.contributorsByValue());
    assertEquals(Optional.empty(), record.largestContributor());
    assertEquals(List.of(), record.paretoSet());
  }

  // ------------------------------------------------------------------ ideas

  @Test
  void ideasOfTheExampleInPriorityOrder() {
    List<Idea> ideas = automationScript().ideas();
    assertEquals(
        List.of(2, 0, -2), ideas.stream().map(Idea::priority).collect(Collectors.toList()));
    assertEquals(List.of("I1", "I2", "I3"), ids(automationScript().ideasByPriority()));
    KaizenRecord shuffled = automationScript().withIdeas(ideas.get(2), ideas.get(0), ideas.get(1));
    assertEquals(List.of("I1", "I2", "I3"), ids(shuffled.ideasByPriority()));
  }

  @Test
  void equalPriorityPutsHigherGainFirst() {
    // all three have priority 0
    KaizenRecord record =
        inProgress(3)
            .withIdeas(
                idea("A", Level.LOW, Level.LOW),
                idea("C", Level.MEDIUM, Level.MEDIUM),
                idea("B", Level.HIGH, Level.HIGH));
    assertEquals(List.of("B", "C", "A"), ids(record.ideasByPriority()));
  }

  @Test
  void equalPriorityAndGainIsOrderedById() {
    KaizenRecord record =
        inProgress(3)
            .withIdeas(
                idea("I2", Level.MEDIUM, Level.HIGH),
                idea("I10", Level.MEDIUM, Level.HIGH),
                idea("I0", Level.LOW, Level.LOW));
    // I10 and I2: priority 1, gain high; ids compared as text. I0: priority 0.
    assertEquals(List.of("I10", "I2", "I0"), ids(record.ideasByPriority()));
  }

  @Test
  void priorityIsGainRankMinusEffortRank() {
    assertEquals(2, idea("x", Level.LOW, Level.HIGH).priority());
    assertEquals(-2, idea("x", Level.HIGH, Level.LOW).priority());
    assertEquals(1, idea("x", Level.LOW, Level.MEDIUM).priority());
    assertEquals(-1, idea("x", Level.MEDIUM, Level.LOW).priority());
  }

  @Test
  void quickWinsAreLowEffortHighGainInPriorityOrder() {
    assertEquals(List.of("I1"), ids(automationScript().quickWins()));
    KaizenRecord record =
        inProgress(3)
            .withIdeas(
                idea("Q2", Level.LOW, Level.HIGH),
                idea("N1", Level.LOW, Level.MEDIUM),
                idea("N2", Level.MEDIUM, Level.HIGH),
                idea("Q1", Level.LOW, Level.HIGH));
    assertEquals(List.of("Q1", "Q2"), ids(record.quickWins()));
    assertTrue(idea("x", Level.LOW, Level.HIGH).isQuickWin());
    assertFalse(idea("x", Level.MEDIUM, Level.HIGH).isQuickWin());
    assertEquals(List.of(), inProgress(2).quickWins());
  }

  // ------------------------------------------------------------------ current step

  @ParameterizedTest(name = "steps 1..{0} filled: current step {1}")
  @CsvSource({
    "1, 2, ANALYSIS",
    "2, 3, IDEAS",
    "3, 4, PLAN",
    "4, 5, CHANGES",
    "5, 6, EVALUATION",
  })
  void currentStepOfARecordInProgress(int filled, int current, KaizenStep step) {
    KaizenRecord record = inProgress(filled);
    assertEquals(Optional.of(step), record.currentStep());
    assertEquals(current, record.currentStepNumber());
    assertEquals(current, step.number());
    assertFalse(record.allStepsFilled());
    assertEquals(filled, record.filledSteps().size());
  }

  @Test
  void completeRecordHasNoCurrentStep() {
    KaizenRecord record = automationScript();
    assertEquals(Optional.empty(), record.currentStep());
    assertEquals(7, record.currentStepNumber());
    assertTrue(record.allStepsFilled());
    assertEquals(EnumSet.allOf(KaizenStep.class), record.filledSteps());
  }

  @Test
  void currentStepOfAnOutOfOrderRecordIsTheFirstMissingStep() {
    KaizenRecord record =
        automationScript().withAnalysis(Optional.empty()).withPlan(Optional.empty());
    assertEquals(Optional.of(KaizenStep.ANALYSIS), record.currentStep());
    assertEquals(2, record.currentStepNumber());
    assertFalse(record.allStepsFilled());
    assertEquals(
        EnumSet.of(
            KaizenStep.POTENTIAL, KaizenStep.IDEAS, KaizenStep.CHANGES, KaizenStep.EVALUATION),
        record.filledSteps());
  }

  @Test
  void emptyListStepsCountAsNotFilled() {
    KaizenRecord record = inProgress(4).withIdeas(List.of());
    assertFalse(record.isFilled(KaizenStep.IDEAS));
    assertTrue(record.isFilled(KaizenStep.PLAN));
    assertEquals(Optional.of(KaizenStep.IDEAS), record.currentStep());
  }

  @Test
  void stepsNameTheirJsonProperty() {
    assertEquals(
        List.of("potential", "analysis", "ideas", "plan", "changes", "evaluation"),
        List.of(KaizenStep.values()).stream()
            .map(KaizenStep::property)
            .collect(Collectors.toList()));
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6),
        List.of(KaizenStep.values()).stream().map(KaizenStep::number).collect(Collectors.toList()));
  }

  // ------------------------------------------------------------------ outcome

  @Test
  void outcomeOfTheExample() {
    KaizenOutcome outcome = automationScript().outcome().orElseThrow();
    assertEquals(2.7, outcome.improvement(), TOLERANCE); // 5 - 2.3
    assertEquals(0.54, outcome.relativeImprovement().orElseThrow(), TOLERANCE); // 2.7 / 5
    assertEquals(1.08, outcome.attainment(), TOLERANCE); // 2.7 / 2.5
    assertTrue(outcome.targetMet()); // 2.3 <= 2.5
  }

  @Test
  void outcomeIsAbsentBeforeStepSix() {
    assertEquals(Optional.empty(), inProgress(5).outcome());
  }

  @Test
  void targetMissed() {
    KaizenOutcome outcome =
        KaizenFixtures.evaluated(KaizenFixtures.scriptRunTime(), 5, 2.5, 3).outcome().orElseThrow();
    assertEquals(2, outcome.improvement(), TOLERANCE); // 5 - 3
    assertEquals(0.8, outcome.attainment(), TOLERANCE); // 2 / 2.5
    assertFalse(outcome.targetMet());
  }

  @Test
  void targetMetExactly() {
    KaizenOutcome outcome =
        KaizenFixtures.evaluated(KaizenFixtures.scriptRunTime(), 5, 2.5, 2.5)
            .outcome()
            .orElseThrow();
    assertEquals(1, outcome.attainment(), TOLERANCE);
    assertTrue(outcome.targetMet());
  }

  @Test
  void worseThanBaselineHasNegativeImprovement() {
    KaizenOutcome outcome =
        KaizenFixtures.evaluated(KaizenFixtures.scriptRunTime(), 5, 2.5, 6).outcome().orElseThrow();
    assertEquals(-1, outcome.improvement(), TOLERANCE);
    assertEquals(-0.2, outcome.relativeImprovement().orElseThrow(), TOLERANCE);
    assertEquals(-0.4, outcome.attainment(), TOLERANCE);
    assertFalse(outcome.targetMet());
  }

  @Test
  void outcomeOfAHigherMetric() {
    // deployments per week: baseline 4, target 10, evaluated 13
    KaizenOutcome outcome = KaizenFixtures.deploymentsPerWeek().outcome().orElseThrow();
    assertEquals(9, outcome.improvement(), TOLERANCE); // 13 - 4
    assertEquals(2.25, outcome.relativeImprovement().orElseThrow(), TOLERANCE); // 9 / 4
    assertEquals(1.5, outcome.attainment(), TOLERANCE); // 9 / |4 - 10|
    assertTrue(outcome.targetMet());
  }

  @Test
  void higherMetricBelowTarget() {
    Metric metric = Metric.of("deployments", "per week", Direction.HIGHER);
    KaizenOutcome outcome = KaizenFixtures.evaluated(metric, 4, 10, 7).outcome().orElseThrow();
    assertEquals(3, outcome.improvement(), TOLERANCE);
    assertEquals(0.5, outcome.attainment(), TOLERANCE);
    assertFalse(outcome.targetMet());
  }

  @Test
  void relativeImprovementIsAbsentWhenTheBaselineIsZero() {
    Metric metric = Metric.of("automated checks", "count", Direction.HIGHER);
    KaizenOutcome outcome = KaizenFixtures.evaluated(metric, 0, 10, 12).outcome().orElseThrow();
    assertEquals(12, outcome.improvement(), TOLERANCE);
    assertEquals(OptionalDouble.empty(), outcome.relativeImprovement());
    assertEquals(1.2, outcome.attainment(), TOLERANCE);
    assertTrue(outcome.targetMet());
  }

  @Test
  void relativeImprovementDividesByTheBaselinesMagnitude() {
    // net score from -4 to 3: improvement 7, relative 7 / |-4| = 1.75 (positive: it got better)
    Metric metric = Metric.of("net score", "points", Direction.HIGHER);
    KaizenOutcome outcome = KaizenFixtures.evaluated(metric, -4, 10, 3).outcome().orElseThrow();
    assertEquals(7, outcome.improvement(), TOLERANCE);
    assertEquals(1.75, outcome.relativeImprovement().orElseThrow(), TOLERANCE);
    assertEquals(0.5, outcome.attainment(), TOLERANCE); // 7 / 14
  }

  // ------------------------------------------------------------------ builder checks

  @Test
  void buildersRejectBadNumbersQuotingThem() {
    IllegalArgumentException reach =
        assertThrows(IllegalArgumentException.class, () -> automationScript().withReach(-3));
    assertTrue(reach.getMessage().contains("-3"), reach.getMessage());
    IllegalArgumentException baseline =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Potential.copyOf(KaizenFixtures.potential())
                    .withBaseline(Double.POSITIVE_INFINITY));
    assertTrue(baseline.getMessage().contains("Infinity"), baseline.getMessage());
    IllegalArgumentException value =
        assertThrows(
            IllegalArgumentException.class,
            () -> Evaluation.copyOf(KaizenFixtures.evaluation()).withValue(Double.NaN));
    assertTrue(value.getMessage().contains("NaN"), value.getMessage());
    assertThrows(IllegalArgumentException.class, () -> contributor("x", Double.NEGATIVE_INFINITY));
  }

  @Test
  void zeroReachIsAllowed() {
    assertEquals(0, automationScript().withReach(0).reach().orElseThrow());
  }
}

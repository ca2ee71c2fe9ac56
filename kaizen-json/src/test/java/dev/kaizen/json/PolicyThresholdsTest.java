package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.Report;
import dev.kaizen.matrix.AssessmentDerived;
import dev.kaizen.matrix.AssessmentScorer;
import dev.kaizen.matrix.Quadrant;
import dev.kaizen.portfolio.PortfolioScorer;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.sixstep.KaizenRecordDerived;
import dev.kaizen.sixstep.KaizenRecordScorer;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A policy sets the thresholds a model documents, not only the weights: Kaizen.report(document,
 * policy) applies them to the score, the validator's warnings and the derived values, and
 * readPolicy refuses names the model does not declare.
 */
class PolicyThresholdsTest {
  private static final KaizenJson JSON = KaizenJson.defaults();

  private static Report report(String sample, ScoringPolicy policy) {
    return Kaizen.report(JSON.read(SchemaCheck.sample(sample)), policy);
  }

  @Test
  void theDefaultPolicyGivesExactlyTheDefaultReport() {
    for (String text : SchemaCheck.samplesAndFixtures().values()) {
      var document = JSON.read(text);
      assertEquals(
          Kaizen.report(document),
          Kaizen.report(document, dev.kaizen.Models.of(document.kind()).scorer().policy()));
    }
  }

  @Test
  void theParetoCutSetsTheParetoSet() {
    ScoringPolicy half =
        KaizenRecordScorer.DEFAULT_POLICY
            .withName("half/1")
            .withThresholds(Map.of("pareto-cut", 0.5));
    KaizenRecordDerived derived =
        report("kaizen-automation-script.json", half)
            .derived(KaizenRecordDerived.class)
            .orElseThrow();
    // Contributors 2.6, 1.5, 0.6, 0.3 of 5.0: half is reached by the first alone.
    assertEquals(List.of("dependency download"), derived.paretoSet());
    KaizenRecordDerived defaults =
        (KaizenRecordDerived)
            Kaizen.derive(JSON.read(SchemaCheck.sample("kaizen-automation-script.json")));
    assertEquals(List.of("dependency download", "test suite"), defaults.paretoSet());
    assertEquals(
        "half/1", report("kaizen-automation-script.json", half).score().orElseThrow().policy());
  }

  @Test
  void portfolioThresholdsMoveTheWarningsAndTheCoverage() {
    ScoringPolicy strict =
        PortfolioScorer.DEFAULT_POLICY
            .withName("strict/1")
            .withThresholds(Map.of("drift", 0.05, "covered-share", 0.1, "neglected-share", 0.2));
    Report report = report("portfolio-2024.json", strict);
    // 2024-Q2: innovation takes 40/410 = 9.8% against a plan of 15%, 5.2 points off.
    List<Violation> drift = report.validation().of(RuleCode.PORTFOLIO_QUARTER_DRIFT);
    assertEquals(1, drift.size(), report.violations().toString());
    assertEquals("$.quarters[1].plan.innovation", drift.get(0).path().toString());
    assertTrue(drift.get(0).message().contains("more than 5 points off"), drift.get(0).message());
    // Innovation under 20% in both quarters (15.8%, 9.8%).
    List<Violation> neglected = report.validation().of(RuleCode.PORTFOLIO_QUADRANT_NEGLECTED);
    assertEquals(1, neglected.size(), report.violations().toString());
    assertTrue(neglected.get(0).message().contains("under 20% of the cost"));
    // Coverage: Q1 100, Q2 75 (innovation under 10%).
    assertEquals(87.5, report.score().orElseThrow().part("coverage").orElseThrow().value(), 1e-9);
    assertTrue(
        Kaizen.report(JSON.read(SchemaCheck.sample("portfolio-2024.json"))).violations().isEmpty());
  }

  @Test
  void theQuadrantThresholdMovesTheDerivedQuadrant() {
    ScoringPolicy strict =
        AssessmentScorer.DEFAULT_POLICY
            .withName("strict/1")
            .withThresholds(Map.of("quadrant", 0.9));
    AssessmentDerived derived =
        report("assessment-trajectory.json", strict).derived(AssessmentDerived.class).orElseThrow();
    assertEquals(Quadrant.LEARNER, derived.quadrant());
  }

  @Test
  void aPolicyOfAnotherKindIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> report("portfolio-2024.json", KaizenRecordScorer.DEFAULT_POLICY));
    assertTrue(e.getMessage().contains("scores kaizen documents, not portfolio"), e.getMessage());
  }

  @Test
  void readPolicyRefusesNamesTheModelDoesNotDeclare() {
    BadInputException part =
        assertThrows(
            BadInputException.class,
            () ->
                JSON.readPolicy(
                    "{\"policy\": \"acme/1\", \"model\": \"kaizen\", \"weights\": {\"completeness\":"
                        + " 0.3, \"rigor\": 0.3, \"impact\": 0.4}}"));
    assertEquals("$.weights.rigor", part.path());
    assertEquals(
        "unknown part \"rigor\" for kaizen policies; the parts are [completeness, rigour, impact]",
        part.problem());
    BadInputException threshold =
        assertThrows(
            BadInputException.class,
            () ->
                JSON.readPolicy(
                    "{\"policy\": \"acme/1\", \"model\": \"portfolio\", \"weights\": {\"adherence\":"
                        + " 0.5, \"coverage\": 0.5}, \"thresholds\": {\"drift-limit\": 0.2}}"));
    assertEquals("$.thresholds.drift-limit", threshold.path());
    assertTrue(
        threshold.problem().contains("the thresholds are [covered-share, drift, neglected-share]"),
        threshold.problem());
    BadInputException missing =
        assertThrows(
            BadInputException.class,
            () ->
                JSON.readPolicy(
                    "{\"policy\": \"acme/1\", \"model\": \"a3\", \"weights\": {\"completeness\": 1}}"));
    assertEquals("$.weights", missing.path());
    assertTrue(missing.problem().contains("the part \"smart\" has no weight"), missing.problem());
  }

  @Test
  void aThresholdLeftOutOfAPolicyKeepsItsDefault() {
    ScoringPolicy policy =
        JSON.readPolicy(
            "{\"policy\": \"acme/1\", \"model\": \"portfolio\", \"weights\": {\"adherence\": 0.7,"
                + " \"coverage\": 0.3}, \"thresholds\": {\"drift\": 0.2}}");
    assertEquals(
        Map.of("covered-share", 0.05, "drift", 0.2, "neglected-share", 0.05), policy.thresholds());
    assertEquals(policy, JSON.readPolicy(JSON.writePolicy(policy)));
  }
}

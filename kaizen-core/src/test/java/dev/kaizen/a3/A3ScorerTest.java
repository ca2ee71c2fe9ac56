package dev.kaizen.a3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class A3ScorerTest {
  private static final double EPS = 1e-9;
  private static final A3 GOOD = A3Fixtures.majorIssues();

  /*
   * The shared example a3-major-issues.json, by hand:
   *   target       = 22 × (1 − 0.2) = 17.6
   *   completeness = 100 × 7 / 7 = 100          (all seven sections present)
   *   smart        = 100 × 5 / 5 = 100          (S: name + unit; M: 22 and 17.6; A: 17.6 < 22 and ≥ 0;
   *                                              R: "major" is in the background; T: 2024-04-30 > 2024-01-08)
   *   traceability = 100 × (1 + 1) / (1 + 1) = 100
   *                  countermeasures: C1 addresses H1, which exists → 1 of 1 traced;
   *                  unrefuted hypotheses: H1 only (H2's experiment refuted it) → H1 addressed by C1 → 1 of 1
   *   attainment   = (22 − 15) / |22 − 17.6| = 7 / 4.4 = 1.5909…
   *   impact       = 100 × clamp(1.5909…, 0, 1) = 100
   *   total        = 0.25 × 100 + 0.25 × 100 + 0.2 × 100 + 0.3 × 100 = 100
   */
  @Test
  void theSharedExample() {
    assertEquals(17.6, GOOD.goalTarget().getAsDouble(), EPS);
    assertEquals(7 / 4.4, GOOD.attainment().getAsDouble(), EPS);
    assertEquals("SMART", GOOD.smart().letters());
    Score score = A3Scorer.defaults().score(GOOD);
    assertEquals("a3-default/1", score.policy());
    assertEquals(
        List.of("completeness", "smart", "traceability", "impact"),
        score.parts().stream().map(ScorePart::name).collect(Collectors.toList()));
    assertPart(score, "completeness", 0.25, 100);
    assertPart(score, "smart", 0.25, 100);
    assertPart(score, "traceability", 0.2, 100);
    assertPart(score, "impact", 0.3, 100);
    assertEquals(100, score.total(), EPS);
    assertEquals(100, A3Scorer.rigour(GOOD), EPS);
  }

  /*
   * Check result 19.8 instead of 15: attainment = (22 − 19.8) / 4.4 = 0.5 → impact 50;
   * total = 25 + 25 + 20 + 0.3 × 50 = 85.
   */
  @Test
  void halfwayToTheTarget() {
    Score score = A3Scorer.defaults().score(GOOD.withCheck(GOOD.check().get().withResult(19.8)));
    assertPart(score, "impact", 0.3, 50);
    assertEquals(85, score.total(), EPS);
  }

  /*
   * Add H3 (no experiment, so unrefuted, and unaddressed) and C2 addressing the unknown H9:
   *   countermeasures C1 (traced), C2 (untraced)          → 1 traced of 2
   *   unrefuted hypotheses H1 (addressed), H3 (not)        → 1 addressed of 2
   *   traceability = 100 × (1 + 1) / (2 + 2) = 50
   *   total = 25 + 25 + 0.2 × 50 + 30 = 90
   */
  @Test
  void traceabilityCountsTracedCountermeasuresAndAddressedUnrefutedHypotheses() {
    A3 a3 =
        GOOD.withRootCauses(
                GOOD.rootCauses().get(0),
                GOOD.rootCauses().get(1),
                RootCause.builder().id("H3").hypothesis("Rushed scripts").build())
            .withCountermeasures(
                GOOD.countermeasures().get(0),
                Countermeasure.builder().id("C2").addAddresses("H9").build());
    assertEquals(50, A3Scorer.traceability(a3), EPS);
    assertEquals(90, A3Scorer.defaults().score(a3).total(), EPS);
    assertEquals((100 + 50) / 2.0, A3Scorer.rigour(a3), EPS);
    // a countermeasure that names a known and an unknown root cause is not traced
    assertEquals(
        100.0 * (0 + 1) / (1 + 1),
        A3Scorer.traceability(
            GOOD.withCountermeasures(GOOD.countermeasures().get(0).withAddresses("H1", "H9"))),
        EPS);
  }

  /*
   * Only the three required sections of the example:
   *   completeness = 100 × 3 / 7 = 42.857…; smart = 100; traceability = 0 (no countermeasure and no
   *   hypothesis); impact = 0 (no check) → total = 0.25 × 300 / 7 + 25 = 35.714…
   */
  @Test
  void anA3InProgress() {
    Score score = A3Scorer.defaults().score(A3Fixtures.majorIssuesFirstThree());
    assertPart(score, "completeness", 0.25, 300.0 / 7);
    assertPart(score, "smart", 0.25, 100);
    assertPart(score, "traceability", 0.2, 0);
    assertPart(score, "impact", 0.3, 0);
    assertEquals(0.25 * 300.0 / 7 + 25, score.total(), EPS);
  }

  @Test
  void impactIsZeroWithoutAResultOrWithoutATarget() {
    assertEquals(
        0,
        A3Scorer.impact(
            GOOD.withCheck(GOOD.check().get().withResult(java.util.OptionalDouble.empty()))),
        EPS);
    assertEquals(
        0,
        A3Scorer.impact(GOOD.withGoal(GOOD.goal().withChange(java.util.OptionalDouble.empty()))),
        EPS);
    assertEquals(0, A3Scorer.impact(GOOD.withCheck(GOOD.check().get().withResult(30))), EPS);
  }

  @Test
  void customPolicies() {
    ScoringPolicy impactOnly =
        ScoringPolicy.builder()
            .name("acme-impact/1")
            .model(DocumentKind.A3)
            .weights(
                ImmutableMap.of(
                    "completeness", 0.0, "smart", 0.0, "traceability", 0.0, "impact", 1.0))
            .build();
    Score score =
        A3Scorer.withPolicy(impactOnly).score(GOOD.withCheck(GOOD.check().get().withResult(19.8)));
    assertEquals("acme-impact/1", score.policy());
    assertEquals(50, score.total(), EPS);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            A3Scorer.withPolicy(
                ScoringPolicy.builder().from(impactOnly).model(DocumentKind.KAIZEN).build()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            A3Scorer.withPolicy(
                ScoringPolicy.builder()
                    .name("x/1")
                    .model(DocumentKind.A3)
                    .weights(ImmutableMap.of("impact", 1.0))
                    .build()));
  }

  // The score's properties (parts in range and adding up to the total, independence of the order
  // of root causes and countermeasures, impact monotone in the check result) are property-tested
  // with the project's generators in kaizen-testing: dev.kaizen.a3.A3ScorerPropertiesTest.

  // ---------------------------------------------------------------- helpers

  private static void assertPart(Score score, String name, double weight, double value) {
    ScorePart part = score.part(name).orElseThrow();
    assertEquals(weight, part.weight(), EPS, name);
    assertEquals(value, part.value(), EPS, name);
  }
}

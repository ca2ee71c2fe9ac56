package dev.kaizen.a3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.A3Generators;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The properties of the a3-default/1 score (DOMAIN.md §4, §8) and of the A3's derived values. */
class A3ScorerPropertiesTest {
  private static final A3Scorer SCORER = A3Scorer.defaults();

  @Test
  void totalAndPartsStayWithin0And100() {
    Property.forAll(A3Generators.a3s())
        .check(
            a3 -> {
              Score score = SCORER.score(a3);
              assertTrue(score.total() >= 0 && score.total() <= 100, score.toString());
              for (ScorePart part : score.parts()) {
                assertTrue(part.value() >= 0 && part.value() <= 100, part.toString());
              }
              assertTrue(A3Scorer.rigour(a3) >= 0 && A3Scorer.rigour(a3) <= 100);
            });
  }

  @Test
  void partsAddUpToTheTotal() {
    Property.forAll(A3Generators.a3s())
        .check(
            a3 -> {
              Score score = SCORER.score(a3);
              double sum = score.parts().stream().mapToDouble(p -> p.weight() * p.value()).sum();
              assertEquals(sum, score.total(), 1e-9);
              assertEquals("a3-default/1", score.policy());
              assertEquals(A3Scorer.PARTS, score.parts().stream().map(ScorePart::name).toList());
            });
  }

  @Test
  void theOrderOfRootCausesAndCountermeasuresDoesNotMatter() {
    Gen<A3[]> pairs =
        A3Generators.a3s()
            .flatMap(
                a3 ->
                    choices ->
                        new A3[] {
                          a3,
                          a3.withRootCauses(Gens.shuffled(a3.rootCauses()).generate(choices))
                              .withCountermeasures(
                                  Gens.shuffled(a3.countermeasures()).generate(choices))
                        });
    Property.forAll(pairs)
        .check(
            pair -> {
              assertEquals(SCORER.score(pair[0]), SCORER.score(pair[1]));
              assertEquals(pair[0].smart(), pair[1].smart());
              assertEquals(
                  A3Validator.validate(pair[0]).isValid(), A3Validator.validate(pair[1]).isValid());
              assertEquals(
                  pair[0].unaddressedHypotheses().stream().map(RootCause::id).sorted().toList(),
                  pair[1].unaddressedHypotheses().stream().map(RootCause::id).sorted().toList());
            });
  }

  @Test
  void impactNeverFallsAsTheCheckResultImproves() {
    Gen<Object[]> cases =
        A3Generators.a3s()
            .flatMap(
                a3 ->
                    choices ->
                        new Object[] {
                          a3,
                          Gens.doubles(-1000, 2000).generate(choices),
                          Gens.doubles(-1000, 2000).generate(choices)
                        });
    Property.forAll(cases)
        .check(
            c -> {
              A3 a3 = (A3) c[0];
              double worse = (double) c[1];
              double better = (double) c[2];
              if (a3.goal().metric().better().improvement(worse, better) < 0) {
                double swap = worse;
                worse = better;
                better = swap;
              }
              double impactWorse = A3Scorer.impact(A3Generators.withCheckResult(a3, worse));
              double impactBetter = A3Scorer.impact(A3Generators.withCheckResult(a3, better));
              assertTrue(impactBetter >= impactWorse, impactWorse + " then " + impactBetter);
            });
  }

  @Test
  void completenessRisesWithEverySectionFilledInOrder() {
    Property.forAll(A3Generators.completeA3s())
        .check(
            complete -> {
              List<A3> prefixes =
                  List.of(
                      complete
                          .withRootCauses(List.of())
                          .withCountermeasures(List.of())
                          .withCheck(Optional.empty())
                          .withFollowUp(Optional.empty()),
                      complete
                          .withCountermeasures(List.of())
                          .withCheck(Optional.empty())
                          .withFollowUp(Optional.empty()),
                      complete.withCheck(Optional.empty()).withFollowUp(Optional.empty()),
                      complete.withFollowUp(Optional.empty()),
                      complete);
              double previous = -1;
              for (A3 prefix : prefixes) {
                double completeness = A3Scorer.completeness(prefix);
                assertTrue(
                    completeness > previous, "completeness " + completeness + " after " + previous);
                assertTrue(
                    A3Validator.validate(prefix).isValid(),
                    A3Validator.validate(prefix).errors().toString());
                previous = completeness;
              }
              assertEquals(100.0, previous, 1e-9);
            });
  }

  @Test
  void attainmentAndImprovementAgreeWithTheCheckResult() {
    Property.forAll(A3Generators.completeA3s())
        .check(
            a3 -> {
              assertTrue(a3.isComplete());
              double target = a3.goalTarget().getAsDouble();
              double result = a3.checkResult().getAsDouble();
              double improvement = a3.goal().metric().improvement(a3.goal().baseline(), result);
              assertEquals(improvement, a3.improvement().getAsDouble(), 1e-9);
              assertEquals(improvement > 0, a3.hasPositiveImprovement());
              assertEquals(
                  improvement / Math.abs(a3.goal().baseline() - target),
                  a3.attainment().getAsDouble(),
                  1e-9);
            });
  }
}

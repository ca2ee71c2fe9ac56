package dev.kaizen.sixstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.KaizenRecordGenerators;
import dev.kaizen.testing.generators.SharedGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The properties of the kaizen-default/1 score (DOMAIN.md §3, §8). */
class KaizenRecordScorerPropertiesTest {
  private static final KaizenRecordScorer SCORER = KaizenRecordScorer.defaults();

  @Test
  void totalAndPartsStayWithin0And100() {
    Property.forAll(KaizenRecordGenerators.records())
        .check(
            record -> {
              Score score = SCORER.score(record);
              assertTrue(score.total() >= 0 && score.total() <= 100, score.toString());
              for (ScorePart part : score.parts()) {
                assertTrue(part.value() >= 0 && part.value() <= 100, part.toString());
              }
            });
  }

  @Test
  void partsAddUpToTheTotal() {
    Property.forAll(KaizenRecordGenerators.records())
        .check(
            record -> {
              Score score = SCORER.score(record);
              double sum = score.parts().stream().mapToDouble(p -> p.weight() * p.value()).sum();
              assertEquals(sum, score.total(), 1e-9);
              assertEquals("kaizen-default/1", score.policy());
            });
  }

  @Test
  void theOrderOfIdeasContributorsAndStakeholdersDoesNotMatter() {
    Gen<KaizenRecord[]> pairs =
        KaizenRecordGenerators.records()
            .flatMap(
                record ->
                    choices -> {
                      KaizenRecord shuffled =
                          record.withIdeas(Gens.shuffled(record.ideas()).generate(choices));
                      if (record.analysis().isPresent()) {
                        Analysis a = record.analysis().get();
                        shuffled =
                            shuffled.withAnalysis(
                                a.withContributors(
                                    Gens.shuffled(a.contributors()).generate(choices)));
                      }
                      if (record.plan().isPresent()) {
                        Plan p = record.plan().get();
                        shuffled =
                            shuffled.withPlan(
                                p.withStakeholders(
                                    Gens.shuffled(p.stakeholders()).generate(choices)));
                      }
                      return new KaizenRecord[] {record, shuffled};
                    });
    Property.forAll(pairs)
        .check(
            pair -> {
              assertEquals(SCORER.score(pair[0]), SCORER.score(pair[1]));
              assertEquals(pair[0].paretoSet(), pair[1].paretoSet());
              assertEquals(pair[0].ideasByPriority(), pair[1].ideasByPriority());
            });
  }

  @Test
  void impactNeverFallsAsTheEvaluatedValueImproves() {
    Gen<Object[]> cases =
        KaizenRecordGenerators.completeRecords()
            .flatMap(
                record ->
                    choices -> {
                      double a = Gens.doubles(-1000, 2000).generate(choices);
                      double b = Gens.doubles(-1000, 2000).generate(choices);
                      return new Object[] {record, a, b};
                    });
    Property.forAll(cases)
        .check(
            c -> {
              KaizenRecord record = (KaizenRecord) c[0];
              double worse = (double) c[1];
              double better = (double) c[2];
              if (record.potential().metric().better().improvement(worse, better) < 0) {
                double swap = worse;
                worse = better;
                better = swap;
              }
              double impactWorse =
                  KaizenRecordScorer.impact(
                      KaizenRecordGenerators.withEvaluatedValue(record, worse));
              double impactBetter =
                  KaizenRecordScorer.impact(
                      KaizenRecordGenerators.withEvaluatedValue(record, better));
              assertTrue(impactBetter >= impactWorse, impactWorse + " then " + impactBetter);
            });
  }

  @Test
  void completenessNeverFallsAsStepsAreAdded() {
    Property.forAll(KaizenRecordGenerators.completeRecords())
        .check(
            complete -> {
              List<KaizenRecord> prefixes =
                  List.of(
                      KaizenRecord.builder()
                          .from(complete)
                          .analysis(java.util.Optional.empty())
                          .ideas(List.of())
                          .plan(java.util.Optional.empty())
                          .changes(List.of())
                          .evaluation(java.util.Optional.empty())
                          .build(),
                      KaizenRecord.builder()
                          .from(complete)
                          .ideas(List.of())
                          .plan(java.util.Optional.empty())
                          .changes(List.of())
                          .evaluation(java.util.Optional.empty())
                          .build(),
                      KaizenRecord.builder()
                          .from(complete)
                          .plan(java.util.Optional.empty())
                          .changes(List.of())
                          .evaluation(java.util.Optional.empty())
                          .build(),
                      KaizenRecord.builder()
                          .from(complete)
                          .changes(List.of())
                          .evaluation(java.util.Optional.empty())
                          .build(),
                      KaizenRecord.builder()
                          .from(complete)
                          .evaluation(java.util.Optional.empty())
                          .build(),
                      complete);
              double previous = -1;
              for (KaizenRecord prefix : prefixes) {
                double completeness = KaizenRecordScorer.completeness(prefix);
                assertTrue(
                    completeness > previous, "completeness " + completeness + " after " + previous);
                previous = completeness;
              }
              assertEquals(100.0, previous, 1e-9);
            });
  }

  @Test
  void equalRecordsScoreEquallyInAnyThread() throws Exception {
    List<KaizenRecord> records = KaizenRecordGenerators.records().samples(5, 200);
    List<Score> here = records.stream().map(SCORER::score).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<Score> there =
          pool.submit(() -> records.parallelStream().map(SCORER::score).toList()).get();
      assertEquals(here, there);
    } finally {
      pool.shutdownNow();
    }
    assertTrue(SharedGenerators.metrics().samples(1, 5).size() == 5);
  }
}

package dev.kaizen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kaizen.Report;
import dev.kaizen.json.KaizenJson;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.sixstep.KaizenRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickWinScorerTest {
  private final KaizenRecord record = KaizenRecordExample.record();

  @Test
  void theDefaultPolicyWeighsBothPartsEqually() {
    Score score = QuickWinScorer.defaults().score(record);
    assertEquals("acme-quick-wins/1", score.policy());
    // One quick win (I1) found and implemented; every change measured.
    assertEquals(100, score.part("quick-wins-taken").orElseThrow().value(), 1e-9);
    assertEquals(100, score.part("measured").orElseThrow().value(), 1e-9);
    assertEquals(100, score.total(), 1e-9);
  }

  @Test
  void aRecordThatSkippedItsQuickWinScoresLower() {
    KaizenRecord skipped =
        record.withChanges(record.changes().stream().filter(c -> !c.idea().equals("I1")).toList());
    Score score = QuickWinScorer.defaults().score(skipped);
    assertEquals(0, score.part("quick-wins-taken").orElseThrow().value(), 1e-9);
    assertEquals(50, score.total(), 1e-9);
  }

  @Test
  void itCanBeReweightedAndItsScoreStoredLikeAnyOther() {
    ScoringPolicy heavy =
        QuickWinScorer.DEFAULT_POLICY
            .withName("acme-quick-wins/2")
            .withWeights(Map.of("quick-wins-taken", 0.8, "measured", 0.2));
    KaizenRecord skipped =
        record.withChanges(record.changes().stream().filter(c -> !c.idea().equals("I1")).toList());
    Score score = QuickWinScorer.withPolicy(heavy).score(skipped);
    assertEquals(20, score.total(), 1e-9);
    KaizenJson json = KaizenJson.defaults();
    Report report = Report.builder().kind(record.kind()).score(score).build();
    assertEquals(report, json.readReport(json.writeReport(report)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            QuickWinScorer.withPolicy(
                heavy.withWeights(Map.of("quick-wins", 0.8, "measured", 0.2))));
    assertEquals(
        List.of("quick-wins-taken", "measured"),
        score.parts().stream().map(p -> p.name()).toList());
  }
}

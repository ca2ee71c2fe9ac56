package dev.kaizen.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void totalIsTheWeightedSumOfTheParts() {
    Score score =
        Score.builder()
            .policy("kaizen-default/1")
            .addParts(
                ScorePart.of("completeness", 0.3, 50),
                ScorePart.of("rigour", 0.3, 62.5),
                ScorePart.of("impact", 0.4, 25))
            .build();
    // 0.3 × 50 + 0.3 × 62.5 + 0.4 × 25 = 15 + 18.75 + 10 = 43.75
    assertEquals(43.75, score.total(), TOLERANCE);
    assertEquals("kaizen-default/1", score.policy());
  }

  @Test
  void totalIsClampedToOneHundred() {
    // weights need not add up to 1 in a hand-built score: 1 × 100 + 1 × 100 = 200 → 100
    Score score =
        Score.builder()
            .policy("p/1")
            .addParts(ScorePart.of("a", 1, 100), ScorePart.of("b", 1, 100))
            .build();
    assertEquals(100, score.total(), 0);
  }

  @Test
  void totalOfFullMarksIsExactlyOneHundred() {
    Score score =
        Score.builder()
            .policy("p/1")
            .addParts(
                ScorePart.of("a", 0.1, 100),
                ScorePart.of("b", 0.2, 100),
                ScorePart.of("c", 0.7, 100))
            .build();
    assertTrue(score.total() <= 100, () -> "total " + score.total());
    assertEquals(100, score.total(), TOLERANCE);
  }

  @Test
  void partIsFoundByName() {
    Score score =
        Score.builder()
            .policy("p/1")
            .addParts(ScorePart.of("a", 0.5, 10), ScorePart.of("b", 0.5, 30))
            .build();
    assertEquals(30, score.part("b").orElseThrow().value(), 0);
    assertEquals(Optional.empty(), score.part("c"));
    assertEquals(20, score.total(), TOLERANCE);
  }

  @Test
  void scoreNeedsPartsWithDistinctNames() {
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> Score.builder().policy("p/1").build());
    assertTrue(none.getMessage().contains("p/1"), none.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Score.builder()
                    .policy("p/1")
                    .addParts(ScorePart.of("a", 0.5, 10), ScorePart.of("a", 0.5, 20))
                    .build());
    assertTrue(twice.getMessage().contains("distinct"), twice.getMessage());
  }

  @Test
  void equalPartsGiveEqualScores() {
    List<ScorePart> parts = List.of(ScorePart.of("a", 0.25, 40), ScorePart.of("b", 0.75, 80));
    assertEquals(
        Score.builder().policy("p/1").parts(parts).build(),
        Score.builder().policy("p/1").parts(parts).build());
  }
}

package dev.kaizen.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScorePartTest {

  @Test
  void contributionIsWeightTimesValue() {
    assertEquals(26.25, ScorePart.of("rigour", 0.3, 87.5).contribution(), 1e-9);
  }

  @Test
  void boundsAreAllowed() {
    assertEquals(0, ScorePart.of("a", 0, 0).contribution(), 0);
    assertEquals(100, ScorePart.of("a", 1, 100).contribution(), 0);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.1, Double.NaN, Double.POSITIVE_INFINITY})
  void weightOutsideZeroToOneIsRejected(double weight) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ScorePart.of("impact", weight, 50));
    assertTrue(
        e.getMessage().contains("impact") && e.getMessage().contains(String.valueOf(weight)),
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, 100.5, Double.NaN, Double.NEGATIVE_INFINITY})
  void valueOutsideZeroToOneHundredIsRejected(double value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ScorePart.of("impact", 0.5, value));
    assertTrue(
        e.getMessage().contains("impact") && e.getMessage().contains(String.valueOf(value)),
        e.getMessage());
  }

  @Test
  void nameMustNotBeBlank() {
    assertThrows(IllegalArgumentException.class, () -> ScorePart.of(" ", 0.5, 50));
  }
}

package dev.kaizen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricTest {
  private static final double TOLERANCE = 1e-9;
  private static final Metric RUN_TIME = Metric.of("script run time", "minutes", Direction.LOWER);
  private static final Metric THROUGHPUT = Metric.of("deployments", "per week", Direction.HIGHER);

  @Test
  void improvementOfALowerMetricIsBaselineMinusValue() {
    assertEquals(2.7, RUN_TIME.improvement(5, 2.3), TOLERANCE);
    assertEquals(-1, RUN_TIME.improvement(5, 6), TOLERANCE);
    assertEquals(2.7, Direction.LOWER.improvement(5, 2.3), TOLERANCE);
  }

  @Test
  void improvementOfAHigherMetricIsValueMinusBaseline() {
    assertEquals(9, THROUGHPUT.improvement(4, 13), TOLERANCE);
    assertEquals(-2, THROUGHPUT.improvement(4, 2), TOLERANCE);
    assertEquals(9, Direction.HIGHER.improvement(4, 13), TOLERANCE);
  }

  @Test
  void attainmentOfALowerMetric() {
    // improvement / |baseline - target|
    assertEquals(1.08, RUN_TIME.attainment(5, 2.5, 2.3), TOLERANCE); // 2.7 / 2.5
    assertEquals(1, RUN_TIME.attainment(5, 2.5, 2.5), TOLERANCE);
    assertEquals(0, RUN_TIME.attainment(5, 2.5, 5), TOLERANCE);
    assertEquals(-0.4, RUN_TIME.attainment(5, 2.5, 6), TOLERANCE); // -1 / 2.5
  }

  @Test
  void attainmentOfAHigherMetric() {
    assertEquals(1.5, THROUGHPUT.attainment(4, 10, 13), TOLERANCE); // 9 / 6
    assertEquals(0.5, THROUGHPUT.attainment(4, 10, 7), TOLERANCE); // 3 / 6
    assertEquals(-0.5, THROUGHPUT.attainment(4, 10, 1), TOLERANCE); // -3 / 6
  }

  @Test
  void attainmentWhenTheTargetEqualsTheBaseline() {
    // undefined quotient: 1 when at least as good as the baseline, else 0
    assertEquals(1, RUN_TIME.attainment(5, 5, 4), TOLERANCE);
    assertEquals(1, RUN_TIME.attainment(5, 5, 5), TOLERANCE);
    assertEquals(0, RUN_TIME.attainment(5, 5, 6), TOLERANCE);
    assertEquals(1, THROUGHPUT.attainment(4, 4, 9), TOLERANCE);
    assertEquals(0, THROUGHPUT.attainment(4, 4, 3), TOLERANCE);
  }

  @Test
  void attainmentIsAlwaysFinite() {
    // a subnormal gap would make the quotient overflow
    double huge = Attainment.of(Direction.LOWER, 0, Double.MIN_VALUE, -1);
    assertEquals(Double.MAX_VALUE, huge);
    assertEquals(-Double.MAX_VALUE, Attainment.of(Direction.LOWER, 0, Double.MIN_VALUE, 1));
  }

  @Test
  void isImprovementIsStrict() {
    assertTrue(RUN_TIME.isImprovement(5, 2.5));
    assertFalse(RUN_TIME.isImprovement(5, 5));
    assertFalse(RUN_TIME.isImprovement(5, 6));
    assertTrue(THROUGHPUT.isImprovement(4, 10));
    assertFalse(THROUGHPUT.isImprovement(4, 4));
    assertFalse(THROUGHPUT.isImprovement(4, 3));
    assertTrue(Direction.LOWER.isImprovement(2, 1));
    assertTrue(Direction.HIGHER.isImprovement(1, 2));
  }

  @Test
  void isImprovementTakesItsArgumentsInTheOrderOfImprovement() {
    double[][] pairs = {{5, 2.5}, {2.5, 5}, {4, 4}, {-1, 3}, {3, -1}};
    for (Metric metric : new Metric[] {RUN_TIME, THROUGHPUT}) {
      for (double[] pair : pairs) {
        assertEquals(
            metric.improvement(pair[0], pair[1]) > 0,
            metric.isImprovement(pair[0], pair[1]),
            () -> metric.better() + " " + pair[0] + " -> " + pair[1]);
        assertEquals(
            metric.better().improvement(pair[0], pair[1]) > 0,
            metric.better().isImprovement(pair[0], pair[1]));
      }
    }
  }

  @Test
  void clampKeepsValuesInRange() {
    assertEquals(0, Attainment.clamp(-0.4, 0, 1));
    assertEquals(1, Attainment.clamp(1.08, 0, 1));
    assertEquals(0.5, Attainment.clamp(0.5, 0, 1));
  }

  @Test
  void metricsAreEqualWhenNameUnitAndDirectionAre() {
    assertEquals(RUN_TIME, Metric.of("script run time", "minutes", Direction.LOWER));
    assertNotEquals(RUN_TIME, Metric.of("script run time", "minutes", Direction.HIGHER));
    assertNotEquals(RUN_TIME, Metric.of("script run time", "seconds", Direction.LOWER));
    assertNotEquals(RUN_TIME, Metric.of("script runtime", "minutes", Direction.LOWER));
  }

  @Test
  void metricNeedsANameAndAUnit() {
    IllegalArgumentException name =
        assertThrows(
            IllegalArgumentException.class, () -> Metric.of(" ", "minutes", Direction.LOWER));
    assertTrue(name.getMessage().contains("metric name"), name.getMessage());
    IllegalArgumentException unit =
        assertThrows(
            IllegalArgumentException.class, () -> Metric.of("run time", "", Direction.LOWER));
    assertTrue(unit.getMessage().contains("metric unit"), unit.getMessage());
  }

  @Test
  void directionTokens() {
    assertEquals("lower", Direction.LOWER.token());
    assertEquals("higher", Direction.HIGHER.token());
  }
}

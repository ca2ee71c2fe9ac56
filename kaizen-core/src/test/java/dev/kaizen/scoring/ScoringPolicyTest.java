package dev.kaizen.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.kaizen.core.DocumentKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringPolicyTest {
  private static final Set<String> PARTS = ImmutableSet.of("completeness", "rigour", "impact");

  private static ScoringPolicy policy(
      String name, Map<String, Double> weights, Map<String, Double> thresholds) {
    return ScoringPolicy.builder()
        .name(name)
        .model(DocumentKind.KAIZEN)
        .weights(weights)
        .thresholds(thresholds)
        .build();
  }

  private static ScoringPolicy policy(Map<String, Double> weights) {
    return policy("acme/2", weights, Map.of());
  }

  private static ScoringPolicy valid() {
    return policy(
        "acme/2",
        ImmutableMap.of("completeness", 0.3, "rigour", 0.3, "impact", 0.4),
        ImmutableMap.of("quadrant", 0.5));
  }

  private static String message(Runnable action) {
    return assertThrows(IllegalArgumentException.class, action::run).getMessage();
  }

  @Test
  void weightsKeepTheirOrderAndAreFoundByName() {
    ScoringPolicy p = policy(ImmutableMap.of("rigour", 0.1, "impact", 0.6, "completeness", 0.3));
    assertEquals(List.of("rigour", "impact", "completeness"), List.copyOf(p.weights().keySet()));
    assertEquals(0.6, p.weight("impact"), 0);
    assertTrue(message(() -> p.weight("style")).contains("style"));
  }

  @Test
  void thresholdsAreFoundByName() {
    assertEquals(0.5, valid().threshold("quadrant"), 0);
    String m = message(() -> valid().threshold("drift"));
    assertTrue(m.contains("drift") && m.contains("acme/2"), m);
  }

  @Test
  void weightsMustAddUpToOne() {
    String under =
        message(
            () -> policy(ImmutableMap.of("completeness", 0.25, "rigour", 0.25, "impact", 0.25)));
    assertEquals("policy acme/2: weights must add up to 1, not 0.75", under);
    String over =
        message(() -> policy(ImmutableMap.of("completeness", 0.5, "rigour", 0.5, "impact", 0.25)));
    assertEquals("policy acme/2: weights must add up to 1, not 1.25", over);
  }

  @Test
  void weightsThatAddUpToOneWithinRoundingAreAccepted() {
    // 0.1 + 0.2 = 0.30000000000000004; 0.1 + 0.2 + 0.7 = 1.0000000000000002 in doubles
    assertEquals(0.7, policy(ImmutableMap.of("a", 0.1, "b", 0.2, "c", 0.7)).weight("c"), 0);
  }

  @Test
  void weightsMustLieBetweenZeroAndOne() {
    String m = message(() -> policy(ImmutableMap.of("completeness", 1.5, "rigour", -0.5)));
    assertTrue(m.contains("completeness") && m.contains("1.5"), m);
    String nan = message(() -> policy(ImmutableMap.of("completeness", Double.NaN, "rigour", 1.0)));
    assertTrue(nan.contains("NaN"), nan);
  }

  @Test
  void policyNeedsANameAndAWeight() {
    message(() -> policy(" ", ImmutableMap.of("a", 1.0), Map.of()));
    String m = message(() -> policy(Map.of()));
    assertTrue(m.contains("acme/2"), m);
  }

  @Test
  void thresholdsMustBeFinite() {
    String m =
        message(
            () ->
                policy(
                    "acme/2",
                    ImmutableMap.of("a", 1.0),
                    ImmutableMap.of("quadrant", Double.POSITIVE_INFINITY)));
    assertTrue(m.contains("quadrant") && m.contains("Infinity"), m);
  }

  @Test
  void requireShapeAcceptsTheRightShape() {
    ScoringPolicy p = valid();
    assertSame(p, p.requireShape(DocumentKind.KAIZEN, PARTS, Set.of()));
    assertSame(p, p.requireShape(DocumentKind.KAIZEN, PARTS, Set.of("quadrant")));
  }

  @Test
  void requireShapeNamesTheWrongModel() {
    String m = message(() -> valid().requireShape(DocumentKind.PORTFOLIO, PARTS, Set.of()));
    assertEquals("policy acme/2 scores kaizen documents, not portfolio", m);
  }

  @Test
  void requireShapeNamesTheExpectedAndActualParts() {
    String m =
        message(
            () ->
                valid()
                    .requireShape(
                        DocumentKind.KAIZEN, ImmutableSet.of("completeness", "rigour"), Set.of()));
    assertEquals(
        "policy acme/2 must weigh exactly the parts [completeness, rigour], not [completeness, rigour, impact]",
        m);
  }

  @Test
  void requireShapeNamesTheMissingThresholds() {
    String m =
        message(
            () ->
                valid()
                    .requireShape(
                        DocumentKind.KAIZEN, PARTS, ImmutableSet.of("quadrant", "drift")));
    assertEquals("policy acme/2 must set the thresholds [quadrant, drift], but sets [quadrant]", m);
  }
}

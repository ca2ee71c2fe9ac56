package dev.kaizen.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Tokens;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScaleTest {
  @Test
  void bothScalesShareTheLayout() {
    assertEquals(List.of("support", "features", "tech-debt", "innovation"), Scale.PRODUCT.keys());
    assertEquals(
        List.of("relationships", "products", "dysfunction", "innovation"), Scale.PORTFOLIO.keys());
    for (Scale scale : Scale.values()) {
      for (QuadrantPosition p : QuadrantPosition.values()) {
        assertEquals(Optional.of(p), scale.position(scale.key(p)));
        assertEquals(p, scale.parse(scale.key(p)));
      }
    }
    assertEquals(QuadrantPosition.BOTTOM_RIGHT, Scale.PRODUCT.parse("innovation"));
    assertEquals(QuadrantPosition.BOTTOM_RIGHT, Scale.PORTFOLIO.parse("innovation"));
    assertEquals(
        "reduce organisational dysfunction", Scale.PORTFOLIO.title(QuadrantPosition.BOTTOM_LEFT));
    assertEquals(Optional.of(Scale.PRODUCT), Tokens.parse(Scale.class, "product"));
    assertEquals("top-left", QuadrantPosition.TOP_LEFT.token());
  }

  @Test
  void aKeyOfTheOtherScaleIsRejectedNamingTheScaleAndItsKeys() {
    assertTrue(Scale.PORTFOLIO.position("support").isEmpty());
    String message = Scale.PORTFOLIO.rejection("support");
    assertEquals(
        "\"support\" is a key of the product scale, but this portfolio uses the portfolio scale, which accepts "
            + "relationships, products, dysfunction, innovation",
        message);
    assertEquals(
        "\"Support\" is not a quadrant of the product scale, which accepts support, features, tech-debt, innovation",
        Scale.PRODUCT.rejection("Support"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Scale.PRODUCT.parse("dysfunction"));
    assertTrue(e.getMessage().contains("portfolio scale"), e.getMessage());
  }

  @Test
  void perQuadrantMapsByPositionAndByKey() {
    PerQuadrant plan =
        PerQuadrant.from(
            Scale.PRODUCT,
            Map.of("support", 0.3, "features", 0.4, "tech-debt", 0.2, "innovation", 0.1));
    assertEquals(PerQuadrant.of(0.3, 0.4, 0.2, 0.1), plan);
    assertEquals(
        List.of("support", "features", "tech-debt", "innovation"),
        List.copyOf(plan.toMap(Scale.PRODUCT).keySet()));
    assertEquals(plan, PerQuadrant.from(plan.toMap()));
    assertThrows(
        IllegalArgumentException.class,
        () -> PerQuadrant.from(Scale.PRODUCT, Map.of("support", 1.0)));
    assertThrows(IllegalArgumentException.class, () -> PerQuadrant.of(Double.NaN, 0, 0, 0));
  }

  @Test
  void amountsMustBeFiniteNotNegativeAndSane() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PortfolioFixtures.item("a", QuadrantPosition.TOP_LEFT, -1));
    assertThrows(
        IllegalArgumentException.class,
        () -> PortfolioFixtures.item("a", QuadrantPosition.TOP_LEFT, Double.POSITIVE_INFINITY));
    assertThrows(
        IllegalArgumentException.class,
        () -> PortfolioFixtures.item("a", QuadrantPosition.TOP_LEFT, 1e16));
    assertThrows(
        IllegalArgumentException.class,
        () -> PortfolioFixtures.item("a", QuadrantPosition.TOP_LEFT, 1, -2));
    assertThrows(
        IllegalArgumentException.class,
        () -> PortfolioFixtures.quarter("2024-Q1", -5, PortfolioFixtures.even(), List.of()));
  }
}

package dev.kaizen.portfolio;

import static dev.kaizen.portfolio.PortfolioFixtures.even;
import static dev.kaizen.portfolio.PortfolioFixtures.example;
import static dev.kaizen.portfolio.PortfolioFixtures.item;
import static dev.kaizen.portfolio.PortfolioFixtures.quarter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.kaizen.Kaizen;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Quarter;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioScorerTest {
  private static final double TOLERANCE = 1e-9;

  /*
   * The shared example, by hand.
   *
   * 2024-Q1: budget 400; items cost 90 (relationships), 160 (products), 70 (dysfunction),
   * 60 (innovation): total 380, under budget (20 left).
   *   actual = 90/380, 160/380, 70/380, 60/380 = 0.236842.., 0.421052.., 0.184210.., 0.157894..
   *   plan   = 0.25, 0.40, 0.20, 0.15 = 95/380, 152/380, 76/380, 57/380
   *   drift  = -5/380, +8/380, -6/380, +3/380;   Σ|drift| = 22/380
   *   adherence = 100 × (1 − 11/380) = 100 × 369/380 = 97.1052631578947...
   *   coverage  = 100 (every share ≥ 0.05);  quarter score = (97.10526.. + 100) / 2
   *   balance   = −(90/380 ln(90/380) + 160/380 ln(160/380) + 70/380 ln(70/380) + 60/380 ln(60/380)) / ln 4
   *             = 0.943824487357...
   * 2024-Q2: budget 420; items 80, 200, 90, 40: total 410 (10 left).
   *   plan × 410 = 82, 184.5, 82, 61.5;  |drift| × 410 = 2, 15.5, 8, 21.5;  Σ|drift| = 47/410
   *   adherence = 100 × (1 − 23.5/410) = 100 × 386.5/410 = 94.2682926829268...
   *   coverage  = 100;  balance = 0.886484698519...
   * Portfolio: adherence part = (369/380 + 386.5/410) / 2 × 100 = 95.6867779204...
   *            coverage part = 100
   *            total = 0.5 × 95.68677.. + 0.5 × 100 = 97.8433889602...  (= mean of the quarter scores)
   */
  @Test
  void theSharedExampleByHand() {
    Portfolio portfolio = example();
    QuarterFigures q1 = portfolio.figures().get(0);
    assertEquals(Quarter.of(2024, 1), q1.quarter());
    assertEquals(380, q1.totalCost(), TOLERANCE);
    assertEquals(20, q1.remaining(), TOLERANCE);
    assertFalse(q1.isOverBudget());
    assertEquals(PerQuadrant.of(90, 160, 70, 60), q1.spend());
    PerQuadrant actual = q1.actual().orElseThrow();
    assertEquals(90.0 / 380, actual.topLeft(), TOLERANCE);
    assertEquals(160.0 / 380, actual.topRight(), TOLERANCE);
    assertEquals(70.0 / 380, actual.bottomLeft(), TOLERANCE);
    assertEquals(60.0 / 380, actual.bottomRight(), TOLERANCE);
    PerQuadrant drift = q1.drift().orElseThrow();
    assertEquals(-5.0 / 380, drift.get(QuadrantPosition.TOP_LEFT), TOLERANCE);
    assertEquals(8.0 / 380, drift.get(QuadrantPosition.TOP_RIGHT), TOLERANCE);
    assertEquals(-6.0 / 380, drift.get(QuadrantPosition.BOTTOM_LEFT), TOLERANCE);
    assertEquals(3.0 / 380, drift.get(QuadrantPosition.BOTTOM_RIGHT), TOLERANCE);
    double balance1 =
        -(90.0 / 380 * Math.log(90.0 / 380)
                + 160.0 / 380 * Math.log(160.0 / 380)
                + 70.0 / 380 * Math.log(70.0 / 380)
                + 60.0 / 380 * Math.log(60.0 / 380))
            / Math.log(4);
    assertEquals(balance1, q1.balance().getAsDouble(), TOLERANCE);
    assertEquals(0.943824487357, q1.balance().getAsDouble(), 1e-9);
    assertEquals(
        ImmutableMap.of(
            "relationships", 90.0, "products", 160.0, "dysfunction", 70.0, "innovation", 60.0),
        q1.spend().toMap(Scale.PORTFOLIO));

    QuarterFigures q2 = portfolio.figures().get(1);
    assertEquals(410, q2.totalCost(), TOLERANCE);
    assertEquals(10, q2.remaining(), TOLERANCE);
    assertEquals(0.886484698519, q2.balance().getAsDouble(), 1e-9);
    assertEquals(40.0 / 410 - 0.15, q2.drift().orElseThrow().bottomRight(), TOLERANCE);

    PortfolioQuarter first = portfolio.quarters().get(0);
    PortfolioQuarter second = portfolio.quarters().get(1);
    assertEquals(100.0 * 369 / 380, PortfolioScorer.adherence(first).getAsDouble(), TOLERANCE);
    assertEquals(100.0 * 386.5 / 410, PortfolioScorer.adherence(second).getAsDouble(), TOLERANCE);
    assertEquals(100, PortfolioScorer.coverage(first).getAsDouble(), TOLERANCE);
    assertEquals(100, PortfolioScorer.coverage(second).getAsDouble(), TOLERANCE);

    Score score = PortfolioScorer.defaults().score(portfolio);
    assertEquals("portfolio-default/1", score.policy());
    double adherence = (100.0 * 369 / 380 + 100.0 * 386.5 / 410) / 2;
    assertEquals(95.6867779204, adherence, 1e-9);
    assertEquals(
        List.of("adherence", "coverage"), score.parts().stream().map(ScorePart::name).toList());
    assertEquals(adherence, score.part("adherence").orElseThrow().value(), TOLERANCE);
    assertEquals(0.5, score.part("adherence").orElseThrow().weight(), 0);
    assertEquals(100, score.part("coverage").orElseThrow().value(), TOLERANCE);
    assertEquals(0.5 * adherence + 50, score.total(), TOLERANCE);
    assertEquals(97.8433889602, score.total(), 1e-9);
    assertEquals(score, Kaizen.score(portfolio));

    List<QuarterScore> quarters = PortfolioScorer.defaults().quarterScores(portfolio);
    assertEquals(2, quarters.size());
    assertEquals((100.0 * 369 / 380 + 100) / 2, quarters.get(0).score(), TOLERANCE);
    assertEquals((100.0 * 386.5 / 410 + 100) / 2, quarters.get(1).score(), TOLERANCE);
    assertEquals((quarters.get(0).score() + quarters.get(1).score()) / 2, score.total(), TOLERANCE);
  }

  @Test
  void withoutItemsNothingIsDerivedAndEveryPartIsZero() {
    Portfolio empty =
        Portfolio.builder()
            .scale(Scale.PRODUCT)
            .name("n")
            .unit("u")
            .addQuarters(quarter("2024-Q1", 100, even(), List.of()))
            .addQuarters(
                quarter(
                    "2024-Q2", 100, even(), List.of(item("free", QuadrantPosition.TOP_LEFT, 0))))
            .build();
    for (QuarterFigures f : empty.figures()) {
      assertTrue(f.actual().isEmpty());
      assertTrue(f.drift().isEmpty());
      assertTrue(f.balance().isEmpty());
      assertFalse(f.hasActual());
    }
    Score score = PortfolioScorer.defaults().score(empty);
    assertEquals(0, score.total(), 0);
    assertEquals(0, score.part("adherence").orElseThrow().value(), 0);
    assertEquals(0, score.part("coverage").orElseThrow().value(), 0);
    assertTrue(PortfolioScorer.defaults().quarterScores(empty).isEmpty());
  }

  @Test
  void quartersWithoutItemsDoNotCount() {
    Portfolio one =
        Portfolio.builder()
            .scale(Scale.PRODUCT)
            .name("n")
            .unit("u")
            .addQuarters(
                quarter("2024-Q1", 100, even(), PortfolioFixtures.spread("a", 25, 25, 25, 25)))
            .addQuarters(quarter("2024-Q2", 100, even(), List.of()))
            .build();
    assertEquals(100, PortfolioScorer.defaults().score(one).total(), TOLERANCE);
  }

  @Test
  void coverageCountsQuadrantsFromFivePercent() {
    // shares 0.05, 0.049, 0.5, 0.401: three quadrants at or above 0.05.
    PortfolioQuarter q =
        quarter("2024-Q1", 1000, even(), PortfolioFixtures.spread("a", 50, 49, 500, 401));
    assertEquals(75, PortfolioScorer.coverage(q).getAsDouble(), 0);
  }

  @Test
  void balanceIsOneWhenEvenAndZeroWhenOneQuadrantHoldsEverything() {
    assertEquals(1, QuarterFigures.balanceOf(even()), 1e-12);
    assertEquals(0, QuarterFigures.balanceOf(PerQuadrant.of(0, 0, 1, 0)), 0);
    assertEquals(0.5, QuarterFigures.balanceOf(PerQuadrant.of(0.5, 0.5, 0, 0)), 1e-12);
  }

  @Test
  void customPolicyWeighsTheParts() {
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .name("acme/2")
            .model(DocumentKind.PORTFOLIO)
            .weights(ImmutableMap.of("adherence", 0.8, "coverage", 0.2))
            .build();
    Score score = PortfolioScorer.withPolicy(policy).score(example());
    assertEquals("acme/2", score.policy());
    double adherence = (100.0 * 369 / 380 + 100.0 * 386.5 / 410) / 2;
    assertEquals(0.8 * adherence + 0.2 * 100, score.total(), TOLERANCE);
    ScoringPolicy wrong =
        ScoringPolicy.builder()
            .name("x/1")
            .model(DocumentKind.PORTFOLIO)
            .weights(ImmutableMap.of("adherence", 1.0))
            .build();
    assertThrows(IllegalArgumentException.class, () -> PortfolioScorer.withPolicy(wrong));
  }
}

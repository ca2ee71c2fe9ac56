package dev.kaizen.examples;

import dev.kaizen.core.Quarter;
import dev.kaizen.portfolio.Allocation;
import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.PerQuadrant;
import dev.kaizen.portfolio.PortfolioPlanner;
import dev.kaizen.portfolio.PortfolioQuarter;
import dev.kaizen.portfolio.QuadrantPosition;
import dev.kaizen.portfolio.Scale;
import java.util.Map;

/**
 * Plans a quarter of a product portfolio from its candidates and prints the allocation (the
 * README's example).
 */
public final class PortfolioExample {
  private static final Scale SCALE = Scale.PRODUCT;

  private PortfolioExample() {}

  /**
   * Builds the example quarter: a budget of 240 person-days, its plan, and seven candidates.
   *
   * @return the quarter
   */
  public static PortfolioQuarter nextQuarter() {
    return PortfolioQuarter.builder()
        .quarter(Quarter.parse("2025-Q2"))
        .budget(240)
        .plan(
            PerQuadrant.from(
                SCALE,
                Map.of("support", 0.25, "features", 0.35, "tech-debt", 0.25, "innovation", 0.15)))
        .addCandidates(candidate("C-01", "Hand a chat over to a person", "support", 30, 5))
        .addCandidates(candidate("C-02", "Freeze a card without calling", "support", 30, 5))
        .addCandidates(candidate("C-03", "Rewrite the help centre", "support", 60, 9))
        .addCandidates(candidate("C-04", "Split a payment between friends", "features", 50, 8))
        .addCandidates(candidate("C-05", "Savings goals", "features", 34, 6))
        .addCandidates(candidate("C-07", "Retire the legacy login service", "tech-debt", 70, 9))
        .addCandidates(candidate("C-09", "Voice assistant spike", "innovation", 36, 4))
        .addCandidates(candidate("C-10", "Open-banking prototype", "innovation", 36, 4))
        .build();
  }

  private static Item candidate(
      String id, String title, String quadrant, double cost, double value) {
    return Item.builder()
        .id(id)
        .title(title)
        .position(SCALE.parse(quadrant))
        .cost(cost)
        .value(value)
        .build();
  }

  /**
   * Plans the example quarter and prints what each quadrant gets.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Allocation plan = PortfolioPlanner.plan(nextQuarter());
    for (QuadrantPosition p : QuadrantPosition.values()) {
      System.out.println(
          SCALE.key(p)
              + " (may spend "
              + plan.limits().get(p)
              + "): "
              + plan.chosen(p).stream().map(Item::id).toList()
              + ", spend "
              + plan.spend().get(p));
    }
    System.out.println(
        "value "
            + plan.value()
            + ", nothing for "
            + plan.emptyQuadrants().stream().map(SCALE::key).toList());
  }
}

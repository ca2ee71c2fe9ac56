package dev.kaizen.portfolio;

import static dev.kaizen.portfolio.PortfolioFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner's work is bounded whatever the budget, the number of candidates or the decimals of
 * the amounts: past {@link PortfolioPlanner#MAX_CELLS} cells or a capacity of {@link
 * PortfolioPlanner#MAX_CAPACITY} it rounds costs up at a coarser power of ten, says so with {@link
 * Allocation#exact()} false, and still never spends more than a quadrant's limit. (How long it
 * takes is measured by a benchmark, not here.)
 */
class PlannerBoundsTest {
  private static final PerQuadrant SHARES = PerQuadrant.of(0.4, 0.3, 0.2, 0.1);

  /** Candidates spread over the quadrants, costs with three decimals, values with nine. */
  private static List<Item> candidates(int n, double budget) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double cost = budget / n * (1 + (i * 7919L) % 100) / 25.0 + ((i * 31L) % 1000) / 1000.0;
      items.add(
          item(
              String.format("c%06d", i),
              QuadrantPosition.values()[i % 4],
              Math.min(cost, 1e15),
              1 + (i * 104729L) % 50 + 0.123456789));
    }
    return items;
  }

  private static void withinLimits(Allocation plan, double budget) {
    for (QuadrantPosition p : QuadrantPosition.values()) {
      BigDecimal spent = BigDecimal.ZERO;
      for (Item item : plan.chosen(p)) {
        spent = spent.add(new BigDecimal(Double.toString(item.cost())));
      }
      BigDecimal limit = PortfolioPlanner.limit(budget, SHARES.get(p));
      assertTrue(spent.compareTo(limit) <= 0, () -> p + " spends more than " + limit);
      assertFalse(plan.chosen(p).isEmpty(), () -> p + " chose nothing");
    }
  }

  @Test
  void theLargestBudgetIsPlannedCoarselyAndNeverOverspent() {
    double budget = 1e15;
    Allocation plan = PortfolioPlanner.plan(candidates(2000, budget), budget, SHARES);
    assertFalse(plan.exact());
    withinLimits(plan, budget);
  }

  @Test
  void twentyThousandCandidatesArePlannedCoarselyAndNeverOverspent() {
    double budget = 1e9;
    Allocation plan = PortfolioPlanner.plan(candidates(20_000, budget), budget, SHARES);
    assertFalse(plan.exact());
    withinLimits(plan, budget);
  }

  @Test
  void manyDecimalsMakeThePlanInexactButNeverOverspent() {
    Allocation plan =
        PortfolioPlanner.plan(
            List.of(
                item("a", QuadrantPosition.TOP_LEFT, 0.123456789, 5),
                item("b", QuadrantPosition.TOP_LEFT, 0.223456789, 4),
                item("c", QuadrantPosition.TOP_LEFT, 0.323456789, 3)),
            1,
            SHARES);
    // Limit 0.4: rounded up to thousandths, a costs 0.124 and b 0.224, together 0.348.
    assertFalse(plan.exact());
    assertEquals(List.of("a", "b"), plan.chosenIds());
  }
}

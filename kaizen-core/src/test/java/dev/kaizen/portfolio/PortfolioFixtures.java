package dev.kaizen.portfolio;

import dev.kaizen.core.Quarter;
import java.util.List;

/**
 * The shared example /work/shared/examples/portfolio-2024.json, built in Java, and small builders.
 */
final class PortfolioFixtures {
  private PortfolioFixtures() {}

  static Item item(String id, QuadrantPosition position, double cost, double value) {
    return Item.builder()
        .id(id)
        .title("work " + id)
        .position(position)
        .cost(cost)
        .value(value)
        .build();
  }

  static Item item(String id, QuadrantPosition position, double cost) {
    return Item.builder().id(id).title("work " + id).position(position).cost(cost).build();
  }

  static PortfolioQuarter quarter(
      String quarter, double budget, PerQuadrant plan, List<Item> items) {
    return PortfolioQuarter.builder()
        .quarter(Quarter.parse(quarter))
        .budget(budget)
        .plan(plan)
        .items(items)
        .build();
  }

  /** Q1 and Q2 of "Digital services 2024", exactly as in portfolio-2024.json. */
  static Portfolio example() {
    return Portfolio.builder()
        .scale(Scale.PORTFOLIO)
        .name("Digital services 2024")
        .unit("person-days")
        .addQuarters(
            quarter(
                "2024-Q1",
                400,
                PerQuadrant.of(0.25, 0.40, 0.20, 0.15),
                List.of(
                    Item.builder()
                        .id("Q1-1")
                        .title("User research round with case workers")
                        .position(QuadrantPosition.TOP_LEFT)
                        .cost(90)
                        .value(8)
                        .build(),
                    Item.builder()
                        .id("Q1-2")
                        .title("Online payments")
                        .position(QuadrantPosition.TOP_RIGHT)
                        .cost(160)
                        .value(13)
                        .build(),
                    Item.builder()
                        .id("Q1-3")
                        .title("Merge the two release approval boards")
                        .position(QuadrantPosition.BOTTOM_LEFT)
                        .cost(70)
                        .value(6)
                        .build(),
                    Item.builder()
                        .id("Q1-4")
                        .title("Prototype an assisted-digital chatbot")
                        .position(QuadrantPosition.BOTTOM_RIGHT)
                        .cost(60)
                        .value(4)
                        .build())))
        .addQuarters(
            quarter(
                "2024-Q2",
                420,
                PerQuadrant.of(0.20, 0.45, 0.20, 0.15),
                List.of(
                    Item.builder()
                        .id("Q2-1")
                        .title("Service-desk feedback loop")
                        .position(QuadrantPosition.TOP_LEFT)
                        .cost(80)
                        .value(7)
                        .build(),
                    Item.builder()
                        .id("Q2-2")
                        .title("Document upload")
                        .position(QuadrantPosition.TOP_RIGHT)
                        .cost(200)
                        .value(12)
                        .build(),
                    Item.builder()
                        .id("Q2-3")
                        .title("Shared on-call rota")
                        .position(QuadrantPosition.BOTTOM_LEFT)
                        .cost(90)
                        .value(6)
                        .build(),
                    Item.builder()
                        .id("Q2-4")
                        .title("Pilot a four-day discovery sprint")
                        .position(QuadrantPosition.BOTTOM_RIGHT)
                        .cost(40)
                        .value(5)
                        .build())))
        .build();
  }

  /** A balanced plan: a quarter each. */
  static PerQuadrant even() {
    return PerQuadrant.of(0.25, 0.25, 0.25, 0.25);
  }

  /** Items costing exactly {@code costs} in the four quadrants (none where the cost is 0). */
  static List<Item> spread(
      String prefix, double topLeft, double topRight, double bottomLeft, double bottomRight) {
    List<Item> items = new java.util.ArrayList<>();
    double[] costs = {topLeft, topRight, bottomLeft, bottomRight};
    for (QuadrantPosition p : QuadrantPosition.values()) {
      if (costs[p.ordinal()] > 0) {
        items.add(item(prefix + "-" + p.ordinal(), p, costs[p.ordinal()]));
      }
    }
    return items;
  }
}

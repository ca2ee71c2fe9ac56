package dev.kaizen.portfolio;

import static dev.kaizen.portfolio.PortfolioFixtures.even;
import static dev.kaizen.portfolio.PortfolioFixtures.example;
import static dev.kaizen.portfolio.PortfolioFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioPlannerTest {
  private static final QuadrantPosition TL = QuadrantPosition.TOP_LEFT;
  private static final QuadrantPosition TR = QuadrantPosition.TOP_RIGHT;
  private static final QuadrantPosition BL = QuadrantPosition.BOTTOM_LEFT;
  private static final QuadrantPosition BR = QuadrantPosition.BOTTOM_RIGHT;

  @Test
  void choosesTheMostValuableItemsWithinEachQuadrantsShare() {
    // Budget 100, a quarter each: every quadrant may spend 25.
    List<Item> candidates =
        List.of(
            item("a", TL, 10, 5),
            item("b", TL, 15, 6),
            item("c", TL, 20, 10), // {a, b} = 11 beats {c} = 10
            item("d", TR, 30, 100), // costs more than 25: never taken
            item("e", BL, 0, 1),
            item("f", BL, 0), // free and worth something: taken; worth nothing: not
            item("g", BR, 25, 0)); // worth nothing: not taken
    Allocation plan = PortfolioPlanner.plan(candidates, 100, even());
    assertEquals(List.of("a", "b", "e"), plan.chosenIds());
    assertEquals(12, plan.value(), 0);
    assertEquals(11, plan.value(TL), 0);
    assertEquals(PerQuadrant.of(25, 0, 0, 0), plan.spend());
    assertEquals(25, plan.totalSpend(), 0);
    assertEquals(PerQuadrant.of(25, 25, 25, 25), plan.limits());
    assertEquals(List.of(TR, BR), plan.emptyQuadrants());
    assertTrue(plan.isEmpty(TR));
    assertFalse(plan.isEmpty(BL));
    assertEquals(List.of("a", "b"), plan.chosen(TL).stream().map(Item::id).toList());
    assertTrue(plan.exact());
  }

  @Test
  void everythingFitsWhenTheShareIsLargeEnough() {
    Allocation plan =
        PortfolioPlanner.plan(
            List.of(item("x", TR, 50, 1), item("y", TR, 50, 2)), 100, PerQuadrant.of(0, 1, 0, 0));
    assertEquals(List.of("x", "y"), plan.chosenIds());
    assertEquals(List.of(TL, BL, BR), plan.emptyQuadrants());
  }

  @Test
  void tiesGoToTheLowestIds() {
    // {a, b} and {c} are both worth 10 in 10: [a, b] is the smaller id list.
    assertEquals(
        List.of("a", "b"),
        PortfolioPlanner.plan(
                List.of(item("c", TL, 10, 10), item("b", TL, 5, 5), item("a", TL, 5, 5)),
                40,
                even())
            .chosenIds());
    // Two items alike: the lower id.
    assertEquals(
        List.of("a"),
        PortfolioPlanner.plan(List.of(item("b", TL, 10, 10), item("a", TL, 10, 10)), 40, even())
            .chosenIds());
    // {a, b}, {a, c}, {b, c} are all worth 6: [a, b].
    assertEquals(
        List.of("a", "b"),
        PortfolioPlanner.plan(
                List.of(item("c", TL, 4, 3), item("a", TL, 6, 3), item("b", TL, 4, 3)), 40, even())
            .chosenIds());
    // Ids compare as strings: "item-10" comes before "item-9".
    assertEquals(
        List.of("item-10"),
        PortfolioPlanner.plan(
                List.of(item("item-9", TL, 10, 7), item("item-10", TL, 10, 7)), 40, even())
            .chosenIds());
  }

  @Test
  void emptyQuadrantsAreReported() {
    Allocation none = PortfolioPlanner.plan(List.of(), 100, even());
    assertEquals(List.of(TL, TR, BL, BR), none.emptyQuadrants());
    assertEquals(0, none.value(), 0);
    assertEquals(PerQuadrant.of(0, 0, 0, 0), none.spend());
    // A zero budget leaves room only for free items.
    Allocation broke =
        PortfolioPlanner.plan(List.of(item("a", TL, 1, 5), item("b", TR, 0, 5)), 0, even());
    assertEquals(List.of("b"), broke.chosenIds());
    assertEquals(List.of(TL, BL, BR), broke.emptyQuadrants());
  }

  @Test
  void freeItemsWithValueAreAlwaysTaken() {
    // A negative or zero share leaves no room, but free valuable items still go in.
    Allocation plan =
        PortfolioPlanner.plan(
            List.of(item("a", TL, 0, 1), item("b", TR, 0, 0.5), item("c", TR, 1, 9)),
            10,
            PerQuadrant.of(-0.5, 0, 1, 0.5));
    assertEquals(List.of("a", "b"), plan.chosenIds());
    assertEquals(PerQuadrant.of(0, 0, 10, 5), plan.limits());
    assertEquals(1.5, plan.value(), 0);
  }

  @Test
  void decimalAmountsAreTakenAsWritten() {
    // 0.3 × 10 is a limit of exactly 3, in which a and b (1.5 each) fit together.
    Allocation plan =
        PortfolioPlanner.plan(
            List.of(item("a", TL, 1.5, 4), item("b", TL, 1.5, 4), item("c", TL, 1.25, 3)),
            10,
            PerQuadrant.of(0.3, 0.3, 0.3, 0.1));
    assertEquals(List.of("a", "b"), plan.chosenIds());
    assertEquals(3, plan.spend().topLeft(), 0);
    assertTrue(plan.exact());
    // 0.1 + 0.2 fits in 0.3 exactly.
    Allocation small =
        PortfolioPlanner.plan(
            List.of(item("a", BR, 0.1, 1), item("b", BR, 0.2, 1)),
            1,
            PerQuadrant.of(0.3, 0.2, 0.2, 0.3));
    assertEquals(List.of("a", "b"), small.chosenIds());
    assertEquals(0.3, small.spend().bottomRight(), 0);
  }

  @Test
  void costsWithMoreThanThreeDecimalsAreRoundedUpAndNeverOverspend() {
    Allocation plan =
        PortfolioPlanner.plan(
            List.of(item("a", TL, 1.0001, 1), item("b", TL, 0.9999, 1), item("c", TL, 1.0, 1)),
            8,
            PerQuadrant.of(0.25, 0.25, 0.25, 0.25));
    // Limit 2: rounded up to thousandths a costs 1.001, b 1.000, c 1.000: b and c fit, as they
    // really do.
    assertFalse(plan.exact());
    assertEquals(List.of("b", "c"), plan.chosenIds());
    assertTrue(plan.spend().topLeft() <= 2);
  }

  @Test
  void duplicateIdsAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PortfolioPlanner.plan(
                    List.of(item("a", TL, 1, 1), item("a", TR, 1, 1)), 10, even()));
    assertTrue(e.getMessage().contains("\"a\""), e.getMessage());
  }

  @Test
  void plansTheLatestQuarterOfAPortfolio() {
    Portfolio portfolio = example();
    PortfolioQuarter q2 =
        portfolio
            .quarters()
            .get(1)
            .withCandidates(
                item("N-1", TL, 84, 9),
                item("N-2", TL, 40, 5),
                item("N-3", TL, 44, 5), // limit 0.20 × 420 = 84
                item("N-4", TR, 189, 20), // 0.45 × 420 = 189: fits exactly
                item("N-5", BR, 64, 8)); // 0.15 × 420 = 63: too dear
    Portfolio withCandidates = portfolio.withQuarters(portfolio.quarters().get(0), q2);
    Allocation plan = PortfolioPlanner.planLatest(withCandidates).orElseThrow();
    assertEquals(List.of("N-2", "N-3", "N-4"), plan.chosenIds());
    assertEquals(30, plan.value(), 0);
    assertEquals(PerQuadrant.of(84, 189, 0, 0), plan.spend());
    assertEquals(List.of(BL, BR), plan.emptyQuadrants());
    assertEquals(PortfolioPlanner.plan(q2), plan);
    assertTrue(PortfolioPlanner.planLatest(portfolio.withQuarters()).isEmpty());
  }

  @Test
  void fiveThousandCandidatesAgainstABudgetOfTenThousand() {
    // Spread by arithmetic: quadrant i mod 4, cost 1..100 and value 0..49 from multiplicative
    // hashes.
    List<Item> candidates = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      candidates.add(
          item(
              String.format("c%04d", i),
              QuadrantPosition.values()[i % 4],
              1 + (i * 7919) % 100,
              (i * 104729) % 50));
    }
    PerQuadrant shares = PerQuadrant.of(0.4, 0.3, 0.2, 0.1);
    Allocation plan = PortfolioPlanner.plan(candidates, 10_000, shares);
    assertTrue(plan.exact());
    for (QuadrantPosition p : QuadrantPosition.values()) {
      assertTrue(plan.spend().get(p) <= shares.get(p) * 10_000 + 1e-9);
      assertTrue(plan.spend().get(p) > shares.get(p) * 10_000 - 100, "the knapsack is nearly full");
    }
  }

  /**
   * The programme runs over {@code int}s when every best value fits one and over {@code long}s
   * otherwise: multiplying every value by 2<sup>32</sup> (which forces the second) must choose
   * exactly the same items, ties included, as the small values do (which take the first).
   */
  @Test
  void valuesTooLargeForAnIntChooseWhatSmallValuesChoose() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    QuadrantPosition[] positions = QuadrantPosition.values();
    for (int round = 0; round < 50; round++) {
      List<Item> small = new ArrayList<>();
      List<Item> large = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        QuadrantPosition position = positions[random.nextInt(positions.length)];
        int cost = 1 + random.nextInt(30);
        int value = 1 + random.nextInt(5); // few distinct values: many ties
        small.add(item(String.format("c%02d", i), position, cost, value));
        large.add(item(String.format("c%02d", i), position, cost, value * 4_294_967_296.0));
      }
      double budget = 40 + random.nextInt(200);
      Allocation a = PortfolioPlanner.plan(small, budget, even());
      Allocation b = PortfolioPlanner.plan(large, budget, even());
      assertEquals(ids(a), ids(b), "round " + round);
      assertTrue(a.exact() && b.exact());
    }
  }

  private static List<String> ids(Allocation plan) {
    List<String> ids = new ArrayList<>();
    plan.chosen().forEach(item -> ids.add(item.id()));
    return ids;
  }
}

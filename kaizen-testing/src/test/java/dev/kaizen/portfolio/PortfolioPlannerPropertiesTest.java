package dev.kaizen.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.PortfolioGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner against exhaustive search, and its other properties (DOMAIN.md §7). */
class PortfolioPlannerPropertiesTest {
  /**
   * The best selection by trying every subset, as the planner's contract defines it: only
   * candidates worth more than 0, each quadrant within share × budget, greatest value, and among
   * those the lexicographically smallest sorted id list. Amounts have at most three decimals, so
   * thousandths make them whole and the search exact.
   */
  static List<String> bruteForce(List<Item> candidates, double budget, PerQuadrant shares) {
    int n = candidates.size();
    long[] cost = new long[n];
    long[] value = new long[n];
    int[] quadrant = new int[n];
    for (int i = 0; i < n; i++) {
      cost[i] = thousandths(candidates.get(i).cost());
      value[i] = thousandths(candidates.get(i).worth());
      quadrant[i] = candidates.get(i).position().ordinal();
    }
    long[] limit = new long[4];
    for (QuadrantPosition p : QuadrantPosition.values()) {
      BigDecimal exact =
          BigDecimal.valueOf(shares.get(p))
              .multiply(BigDecimal.valueOf(budget))
              .max(BigDecimal.ZERO);
      limit[p.ordinal()] = exact.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
    List<String> best = null;
    long bestValue = -1;
    for (int mask = 0; mask < (1 << n); mask++) {
      long[] spend = new long[4];
      long total = 0;
      boolean ok = true;
      for (int i = 0; i < n && ok; i++) {
        if ((mask & (1 << i)) != 0) {
          ok = value[i] > 0;
          spend[quadrant[i]] += cost[i];
          total += value[i];
        }
      }
      for (int q = 0; q < 4; q++) {
        ok &= spend[q] <= limit[q];
      }
      if (!ok || total < bestValue) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          ids.add(candidates.get(i).id());
        }
      }
      Collections.sort(ids);
      if (total > bestValue || smaller(ids, best)) {
        best = ids;
        bestValue = total;
      }
    }
    return best;
  }

  private static long thousandths(double amount) {
    return BigDecimal.valueOf(amount).movePointRight(3).longValueExact();
  }

  private static boolean smaller(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c < 0;
      }
    }
    return a.size() < b.size();
  }

  @Test
  void optimalAndTieBreakingLikeExhaustiveSearch() {
    Property.forAll(PortfolioGenerators.planningQuarters(12))
        .tries(500)
        .check(
            quarter -> {
              Allocation plan = PortfolioPlanner.plan(quarter);
              assertEquals(
                  bruteForce(quarter.candidates(), quarter.budget(), quarter.plan()),
                  plan.chosenIds());
              assertTrue(plan.exact());
            });
  }

  @Test
  void theOrderOfCandidatesDoesNotMatter() {
    Gen<PortfolioQuarter[]> pairs =
        PortfolioGenerators.planningQuarters(30)
            .flatMap(
                quarter ->
                    choices ->
                        new PortfolioQuarter[] {
                          quarter,
                          quarter.withCandidates(
                              Gens.shuffled(quarter.candidates()).generate(choices))
                        });
    Property.forAll(pairs)
        .check(
            pair -> assertEquals(PortfolioPlanner.plan(pair[0]), PortfolioPlanner.plan(pair[1])));
  }

  @Test
  void theReportAddsUp() {
    Property.forAll(PortfolioGenerators.planningQuarters(40))
        .check(
            quarter -> {
              Allocation plan = PortfolioPlanner.plan(quarter);
              BigDecimal value = BigDecimal.ZERO;
              for (QuadrantPosition p : QuadrantPosition.values()) {
                BigDecimal spent = BigDecimal.ZERO;
                for (Item item : plan.chosen(p)) {
                  spent = spent.add(BigDecimal.valueOf(item.cost()));
                  value = value.add(BigDecimal.valueOf(item.worth()));
                  assertTrue(item.worth() > 0, item.toString());
                }
                assertTrue(
                    spent.compareTo(PortfolioPlanner.limit(quarter.budget(), quarter.plan().get(p)))
                        <= 0);
                assertEquals(spent.doubleValue(), plan.spend().get(p));
                assertEquals(plan.chosen(p).isEmpty(), plan.emptyQuadrants().contains(p));
              }
              assertEquals(value.doubleValue(), plan.value());
              // Every free candidate worth something is taken.
              for (Item c : quarter.candidates()) {
                if (c.cost() == 0 && c.worth() > 0) {
                  assertTrue(plan.chosenIds().contains(c.id()), c.id());
                }
              }
            });
  }

  @Test
  void roundedCostsNeverOverspendAndNeverBeatTheOptimum() {
    // Costs divided by 7 have many decimals: the planner rounds them up and says it is not exact.
    Gen<PortfolioQuarter> rounded =
        PortfolioGenerators.planningQuarters(12)
            .map(
                q -> {
                  List<Item> candidates = new ArrayList<>();
                  q.candidates().forEach(i -> candidates.add(i.withCost(i.cost() * 8 / 7)));
                  return q.withCandidates(candidates);
                });
    Property.forAll(rounded)
        .tries(300)
        .check(
            quarter -> {
              Allocation plan = PortfolioPlanner.plan(quarter);
              for (QuadrantPosition p : QuadrantPosition.values()) {
                BigDecimal spent = BigDecimal.ZERO;
                for (Item item : plan.chosen(p)) {
                  spent = spent.add(BigDecimal.valueOf(item.cost()));
                }
                assertTrue(
                    spent.compareTo(PortfolioPlanner.limit(quarter.budget(), quarter.plan().get(p)))
                        <= 0);
              }
              // Costs rounded down to whole numbers relax the problem: its optimum bounds the
              // plan's value.
              List<Item> relaxed = new ArrayList<>();
              quarter.candidates().forEach(i -> relaxed.add(i.withCost(Math.floor(i.cost()))));
              List<String> optimum = bruteForce(relaxed, quarter.budget(), quarter.plan());
              double best =
                  relaxed.stream()
                      .filter(i -> optimum.contains(i.id()))
                      .mapToDouble(Item::worth)
                      .sum();
              assertTrue(plan.value() <= best + 1e-9, plan.value() + " > " + best);
            });
  }
}

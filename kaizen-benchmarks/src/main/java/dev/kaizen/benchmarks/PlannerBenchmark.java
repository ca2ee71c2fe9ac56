package dev.kaizen.benchmarks;

import dev.kaizen.portfolio.Allocation;
import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.PerQuadrant;
import dev.kaizen.portfolio.PortfolioPlanner;
import dev.kaizen.portfolio.QuadrantPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link PortfolioPlanner} against the textbook {@link Knapsack} on the same candidates: whole
 * costs from 1 to a tenth of the budget, whole values from 1 to 100, a quarter of the budget per
 * quadrant, a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlannerBenchmark {
  /** How many candidates. */
  @Param({"500", "5000", "20000"})
  public int candidates;

  /** The budget. */
  @Param({"1000", "10000", "100000"})
  public int budget;

  private List<Item> items;
  private PerQuadrant shares;

  /**
   * Makes the candidates.
   *
   * @param count how many
   * @param budget the budget
   * @param seed the seed
   * @return the candidates
   */
  public static List<Item> candidates(int count, int budget, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    QuadrantPosition[] positions = QuadrantPosition.values();
    List<Item> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(
          Item.builder()
              .id(String.format("C-%06d", i))
              .title("candidate " + i)
              .position(positions[i % positions.length])
              .cost(1 + random.nextInt(Math.max(1, budget / 10)))
              .value(1 + random.nextInt(100))
              .build());
    }
    return out;
  }

  /** Makes the candidates once. */
  @Setup
  public void setUp() {
    items = candidates(candidates, budget, 42);
    shares = PerQuadrant.of(0.25, 0.25, 0.25, 0.25);
  }

  /**
   * Kaizen's planner.
   *
   * @return the allocation
   */
  @Benchmark
  public Allocation planner() {
    return PortfolioPlanner.plan(items, budget, shares);
  }

  /**
   * Baseline: the textbook knapsack.
   *
   * @return the chosen items
   */
  @Benchmark
  public List<Item> textbookKnapsack() {
    return Knapsack.plan(items, budget, shares);
  }
}

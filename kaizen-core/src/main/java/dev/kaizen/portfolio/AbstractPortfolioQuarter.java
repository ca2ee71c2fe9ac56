package dev.kaizen.portfolio;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Quarter;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One quarter of a {@link Portfolio}: its budget, the planned share of each quadrant, the items it
 * holds and, optionally, candidate items for the {@linkplain PortfolioPlanner planner}.
 *
 * <p>JSON: {@code {"quarter": "2024-Q1", "budget": 400, "plan": {key: share, ...}, "items"?: [...],
 * "candidates"?: [...]}}. The budget is finite, not negative and at most 10<sup>15</sup>; plan
 * shares are finite (negative shares, or shares that do not add up to 1, are reported by {@link
 * PortfolioValidator}, not refused). Candidates count neither in the spend nor in the shares.
 * {@link #figures()} has everything derived from the quarter.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractPortfolioQuarter {
  /**
   * Returns the calendar quarter.
   *
   * @return the quarter
   */
  public abstract Quarter quarter();

  /**
   * Returns what the quarter may spend, in the portfolio's unit.
   *
   * @return the budget, from 0 to 10<sup>15</sup>
   */
  public abstract double budget();

  /**
   * Returns the planned share of each quadrant: fractions that should add up to 1.
   *
   * @return the plan
   */
  public abstract PerQuadrant plan();

  /**
   * Returns the work the quarter holds; empty when there is none (or it is not written yet).
   *
   * @return the items, in the order written
   */
  public abstract List<Item> items();

  /**
   * Returns the pool of candidate items for the planner; empty when there is none.
   *
   * @return the candidates, in the order written
   */
  public abstract List<Item> candidates();

  /**
   * Returns the items of the quadrant at {@code position}.
   *
   * @param position the position
   * @return those items, in the order written
   */
  public final List<Item> items(QuadrantPosition position) {
    return items().stream()
        .filter(i -> i.position() == position)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the candidates of the quadrant at {@code position}.
   *
   * @param position the position
   * @return those candidates, in the order written
   */
  public final List<Item> candidates(QuadrantPosition position) {
    return candidates().stream()
        .filter(i -> i.position() == position)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns what is derived from the quarter: spend per quadrant and in total, actual shares,
   * drift, balance, and the budget left.
   *
   * @return the figures
   */
  @Value.Lazy
  public QuarterFigures figures() {
    return QuarterFigures.of((PortfolioQuarter) this);
  }

  @Value.Check
  final void check() {
    Amounts.require(budget(), "budget of quarter " + quarter());
  }
}

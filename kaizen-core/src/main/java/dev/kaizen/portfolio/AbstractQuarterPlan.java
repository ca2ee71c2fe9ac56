package dev.kaizen.portfolio;

import dev.kaizen.core.Quarter;
import dev.kaizen.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The planner's result for one quarter of a portfolio (DOMAIN.md §7, §9 {@code plan}): which
 * quarter, the scale whose keys name its quadrants, and the {@link Allocation}. This is what {@code
 * kaizen plan --json} prints: {@code {"quarter", "chosen": [ids], "value", "spend": {key: cost},
 * "empty": [keys]}}.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractQuarterPlan {
  /**
   * Returns the quarter planned.
   *
   * @return the quarter
   */
  public abstract Quarter quarter();

  /**
   * Returns the scale of the portfolio, whose keys name the quadrants.
   *
   * @return the scale
   */
  public abstract Scale scale();

  /**
   * Returns what the planner chose.
   *
   * @return the allocation
   */
  public abstract Allocation allocation();

  /**
   * Plans one quarter of {@code portfolio} from its candidates, budget and planned shares.
   *
   * @param portfolio the portfolio, for its scale
   * @param quarter one of its quarters
   * @return the plan
   * @throws IllegalArgumentException if two candidates of the quarter share an id
   */
  public static QuarterPlan of(Portfolio portfolio, PortfolioQuarter quarter) {
    return QuarterPlan.builder()
        .quarter(quarter.quarter())
        .scale(portfolio.scale())
        .allocation(PortfolioPlanner.plan(quarter))
        .build();
  }

  /**
   * Plans the portfolio's {@linkplain Portfolio#latestQuarter() latest quarter}, as {@code kaizen
   * plan} does.
   *
   * @param portfolio the portfolio
   * @return the plan, or empty when the portfolio has no quarter
   * @throws IllegalArgumentException if two candidates of that quarter share an id
   */
  public static Optional<QuarterPlan> latest(Portfolio portfolio) {
    return portfolio.latestQuarter().map(q -> of(portfolio, q));
  }
}

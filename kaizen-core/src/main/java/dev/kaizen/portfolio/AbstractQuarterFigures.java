package dev.kaizen.portfolio;

import dev.kaizen.core.Quarter;
import dev.kaizen.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What is derived from one {@link PortfolioQuarter} (DOMAIN.md §7): the spend per quadrant and in
 * total, against the budget; the actual shares (each quadrant's items' cost / the total cost); the
 * drift of each quadrant (actual − plan); and the balance, the normalised entropy of the actual
 * shares. Actual shares, drift and balance are absent when the quarter has no item, or when its
 * items cost nothing in total.
 *
 * <p>Costs are added as exact decimals (see {@link #spend()}), so the figures do not depend on the
 * order of the items.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractQuarterFigures {
  /**
   * Returns the calendar quarter.
   *
   * @return the quarter
   */
  public abstract Quarter quarter();

  /**
   * Returns the quarter's budget.
   *
   * @return the budget
   */
  public abstract double budget();

  /**
   * Returns the quarter's planned shares.
   *
   * @return the plan
   */
  public abstract PerQuadrant plan();

  /**
   * Returns what the items of each quadrant cost. Each sum is exact in decimal (the costs as
   * written) and then rounded once to a double.
   *
   * @return the spend per quadrant
   */
  public abstract PerQuadrant spend();

  /**
   * Returns what all items cost together, added exactly in decimal.
   *
   * @return the total cost
   */
  public abstract double totalCost();

  /**
   * Returns the actual share of each quadrant: its spend / the total cost.
   *
   * @return the shares, adding up to 1; empty without items or when they cost nothing in total
   */
  public abstract Optional<PerQuadrant> actual();

  /**
   * Tells whether the quarter has actual shares: it has items that cost something. The drift and
   * neglect rules and the score only consider such quarters.
   *
   * @return true when {@link #actual()} is present
   */
  public final boolean hasActual() {
    return actual().isPresent();
  }

  /**
   * Returns each quadrant's drift from the plan: actual share − planned share.
   *
   * @return the drift, or empty when there are no actual shares
   */
  public final Optional<PerQuadrant> drift() {
    return actual().map(a -> PerQuadrant.compute(p -> a.get(p) - plan().get(p)));
  }

  /**
   * Returns the balance: the normalised entropy of the actual shares, {@code −Σ p ln p / ln 4}
   * (with 0 ln 0 = 0). It is 1 when the four quadrants cost the same and 0 when one holds
   * everything.
   *
   * @return the balance in [0, 1], or empty when there are no actual shares
   */
  public final OptionalDouble balance() {
    return actual().map(a -> OptionalDouble.of(balanceOf(a))).orElse(OptionalDouble.empty());
  }

  /**
   * Returns what is left of the budget: budget − total cost; negative when over budget.
   *
   * @return the budget left
   */
  public final double remaining() {
    return Amounts.decimal(budget()).subtract(Amounts.decimal(totalCost())).doubleValue();
  }

  /**
   * Tells whether the items cost more than the budget.
   *
   * @return true when over budget
   */
  public final boolean isOverBudget() {
    return totalCost() > budget();
  }

  /**
   * Returns the normalised entropy of {@code shares}: {@code −Σ p ln p / ln 4}, where a share of 0
   * (or less) adds nothing. For shares that add up to 1 the result lies in [0, 1].
   *
   * @param shares the four shares
   * @return the balance, clamped into [0, 1]
   */
  public static double balanceOf(PerQuadrant shares) {
    double sum = 0;
    for (QuadrantPosition p : QuadrantPosition.values()) {
      double share = shares.get(p);
      if (share > 0) {
        sum -= share * Math.log(share);
      }
    }
    return Math.max(0, Math.min(1, sum / Math.log(4)));
  }

  /**
   * Returns the figures of {@code quarter}.
   *
   * @param quarter the quarter
   * @return its figures
   */
  public static QuarterFigures of(PortfolioQuarter quarter) {
    BigDecimal[] spend = new BigDecimal[QuadrantPosition.values().length];
    Arrays.fill(spend, BigDecimal.ZERO);
    for (Item item : quarter.items()) {
      int i = item.position().ordinal();
      spend[i] = spend[i].add(Amounts.decimal(item.cost()));
    }
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal s : spend) {
      total = total.add(s);
    }
    double totalCost = total.doubleValue();
    PerQuadrant perQuadrant = PerQuadrant.compute(p -> spend[p.ordinal()].doubleValue());
    Optional<PerQuadrant> actual =
        totalCost > 0
            ? Optional.of(PerQuadrant.compute(p -> perQuadrant.get(p) / totalCost))
            : Optional.empty();
    return QuarterFigures.builder()
        .quarter(quarter.quarter())
        .budget(quarter.budget())
        .plan(quarter.plan())
        .spend(perQuadrant)
        .totalCost(totalCost)
        .actual(actual)
        .build();
  }
}

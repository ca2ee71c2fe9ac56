package dev.kaizen.portfolio;

import com.google.common.collect.ImmutableList;
import dev.kaizen.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the {@link PortfolioPlanner} chose for a quarter: the chosen items per quadrant, their total
 * value, the spend of each quadrant against its limit, and the quadrants that got nothing.
 *
 * <p>Sums ({@link #value()}, {@link #spend()}) are exact in decimal over the amounts as written and
 * then rounded once to a double.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractAllocation {
  /**
   * Returns the budget the plan was made for.
   *
   * @return the budget
   */
  public abstract double budget();

  /**
   * Returns the target share of each quadrant the plan was made for.
   *
   * @return the target shares
   */
  public abstract PerQuadrant shares();

  /**
   * Returns the chosen items, ordered by id.
   *
   * @return the chosen items
   */
  public abstract List<Item> chosen();

  /**
   * Tells whether the plan is provably optimal. It is unless costs have more than three decimals,
   * or the problem is too large for the exact method; then costs were rounded up, so the limits
   * still hold but a better choice may exist (see {@link PortfolioPlanner}).
   *
   * @return true when exact
   */
  public abstract boolean exact();

  /**
   * Returns the ids of the chosen items, in order.
   *
   * @return the ids
   */
  public final List<String> chosenIds() {
    return chosen().stream().map(Item::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the chosen items of the quadrant at {@code position}, ordered by id.
   *
   * @param position the position
   * @return those items, possibly none
   */
  public final List<Item> chosen(QuadrantPosition position) {
    return chosen().stream()
        .filter(i -> i.position() == position)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the most each quadrant may spend: its target share × the budget (0 for a negative
   * share).
   *
   * @return the limit of each quadrant
   */
  public final PerQuadrant limits() {
    return PerQuadrant.compute(
        p -> PortfolioPlanner.limit(budget(), shares().get(p)).doubleValue());
  }

  /**
   * Returns the total value of the chosen items (a missing value counts as 0).
   *
   * @return the total value
   */
  public final double value() {
    return sum(chosen(), Item::worth);
  }

  /**
   * Returns the value of the chosen items of the quadrant at {@code position}.
   *
   * @param position the position
   * @return that value
   */
  public final double value(QuadrantPosition position) {
    return sum(chosen(position), Item::worth);
  }

  /**
   * Returns what the chosen items of each quadrant cost; never more than {@link #limits()}.
   *
   * @return the spend of each quadrant
   */
  public final PerQuadrant spend() {
    return PerQuadrant.compute(p -> sum(chosen(p), Item::cost));
  }

  /**
   * Returns what all chosen items cost.
   *
   * @return the total spend
   */
  public final double totalSpend() {
    return sum(chosen(), Item::cost);
  }

  /**
   * Returns the quadrants where no item was chosen, in position order.
   *
   * @return the empty quadrants
   */
  public final List<QuadrantPosition> emptyQuadrants() {
    ImmutableList.Builder<QuadrantPosition> empty = ImmutableList.builder();
    for (QuadrantPosition p : QuadrantPosition.values()) {
      if (isEmpty(p)) {
        empty.add(p);
      }
    }
    return empty.build();
  }

  /**
   * Tells whether no item was chosen in the quadrant at {@code position}.
   *
   * @param position the position
   * @return true when the quadrant got nothing
   */
  public final boolean isEmpty(QuadrantPosition position) {
    return chosen().stream().noneMatch(i -> i.position() == position);
  }

  private static double sum(List<Item> items, java.util.function.ToDoubleFunction<Item> amount) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Item item : items) {
      sum = sum.add(Amounts.decimal(amount.applyAsDouble(item)));
    }
    return sum.doubleValue();
  }
}

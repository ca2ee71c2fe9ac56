package dev.kaizen.portfolio;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import java.util.Comparator;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A piece of work of a quarter: an item the quarter holds, or a candidate for the {@linkplain
 * PortfolioPlanner planner}. JSON: {@code {"id", "title", "quadrant", "cost", "value"?}}, where
 * {@code quadrant} is the key that the portfolio's {@link Scale} gives {@link #position()}.
 *
 * <p>The cost and the value are finite, not negative, and at most 10<sup>15</sup> (so that every
 * sum stays finite); the builder throws {@link IllegalArgumentException} otherwise.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractItem {
  /**
   * Orders items by id ({@link String#compareTo(String)}, so {@code "Q1-10"} comes before {@code
   * "Q1-2"}).
   */
  public static final Comparator<Item> BY_ID = Comparator.comparing(Item::id);

  /**
   * Returns the item's id, unique among the items (and among the candidates) of its quarter.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what the work is.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the position of the item's quadrant; the portfolio's scale names it ({@code "quadrant"}
   * in JSON).
   *
   * @return the position
   */
  public abstract QuadrantPosition position();

  /**
   * Returns what the item costs, in the portfolio's unit.
   *
   * @return the cost, from 0 to 10<sup>15</sup>
   */
  public abstract double cost();

  /**
   * Returns what the item is worth, if estimated; the planner counts a missing value as 0.
   *
   * @return the value, from 0 to 10<sup>15</sup>, or empty
   */
  public abstract OptionalDouble value();

  /**
   * Returns the value, or 0 when it is not estimated.
   *
   * @return the value the planner uses
   */
  public final double worth() {
    return value().orElse(0);
  }

  @Value.Check
  final void check() {
    Checks.requireText(id(), "item id");
    Amounts.require(cost(), "cost of item " + id());
    value().ifPresent(v -> Amounts.require(v, "value of item " + id()));
  }
}

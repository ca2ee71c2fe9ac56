package dev.kaizen.scoring;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/** One named part of a {@link Score}: its value in [0, 100] and its weight in the total. */
@Value.Immutable
@ValueStyle
abstract class AbstractScorePart {
  /**
   * Returns the part's name, such as {@code completeness}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the weight of this part in the total, in [0, 1].
   *
   * @return the weight
   */
  @Value.Parameter
  public abstract double weight();

  /**
   * Returns the part's value, in [0, 100].
   *
   * @return the value
   */
  @Value.Parameter
  public abstract double value();

  /**
   * Returns what this part adds to the total: {@code weight × value}.
   *
   * @return the weighted value
   */
  public final double contribution() {
    return weight() * value();
  }

  @Value.Check
  final void check() {
    Checks.requireText(name(), "score part name");
    if (!(weight() >= 0 && weight() <= 1)) {
      throw new IllegalArgumentException(
          "weight of part " + name() + " must be in [0, 1], not " + weight());
    }
    if (!(value() >= 0 && value() <= 100)) {
      throw new IllegalArgumentException(
          "value of part " + name() + " must be in [0, 100], not " + value());
    }
  }
}

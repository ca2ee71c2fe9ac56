package dev.kaizen.portfolio;

import com.google.common.collect.ImmutableMap;
import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.immutables.value.Value;

/**
 * One number for each of the four {@linkplain QuadrantPosition positions}: planned or actual
 * shares, drift, spend. {@code PerQuadrant.of(topLeft, topRight, bottomLeft, bottomRight)} builds
 * one; every number must be finite.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractPerQuadrant {
  /**
   * Returns the number of the top-left quadrant ({@code support} or {@code relationships}).
   *
   * @return the number
   */
  @Value.Parameter
  public abstract double topLeft();

  /**
   * Returns the number of the top-right quadrant ({@code features} or {@code products}).
   *
   * @return the number
   */
  @Value.Parameter
  public abstract double topRight();

  /**
   * Returns the number of the bottom-left quadrant ({@code tech-debt} or {@code dysfunction}).
   *
   * @return the number
   */
  @Value.Parameter
  public abstract double bottomLeft();

  /**
   * Returns the number of the bottom-right quadrant ({@code innovation}).
   *
   * @return the number
   */
  @Value.Parameter
  public abstract double bottomRight();

  /**
   * Returns the number of {@code position}.
   *
   * @param position the position
   * @return its number
   */
  public final double get(QuadrantPosition position) {
    switch (position) {
      case TOP_LEFT:
        return topLeft();
      case TOP_RIGHT:
        return topRight();
      case BOTTOM_LEFT:
        return bottomLeft();
      case BOTTOM_RIGHT:
        return bottomRight();
      default:
        throw new AssertionError(position);
    }
  }

  /**
   * Returns the sum of the four numbers, added in position order.
   *
   * @return the sum
   */
  public final double sum() {
    return topLeft() + topRight() + bottomLeft() + bottomRight();
  }

  /**
   * Returns the numbers keyed by position, in position order.
   *
   * @return position to number
   */
  public final Map<QuadrantPosition, Double> toMap() {
    Map<QuadrantPosition, Double> map = new EnumMap<>(QuadrantPosition.class);
    for (QuadrantPosition p : QuadrantPosition.values()) {
      map.put(p, get(p));
    }
    return ImmutableMap.copyOf(map);
  }

  /**
   * Returns the numbers keyed by {@code scale}'s keys, in position order, as documents write them.
   *
   * @param scale the scale that names the quadrants
   * @return key to number, such as {@code {support=0.3, features=0.4, tech-debt=0.2,
   *     innovation=0.1}}
   */
  public final Map<String, Double> toMap(Scale scale) {
    ImmutableMap.Builder<String, Double> map = ImmutableMap.builder();
    for (QuadrantPosition p : QuadrantPosition.values()) {
      map.put(scale.key(p), get(p));
    }
    return map.build();
  }

  /**
   * Returns the numbers {@code function} gives each position.
   *
   * @param function the number of each position
   * @return the four numbers
   */
  public static PerQuadrant compute(ToDoubleFunction<QuadrantPosition> function) {
    return PerQuadrant.of(
        function.applyAsDouble(QuadrantPosition.TOP_LEFT),
        function.applyAsDouble(QuadrantPosition.TOP_RIGHT),
        function.applyAsDouble(QuadrantPosition.BOTTOM_LEFT),
        function.applyAsDouble(QuadrantPosition.BOTTOM_RIGHT));
  }

  /**
   * Returns the numbers of {@code map}, which must name all four positions.
   *
   * @param map position to number
   * @return the four numbers
   * @throws IllegalArgumentException if a position is missing
   */
  public static PerQuadrant from(Map<QuadrantPosition, ? extends Number> map) {
    for (QuadrantPosition p : QuadrantPosition.values()) {
      if (!map.containsKey(p) || map.get(p) == null) {
        throw new IllegalArgumentException(
            "a number is needed for every position, but " + p.token() + " is missing in " + map);
      }
    }
    return compute(p -> map.get(p).doubleValue());
  }

  /**
   * Returns the numbers of {@code map} keyed by {@code scale}'s keys; all four keys are needed.
   *
   * @param scale the scale that names the quadrants
   * @param map key to number
   * @return the four numbers
   * @throws IllegalArgumentException if a key is missing or not one of the scale's
   */
  public static PerQuadrant from(Scale scale, Map<String, ? extends Number> map) {
    Map<QuadrantPosition, Number> byPosition = new EnumMap<>(QuadrantPosition.class);
    map.forEach((key, value) -> byPosition.put(scale.parse(key), value));
    for (QuadrantPosition p : QuadrantPosition.values()) {
      if (!byPosition.containsKey(p)) {
        throw new IllegalArgumentException(
            "the "
                + scale.token()
                + " scale needs a number for "
                + scale.key(p)
                + "; give all of "
                + String.join(", ", scale.keys()));
      }
    }
    return from(byPosition);
  }

  @Value.Check
  final void check() {
    for (QuadrantPosition p : QuadrantPosition.values()) {
      Checks.requireFinite(get(p), "the number of", p.token());
    }
  }
}

package dev.kaizen.portfolio;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The derived values of a {@link Portfolio} (DOMAIN.md §9): the figures of every quarter, in the
 * portfolio's order, and the {@linkplain #scale() scale} whose keys name the quadrants.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractPortfolioDerived implements DerivedValues {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.PORTFOLIO;
  }

  /**
   * Returns the portfolio's scale, whose keys name the quadrants of every per-quadrant value.
   *
   * @return the scale
   */
  public abstract Scale scale();

  /**
   * Returns each quarter's derived values, in the portfolio's order.
   *
   * @return the quarters
   */
  public abstract List<QuarterDerived> quarters();

  /**
   * Derives the values of {@code portfolio}.
   *
   * @param portfolio the portfolio
   * @return its derived values
   */
  public static PortfolioDerived of(Portfolio portfolio) {
    return PortfolioDerived.builder()
        .scale(portfolio.scale())
        .quarters(portfolio.quarters().stream().map(QuarterDerived::of).toList())
        .build();
  }
}

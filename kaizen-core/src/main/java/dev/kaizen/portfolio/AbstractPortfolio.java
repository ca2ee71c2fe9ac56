package dev.kaizen.portfolio;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Quarter;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A portfolio prioritisation quadrant over quarters (DOMAIN.md §7): how an organisation spreads its
 * time or money over four classes of work that all need some every quarter.
 *
 * <p>JSON: {@code {"kind": "portfolio", "scale": "portfolio", "name": ..., "unit": "person-days",
 * "quarters": [...]}}. The {@link #scale()} names the quadrants; items and plans refer to them by
 * {@link QuadrantPosition}. Build one with {@link #builder()}; validate it with {@link
 * PortfolioValidator}; score it with {@link PortfolioScorer}; plan a quarter with {@link
 * PortfolioPlanner}.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractPortfolio implements Document {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.PORTFOLIO;
  }

  /**
   * Returns the scale whose keys name the quadrants.
   *
   * @return the scale
   */
  public abstract Scale scale();

  /**
   * Returns the portfolio's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the unit of budgets and costs, such as {@code person-days}.
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * Returns the quarters, in the order written (normally the calendar order).
   *
   * @return the quarters
   */
  public abstract List<PortfolioQuarter> quarters();

  /**
   * Returns the derived figures of every quarter, in the order of {@link #quarters()}.
   *
   * @return the figures
   */
  @Value.Lazy
  public List<QuarterFigures> figures() {
    return quarters().stream()
        .map(PortfolioQuarter::figures)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the first quarter written for {@code quarter}.
   *
   * @param quarter the calendar quarter
   * @return that quarter, or empty when the portfolio does not have it
   */
  public final Optional<PortfolioQuarter> quarter(Quarter quarter) {
    return quarters().stream().filter(q -> q.quarter().equals(quarter)).findFirst();
  }

  /**
   * Returns the latest quarter in calendar order; of two entries for the same quarter (an error),
   * the one written last. The command line plans this quarter.
   *
   * @return the latest quarter, or empty when there is none
   */
  public final Optional<PortfolioQuarter> latestQuarter() {
    PortfolioQuarter latest = null;
    for (PortfolioQuarter q : quarters()) {
      if (latest == null || q.quarter().compareTo(latest.quarter()) >= 0) {
        latest = q;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Returns the key this portfolio's scale gives {@code position}.
   *
   * @param position the position
   * @return the key, such as {@code dysfunction}
   */
  public final String key(QuadrantPosition position) {
    return scale().key(position);
  }
}

package dev.kaizen.portfolio;

import static dev.kaizen.internal.Messages.number;
import static dev.kaizen.portfolio.Amounts.percent;
import static dev.kaizen.validation.RuleCode.PORTFOLIO_ITEMS_DUPLICATE_ID;
import static dev.kaizen.validation.RuleCode.PORTFOLIO_PLAN_NOT_NORMALISED;
import static dev.kaizen.validation.RuleCode.PORTFOLIO_QUADRANT_NEGLECTED;
import static dev.kaizen.validation.RuleCode.PORTFOLIO_QUARTERS_DUPLICATE;
import static dev.kaizen.validation.RuleCode.PORTFOLIO_QUARTERS_GAP;
import static dev.kaizen.validation.RuleCode.PORTFOLIO_QUARTER_DRIFT;
import static dev.kaizen.validation.RuleCode.PORTFOLIO_QUARTER_OVER_BUDGET;
import static dev.kaizen.validation.RuleCode.PORTFOLIO_QUARTER_QUADRANT_STARVED;

import dev.kaizen.core.Numbers;
import dev.kaizen.core.Quarter;
import dev.kaizen.internal.DuplicateIds;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a {@link Portfolio} against every {@code portfolio.*} rule of DOMAIN.md §7. Stateless and
 * thread-safe.
 *
 * <p>Where the rules leave room, this validator decides as follows:
 *
 * <ul>
 *   <li>{@code portfolio.plan.not-normalised}: one error at {@code $.quarters[i].plan.KEY} for each
 *       negative share, and one at {@code $.quarters[i].plan} when the shares add up to more than
 *       {@value #SUM_TOLERANCE} away from 1.
 *   <li>{@code portfolio.quarter.quadrant-starved}: a share that is exactly 0, at {@code plan.KEY}.
 *   <li>{@code portfolio.quarter.over-budget}: the items' cost, added exactly in decimal, is more
 *       than the budget; at {@code $.quarters[i].budget}.
 *   <li>{@code portfolio.quarter.drift}: only for a quarter with {@linkplain
 *       QuarterFigures#actual() actual shares}; one warning at {@code plan.KEY} per quadrant whose
 *       actual share is more than {@value #DRIFT_LIMIT} from its plan.
 *   <li>{@code portfolio.quadrant.neglected}: two quarters are consecutive when they are
 *       neighbouring calendar quarters both in the portfolio (a gap breaks the run); when both have
 *       actual shares and a quadrant's share is under {@value #NEGLECT_SHARE} in both, one warning
 *       at the later quarter's {@code plan.KEY}. Three such quarters in a row give two warnings.
 *   <li>{@code portfolio.quarters.duplicate}: every entry after the first for a calendar quarter,
 *       at {@code $.quarters[i].quarter}. Neglect and gaps consider the first entry of each
 *       quarter.
 *   <li>{@code portfolio.quarters.gap}: one warning per run of missing quarters, at the {@code
 *       quarter} of the entry that follows the gap in calendar order; the message names the missing
 *       quarters.
 *   <li>{@code portfolio.items.duplicate-id}: every item whose id an earlier item of the same
 *       quarter has, at {@code $.quarters[i].items[k].id}; the same, separately, for candidates.
 * </ul>
 *
 * <p>Comparisons with the limits allow {@value #EPSILON} for rounding, so that a drift of exactly
 * 0.10 computed in floating point is not reported.
 */
public final class PortfolioValidator {
  /** How far the plan's shares may add up away from 1. */
  public static final double SUM_TOLERANCE = 0.001;

  /**
   * How far a quadrant's actual share may lie from its plan before {@code portfolio.quarter.drift}.
   */
  public static final double DRIFT_LIMIT = 0.10;

  /** The actual share under which a quadrant counts as neglected in a quarter. */
  public static final double NEGLECT_SHARE = 0.05;

  /** The allowance for floating-point rounding in comparisons with the limits above. */
  public static final double EPSILON = 1e-9;

  private static final JsonPath QUARTERS = JsonPath.root().property("quarters");

  private PortfolioValidator() {}

  /**
   * Validates {@code portfolio}. Never throws for a rule the portfolio breaks.
   *
   * @param portfolio the portfolio
   * @return every violation: quarter by quarter in document order, then the gaps in calendar order
   */
  public static ValidationResult validate(Portfolio portfolio) {
    return validate(portfolio, DRIFT_LIMIT, NEGLECT_SHARE);
  }

  /**
   * Validates {@code portfolio} with the drift and neglect thresholds of {@code policy}: its
   * thresholds {@code drift} (default {@value #DRIFT_LIMIT}) and {@code neglected-share} (default
   * {@value #NEGLECT_SHARE}), as {@link dev.kaizen.Kaizen#report(dev.kaizen.core.Document,
   * dev.kaizen.scoring.ScoringPolicy)} does.
   *
   * @param portfolio the portfolio
   * @param policy a portfolio policy, such as {@link PortfolioScorer#DEFAULT_POLICY} with other
   *     thresholds
   * @return every violation, in the order of {@link #validate(Portfolio)}
   * @throws IllegalArgumentException if the policy does not fit the portfolio model
   */
  public static ValidationResult validate(Portfolio portfolio, ScoringPolicy policy) {
    ScoringPolicy checked = PortfolioScorer.DECLARATION.requireShape(policy);
    return validate(
        portfolio,
        checked.threshold(PortfolioScorer.DRIFT),
        checked.threshold(PortfolioScorer.NEGLECTED));
  }

  private static ValidationResult validate(
      Portfolio portfolio, double driftLimit, double neglectShare) {
    Violations found = new Violations();
    Scale scale = portfolio.scale();
    List<PortfolioQuarter> quarters = portfolio.quarters();
    TreeMap<Quarter, Integer> first = new TreeMap<>();
    for (int i = 0; i < quarters.size(); i++) {
      PortfolioQuarter quarter = quarters.get(i);
      JsonPath path = QUARTERS.index(i);
      Integer earlier = first.putIfAbsent(quarter.quarter(), i);
      if (earlier != null) {
        found.add(
            path.property("quarter"),
            PORTFOLIO_QUARTERS_DUPLICATE,
            "the quarter "
                + quarter.quarter()
                + " appears again (first at "
                + QUARTERS.index(earlier)
                + "); merge the two entries into one, or correct the quarter");
      }
      plan(scale, quarter, path, found);
      budget(portfolio, quarter, path, found);
      drift(scale, quarter, path, driftLimit, found);
      ids(quarter.items(), path.property("items"), "item", found);
      ids(quarter.candidates(), path.property("candidates"), "candidate", found);
    }
    neglect(scale, quarters, first, neglectShare, found);
    gaps(first, found);
    return found.result();
  }

  private static void plan(Scale scale, PortfolioQuarter quarter, JsonPath path, Violations found) {
    JsonPath plan = path.property("plan");
    PerQuadrant shares = quarter.plan();
    BigDecimal sum = BigDecimal.ZERO;
    for (QuadrantPosition p : QuadrantPosition.values()) {
      double share = shares.get(p);
      sum = sum.add(Amounts.decimal(share));
      if (share < 0) {
        found.add(
            plan.property(scale.key(p)),
            PORTFOLIO_PLAN_NOT_NORMALISED,
            "the planned share of "
                + scale.key(p)
                + " in "
                + quarter.quarter()
                + " is "
                + number(share)
                + ", which is negative; shares are fractions of the budget from 0 to 1");
      } else if (share == 0) {
        found.add(
            plan.property(scale.key(p)),
            PORTFOLIO_QUARTER_QUADRANT_STARVED,
            "the plan of "
                + quarter.quarter()
                + " gives "
                + scale.key(p)
                + " ("
                + scale.title(p)
                + ") nothing; every quadrant needs some time and money every quarter, so plan a share above 0");
      }
    }
    if (sum.subtract(BigDecimal.ONE).abs().compareTo(BigDecimal.valueOf(SUM_TOLERANCE)) > 0) {
      found.add(
          plan,
          PORTFOLIO_PLAN_NOT_NORMALISED,
          "the planned shares of "
              + quarter.quarter()
              + " add up to "
              + sum.stripTrailingZeros().toPlainString()
              + ", not 1; make "
              + String.join(", ", scale.keys())
              + " fractions of the budget that add up to 1");
    }
  }

  private static void budget(
      Portfolio portfolio, PortfolioQuarter quarter, JsonPath path, Violations found) {
    QuarterFigures figures = quarter.figures();
    if (figures.isOverBudget()) {
      found.add(
          path.property("budget"),
          PORTFOLIO_QUARTER_OVER_BUDGET,
          "the items of "
              + quarter.quarter()
              + " cost "
              + number(figures.totalCost())
              + " "
              + portfolio.unit()
              + ", more than the budget of "
              + number(quarter.budget())
              + "; drop or shrink items worth "
              + number(-figures.remaining())
              + ", or raise the budget");
    }
  }

  private static void drift(
      Scale scale, PortfolioQuarter quarter, JsonPath path, double driftLimit, Violations found) {
    QuarterFigures figures = quarter.figures();
    if (figures.actual().isEmpty()) {
      return;
    }
    PerQuadrant actual = figures.actual().get();
    for (QuadrantPosition p : QuadrantPosition.values()) {
      double drift = actual.get(p) - quarter.plan().get(p);
      if (Math.abs(drift) > driftLimit + EPSILON) {
        found.add(
            path.property("plan").property(scale.key(p)),
            PORTFOLIO_QUARTER_DRIFT,
            "in "
                + quarter.quarter()
                + " "
                + scale.key(p)
                + " takes "
                + percent(actual.get(p))
                + " of the cost against a plan of "
                + percent(quarter.plan().get(p))
                + String.format(Locale.ROOT, " (%+.1f points)", 100 * drift)
                + ", more than "
                + Numbers.text(100 * driftLimit)
                + " points off; "
                + (drift > 0 ? "move work out of" : "move work into")
                + " "
                + scale.key(p)
                + ", or revise the plan");
      }
    }
  }

  private static void ids(List<Item> items, JsonPath path, String what, Violations found) {
    DuplicateIds.report(
        items,
        Item::id,
        path,
        PORTFOLIO_ITEMS_DUPLICATE_ID,
        (id, first) ->
            "the "
                + what
                + " id \""
                + id
                + "\" is already used by "
                + first
                + "; give every "
                + what
                + " of a quarter its own id",
        found);
  }

  private static void neglect(
      Scale scale,
      List<PortfolioQuarter> quarters,
      TreeMap<Quarter, Integer> first,
      double neglectShare,
      Violations found) {
    for (Map.Entry<Quarter, Integer> entry : first.entrySet()) {
      Map.Entry<Quarter, Integer> before = first.lowerEntry(entry.getKey());
      if (before == null || before.getKey().quartersUntil(entry.getKey()) != 1) {
        continue;
      }
      QuarterFigures previous = quarters.get(before.getValue()).figures();
      QuarterFigures current = quarters.get(entry.getValue()).figures();
      if (previous.actual().isEmpty() || current.actual().isEmpty()) {
        continue;
      }
      for (QuadrantPosition p : QuadrantPosition.values()) {
        double was = previous.actual().get().get(p);
        double is = current.actual().get().get(p);
        if (was < neglectShare - EPSILON && is < neglectShare - EPSILON) {
          found.add(
              QUARTERS.index(entry.getValue()).property("plan").property(scale.key(p)),
              PORTFOLIO_QUADRANT_NEGLECTED,
              scale.key(p)
                  + " ("
                  + scale.title(p)
                  + ") takes under "
                  + Numbers.text(100 * neglectShare)
                  + "% of the cost two quarters running ("
                  + percent(was)
                  + " in "
                  + before.getKey()
                  + ", "
                  + percent(is)
                  + " in "
                  + entry.getKey()
                  + "); the quadrant deteriorates when starved, so give it real work next quarter");
        }
      }
    }
  }

  private static void gaps(TreeMap<Quarter, Integer> first, Violations found) {
    Quarter previous = null;
    for (Map.Entry<Quarter, Integer> entry : first.entrySet()) {
      Quarter quarter = entry.getKey();
      if (previous != null) {
        int missing = previous.quartersUntil(quarter) - 1;
        if (missing > 0) {
          Quarter from = previous.next();
          String which =
              missing == 1
                  ? from + " is missing"
                  : "the "
                      + missing
                      + " quarters from "
                      + from
                      + " to "
                      + before(quarter)
                      + " are missing";
          found.add(
              QUARTERS.index(entry.getValue()).property("quarter"),
              PORTFOLIO_QUARTERS_GAP,
              "there is no quarter between "
                  + previous
                  + " and "
                  + quarter
                  + ": "
                  + which
                  + "; the balance is reviewed every quarter, so add the missing quarters with their plans");
        }
      }
      previous = quarter;
    }
  }

  private static Quarter before(Quarter quarter) {
    return quarter.quarter() == 1
        ? Quarter.of(quarter.year() - 1, 4)
        : Quarter.of(quarter.year(), quarter.quarter() - 1);
  }
}

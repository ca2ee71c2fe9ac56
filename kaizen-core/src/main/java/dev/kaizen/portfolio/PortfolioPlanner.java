package dev.kaizen.portfolio;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses which candidate items a quarter should take on (DOMAIN.md §7): the items of greatest
 * total value such that each quadrant spends at most its target share of the budget. Stateless and
 * thread-safe.
 *
 * <h2>What it solves</h2>
 *
 * <p>The quadrants are independent 0/1 knapsacks: the quadrant at position P may spend at most
 * {@code share(P) × budget} (its <em>limit</em>; 0 for a negative share), and within that limit the
 * planner takes the set of P's candidates with the greatest total value. A missing value counts as
 * 0. Then:
 *
 * <ul>
 *   <li>only candidates worth more than 0 are ever chosen: a candidate worth nothing adds no value,
 *       so the planner does not spend budget on it;
 *   <li>a candidate that costs nothing and is worth something is always chosen;
 *   <li>a candidate that costs more than its quadrant's limit is never chosen;
 *   <li><strong>ties</strong>: among the selections of greatest value, the planner takes the one
 *       whose ids, sorted ascending ({@link String#compareTo(String)}), form the lexicographically
 *       smallest list. Equivalently: it includes the lowest id it can without losing value, then
 *       the next lowest, and so on. So the result does not depend on the order of the candidates.
 * </ul>
 *
 * <p>Ids must be unique among the candidates ({@link PortfolioValidator} reports duplicates as
 * {@code portfolio.items.duplicate-id}); the planner refuses duplicates.
 *
 * <h2>How</h2>
 *
 * <p>Amounts are taken as the decimals that were written (the shortest decimal of each double), so
 * a share of 0.3 of a budget of 10 is a limit of exactly 3. Per quadrant, costs and the limit are
 * scaled by the smallest power of ten up to 10<sup>3</sup> that makes every cost a whole number;
 * the limit is rounded down. Then an exact dynamic programme over whole capacities runs, with one
 * bit of decision per candidate and capacity, in time and memory proportional to candidates ×
 * capacity (capacities are first divided by the costs' greatest common divisor and capped at the
 * candidates' total cost). Values are compared as whole numbers too, scaled by the smallest power
 * of ten up to 10<sup>6</sup> that makes them whole.
 *
 * <p>The result is then exact: provably the best selection, with the tie rule above. It is not, and
 * {@link Allocation#exact()} says so, only when a cost has more than three decimals, a value more
 * than six, or the problem has more than {@value #MAX_CELLS} cells or a capacity above {@value
 * #MAX_CAPACITY}: then costs are rounded <em>up</em> at a coarser power of ten (so no quadrant ever
 * spends more than its limit) and values to the nearest step, and a slightly better selection may
 * exist.
 *
 * <p>Five thousand candidates against a budget of ten thousand take well under a second once the
 * JVM is warm, and a few megabytes.
 */
public final class PortfolioPlanner {
  /** The most cells (candidates × (capacity + 1)) of one quadrant's exact programme. */
  public static final long MAX_CELLS = 1L << 28;

  /** The largest whole capacity of one quadrant's programme, after scaling. */
  public static final long MAX_CAPACITY = (1L << 22) - 1;

  private static final int MAX_COST_DECIMALS = 3;
  private static final int MAX_VALUE_DECIMALS = 6;
  private static final BigDecimal MAX_VALUE_SUM = BigDecimal.valueOf(1L << 62);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1000};

  private PortfolioPlanner() {}

  /**
   * Plans a quarter from its own candidates, budget and planned shares.
   *
   * @param quarter the quarter
   * @return the allocation
   * @throws IllegalArgumentException if two candidates share an id
   */
  public static Allocation plan(PortfolioQuarter quarter) {
    return plan(quarter.candidates(), quarter.budget(), quarter.plan());
  }

  /**
   * Plans the portfolio's {@linkplain Portfolio#latestQuarter() latest quarter}, as the command
   * line's {@code plan} does.
   *
   * @param portfolio the portfolio
   * @return the allocation, or empty when the portfolio has no quarter
   * @throws IllegalArgumentException if two candidates of that quarter share an id
   */
  public static Optional<Allocation> planLatest(Portfolio portfolio) {
    return portfolio.latestQuarter().map(PortfolioPlanner::plan);
  }

  /**
   * Chooses among {@code candidates} the items of greatest total value such that each quadrant
   * spends at most its share of {@code budget}.
   *
   * @param candidates the candidate items, in any order
   * @param budget the budget, finite and not negative
   * @param shares the target share of each quadrant
   * @return the allocation
   * @throws IllegalArgumentException if two candidates share an id, or the budget is negative or
   *     not finite
   */
  public static Allocation plan(List<Item> candidates, double budget, PerQuadrant shares) {
    Amounts.require(budget, "budget");
    List<Item> sorted = ImmutableList.sortedCopyOf(Item.BY_ID, candidates);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException(
            "two candidates share the id \""
                + sorted.get(i).id()
                + "\"; the planner needs unique ids to report and to break ties");
      }
    }
    List<Item> chosen = new ArrayList<>();
    boolean exact = true;
    int[] counts = new int[QuadrantPosition.values().length];
    for (Item item : sorted) {
      counts[item.position().ordinal()]++;
    }
    for (QuadrantPosition p : QuadrantPosition.values()) {
      List<Item> inQuadrant = new ArrayList<>(counts[p.ordinal()]);
      for (Item item : sorted) {
        if (item.position() == p) {
          inQuadrant.add(item);
        }
      }
      Choice choice = choose(inQuadrant, limit(budget, shares.get(p)));
      chosen.addAll(choice.items);
      exact &= choice.exact;
    }
    return Allocation.builder()
        .budget(budget)
        .shares(shares)
        .chosen(ImmutableList.sortedCopyOf(Item.BY_ID, chosen))
        .exact(exact)
        .build();
  }

  /** The most a quadrant may spend: share × budget as written, 0 for a negative share. */
  static BigDecimal limit(double budget, double share) {
    BigDecimal limit = Amounts.decimal(share).multiply(Amounts.decimal(budget));
    return limit.signum() < 0 ? BigDecimal.ZERO : limit;
  }

  private static final class Choice {
    final List<Item> items;
    final boolean exact;

    Choice(List<Item> items, boolean exact) {
      this.items = items;
      this.exact = exact;
    }
  }

  /** Solves one quadrant; {@code items} are sorted by id. */
  private static Choice choose(List<Item> items, BigDecimal limit) {
    List<Item> free = new ArrayList<>();
    List<Item> rest = new ArrayList<>(items.size());
    // Whole costs (the usual case) are compared with the limit's whole part and summed as longs;
    // the sum moves to BigDecimal only if it would overflow, or for a cost with a fraction.
    long whole = limit.setScale(0, RoundingMode.FLOOR).min(LONG_MAX).longValueExact();
    long longTotal = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (Item item : items) {
      if (!(item.worth() > 0)) {
        continue;
      }
      double amount = item.cost();
      if (amount == 0) {
        free.add(item);
        continue;
      }
      if (isWhole(amount)) {
        long cost = (long) amount;
        if (cost <= whole) {
          rest.add(item);
          if (longTotal <= Long.MAX_VALUE - cost) {
            longTotal += cost;
          } else {
            total = total.add(BigDecimal.valueOf(longTotal)).add(BigDecimal.valueOf(cost));
            longTotal = 0;
          }
        }
        continue;
      }
      BigDecimal cost = decimal(amount);
      if (cost.compareTo(limit) <= 0) {
        rest.add(item);
        total = total.add(cost);
      }
    }
    total = total.add(BigDecimal.valueOf(longTotal));
    if (total.compareTo(limit) <= 0) {
      free.addAll(rest);
      return new Choice(free, true);
    }
    int wholeAt = -1;
    for (int e = 0; e <= MAX_COST_DECIMALS && wholeAt < 0; e++) {
      if (allWhole(rest, e)) {
        wholeAt = e;
      }
    }
    if (wholeAt >= 0) {
      Knapsack exact = Knapsack.of(rest, limit, wholeAt, false);
      if (exact.fits()) {
        free.addAll(exact.solve());
        return new Choice(free, exact.exactValues);
      }
    }
    for (int e = wholeAt >= 0 ? wholeAt - 1 : MAX_COST_DECIMALS; ; e--) {
      Knapsack rounded = Knapsack.of(rest, limit, e, true);
      if (rounded.fits()) {
        free.addAll(rounded.solve());
        return new Choice(free, false);
      }
    }
  }

  /**
   * The amount as {@link Amounts#decimal(double)} reads it, without its string round trip when the
   * amount is a whole number (every amount is at most 10<sup>15</sup>, below 2<sup>53</sup>, so
   * that a whole double is exactly its long). Same value; the scale may differ, which the planner
   * never shows: it only compares, adds and rescales.
   */
  private static BigDecimal decimal(double amount) {
    if (isWhole(amount)) {
      return BigDecimal.valueOf((long) amount);
    }
    return Amounts.decimal(amount);
  }

  private static boolean allWhole(List<Item> items, int exponent) {
    for (Item item : items) {
      if (exponent >= 0 && isWhole(item.cost())) {
        continue; // a whole cost stays whole at any exponent from 0 on
      }
      if (!isWhole(decimal(item.cost()).scaleByPowerOfTen(exponent))) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether an amount (at most 10^15) is a whole number. */
  private static boolean isWhole(double amount) {
    return amount == Math.rint(amount) && Math.abs(amount) <= Amounts.MAX;
  }

  private static boolean isWhole(BigDecimal value) {
    return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** One quadrant's 0/1 knapsack over whole costs and values. */
  private static final class Knapsack {
    final List<Item> items;
    final long[] costs;
    final long[] values;
    final BigDecimal capacity;
    final boolean exactValues;

    private Knapsack(
        List<Item> items, long[] costs, long[] values, BigDecimal capacity, boolean exactValues) {
      this.items = items;
      this.costs = costs;
      this.values = values;
      this.capacity = capacity;
      this.exactValues = exactValues;
    }

    /**
     * Scales costs and the limit by 10^exponent: costs exactly (they are whole) or rounded up, the
     * limit rounded down. Drops what cannot fit, divides by the costs' gcd, caps the capacity at
     * the total cost.
     */
    static Knapsack of(List<Item> candidates, BigDecimal limit, int exponent, boolean roundUp) {
      BigDecimal capacity = limit.scaleByPowerOfTen(exponent).setScale(0, RoundingMode.FLOOR);
      // Whole costs at a non-negative exponent are scaled in longs, without BigDecimal: the
      // same numbers, as every amount is at most 10^15 and the exponent at most 3.
      boolean longs = exponent >= 0 && capacity.compareTo(LONG_MAX) <= 0;
      long cap = longs ? capacity.longValueExact() : 0;
      List<Item> kept = new ArrayList<>();
      long[] scaled = new long[candidates.size()];
      for (Item item : candidates) {
        long cost;
        if (longs && isWhole(item.cost())) {
          cost = (long) item.cost() * POWERS_OF_TEN[exponent];
          if (cost > cap) {
            continue;
          }
        } else {
          BigDecimal exact =
              decimal(item.cost())
                  .scaleByPowerOfTen(exponent)
                  .setScale(0, roundUp ? RoundingMode.CEILING : RoundingMode.UNNECESSARY);
          if (exact.compareTo(capacity) > 0) {
            continue;
          }
          cost = exact.longValueExact();
        }
        scaled[kept.size()] = cost;
        kept.add(item);
      }
      long gcd = 0;
      for (int i = 0; i < kept.size(); i++) {
        gcd = gcd(gcd, scaled[i]);
      }
      long[] costs = new long[kept.size()];
      BigDecimal total = BigDecimal.ZERO;
      long longTotal = 0;
      boolean totalFits = true;
      for (int i = 0; i < costs.length; i++) {
        costs[i] = scaled[i] / gcd;
        if (totalFits && longTotal <= Long.MAX_VALUE - costs[i]) {
          longTotal += costs[i];
        } else {
          totalFits = false;
        }
      }
      if (totalFits) {
        total = BigDecimal.valueOf(longTotal);
      } else {
        for (long cost : costs) {
          total = total.add(BigDecimal.valueOf(cost));
        }
      }
      if (gcd > 1) {
        capacity = capacity.divideToIntegralValue(BigDecimal.valueOf(gcd));
      }
      capacity = capacity.min(total);
      long[] values = new long[kept.size()];
      // Values: whole numbers at the smallest power of ten up to 10^6, smaller if their sum would
      // overflow. Whole values (the common case) are taken as they are, in longs.
      boolean whole = true;
      long sum = 0;
      for (int i = 0; i < values.length && whole; i++) {
        double worth = kept.get(i).worth();
        whole = isWhole(worth);
        if (whole) {
          values[i] = Math.max(1, (long) worth);
          // Each term is at most 10^15 + 1 and the sum stops past 2^62: no overflow.
          sum += (long) worth + 1;
          whole = sum <= 1L << 62;
        }
      }
      if (whole) {
        return new Knapsack(kept, costs, values, capacity, true);
      }
      int decimals = MAX_VALUE_DECIMALS;
      boolean exactValues = false;
      for (int m = 0; m <= MAX_VALUE_DECIMALS; m++) {
        final int at = m;
        if (kept.stream().allMatch(i -> isWhole(decimal(i.worth()).scaleByPowerOfTen(at)))) {
          decimals = m;
          exactValues = true;
          break;
        }
      }
      while (valueSum(kept, decimals).compareTo(MAX_VALUE_SUM) > 0) {
        decimals--;
        exactValues = false;
      }
      for (int i = 0; i < values.length; i++) {
        values[i] = Math.max(1, scaledValue(kept.get(i), decimals).longValueExact());
      }
      return new Knapsack(kept, costs, values, capacity, exactValues);
    }

    private static BigDecimal scaledValue(Item item, int decimals) {
      return decimal(item.worth()).scaleByPowerOfTen(decimals).setScale(0, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal valueSum(List<Item> items, int decimals) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Item item : items) {
        sum = sum.add(scaledValue(item, decimals)).add(BigDecimal.ONE);
      }
      return sum;
    }

    boolean fits() {
      return capacity.compareTo(BigDecimal.valueOf(MAX_CAPACITY)) <= 0
          && BigDecimal.valueOf(items.size())
                  .multiply(capacity.add(BigDecimal.ONE))
                  .compareTo(BigDecimal.valueOf(MAX_CELLS))
              <= 0;
    }

    /**
     * The dynamic programme. Items are in id order; they are added from the last to the first, so
     * that {@code best[w]} after adding item i is the best value of items i..n-1 within w, and bit
     * (i, w) records that this best includes item i. Walking forward from the first item then takes
     * each item whenever some best selection of the rest includes it: the lowest ids first.
     */
    List<Item> solve() {
      int n = items.size();
      int cap = capacity.intValueExact();
      if (n == 0) {
        return List.of();
      }
      int words = (cap >>> 6) + 1;
      long[] take = new long[Math.multiplyExact(n, words)];
      long sum = 0;
      for (long value : values) {
        sum += value; // the values were checked to sum below 2^62
      }
      if (sum <= Integer.MAX_VALUE) {
        fillInts(cap, words, take);
      } else {
        fillLongs(cap, words, take);
      }
      List<Item> chosen = new ArrayList<>();
      int w = cap;
      for (int i = 0; i < n; i++) {
        if ((take[i * words + (w >>> 6)] & (1L << (w & 63))) != 0) {
          chosen.add(items.get(i));
          w -= (int) costs[i];
        }
      }
      return chosen;
    }

    /**
     * The programme when every best value fits an {@code int} (the usual case): half the memory per
     * cell of {@link #fillLongs}, which the inner loop reads twice per cell. The same cells,
     * comparisons and decision bits.
     */
    private void fillInts(int cap, int words, long[] take) {
      int[] best = new int[cap + 1];
      for (int i = costs.length - 1; i >= 0; i--) {
        int cost = (int) costs[i];
        int value = (int) values[i];
        int row = i * words;
        for (int w = cap; w >= cost; w--) {
          int with = best[w - cost] + value;
          if (with >= best[w]) {
            best[w] = with;
            take[row + (w >>> 6)] |= 1L << (w & 63);
          }
        }
      }
    }

    /** The programme over {@code long} values. */
    private void fillLongs(int cap, int words, long[] take) {
      long[] best = new long[cap + 1];
      for (int i = costs.length - 1; i >= 0; i--) {
        int cost = (int) costs[i];
        long value = values[i];
        int row = i * words;
        for (int w = cap; w >= cost; w--) {
          long with = best[w - cost] + value;
          if (with >= best[w]) {
            best[w] = with;
            take[row + (w >>> 6)] |= 1L << (w & 63);
          }
        }
      }
    }

    private static long gcd(long a, long b) {
      while (b != 0) {
        long t = a % b;
        a = b;
        b = t;
      }
      return a;
    }
  }
}

package dev.kaizen.benchmarks;

import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.PerQuadrant;
import dev.kaizen.portfolio.QuadrantPosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The planner's baseline: a textbook 0/1 knapsack per quadrant, a dynamic programme over whole
 * capacities {@code floor(share × budget)} with whole costs and values (as doubles cast to {@code
 * long}), one bit of decision per item and capacity, walked back for the chosen items. No tie rule,
 * no exactness check, no shortcut: what one would write for whole-number inputs.
 */
public final class Knapsack {
  private Knapsack() {}

  /**
   * Chooses, per quadrant, the items of greatest total value within the quadrant's share.
   *
   * @param candidates the candidates, whole costs and values
   * @param budget the budget
   * @param shares the shares
   * @return the chosen items
   */
  public static List<Item> plan(List<Item> candidates, double budget, PerQuadrant shares) {
    List<Item> chosen = new ArrayList<>();
    for (QuadrantPosition p : QuadrantPosition.values()) {
      List<Item> items = new ArrayList<>();
      for (Item item : candidates) {
        if (item.position() == p) {
          items.add(item);
        }
      }
      int capacity = (int) Math.max(0, Math.floor(budget * shares.get(p)));
      chosen.addAll(solve(items, capacity));
    }
    return chosen;
  }

  /**
   * Solves one quadrant.
   *
   * @param items the items
   * @param capacity the whole capacity
   * @return the chosen items
   */
  public static List<Item> solve(List<Item> items, int capacity) {
    int n = items.size();
    long[] best = new long[capacity + 1];
    int words = (capacity >>> 6) + 1;
    long[] take = new long[n * words];
    for (int i = 0; i < n; i++) {
      int cost = (int) items.get(i).cost();
      long value = (long) items.get(i).worth();
      int row = i * words;
      for (int w = capacity; w >= cost; w--) {
        long with = best[w - cost] + value;
        if (with > best[w]) {
          best[w] = with;
          take[row + (w >>> 6)] |= 1L << (w & 63);
        }
      }
    }
    List<Item> chosen = new ArrayList<>();
    int w = capacity;
    for (int i = n - 1; i >= 0; i--) {
      if ((take[i * words + (w >>> 6)] & (1L << (w & 63))) != 0) {
        chosen.add(items.get(i));
        w -= (int) items.get(i).cost();
      }
    }
    return chosen;
  }
}

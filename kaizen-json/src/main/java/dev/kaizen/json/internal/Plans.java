package dev.kaizen.json.internal;

import dev.kaizen.portfolio.Allocation;
import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.PerQuadrant;
import dev.kaizen.portfolio.QuadrantPosition;
import dev.kaizen.portfolio.QuarterPlan;
import dev.kaizen.portfolio.Scale;

/**
 * Writes the planner's results: a {@link QuarterPlan} in DOMAIN.md §9's {@code plan --json} shape
 * {@code {"quarter", "chosen", "value", "spend", "empty"}}, and an {@link Allocation} alone, which
 * knows no scale, with its quadrants named by position ({@code top-left}, …).
 */
public final class Plans {
  private Plans() {}

  /**
   * Writes a quarter's plan's members.
   *
   * @param out where to write
   * @param plan the plan
   */
  public static void writeQuarterPlan(Out out, QuarterPlan plan) {
    Scale scale = plan.scale();
    Allocation a = plan.allocation();
    out.string("quarter", plan.quarter().toString())
        .strings("chosen", a.chosenIds())
        .number("value", a.value())
        .object("spend", a.spend(), (o, s) -> byKey(o, s, scale))
        .strings("empty", a.emptyQuadrants().stream().map(scale::key).toList());
  }

  /**
   * Writes an allocation's members: {@code chosen} (the chosen items, in full), {@code value},
   * {@code spend}, {@code empty}, {@code budget}, {@code shares}, {@code limits} and {@code exact}.
   *
   * @param out where to write
   * @param a the allocation
   */
  public static void writeAllocation(Out out, Allocation a) {
    out.objects("chosen", a.chosen(), Plans::item)
        .number("value", a.value())
        .object("spend", a.spend(), Plans::byPosition)
        .strings("empty", a.emptyQuadrants().stream().map(QuadrantPosition::token).toList())
        .number("budget", a.budget())
        .object("shares", a.shares(), Plans::byPosition)
        .object("limits", a.limits(), Plans::byPosition)
        .bool("exact", a.exact());
  }

  private static void item(Out out, Item item) {
    out.string("id", item.id())
        .string("title", item.title())
        .token("quadrant", item.position())
        .number("cost", item.cost())
        .optNumber("value", item.value());
  }

  private static void byKey(Out out, PerQuadrant values, Scale scale) {
    values.toMap(scale).forEach(out::number);
  }

  private static void byPosition(Out out, PerQuadrant values) {
    for (QuadrantPosition p : QuadrantPosition.values()) {
      out.number(p.token(), values.get(p));
    }
  }
}

package dev.kaizen.json.internal;

import com.google.common.collect.ImmutableList;
import dev.kaizen.Model;
import dev.kaizen.Models;
import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.PerQuadrant;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioDerived;
import dev.kaizen.portfolio.PortfolioQuarter;
import dev.kaizen.portfolio.QuadrantPosition;
import dev.kaizen.portfolio.QuarterDerived;
import dev.kaizen.portfolio.QuarterFigures;
import dev.kaizen.portfolio.Scale;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The JSON format of the portfolio prioritisation quadrant, DOMAIN.md §7. Quadrants are written
 * with the keys of the portfolio's {@code scale}; a key of the other scale (or any other word) is
 * bad input whose message names the scale and the keys it accepts, and {@code plan} must name all
 * four keys.
 */
public final class PortfolioFormat implements DocumentFormat<Portfolio, PortfolioDerived> {
  @Override
  public Model<Portfolio, PortfolioDerived> model() {
    return Models.PORTFOLIO;
  }

  @Override
  public Portfolio read(Fields f) {
    Scale scale = f.token("scale", Scale.class);
    return Portfolio.builder()
        .scale(scale)
        .name(f.string("name"))
        .unit(f.string("unit"))
        .quarters(f.objects("quarters", "a quarter", q -> quarter(q, scale)))
        .build();
  }

  private static PortfolioQuarter quarter(Fields f, Scale scale) {
    return PortfolioQuarter.builder()
        .quarter(f.quarter("quarter"))
        .budget(f.number("budget"))
        .plan(
            f.object(
                "plan",
                "a plan (a share for each of " + String.join(", ", scale.keys()) + ")",
                p -> plan(p, scale)))
        .items(f.optObjects("items", "an item", i -> item(i, scale)))
        .candidates(f.optObjects("candidates", "a candidate", i -> item(i, scale)))
        .build();
  }

  /**
   * Reads a plan: one share for each of the scale's four keys, nothing else.
   *
   * @param f the plan's fields
   * @param scale the portfolio's scale
   * @return the shares
   */
  static PerQuadrant plan(Fields f, Scale scale) {
    for (Map.Entry<String, Node> member : f.node().members().entrySet()) {
      if (scale.position(member.getKey()).isEmpty()) {
        throw member.getValue().bad(scale.rejection(member.getKey()));
      }
    }
    Map<QuadrantPosition, Double> shares = new EnumMap<>(QuadrantPosition.class);
    List<String> missing =
        scale.keys().stream().filter(k -> !f.has(k)).collect(ImmutableList.toImmutableList());
    if (!missing.isEmpty()) {
      throw f.node()
          .bad(
              "the plan must give a share to all four quadrants of the "
                  + scale.token()
                  + " scale ("
                  + String.join(", ", scale.keys())
                  + "), but "
                  + String.join(", ", missing)
                  + (missing.size() == 1 ? " is" : " are")
                  + " missing");
    }
    for (QuadrantPosition p : QuadrantPosition.values()) {
      shares.put(p, f.number(scale.key(p)));
    }
    return PerQuadrant.from(shares);
  }

  private static Item item(Fields f, Scale scale) {
    Item.Builder item = Item.builder().id(f.string("id")).title(f.string("title"));
    Node quadrant = f.required("quadrant");
    String key = Fields.asString(quadrant);
    item.position(scale.position(key).orElseThrow(() -> quadrant.bad(scale.rejection(key))));
    return item.cost(f.number("cost")).value(f.optNumber("value")).build();
  }

  @Override
  public void write(Out out, Portfolio p) {
    Scale scale = p.scale();
    out.token("scale", scale)
        .string("name", p.name())
        .string("unit", p.unit())
        .objects(
            "quarters",
            p.quarters(),
            (o, q) ->
                o.string("quarter", q.quarter().toString())
                    .number("budget", q.budget())
                    .object(
                        "plan",
                        q.plan(),
                        (s, plan) -> {
                          for (QuadrantPosition position : QuadrantPosition.values()) {
                            s.number(scale.key(position), plan.get(position));
                          }
                        })
                    .optObjects("items", q.items(), (i, item) -> item(i, item, scale))
                    .optObjects("candidates", q.candidates(), (i, item) -> item(i, item, scale)));
  }

  private static void item(Out out, Item item, Scale scale) {
    out.string("id", item.id())
        .string("title", item.title())
        .string("quadrant", scale.key(item.position()))
        .number("cost", item.cost())
        .optNumber("value", item.value());
  }

  /**
   * Writes {@code quarters}, each {@code {quarter, actual, balance, spend, drift, totalCost,
   * budget, adherence, coverage}}; per-quadrant values are keyed by the portfolio's scale, and
   * {@code actual}, {@code balance}, {@code drift}, {@code adherence} and {@code coverage} are null
   * for a quarter without actual shares.
   */
  @Override
  public void writeDerived(Out out, PortfolioDerived derived) {
    Scale scale = derived.scale();
    out.token("scale", scale);
    out.objects(
        "quarters",
        derived.quarters(),
        (o, q) -> {
          QuarterFigures f = q.figures();
          o.string("quarter", f.quarter().toString())
              .objectOrNull("actual", f.actual(), (a, v) -> quadrants(a, v, scale))
              .numberOrNull("balance", f.balance())
              .object("spend", f.spend(), (a, v) -> quadrants(a, v, scale))
              .object("plan", f.plan(), (a, v) -> quadrants(a, v, scale))
              .objectOrNull("drift", f.drift(), (a, v) -> quadrants(a, v, scale))
              .number("totalCost", f.totalCost())
              .number("budget", f.budget())
              .numberOrNull("adherence", q.adherence())
              .numberOrNull("coverage", q.coverage());
        });
  }

  private static void quadrants(Out out, PerQuadrant values, Scale scale) {
    values.toMap(scale).forEach(out::number);
  }

  @Override
  public PortfolioDerived readDerived(Fields f) {
    Scale scale = f.token("scale", Scale.class);
    return PortfolioDerived.builder()
        .scale(scale)
        .quarters(f.objects("quarters", "a quarter's figures", q -> quarterDerived(q, scale)))
        .build();
  }

  private static QuarterDerived quarterDerived(Fields f, Scale scale) {
    String what = "shares of " + String.join(", ", scale.keys());
    QuarterFigures figures =
        QuarterFigures.builder()
            .quarter(f.quarter("quarter"))
            .actual(f.nullable("actual").map(n -> Fields.bind(n, what, a -> plan(a, scale))))
            .spend(f.object("spend", what, a -> plan(a, scale)))
            .plan(f.object("plan", what, a -> plan(a, scale)))
            .totalCost(f.number("totalCost"))
            .budget(f.number("budget"))
            .build();
    Optional<PerQuadrant> drift =
        f.nullable("drift").map(n -> Fields.bind(n, what, a -> plan(a, scale)));
    OptionalDouble balance = f.nullableNumber("balance");
    if (!drift.equals(figures.drift()) || !balance.equals(figures.balance())) {
      throw f.node()
          .bad("the drift and the balance must follow from the plan and the actual shares");
    }
    return QuarterDerived.builder()
        .figures(figures)
        .adherence(f.nullableNumber("adherence"))
        .coverage(f.nullableNumber("coverage"))
        .build();
  }
}

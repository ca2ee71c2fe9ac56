package dev.kaizen.testing.generators;

import dev.kaizen.core.Quarter;
import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.PerQuadrant;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioQuarter;
import dev.kaizen.portfolio.QuadrantPosition;
import dev.kaizen.portfolio.Scale;
import dev.kaizen.testing.Choices;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.validation.RuleCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of portfolios (DOMAIN.md §7): {@linkplain #portfolios() valid} ones with items,
 * {@linkplain #plannedPortfolios() planned} ones whose quarters hold only candidates, {@linkplain
 * #broken() broken} ones with the error rule they break, {@linkplain #any() any} of these, and
 * {@linkplain #planningQuarters(int) quarters with a candidate pool} for the planner.
 *
 * <p>Amounts have at most three decimals (see {@link Gens#doubles(double, double)}), so the planner
 * is exact on them; ids are unique within each quarter's items and within its candidates.
 */
public final class PortfolioGenerators {
  private PortfolioGenerators() {}

  /**
   * Valid portfolios: one to five consecutive quarters, each with a normalised plan that starves no
   * quadrant, items within the budget, and sometimes candidates. They may have warnings (drift,
   * neglect), never errors.
   *
   * @return the generator
   */
  public static Gen<Portfolio> portfolios() {
    return choices -> portfolio(choices, true);
  }

  /**
   * Valid portfolios still being planned: quarters with a plan and candidates but no items yet.
   *
   * @return the generator
   */
  public static Gen<Portfolio> plannedPortfolios() {
    return choices -> portfolio(choices, false);
  }

  /**
   * Portfolios that break one error rule on purpose, with that rule.
   *
   * @return the generator
   */
  public static Gen<Broken<Portfolio>> broken() {
    return choices -> {
      Portfolio portfolio = portfolio(choices, true);
      Breakage breakage = Gens.enums(Breakage.class).generate(choices);
      return Broken.of(breakage.apply(portfolio, choices), breakage.rule);
    };
  }

  /**
   * Any portfolio: valid, planned or broken.
   *
   * @return the generator
   */
  public static Gen<Portfolio> any() {
    return Gens.either(portfolios(), plannedPortfolios(), broken().map(Broken::document));
  }

  /**
   * Normalised plans: four positive shares that add up to 1 (within rounding).
   *
   * @return the generator
   */
  public static Gen<PerQuadrant> plans() {
    return choices -> {
      int[] weights = {
        choices.between(1, 20),
        choices.between(1, 20),
        choices.between(1, 20),
        choices.between(1, 20)
      };
      double sum = weights[0] + weights[1] + weights[2] + weights[3];
      return PerQuadrant.compute(p -> weights[p.ordinal()] / sum);
    };
  }

  /**
   * Any target shares for the planner: mostly normalised plans, sometimes with zero or negative
   * shares or shares that do not add up to 1.
   *
   * @return the generator
   */
  public static Gen<PerQuadrant> shares() {
    Gen<Double> odd = Gens.doubles(-0.5, 1.5);
    return Gens.either(
        plans(),
        plans(),
        plans(),
        choices ->
            PerQuadrant.of(
                odd.generate(choices),
                odd.generate(choices),
                odd.generate(choices),
                odd.generate(choices)));
  }

  /**
   * Candidate pools of up to {@code max} candidates with unique ids {@code c1, c2, ...}; costs from
   * 0 to 12, values absent, 0 or up to 6 (small ranges, so that ties are common).
   *
   * @param max the most candidates
   * @return the generator
   */
  public static Gen<List<Item>> candidates(int max) {
    return choices -> items(choices, "c", 0, max, 12, 6);
  }

  /**
   * Quarters for the planner: a budget from 0 to 40, {@linkplain #shares() target shares} and a
   * {@linkplain #candidates(int) candidate pool} of up to {@code maxCandidates}; no items.
   *
   * @param maxCandidates the most candidates
   * @return the generator
   */
  public static Gen<PortfolioQuarter> planningQuarters(int maxCandidates) {
    return choices ->
        PortfolioQuarter.builder()
            .quarter(Quarter.of(2025, choices.between(1, 4)))
            .budget(Gens.doubles(0, 40).generate(choices))
            .plan(shares().generate(choices))
            .candidates(candidates(maxCandidates).generate(choices))
            .build();
  }

  private static Portfolio portfolio(Choices c, boolean withItems) {
    Scale scale = Gens.enums(Scale.class).generate(c);
    Quarter quarter = Quarter.of(c.between(2020, 2026), c.between(1, 4));
    int count = c.between(1, 5);
    List<PortfolioQuarter> quarters = new ArrayList<>();
    for (int q = 0; q < count; q++) {
      List<Item> items = withItems ? items(c, quarter + "-", 0, 8, 200, 20) : List.of();
      double total = 0;
      for (Item item : items) {
        total += item.cost();
      }
      PortfolioQuarter.Builder builder =
          PortfolioQuarter.builder()
              .quarter(quarter)
              .plan(plans().generate(c))
              .items(items)
              .candidates(
                  c.oneIn(3) || !withItems
                      ? items(c, "C" + quarter + "-", 0, 6, 200, 20)
                      : List.of());
      PortfolioQuarter draft = builder.budget(0).build();
      // The budget covers the items' cost as the validator adds it (exactly), plus some slack.
      double spent = draft.figures().totalCost();
      quarters.add(draft.withBudget(Math.max(spent, total) + Gens.doubles(0, 300).generate(c)));
      quarter = quarter.next();
    }
    return Portfolio.builder()
        .scale(scale)
        .name(Gens.sentences().generate(c))
        .unit(Gens.oneOf("person-days", "EUR", "hours").generate(c))
        .quarters(quarters)
        .build();
  }

  private static List<Item> items(
      Choices c, String prefix, int min, int max, double maxCost, double maxValue) {
    int count = Gens.ints(min, max).generate(c);
    List<Item> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Item.Builder item =
          Item.builder()
              .id(prefix + (i + 1))
              .title(Gens.sentences().generate(c))
              .position(Gens.enums(QuadrantPosition.class).generate(c))
              .cost(Gens.doubles(0, maxCost).generate(c));
      if (!c.oneIn(5)) {
        item.value(Gens.doubles(0, maxValue).generate(c));
      }
      items.add(item.build());
    }
    return items;
  }

  /** The ways {@link #broken()} breaks a valid portfolio, each with the error rule it breaks. */
  private enum Breakage {
    NEGATIVE_SHARE(RuleCode.PORTFOLIO_PLAN_NOT_NORMALISED) {
      @Override
      Portfolio apply(Portfolio p, Choices c) {
        int q = c.between(0, p.quarters().size() - 1);
        PerQuadrant plan = p.quarters().get(q).plan();
        QuadrantPosition negative = Gens.enums(QuadrantPosition.class).generate(c);
        double amount = Gens.doubles(0.001, 1).generate(c);
        return with(
            p,
            q,
            p.quarters()
                .get(q)
                .withPlan(PerQuadrant.compute(x -> x == negative ? -amount : plan.get(x))));
      }
    },
    SHARES_NOT_ADDING_UP(RuleCode.PORTFOLIO_PLAN_NOT_NORMALISED) {
      @Override
      Portfolio apply(Portfolio p, Choices c) {
        int q = c.between(0, p.quarters().size() - 1);
        PerQuadrant plan = p.quarters().get(q).plan();
        double factor = Gens.oneOf(0.5, 0.9, 1.01, 1.5, 2.0).generate(c);
        return with(
            p, q, p.quarters().get(q).withPlan(PerQuadrant.compute(x -> plan.get(x) * factor)));
      }
    },
    STARVED_QUADRANT(RuleCode.PORTFOLIO_QUARTER_QUADRANT_STARVED) {
      @Override
      Portfolio apply(Portfolio p, Choices c) {
        int q = c.between(0, p.quarters().size() - 1);
        PerQuadrant plan = p.quarters().get(q).plan();
        QuadrantPosition starved = Gens.enums(QuadrantPosition.class).generate(c);
        QuadrantPosition other = QuadrantPosition.values()[(starved.ordinal() + 1) % 4];
        return with(
            p,
            q,
            p.quarters()
                .get(q)
                .withPlan(
                    PerQuadrant.compute(
                        x ->
                            x == starved
                                ? 0
                                : x == other ? plan.get(x) + plan.get(starved) : plan.get(x))));
      }
    },
    OVER_BUDGET(RuleCode.PORTFOLIO_QUARTER_OVER_BUDGET) {
      @Override
      Portfolio apply(Portfolio p, Choices c) {
        int q = c.between(0, p.quarters().size() - 1);
        PortfolioQuarter quarter = p.quarters().get(q);
        List<Item> items = new ArrayList<>(quarter.items());
        items.add(
            Item.builder()
                .id("extra")
                .title("one more thing")
                .position(Gens.enums(QuadrantPosition.class).generate(c))
                .cost(quarter.budget() + Gens.doubles(1, 100).generate(c))
                .build());
        return with(p, q, quarter.withItems(items));
      }
    },
    DUPLICATE_QUARTER(RuleCode.PORTFOLIO_QUARTERS_DUPLICATE) {
      @Override
      Portfolio apply(Portfolio p, Choices c) {
        List<PortfolioQuarter> quarters = new ArrayList<>(p.quarters());
        quarters.add(
            c.between(0, quarters.size()), quarters.get(c.between(0, quarters.size() - 1)));
        return p.withQuarters(quarters);
      }
    },
    DUPLICATE_ITEM_ID(RuleCode.PORTFOLIO_ITEMS_DUPLICATE_ID) {
      @Override
      Portfolio apply(Portfolio p, Choices c) {
        int q = c.between(0, p.quarters().size() - 1);
        PortfolioQuarter quarter = p.quarters().get(q);
        List<Item> items = new ArrayList<>(quarter.items());
        Item twin =
            items.isEmpty()
                ? Item.builder()
                    .id("twin")
                    .title("twin")
                    .position(QuadrantPosition.TOP_LEFT)
                    .cost(0)
                    .build()
                : items.get(c.between(0, items.size() - 1));
        if (items.isEmpty()) {
          items.add(twin);
        }
        items.add(c.between(0, items.size()), twin.withTitle("the same id again"));
        return with(p, q, quarter.withItems(items));
      }
    },
    DUPLICATE_CANDIDATE_ID(RuleCode.PORTFOLIO_ITEMS_DUPLICATE_ID) {
      @Override
      Portfolio apply(Portfolio p, Choices c) {
        int q = c.between(0, p.quarters().size() - 1);
        PortfolioQuarter quarter = p.quarters().get(q);
        List<Item> candidates = new ArrayList<>(quarter.candidates());
        Item twin =
            Item.builder()
                .id("pick-me")
                .title("candidate")
                .position(Gens.enums(QuadrantPosition.class).generate(c))
                .cost(Gens.doubles(0, 50).generate(c))
                .build();
        candidates.add(twin);
        candidates.add(c.between(0, candidates.size()), twin.withCost(twin.cost() + 1));
        return with(p, q, quarter.withCandidates(candidates));
      }
    };

    final RuleCode rule;

    Breakage(RuleCode rule) {
      this.rule = rule;
    }

    abstract Portfolio apply(Portfolio portfolio, Choices choices);

    static Portfolio with(Portfolio p, int index, PortfolioQuarter quarter) {
      List<PortfolioQuarter> quarters = new ArrayList<>(p.quarters());
      quarters.set(index, quarter);
      return p.withQuarters(quarters);
    }
  }
}

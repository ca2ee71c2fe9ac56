package dev.kaizen.testing.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.PortfolioValidator;
import dev.kaizen.testing.Property;
import dev.kaizen.validation.Severity;
import dev.kaizen.validation.ValidationResult;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioGeneratorsTest {
  @Test
  void portfoliosAreValid() {
    Property.forAll(PortfolioGenerators.portfolios())
        .check(
            portfolio -> {
              ValidationResult result = PortfolioValidator.validate(portfolio);
              assertTrue(result.isValid(), result.errors().toString());
              assertFalse(portfolio.quarters().isEmpty());
            });
  }

  @Test
  void plannedPortfoliosAreValidWithoutItems() {
    Property.forAll(PortfolioGenerators.plannedPortfolios())
        .check(
            portfolio -> {
              ValidationResult result = PortfolioValidator.validate(portfolio);
              assertTrue(result.violations().isEmpty(), result.violations().toString());
              assertTrue(portfolio.quarters().stream().allMatch(q -> q.items().isEmpty()));
            });
  }

  @Test
  void brokenPortfoliosBreakTheirRule() {
    Property.forAll(PortfolioGenerators.broken())
        .tries(500)
        .check(
            broken -> {
              assertEquals(Severity.ERROR, broken.rule().severity());
              ValidationResult result = PortfolioValidator.validate(broken.document());
              assertTrue(
                  result.has(broken.rule()), broken.rule() + " expected in " + result.violations());
              assertFalse(result.isValid());
            });
  }

  @Test
  void candidatePoolsHaveUniqueIds() {
    Property.forAll(PortfolioGenerators.candidates(12))
        .check(
            pool -> {
              assertTrue(pool.size() <= 12);
              assertEquals(pool.size(), new HashSet<>(pool.stream().map(Item::id).toList()).size());
            });
    Property.forAll(PortfolioGenerators.planningQuarters(12))
        .check(
            quarter -> {
              assertTrue(quarter.items().isEmpty());
              assertTrue(quarter.budget() >= 0 && quarter.budget() <= 40);
              List<Item> pool = quarter.candidates();
              assertTrue(
                  PortfolioValidator.validate(
                          dev.kaizen.portfolio.Portfolio.builder()
                              .scale(dev.kaizen.portfolio.Scale.PRODUCT)
                              .name("n")
                              .unit("u")
                              .addQuarters(quarter)
                              .build())
                      .of(dev.kaizen.validation.RuleCode.PORTFOLIO_ITEMS_DUPLICATE_ID)
                      .isEmpty(),
                  pool.toString());
            });
  }
}

package dev.kaizen.portfolio;

import static dev.kaizen.portfolio.PortfolioFixtures.even;
import static dev.kaizen.portfolio.PortfolioFixtures.example;
import static dev.kaizen.portfolio.PortfolioFixtures.item;
import static dev.kaizen.portfolio.PortfolioFixtures.quarter;
import static dev.kaizen.portfolio.PortfolioFixtures.spread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Severity;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioValidatorTest {
  private static Portfolio of(PortfolioQuarter... quarters) {
    return Portfolio.builder()
        .scale(Scale.PRODUCT)
        .name("Team X")
        .unit("person-days")
        .addQuarters(quarters)
        .build();
  }

  private static PortfolioQuarter good(String quarter) {
    return quarter(quarter, 100, even(), spread(quarter, 25, 25, 25, 25));
  }

  /** Asserts that {@code result} has exactly one violation, of {@code rule} at {@code path}. */
  private static Violation only(
      ValidationResult result, RuleCode rule, Severity severity, String path) {
    assertEquals(1, result.violations().size(), () -> result.violations().toString());
    Violation v = result.violations().get(0);
    assertEquals(rule, v.rule());
    assertEquals(rule.code(), v.code());
    assertEquals(severity, v.severity());
    assertEquals(path, v.path().toString());
    return v;
  }

  @Test
  void theSharedExampleHasNoViolation() {
    ValidationResult result = PortfolioValidator.validate(example());
    assertTrue(result.violations().isEmpty(), () -> result.violations().toString());
    assertTrue(result.isValid());
    assertEquals(result, Kaizen.validate(example()));
  }

  @Test
  void goodPortfolioHasNoViolation() {
    assertEquals(
        List.of(), PortfolioValidator.validate(of(good("2024-Q1"), good("2024-Q2"))).violations());
  }

  @Test
  void negativeShareIsNotNormalised() {
    Violation v =
        only(
            PortfolioValidator.validate(
                of(quarter("2024-Q1", 100, PerQuadrant.of(0.5, 0.3, 0.3, -0.1), List.of()))),
            RuleCode.PORTFOLIO_PLAN_NOT_NORMALISED,
            Severity.ERROR,
            "$.quarters[0].plan.innovation");
    assertTrue(v.message().contains("-0.1"), v.message());
  }

  @Test
  void sharesNotAddingUpToOneAreNotNormalised() {
    Violation v =
        only(
            PortfolioValidator.validate(
                of(
                    good("2024-Q1"),
                    quarter("2024-Q2", 100, PerQuadrant.of(0.3, 0.3, 0.3, 0.3), List.of()))),
            RuleCode.PORTFOLIO_PLAN_NOT_NORMALISED,
            Severity.ERROR,
            "$.quarters[1].plan");
    assertTrue(v.message().contains("1.2"), v.message());
  }

  @Test
  void sharesWithinAThousandthOfOneAreNormalised() {
    assertTrue(
        PortfolioValidator.validate(
                of(quarter("2024-Q1", 100, PerQuadrant.of(0.2505, 0.25, 0.25, 0.25), List.of())))
            .violations()
            .isEmpty());
    assertTrue(
        PortfolioValidator.validate(
                of(quarter("2024-Q1", 100, PerQuadrant.of(0.2495, 0.25, 0.25, 0.25), List.of())))
            .violations()
            .isEmpty());
    assertTrue(
        PortfolioValidator.validate(
                of(quarter("2024-Q1", 100, PerQuadrant.of(0.2489, 0.25, 0.25, 0.25), List.of())))
            .has(RuleCode.PORTFOLIO_PLAN_NOT_NORMALISED));
  }

  /** Breaks {@code portfolio.quarter.quadrant-starved}. */
  @Test
  void zeroShareStarvesTheQuadrant() {
    Violation v =
        only(
            PortfolioValidator.validate(
                of(quarter("2024-Q1", 100, PerQuadrant.of(0.5, 0.3, 0, 0.2), List.of()))),
            RuleCode.PORTFOLIO_QUARTER_QUADRANT_STARVED,
            Severity.ERROR,
            "$.quarters[0].plan.tech-debt");
    assertTrue(v.message().contains("tech-debt"), v.message());
  }

  /** Breaks {@code portfolio.quarter.over-budget}. */
  @Test
  void itemsCostingMoreThanTheBudget() {
    Violation v =
        only(
            PortfolioValidator.validate(
                of(quarter("2024-Q1", 99, even(), spread("a", 25, 25, 25, 25)))),
            RuleCode.PORTFOLIO_QUARTER_OVER_BUDGET,
            Severity.ERROR,
            "$.quarters[0].budget");
    assertTrue(v.message().contains("100") && v.message().contains("99"), v.message());
  }

  @Test
  void decimalCostsAddUpExactlyToTheBudget() {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point, but exactly the budget of 0.3 as written.
    PortfolioQuarter q =
        quarter(
            "2024-Q1",
            0.3,
            even(),
            List.of(
                item("a", QuadrantPosition.TOP_LEFT, 0.1),
                item("b", QuadrantPosition.TOP_LEFT, 0.2)));
    assertFalse(PortfolioValidator.validate(of(q)).has(RuleCode.PORTFOLIO_QUARTER_OVER_BUDGET));
  }

  @Test
  void driftOfMoreThanTenPoints() {
    // Actual 0.36, 0.24, 0.20, 0.20 against 0.25 each: support drifts +0.11, the others less than
    // 0.10.
    Violation v =
        only(
            PortfolioValidator.validate(
                of(quarter("2024-Q1", 100, even(), spread("a", 36, 24, 20, 20)))),
            RuleCode.PORTFOLIO_QUARTER_DRIFT,
            Severity.WARNING,
            "$.quarters[0].plan.support");
    assertTrue(v.message().contains("36.0%") && v.message().contains("25.0%"), v.message());
  }

  @Test
  void driftOfExactlyTenPointsIsAllowed() {
    assertTrue(
        PortfolioValidator.validate(
                of(quarter("2024-Q1", 100, even(), spread("a", 35, 25, 20, 20))))
            .violations()
            .isEmpty());
  }

  @Test
  void noDriftWithoutItems() {
    assertTrue(
        PortfolioValidator.validate(of(quarter("2024-Q1", 100, even(), List.of())))
            .violations()
            .isEmpty());
  }

  /** Breaks {@code portfolio.quadrant.neglected}. */
  @Test
  void quadrantUnderFivePercentInTwoConsecutiveQuarters() {
    // Plan matches the actual shares, so only the neglect shows. innovation: 4% then 3%.
    PortfolioQuarter q1 =
        quarter("2024-Q1", 100, PerQuadrant.of(0.36, 0.30, 0.30, 0.04), spread("a", 36, 30, 30, 4));
    PortfolioQuarter q2 =
        quarter("2024-Q2", 100, PerQuadrant.of(0.37, 0.30, 0.30, 0.03), spread("b", 37, 30, 30, 3));
    Violation v =
        only(
            PortfolioValidator.validate(of(q1, q2)),
            RuleCode.PORTFOLIO_QUADRANT_NEGLECTED,
            Severity.WARNING,
            "$.quarters[1].plan.innovation");
    assertTrue(v.message().contains("2024-Q1") && v.message().contains("2024-Q2"), v.message());
    // One such quarter alone, or two that are not neighbours, is no neglect.
    assertTrue(PortfolioValidator.validate(of(q1)).violations().isEmpty());
    PortfolioQuarter q3 =
        quarter("2024-Q3", 100, PerQuadrant.of(0.37, 0.30, 0.30, 0.03), spread("b", 37, 30, 30, 3));
    assertFalse(PortfolioValidator.validate(of(q1, q3)).has(RuleCode.PORTFOLIO_QUADRANT_NEGLECTED));
    // Neighbours are found by calendar, not by position in the list.
    assertTrue(PortfolioValidator.validate(of(q2, q1)).has(RuleCode.PORTFOLIO_QUADRANT_NEGLECTED));
    assertEquals(
        "$.quarters[0].plan.innovation",
        PortfolioValidator.validate(of(q2, q1))
            .of(RuleCode.PORTFOLIO_QUADRANT_NEGLECTED)
            .get(0)
            .path()
            .toString());
  }

  @Test
  void neglectNeedsItemsInBothQuarters() {
    PortfolioQuarter q1 =
        quarter("2024-Q1", 100, PerQuadrant.of(0.36, 0.30, 0.30, 0.04), spread("a", 36, 30, 30, 4));
    PortfolioQuarter q2 =
        quarter("2024-Q2", 100, PerQuadrant.of(0.36, 0.30, 0.30, 0.04), List.of());
    assertTrue(PortfolioValidator.validate(of(q1, q2)).violations().isEmpty());
  }

  /** Breaks {@code portfolio.quarters.duplicate}. */
  @Test
  void quarterTwice() {
    only(
        PortfolioValidator.validate(of(good("2024-Q1"), good("2024-Q2"), good("2024-Q1"))),
        RuleCode.PORTFOLIO_QUARTERS_DUPLICATE,
        Severity.ERROR,
        "$.quarters[2].quarter");
  }

  /** Breaks {@code portfolio.quarters.gap}. */
  @Test
  void missingQuarterBetweenFirstAndLast() {
    Violation v =
        only(
            PortfolioValidator.validate(of(good("2024-Q1"), good("2024-Q2"), good("2024-Q4"))),
            RuleCode.PORTFOLIO_QUARTERS_GAP,
            Severity.WARNING,
            "$.quarters[2].quarter");
    assertTrue(v.message().contains("2024-Q3"), v.message());
    Violation run =
        only(
            PortfolioValidator.validate(of(good("2025-Q2"), good("2024-Q2"))),
            RuleCode.PORTFOLIO_QUARTERS_GAP,
            Severity.WARNING,
            "$.quarters[0].quarter");
    assertTrue(run.message().contains("3 quarters from 2024-Q3 to 2025-Q1"), run.message());
  }

  /** Breaks {@code portfolio.items.duplicate-id}. */
  @Test
  void itemsSharingAnId() {
    PortfolioQuarter q =
        quarter(
            "2024-Q1",
            100,
            even(),
            List.of(
                item("a", QuadrantPosition.TOP_LEFT, 25),
                item("b", QuadrantPosition.TOP_RIGHT, 25),
                item("a", QuadrantPosition.BOTTOM_LEFT, 25),
                item("c", QuadrantPosition.BOTTOM_RIGHT, 25)));
    only(
        PortfolioValidator.validate(of(q)),
        RuleCode.PORTFOLIO_ITEMS_DUPLICATE_ID,
        Severity.ERROR,
        "$.quarters[0].items[2].id");
  }

  @Test
  void candidatesSharingAnIdSeparatelyFromItems() {
    PortfolioQuarter q =
        good("2024-Q1")
            .withCandidates(
                item("2024-Q1-0", QuadrantPosition.TOP_LEFT, 5),
                item("x", QuadrantPosition.TOP_LEFT, 5),
                item("x", QuadrantPosition.TOP_RIGHT, 5));
    // "2024-Q1-0" is also an item's id: items and candidates are separate pools.
    only(
        PortfolioValidator.validate(of(q)),
        RuleCode.PORTFOLIO_ITEMS_DUPLICATE_ID,
        Severity.ERROR,
        "$.quarters[0].candidates[2].id");
  }

  @Test
  void validationNeverThrowsOnABadlyBrokenPortfolio() {
    PortfolioQuarter bad =
        quarter(
            "2024-Q1",
            0,
            PerQuadrant.of(-1, 0, 0, 5),
            List.of(
                item("a", QuadrantPosition.TOP_LEFT, 0), item("a", QuadrantPosition.TOP_LEFT, 0)));
    ValidationResult result = PortfolioValidator.validate(of(bad, bad));
    assertFalse(result.isValid());
    assertTrue(result.has(RuleCode.PORTFOLIO_QUARTERS_DUPLICATE));
  }
}

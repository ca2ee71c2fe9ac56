package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Quarter;
import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.PerQuadrant;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioQuarter;
import dev.kaizen.portfolio.QuadrantPosition;
import dev.kaizen.portfolio.Scale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portfolio format (DOMAIN.md §7): reading, writing and its own bad input. */
class KaizenJsonPortfolioTest {
  private final KaizenJson json = KaizenJson.defaults();
  private final String example = Fixtures.example("portfolio-2024.json");

  private BadInputException bad(String text) {
    BadInputException e = BadInputs.bad(json, text);
    return e;
  }

  private static void at(BadInputException e, String path, int line, String problemPart) {
    BadInputs.atColumn(e, path, line, problemPart);
  }

  private String edit(String from, String to) {
    return BadInputs.edit(example, from, to);
  }

  @Test
  void readsTheSharedExampleExactly() {
    Portfolio portfolio = json.read(example, Portfolio.class);
    assertEquals(Scale.PORTFOLIO, portfolio.scale());
    assertEquals("Digital services 2024", portfolio.name());
    assertEquals("person-days", portfolio.unit());
    assertEquals(2, portfolio.quarters().size());
    PortfolioQuarter q1 = portfolio.quarters().get(0);
    assertEquals(Quarter.of(2024, 1), q1.quarter());
    assertEquals(400, q1.budget());
    assertEquals(PerQuadrant.of(0.25, 0.40, 0.20, 0.15), q1.plan());
    assertEquals(4, q1.items().size());
    Item first = q1.items().get(0);
    assertEquals("Q1-1", first.id());
    assertEquals(QuadrantPosition.TOP_LEFT, first.position());
    assertEquals(90, first.cost());
    assertEquals(8, first.value().getAsDouble());
    assertTrue(q1.candidates().isEmpty());
    assertEquals(
        QuadrantPosition.BOTTOM_RIGHT, portfolio.quarters().get(1).items().get(3).position());
  }

  @Test
  void writingThenReadingGivesAnEqualPortfolio() {
    Portfolio portfolio = json.read(example, Portfolio.class);
    assertEquals(portfolio, json.read(json.write(portfolio)));
    assertEquals(portfolio, json.read(json.writeLine(portfolio)));
    String line = json.writeLine(portfolio);
    assertFalse(line.contains("\n"));
    assertTrue(line.contains("\"quadrant\":\"relationships\""), line);
    assertTrue(
        line.contains(
            "\"plan\":{\"relationships\":0.25,\"products\":0.4,\"dysfunction\":0.2,\"innovation\":0.15}"),
        line);
    assertFalse(line.contains("candidates"), line);
  }

  @Test
  void productScaleWithCandidatesAndWithoutItemsRoundTrips() {
    String text =
        "{\"kind\":\"portfolio\",\"scale\":\"product\",\"name\":\"App\",\"unit\":\"EUR\",\"quarters\":["
            + "{\"quarter\":\"2025-Q4\",\"budget\":1000.5,\"plan\":{\"support\":0.1,\"features\":0.5,\"tech-debt\":0.3,\"innovation\":0.1},"
            + "\"candidates\":[{\"id\":\"c1\",\"title\":\"Refactor billing\",\"quadrant\":\"tech-debt\",\"cost\":250.25},"
            + "{\"id\":\"c2\",\"title\":\"Dark mode\",\"quadrant\":\"features\",\"cost\":0,\"value\":3.5}]}]}";
    Portfolio portfolio = json.read(text, Portfolio.class);
    PortfolioQuarter q = portfolio.quarters().get(0);
    assertTrue(q.items().isEmpty());
    assertEquals(List.of("c1", "c2"), q.candidates().stream().map(Item::id).toList());
    assertEquals(QuadrantPosition.BOTTOM_LEFT, q.candidates().get(0).position());
    assertTrue(q.candidates().get(0).value().isEmpty());
    String written = json.writeLine(portfolio);
    assertFalse(written.contains("\"items\""), written);
    assertTrue(written.contains("\"quadrant\":\"tech-debt\""), written);
    assertEquals(portfolio, json.read(written));
  }

  @Test
  void aPlanKeyOfTheOtherScaleNamesTheScaleAndItsKeys() {
    BadInputException e = bad(edit("\"relationships\": 0.25", "\"support\": 0.25"));
    at(
        e,
        "$.quarters[0].plan.support",
        9,
        "\"support\" is a key of the product scale, but this portfolio uses the portfolio scale");
    assertTrue(
        e.problem().contains("accepts relationships, products, dysfunction, innovation"),
        e.getMessage());
    at(
        bad(edit("\"products\": 0.40", "\"misc\": 0.40")),
        "$.quarters[0].plan.misc",
        9,
        "\"misc\" is not a quadrant of the portfolio scale, which accepts relationships, products, dysfunction, innovation");
  }

  @Test
  void anItemQuadrantOfTheOtherScaleNamesTheScaleAndItsKeys() {
    at(
        bad(edit("\"quadrant\": \"relationships\"", "\"quadrant\": \"support\"")),
        "$.quarters[0].items[0].quadrant",
        11,
        "is a key of the product scale, but this portfolio uses the portfolio scale, which accepts relationships, products");
    String product = example.replace("\"scale\": \"portfolio\"", "\"scale\": \"product\"");
    BadInputException e = assertThrows(BadInputException.class, () -> json.read(product));
    at(
        e,
        "$.quarters[0].plan.relationships",
        9,
        "is a key of the portfolio scale, but this portfolio uses the product scale");
  }

  @Test
  void thePlanNamesAllFourKeys() {
    at(bad(edit(", \"innovation\": 0.15}", "}")), "$.quarters[0].plan", 9, "innovation is missing");
    at(
        bad(
            edit(
                "\"plan\": {\"relationships\": 0.25, \"products\": 0.40, \"dysfunction\": 0.20, \"innovation\": 0.15}",
                "\"plan\": {}")),
        "$.quarters[0].plan",
        9,
        "relationships, products, dysfunction, innovation are missing");
    at(
        bad(edit("\"relationships\": 0.25", "\"relationships\": \"0.25\"")),
        "$.quarters[0].plan.relationships",
        9,
        "expected a number");
  }

  @Test
  void otherBadInputOfThePortfolioFormat() {
    at(
        bad(edit("\"scale\": \"portfolio\"", "\"scale\": \"products\"")),
        "$.scale",
        4,
        "use one of [product, portfolio]");
    at(
        bad(edit("\"2024-Q1\"", "\"2024-Q5\"")),
        "$.quarters[0].quarter",
        8,
        "is not a quarter that exists");
    at(
        bad(edit("\"budget\": 400", "\"budget\": -400")),
        "$.quarters[0]",
        8,
        "must not be negative");
    at(
        bad(edit("\"cost\": 90", "\"cost\": -90")),
        "$.quarters[0].items[0]",
        11,
        "cost of item Q1-1 must not be negative");
    at(
        bad(edit("\"cost\": 90", "\"cost\": \"90\"")),
        "$.quarters[0].items[0].cost",
        11,
        "expected a number");
    at(
        bad(edit("\"value\": 8}", "\"value\": 8, \"owner\": \"x\"}")),
        "$.quarters[0].items[0].owner",
        11,
        "unknown property \"owner\"");
    at(
        bad(edit("\"unit\": \"person-days\",", "")),
        "$",
        1,
        "required property \"unit\" is missing");
    at(
        bad(edit("\"items\": [", "\"items\": null, \"x\": [")),
        "$.quarters[0].items",
        10,
        "is null");
  }
}

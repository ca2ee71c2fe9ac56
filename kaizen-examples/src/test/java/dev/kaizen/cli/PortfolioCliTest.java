package dev.kaizen.cli;

import static dev.kaizen.cli.CliRun.read;
import static dev.kaizen.cli.CliRun.run;
import static dev.kaizen.cli.CliRun.sample;
import static dev.kaizen.cli.CliRun.withInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PortfolioCliTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SHARED = sample("portfolio-2024.json");
  private static final String PRODUCT = sample("portfolio-product-2025.json");

  @Test
  void scoreOfTheSharedSampleMatchesTheFormulas() {
    CliRun r = run("score", "--json", SHARED);
    assertEquals(0, r.status, r.err);
    // adherence: Q1 100 × 369/380 = 97.105.., Q2 100 × 386.5/410 = 94.268..; mean 95.6867779204..
    // coverage 100 in both; total 0.5 × 95.68677.. + 0.5 × 100 = 97.8433889602..
    JsonNode report = JSON.readTree(r.out);
    assertEquals("portfolio", report.get("kind").asString());
    assertTrue(report.get("valid").asBoolean());
    assertEquals(0, report.get("violations").size());
    JsonNode score = report.get("score");
    assertEquals("portfolio-default/1", score.get("policy").asString());
    assertEquals(97.8433889602, score.get("total").asDouble(), 1e-9);
    assertEquals(95.6867779204, score.get("parts").get(0).get("value").asDouble(), 1e-9);
    assertEquals("adherence", score.get("parts").get(0).get("name").asString());
    assertEquals(
        JSON.readTree("{\"name\":\"coverage\",\"weight\":0.5,\"value\":100.0}"),
        score.get("parts").get(1));
    // Q1: actual 90/380 = 0.23684.., balance 0.9438.., spend as written.
    JsonNode q1 = report.get("derived").get("quarters").get(0);
    assertEquals("2024-Q1", q1.get("quarter").asString());
    assertEquals(90.0 / 380, q1.get("actual").get("relationships").asDouble(), 1e-12);
    assertEquals(0.94382448735, q1.get("balance").asDouble(), 1e-10);
    assertEquals(
        JSON.readTree(
            "{\"relationships\":90.0,\"products\":160.0,\"dysfunction\":70.0,\"innovation\":60.0}"),
        q1.get("spend"));
    JsonNode q2 = report.get("derived").get("quarters").get(1);
    assertEquals("2024-Q2", q2.get("quarter").asString());
    assertEquals(80.0 / 410, q2.get("actual").get("relationships").asDouble(), 1e-12);
    assertEquals(410.0, q2.get("totalCost").asDouble());
    assertEquals(420.0, q2.get("budget").asDouble());
    assertEquals(1, r.out.strip().lines().count());
  }

  @Test
  void humanScoreOutputShowsTheQuarters() {
    CliRun r = run("score", SHARED);
    assertEquals(0, r.status, r.err);
    assertTrue(r.out.contains("score 97.8434 (policy portfolio-default/1)"), r.out);
    // A quarter's record is too long for one line: one member a line, amounts with the unit.
    assertTrue(
        r.out.contains(
            "    quarters:\n      - quarter: 2024-Q1\n"
                + "        actual: {relationships: 0.2368, products: 0.4211,"),
        r.out);
    assertTrue(r.out.contains("\n        budget: 400 person-days\n"), r.out);
    assertTrue(r.out.lines().allMatch(line -> line.length() <= 100), r.out);
  }

  @Test
  void planChoosesTheMostValuableCandidatesOfTheLatestQuarter() {
    // 2025-Q2, budget 240: limits support 60, features 84, tech-debt 60, innovation 36.
    // support: C-01 + C-02 (value 10) beat C-03 (9); features: C-04 + C-05 (14, cost 84);
    // tech-debt: C-07 costs 70 > 60 and C-08 is worth nothing: empty; innovation: C-09 and C-10
    // tie, C-09 first.
    CliRun r = run("plan", "--json", PRODUCT);
    assertEquals(0, r.status, r.err);
    assertEquals(
        "{\"quarter\":\"2025-Q2\",\"chosen\":[\"C-01\",\"C-02\",\"C-04\",\"C-05\",\"C-09\"],\"value\":28.0,"
            + "\"spend\":{\"support\":60.0,\"features\":84.0,\"tech-debt\":0.0,\"innovation\":36.0},\"empty\":[\"tech-debt\"]}",
        r.out.strip());
  }

  @Test
  void humanPlanOutputShowsEachQuadrant() {
    CliRun r = run("plan", PRODUCT);
    assertEquals(0, r.status, r.err);
    assertTrue(r.out.contains("plan for 2025-Q2, budget 240 person-days, 10 candidates"), r.out);
    assertTrue(r.out.contains("support        share 0.25, limit 60: spend 60, value 10"), r.out);
    assertTrue(
        r.out.contains("      C-01  Hand a chat over to a person (cost 30, value 5)"), r.out);
    assertTrue(r.out.contains("tech-debt      share 0.25, limit 60: nothing chosen"), r.out);
    assertTrue(r.out.contains("value 28, spend 180 of 240 person-days"), r.out);
    assertTrue(r.out.contains("empty: tech-debt"), r.out);
  }

  @Test
  void planWithoutCandidatesLeavesEveryQuadrantEmpty() {
    CliRun r = run("plan", "--json", SHARED);
    assertEquals(0, r.status, r.err);
    assertEquals(
        "{\"quarter\":\"2024-Q2\",\"chosen\":[],\"value\":0.0,"
            + "\"spend\":{\"relationships\":0.0,\"products\":0.0,\"dysfunction\":0.0,\"innovation\":0.0},"
            + "\"empty\":[\"relationships\",\"products\",\"dysfunction\",\"innovation\"]}",
        r.out.strip());
  }

  @Test
  void planStillPlansAnInvalidPortfolioButReportsItsErrors() {
    String broken = read(PRODUCT).replace("\"features\": 0.35", "\"features\": 0.45");
    CliRun r = withInput(broken, "plan", "-");
    assertEquals(1, r.status);
    assertTrue(r.err.contains("error portfolio.plan.not-normalised at $.quarters[1].plan"), r.err);
    assertTrue(r.out.contains("plan for 2025-Q2"), r.out);
    CliRun json = withInput(broken, "plan", "--json", "-");
    assertEquals(1, json.status);
    assertTrue(json.out.startsWith("{\"quarter\":\"2025-Q2\",\"chosen\":["), json.out);
    assertTrue(json.err.contains("portfolio.plan.not-normalised"), json.err);
  }

  @Test
  void planRefusesCandidatesThatShareAnId() {
    String duplicate = read(PRODUCT).replace("\"C-02\"", "\"C-01\"");
    CliRun r = withInput(duplicate, "plan", "--json", "-");
    assertEquals(1, r.status);
    assertEquals("", r.out);
    assertTrue(
        r.err.contains("not planned: two candidates of 2025-Q2 share the id \"C-01\""), r.err);
  }

  @Test
  void planNeedsAPortfolioWithAQuarter() {
    CliRun kaizen = run("plan", sample("kaizen-automation-script.json"));
    assertEquals(2, kaizen.status);
    assertTrue(kaizen.err.contains("$.kind"), kaizen.err);
    String empty =
        "{\"kind\":\"portfolio\",\"scale\":\"product\",\"name\":\"n\",\"unit\":\"u\",\"quarters\":[]}";
    CliRun none = withInput(empty, "plan", "-");
    assertEquals(1, none.status);
    assertTrue(none.err.contains("nothing to plan"), none.err);
    assertEquals(64, run("plan", "--ndjson", PRODUCT).status);
    assertEquals(64, run("plan").status);
  }

  @Test
  void aKeyOfTheOtherScaleIsBadInputOnOneLine() {
    String bad = read(SHARED).replace("\"quadrant\": \"products\"", "\"quadrant\": \"features\"");
    for (String command : new String[] {"validate", "score", "plan"}) {
      CliRun r = withInput(bad, command, "-");
      assertEquals(2, r.status, command);
      assertEquals(1, r.err.strip().lines().count(), r.err);
      assertTrue(r.err.contains("$.quarters[0].items[1].quadrant (line 12"), r.err);
      assertTrue(
          r.err.contains(
              "\"features\" is a key of the product scale, but this portfolio uses the portfolio scale, "
                  + "which accepts relationships, products, dysfunction, innovation"),
          r.err);
      assertFalse(r.err.contains("Exception"), r.err);
    }
  }

  @Test
  void validateReportsWarningsAndExitsZero() {
    // Q2-1 doubled to 160: relationships takes 160 of 490 = 32.7% against a plan of 20%: drift.
    String drifting =
        read(SHARED)
            .replace("\"cost\": 80", "\"cost\": 160")
            .replace("\"budget\": 420", "\"budget\": 520");
    CliRun r = withInput(drifting, "validate", "-");
    assertEquals(0, r.status, r.out);
    assertTrue(
        r.out.contains("warning portfolio.quarter.drift at $.quarters[1].plan.relationships"),
        r.out);
  }
}

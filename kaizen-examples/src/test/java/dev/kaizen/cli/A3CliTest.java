package dev.kaizen.cli;

import static dev.kaizen.cli.CliRun.oneLine;
import static dev.kaizen.cli.CliRun.read;
import static dev.kaizen.cli.CliRun.run;
import static dev.kaizen.cli.CliRun.sample;
import static dev.kaizen.cli.CliRun.withInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command line on A3 documents (DOMAIN.md §4, §9). */
class A3CliTest {
  private static final String A3 = sample("a3-major-issues.json");

  @Test
  void scoreOfTheSampleA3MatchesTheFormulas() {
    CliRun r = run("score", "--json", A3);
    assertEquals(0, r.status, r.err);
    // completeness 100 (7/7), smart 100 (5/5), traceability 100 ((1 traced + H1 addressed) / (1 + 1
    // unrefuted:
    // H2 is refuted)), impact 100 (attainment (22 − 15) / |22 − 17.6| = 1.59, clamped to 1)
    assertTrue(
        r.out.startsWith(
            "{\"kind\":\"a3\",\"valid\":true,\"violations\":[],"
                + "\"score\":{\"policy\":\"a3-default/1\",\"total\":100.0,\"parts\":["
                + "{\"name\":\"completeness\",\"weight\":0.25,\"value\":100.0},"
                + "{\"name\":\"smart\",\"weight\":0.25,\"value\":100.0},"
                + "{\"name\":\"traceability\",\"weight\":0.2,\"value\":100.0},"
                + "{\"name\":\"impact\",\"weight\":0.3,\"value\":100.0}]},"
                + "\"derived\":{\"target\":17.6,\"attainment\":1.59090909090909"),
        r.out);
    assertTrue(r.out.contains("\"smart\":\"SMART\",\"smartMissing\":[]"), r.out);
    assertTrue(r.out.contains("\"improvement\":7.0"), r.out);
    assertTrue(
        r.out.contains("\"sectionsFilled\":7,\"currentSection\":null,\"complete\":true"), r.out);
    assertTrue(
        r.out.contains(
            "\"hypothesesWithoutCountermeasures\":[\"H2\"],\"unaddressedHypotheses\":[]"),
        r.out);
    assertTrue(r.out.contains("\"lackOfSolution\":null"), r.out);
    assertEquals(1, r.out.strip().lines().count());
  }

  @Test
  void halfwayWithoutADeadline() {
    // no deadline: smart "SMAR" = 4/5 → 80; result 19.8: attainment (22 − 19.8) / 4.4 = 0.5 →
    // impact 50
    // total = 0.25 × 100 + 0.25 × 80 + 0.2 × 100 + 0.3 × 50 = 80
    String text =
        read(A3)
            .replace("\"change\": -0.2,\n    \"deadline\": \"2024-04-30\"", "\"change\": -0.2")
            .replace("\"result\": 15", "\"result\": 19.8");
    CliRun r = withInput(text, "score", "--json", "-");
    assertEquals(0, r.status, r.out);
    assertTrue(r.out.contains("\"total\":80.0"), r.out);
    assertTrue(r.out.contains("\"attainment\":0.5"), r.out);
    assertTrue(
        r.out.contains(
            "\"smart\":\"SMAR\",\"smartMissing\":[{\"letter\":\"T\",\"reason\":\"the goal has no deadline"),
        r.out);
    assertTrue(
        r.out.contains(
            "{\"path\":\"$.goal.deadline\",\"code\":\"a3.goal.not-smart\",\"severity\":\"warning\""),
        r.out);
  }

  @Test
  void humanOutputShowsScorePartsAndDerivedValues() {
    CliRun r = run("score", A3);
    assertEquals(0, r.status);
    assertTrue(r.out.contains("a3, valid (0 errors, 0 warnings)"), r.out);
    assertTrue(r.out.contains("score 100 (policy a3-default/1)"), r.out);
    assertTrue(r.out.contains("traceability"), r.out);
    assertTrue(r.out.contains("target: 17.6"), r.out);
    assertTrue(r.out.contains("attainment: 1.5909"), r.out);
    assertTrue(r.out.contains("smart: SMART"), r.out);
  }

  @Test
  void validateReportsA3RulesAndExitsOneOnErrors() {
    String broken = read(A3).replace("\"addresses\": [\"H1\"]", "\"addresses\": [\"H9\"]");
    CliRun r = withInput(broken, "validate", "-");
    assertEquals(1, r.status, r.out);
    assertTrue(
        r.out.contains("error a3.countermeasures.untraced at $.countermeasures[0].addresses[0]"),
        r.out);
    assertTrue(r.out.contains("warning a3.root-causes.unaddressed at $.rootCauses[0]"), r.out);
  }

  @Test
  void aLackOfSolutionStatementIsAWarningAndExitsZero() {
    String weak =
        read(A3)
            .replace(
                "The last acceptance test round found 22 major issues, most of them in data migration",
                "Our problem is we need a migration testing tool");
    CliRun r = withInput(weak, "score", "--json", "-");
    assertEquals(0, r.status, r.out);
    assertTrue(r.out.contains("\"code\":\"a3.problem.lack-of-solution\""), r.out);
    assertTrue(r.out.contains("\"lackOfSolution\":\"need a migration testing tool\""), r.out);
  }

  @Test
  void badA3InputExitsTwoWithOneLine() {
    String bad = read(A3).replace("\"outcome\": \"refuted\"", "\"outcome\": \"maybe\"");
    CliRun r = withInput(bad, "score", "-");
    assertEquals(2, r.status);
    assertEquals("", r.out);
    assertEquals(1, r.err.strip().lines().count(), r.err);
    assertTrue(r.err.contains("$.rootCauses[1].experiments[0].outcome (line 24, column"), r.err);
    assertTrue(r.err.contains("use one of [pending, confirmed, refuted]"), r.err);
    assertFalse(r.err.contains("Exception"), r.err);
  }

  @Test
  void ndjsonMixesKinds() {
    String a3 = oneLine(read(A3));
    String kaizen = oneLine(read(sample("kaizen-automation-script.json")));
    CliRun r = withInput(a3 + "\n" + kaizen + "\n", "score", "--ndjson", "-");
    String[] lines = r.out.strip().split("\n");
    assertEquals(2, lines.length, r.out);
    assertTrue(lines[0].startsWith("{\"kind\":\"a3\",\"valid\":true"), lines[0]);
    assertTrue(lines[1].startsWith("{\"kind\":\"kaizen\",\"valid\":true"), lines[1]);
    assertEquals(0, r.status);
  }
}

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

class KaizenCliTest {
  private static final String KAIZEN = sample("kaizen-automation-script.json");

  @Test
  void scoreOfTheSampleRecordMatchesTheFormulas() {
    CliRun r = run("score", "--json", KAIZEN);
    assertEquals(0, r.status, r.err);
    // completeness 100 (6/6), rigour 100 (8/8), impact 100 (attainment 2.7/2.5 clamped to 1)
    assertTrue(
        r.out.startsWith(
            "{\"kind\":\"kaizen\",\"valid\":true,\"violations\":[],"
                + "\"score\":{\"policy\":\"kaizen-default/1\",\"total\":100.0,"),
        r.out);
    assertTrue(r.out.contains("\"currentStep\":7"), r.out);
    assertTrue(r.out.contains("\"gainPerWeek\":150.0"), r.out); // 2.5 minutes x 12 a day x 5 days
    assertTrue(r.out.contains("\"ideaOrder\":[\"I1\",\"I2\",\"I3\"]"), r.out);
    assertTrue(r.out.contains("\"paretoSet\":[\"dependency download\",\"test suite\"]"), r.out);
    assertTrue(r.out.contains("\"attainment\":1.08"), r.out);
    assertEquals(1, r.out.strip().lines().count());
  }

  @Test
  void humanOutputShowsScorePartsAndDerivedValues() {
    CliRun r = run("score", KAIZEN);
    assertEquals(0, r.status);
    assertTrue(r.out.contains("score 100 (policy kaizen-default/1)"), r.out);
    assertTrue(r.out.contains("completeness"), r.out);
    assertTrue(r.out.contains("gainPerWeek: 150 minutes/week\n"), r.out);
  }

  @Test
  void validateListsViolationsAndExitsOneOnErrors() {
    String broken = read(KAIZEN).replace("\"target\": 2.5", "\"target\": 7.5");
    CliRun r = withInput(broken, "validate", "-");
    assertEquals(1, r.status);
    assertTrue(
        r.out.contains("error kaizen.potential.target-not-better at $.potential.target"), r.out);
    CliRun json = withInput(broken, "validate", "--json", "-");
    assertEquals(1, json.status);
    assertTrue(
        json.out.contains(
            "{\"path\":\"$.potential.target\",\"code\":\"kaizen.potential.target-not-better\","
                + "\"severity\":\"error\",\"message\":"),
        json.out);
    assertFalse(json.out.contains("\"score\""), json.out);
  }

  @Test
  void warningsOnlyStillExitZero() {
    String weak =
        read(KAIZEN)
            .replace(
                "\"stakeholders\": [\"Tech lead\", \"Platform team\"]", "\"stakeholders\": []");
    CliRun r = withInput(weak, "validate", "-");
    assertEquals(0, r.status, r.out);
    assertTrue(r.out.contains("warning kaizen.plan.no-stakeholders"), r.out);
  }

  @Test
  void badInputExitsTwoWithOneLineNamingPathAndLine() {
    String bad = read(KAIZEN).replace("\"reach\": 8", "\"reach\": \"8\"");
    CliRun r = withInput(bad, "score", "-");
    assertEquals(2, r.status);
    assertEquals("", r.out);
    assertEquals(1, r.err.strip().lines().count(), r.err);
    assertTrue(
        r.err.contains("$.reach (line 9, column 12): expected a whole number, not \"8\""), r.err);
    assertFalse(r.err.contains("Exception"), r.err);

    CliRun json = withInput(bad, "score", "--json", "-");
    assertEquals(2, json.status);
    assertTrue(
        json.out.contains("\"error\":{\"path\":\"$.reach\",\"line\":9,\"column\":12,"), json.out);
  }

  @Test
  void everyClassOfBadInputExitsTwoWithoutAStackTrace() {
    String[] inputs = {
      "",
      "not json",
      "[]",
      "{} {}",
      "{\"kind\":\"kaizen\",\"kind\":\"kaizen\"}",
      "{\"kind\":\"nope\"}",
      "{\"kind\":\"kaizen\",\"version\":3}",
      "{\"kind\":\"kaizen\",\"version\":1.5}",
      "{\"kind\":null}",
      "{\"kind\":\"kaizen\",\"reach\":1e999}",
      "{\"kind\":\"kaizen\",\"x\":NaN}",
      "[".repeat(100_000),
      "{\"kind\":\"kaizen\",\"title\":\"" + "x".repeat(200_000) + "\"}",
      read(KAIZEN).replace("2024-02-05", "2024-02-31"),
      read(KAIZEN).replace("\"lower\"", "\"down\""),
    };
    for (String input : inputs) {
      CliRun r = withInput(input, "score", "-");
      assertEquals(2, r.status, input.length() > 80 ? input.substring(0, 80) : input);
      assertEquals(1, r.err.strip().lines().count(), r.err);
      assertTrue(
          r.err.matches("(?s)<stdin>: bad input at \\$\\S* \\(line \\d+, column \\d+\\): .+"),
          r.err);
    }
  }

  @Test
  void ndjsonGivesOneResultPerLineAndGoesOnPastBadLines() {
    String good = oneLine(read(KAIZEN));
    String invalid = good.replace("\"target\": 2.5", "\"target\": 7.5");
    String input = good + "\n" + "{oops\n" + "\n" + invalid + "\n";
    CliRun r = withInput(input, "score", "--ndjson", "-");
    String[] lines = r.out.strip().split("\n");
    assertEquals(3, lines.length, r.out);
    assertTrue(lines[0].startsWith("{\"kind\":\"kaizen\",\"valid\":true"), lines[0]);
    assertTrue(
        lines[1].startsWith("{\"valid\":false,\"error\":{\"path\":\"$\",\"line\":2,"), lines[1]);
    assertTrue(lines[2].startsWith("{\"kind\":\"kaizen\",\"valid\":false"), lines[2]);
    assertEquals(2, r.status, "the worst status seen");
  }

  @Test
  void ndjsonOfValidAndInvalidDocumentsExitsOne() {
    String good = oneLine(read(KAIZEN));
    String invalid = good.replace("\"target\": 2.5", "\"target\": 7.5");
    assertEquals(1, withInput(good + "\n" + invalid + "\n", "validate", "--ndjson", "-").status);
    assertEquals(0, withInput(good + "\r\n" + good, "validate", "--ndjson", "-").status);
  }

  @Test
  void wrongUsageExitsSixtyFour() {
    assertEquals(64, run().status);
    assertEquals(64, run("frobnicate", KAIZEN).status);
    assertEquals(64, run("score").status);
    assertEquals(64, run("score", "--yaml", KAIZEN).status);
    CliRun help = run("--help");
    assertEquals(0, help.status);
    assertTrue(help.out.contains("usage:"), help.out);
  }

  @Test
  void aMissingFileIsBadInput() {
    CliRun r = run("score", "no-such-file.json");
    assertEquals(2, r.status);
    assertTrue(r.err.contains("no-such-file.json: cannot read: no such file"), r.err);
  }

  @Test
  void severalFilesReportTheWorstStatus() {
    CliRun r = run("validate", KAIZEN, "no-such-file.json");
    assertEquals(2, r.status);
    assertTrue(r.out.contains("valid (0 errors, 0 warnings)"), r.out);
  }

  @Test
  void documentTextWithALineBreakStaysOnItsLineInTheTextOutput() {
    String record =
        read(sample("kaizen-automation-script.json"))
            .replace("\"dependency download\"", "\"dependency\\ndownload\\u2028cache\"");
    CliRun r = withInput(record, "score", "-");
    assertEquals(0, r.status, r.err);
    assertTrue(
        r.out.contains("    largestContributor: dependency\\ndownload\\u2028cache\n"), r.out);
    assertTrue(r.out.contains("paretoSet: [dependency\\ndownload\\u2028cache, test suite]"), r.out);
    assertTrue(r.out.lines().noneMatch(line -> line.startsWith("download")), r.out);
  }
}

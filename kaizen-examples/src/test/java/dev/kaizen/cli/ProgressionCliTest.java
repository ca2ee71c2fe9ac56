package dev.kaizen.cli;

import static dev.kaizen.cli.CliRun.oneLine;
import static dev.kaizen.cli.CliRun.read;
import static dev.kaizen.cli.CliRun.run;
import static dev.kaizen.cli.CliRun.sample;
import static dev.kaizen.cli.CliRun.withInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The command line on assessments, frameworks and progression cases (DOMAIN.md §5, §6, §9). */
class ProgressionCliTest {
  private static final String TRAJECTORY = sample("assessment-trajectory.json");
  private static final String SENIOR = sample("progression-case-senior.json");

  @Test
  void assessmentScoresAsTheFormulasSay() {
    CliRun r = run("score", "--json", TRAJECTORY);
    assertEquals(0, r.status, r.err);
    // current entry: competence √(0.8 × 0.7) = √0.56, influence 0.4 (team);
    // leadership 100 × √(√0.56 × 0.4) ≈ 54.7113; expert, next focus influence
    double competence = Math.sqrt(0.8 * 0.7);
    double total = 100 * Math.sqrt(competence * 0.4);
    assertEquals(
        "{\"kind\":\"assessment\",\"valid\":true,\"violations\":[],"
            + "\"score\":{\"policy\":\"matrix-default/1\",\"total\":"
            + total
            + ","
            + "\"parts\":[{\"name\":\"leadership\",\"weight\":1.0,\"value\":"
            + total
            + "}]},"
            + "\"derived\":{\"competence\":"
            + competence
            + ",\"influence\":0.4,\"quadrant\":\"expert\",\"nextFocus\":\"influence\"}}",
        r.out.strip());
  }

  @Test
  void progressionCaseScoresAsTheFormulasSay() {
    CliRun r = run("score", "--json", SENIOR);
    assertEquals(0, r.status, r.err + r.out);
    // KZ-1 rigour 100 and A3-7 rigour (smart 100 + traceability 100) / 2 = 100: changeSkill 1;
    // competence √(0.75 × 1); scope department (A3-7) → influence 0.6; 2 counted records;
    // L1..L3 met, L4 short of evidence (2 < 3): highest L3 = target, next focus evidence.
    double competence = Math.sqrt(0.75);
    double total = 100 * Math.sqrt(competence * 0.6);
    String out = r.out.strip();
    assertEquals(1, out.lines().count());
    JsonNode report = JsonMapper.builder().build().readTree(out);
    assertEquals(
        tree(
            "{\"kind\":\"progression-case\",\"valid\":true,\"violations\":[],"
                + "\"score\":{\"policy\":\"progression-default/1\",\"total\":"
                + total
                + ",\"parts\":[{\"name\":\"leadership\",\"weight\":1.0,\"value\":"
                + total
                + "}]}}"),
        ((ObjectNode) report.deepCopy()).without("derived"));
    JsonNode derived = report.get("derived");
    assertEquals(
        tree(
            "{\"competence\":"
                + competence
                + ",\"influence\":0.6,\"changeSkill\":1.0,\"scope\":\"department\","
                + "\"evidenceCount\":2,\"highestLevel\":\"L3\",\"targetMet\":true,"
                + "\"nextFocus\":\"evidence\"}"),
        ((ObjectNode) derived.deepCopy()).without(List.of("levels", "evidence")));
    assertEquals(
        tree(
            "[{\"name\":\"competence\",\"required\":0.0,\"actual\":"
                + competence
                + ",\"met\":true},{\"name\":\"scope\",\"required\":\"self\","
                + "\"actual\":\"department\",\"met\":true},"
                + "{\"name\":\"evidence\",\"required\":0,\"actual\":2,\"met\":true}]"),
        derived.get("levels").get(0).get("criteria"));
    JsonNode l4 = derived.get("levels").get(3);
    assertEquals("L4", l4.get("id").asString());
    assertFalse(l4.get("met").asBoolean());
    assertEquals(
        tree(
            "[{\"name\":\"competence\",\"required\":0.75,\"actual\":"
                + competence
                + ",\"met\":true},{\"name\":\"scope\",\"required\":\"department\","
                + "\"actual\":\"department\",\"met\":true},"
                + "{\"name\":\"evidence\",\"required\":3,\"actual\":2,\"met\":false}]"),
        l4.get("criteria"));
    JsonNode first = derived.get("evidence").get(0);
    assertEquals("$.evidence[0]", first.get("path").asString());
    assertEquals("kaizen", first.get("kind").asString());
    assertEquals("KZ-1", first.get("id").asString());
    assertEquals("counted", first.get("status").asString());
  }

  private static JsonNode tree(String json) {
    return JsonMapper.builder().build().readTree(json);
  }

  @Test
  void highestLevelIsNullWhenNoneIsMet() {
    String none =
        oneLine(read(SENIOR))
            .replace("\"minEvidence\": 0", "\"minEvidence\": 5")
            .replace("\"minEvidence\": 1", "\"minEvidence\": 5")
            .replace("\"minEvidence\": 3", "\"minEvidence\": 5");
    CliRun r = withInput(none, "score", "--json", "-");
    assertEquals(0, r.status, r.out);
    assertTrue(
        r.out.contains("\"highestLevel\":null,\"targetMet\":false,\"nextFocus\":\"evidence\""),
        r.out);
  }

  @Test
  void humanOutputOfACase() {
    CliRun r = run("score", SENIOR);
    assertEquals(0, r.status, r.err);
    assertTrue(r.out.contains("progression-case, valid (0 errors, 0 warnings)"), r.out);
    assertTrue(r.out.contains("score 72.0843 (policy progression-default/1)"), r.out);
    assertTrue(r.out.contains("highestLevel: L3"), r.out);
    assertTrue(r.out.contains("nextFocus: evidence"), r.out);
  }

  @Test
  void brokenEvidenceIsAWarningAndTheCaseStillScores() {
    // KZ-1's change names an idea that does not exist: kaizen.changes.unknown-idea in the record
    String broken = read(SENIOR).replace("\"idea\": \"I2\"", "\"idea\": \"I9\"");
    CliRun r = withInput(broken, "score", "--json", "-");
    assertEquals(0, r.status, r.out);
    assertTrue(
        r.out.contains(
            "{\"path\":\"$.evidence[0]\",\"code\":\"progression.evidence.invalid\",\"severity\":\"warning\","
                + "\"message\":\"the kaizen KZ-1"),
        r.out);
    assertTrue(
        r.out.contains("kaizen.changes.unknown-idea at $.evidence[0].changes[1].idea"), r.out);
    assertTrue(r.out.contains("\"evidenceCount\":1,"), r.out);
  }

  @Test
  void unknownTargetExitsOne() {
    CliRun r =
        withInput(
            read(SENIOR).replace("\"targetLevel\": \"L3\"", "\"targetLevel\": \"L9\""),
            "validate",
            "-");
    assertEquals(1, r.status, r.out);
    assertTrue(r.out.contains("error progression.target.unknown-level at $.targetLevel"), r.out);
  }

  @Test
  void badInputInsideEvidenceExitsTwoWithTheFullPath() {
    String bad = read(SENIOR).replace("\"baseline\": 22", "\"baseline\": \"22\"");
    CliRun r = withInput(bad, "score", "-");
    assertEquals(2, r.status);
    assertEquals(1, r.err.strip().lines().count(), r.err);
    assertTrue(r.err.startsWith("<stdin>: bad input at $.evidence[1].goal.baseline (line "), r.err);
    assertTrue(r.err.contains("expected a number, not \"22\""), r.err);
    CliRun json = withInput(bad, "score", "--json", "-");
    assertEquals(2, json.status);
    assertTrue(json.out.contains("\"error\":{\"path\":\"$.evidence[1].goal.baseline\""), json.out);
  }

  @Test
  void badAssessmentInputExitsTwo() {
    CliRun r =
        withInput(
            read(TRAJECTORY).replace("\"scope\": \"team\"", "\"scope\": \"tribe\""), "score", "-");
    assertEquals(2, r.status);
    assertTrue(r.err.contains("$.history[2].scope (line 8,"), r.err);
    assertTrue(
        r.err.contains("use one of [self, peers, team, department, organisation, industry]"),
        r.err);
  }

  @Test
  void aFrameworkValidatesAndScoresOnItsOwn() {
    String framework =
        "{\"kind\":\"framework\",\"name\":\"f\",\"levels\":["
            + "{\"id\":\"A\",\"title\":\"a\",\"minCompetence\":0.5,\"minScope\":\"team\",\"minEvidence\":1},"
            + "{\"id\":\"B\",\"title\":\"b\",\"minCompetence\":0.4,\"minScope\":\"team\",\"minEvidence\":1}]}";
    CliRun r = withInput(framework, "score", "--json", "-");
    assertEquals(1, r.status, r.out);
    assertTrue(
        r.out.contains(
            "\"path\":\"$.levels[1].minCompetence\",\"code\":\"framework.levels.not-monotone\""),
        r.out);
    assertTrue(
        r.out.contains("\"score\":{\"policy\":\"framework-default/1\",\"total\":50.0,"), r.out);
  }

  @Test
  void ndjsonOverThousandsOfCasesStreamsOneLineAtATime() {
    String line = oneLine(read(SENIOR)) + "\n";
    int cases = 2000;
    ByteArrayOutputStream nothing = new ByteArrayOutputStream();
    LineCounter counter = new LineCounter();
    StreamedLines input = new StreamedLines(line, cases, counter);
    int status =
        KaizenCli.run(
            new String[] {"score", "--ndjson", "-"},
            input,
            new PrintStream(counter, false, StandardCharsets.UTF_8),
            new PrintStream(nothing, true, StandardCharsets.UTF_8));
    assertEquals(0, status);
    assertEquals(cases, counter.lines);
    assertFalse(counter.sawInvalid, "every line is a valid case");
    // Never more than a few lines were read ahead of the results written: the run holds one
    // document at a time, however long the input.
    assertTrue(input.maxAhead <= 8, "read ahead by " + input.maxAhead + " lines");
  }

  /** Counts the result lines written, keeping only the current one. */
  private static final class LineCounter extends OutputStream {
    int lines;
    boolean sawInvalid;
    private final StringBuilder current = new StringBuilder();

    @Override
    public void write(int b) {
      if (b == '\n') {
        if (!current.toString().startsWith("{\"kind\":\"progression-case\",\"valid\":true,")) {
          sawInvalid = true;
        }
        current.setLength(0);
        lines++;
      } else if (current.length() < 64) {
        current.append((char) b);
      }
    }
  }

  /**
   * Serves {@code count} copies of a line, generated on demand, noting how far input runs ahead of
   * output.
   */
  private static final class StreamedLines extends InputStream {
    private final byte[] line;
    private final int count;
    private final LineCounter output;
    private int served;
    private int position;
    int maxAhead;

    StreamedLines(String line, int count, LineCounter output) {
      this.line = line.getBytes(StandardCharsets.UTF_8);
      this.count = count;
      this.output = output;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (served == count) {
        return -1;
      }
      int n = Math.min(length, line.length - position);
      System.arraycopy(line, position, buffer, offset, n);
      position += n;
      if (position == line.length) {
        position = 0;
        served++;
        maxAhead = Math.max(maxAhead, served - output.lines);
      }
      return n;
    }
  }
}

package dev.kaizen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jazzer fuzz tests of the command line on standard input: whatever the bytes, {@code score} exits
 * 0, 1 or 2; every bad input is one line on standard error; {@code --json} prints one JSON object;
 * {@code --ndjson} prints one JSON object per non-blank input line, in order, each naming its line.
 *
 * <p>In a normal build they replay their corpus ({@code
 * src/test/resources/dev/kaizen/cli/CommandLineFuzzTestInputs}); {@code JAZZER_FUZZ=1} fuzzes one
 * of them (docs/reliability.md).
 */
class CommandLineFuzzTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** What one run printed. */
  private record Run(int status, List<String> out, List<String> err) {}

  private static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        KaizenCli.run(
            args,
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, lines(out), lines(err));
  }

  private static List<String> lines(ByteArrayOutputStream bytes) {
    String text = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return lines;
    }
    assertTrue(text.endsWith(System.lineSeparator()), () -> "not ended by a line break: " + text);
    for (String line : text.split(System.lineSeparator(), -1)) {
      lines.add(line);
    }
    lines.remove(lines.size() - 1);
    return lines;
  }

  /** One printable line: no control character (CR and LF included) or line separator. */
  private static void oneLine(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean bad = c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
      int at = i;
      assertTrue(!bad, () -> "unprintable U+" + Integer.toHexString(c) + " at " + at + ": " + line);
    }
  }

  private static void badInputLines(Run run) {
    for (String line : run.err()) {
      oneLine(line);
      assertTrue(line.startsWith("<stdin>: bad input at "), line);
    }
  }

  /** {@code score --json -}: one result, and at most one bad-input line. */
  @FuzzTest
  @DictionaryFile(resourcePath = "kaizen.dict")
  void scoreJson(byte[] input) {
    Run run = run(input, "score", "--json", "-");
    assertTrue(run.status() >= 0 && run.status() <= 2, () -> "status " + run.status());
    assertEquals(1, run.out().size(), run::toString);
    oneLine(run.out().get(0));
    JsonNode result = MAPPER.readTree(run.out().get(0));
    assertTrue(result.isObject(), run::toString);
    assertEquals(run.status() != 0, !result.get("valid").asBoolean(), run::toString);
    assertEquals(run.status() == 2 ? 1 : 0, run.err().size(), run::toString);
    assertEquals(run.status() == 2, result.has("error"), run::toString);
    badInputLines(run);
  }

  /**
   * {@code score --ndjson -}: one result per non-blank line (every CR dropped, as the command
   * does), each naming its line, in order; one bad-input line per error; the worst status.
   */
  @FuzzTest
  @DictionaryFile(resourcePath = "kaizen.dict")
  void scoreNdjson(byte[] input) {
    Run run = run(input, "score", "--ndjson", "-");
    String text = new String(input, StandardCharsets.UTF_8);
    List<Integer> expected = new ArrayList<>();
    String[] split = text.split("\n", -1);
    int count = text.endsWith("\n") || text.isEmpty() ? split.length - 1 : split.length;
    for (int i = 0; i < count; i++) {
      if (!split[i].replace("\r", "").isBlank()) {
        expected.add(i + 1);
      }
    }
    assertEquals(expected.size(), run.out().size(), run::toString);
    int worst = 0;
    int errors = 0;
    for (int i = 0; i < expected.size(); i++) {
      String line = run.out().get(i);
      oneLine(line);
      JsonNode result = MAPPER.readTree(line);
      assertEquals(expected.get(i).intValue(), result.get("line").asInt(), line);
      boolean error = result.has("error");
      errors += error ? 1 : 0;
      worst = Math.max(worst, error ? 2 : result.get("valid").asBoolean() ? 0 : 1);
    }
    assertEquals(worst, run.status(), run::toString);
    assertEquals(errors, run.err().size(), run::toString);
    badInputLines(run);
  }
}

package dev.kaizen.cli;

import static dev.kaizen.cli.CliRun.oneLine;
import static dev.kaizen.cli.CliRun.read;
import static dev.kaizen.cli.CliRun.run;
import static dev.kaizen.cli.CliRun.sample;
import static dev.kaizen.cli.CliRun.withInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The command line itself: version, help, {@code --}, usage errors, and the file/line members. */
class CommandLineTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String KAIZEN = sample("kaizen-automation-script.json");
  private static final String A3 = sample("a3-major-issues.json");
  private static final String PORTFOLIO = sample("portfolio-product-2025.json");

  private static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  private static List<JsonNode> trees(String out) {
    List<JsonNode> trees = new ArrayList<>();
    out.lines().forEach(line -> trees.add(tree(line)));
    return trees;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      names.add(e.getKey());
    }
    return names;
  }

  /** {@code node} without {@code members}, which must be its last members, in that order. */
  private static JsonNode without(JsonNode node, String... members) {
    List<String> names = names(node);
    assertEquals(
        List.of(members), names.subList(names.size() - members.length, names.size()), node + "");
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    for (String member : members) {
      copy.remove(member);
    }
    return copy;
  }

  private static String projectVersion() throws Exception {
    org.w3c.dom.Document pom =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("pom.xml").toFile());
    Element parent = (Element) pom.getDocumentElement().getElementsByTagName("parent").item(0);
    return parent.getElementsByTagName("version").item(0).getTextContent().strip();
  }

  @Test
  void versionPrintsTheProjectVersion() throws Exception {
    String expected = "kaizen " + projectVersion();
    for (String[] args : new String[][] {{"--version"}, {"-V"}, {"score", "--version"}}) {
      CliRun r = run(args);
      assertEquals(0, r.status, r.err);
      assertEquals(expected, r.out.strip());
      assertEquals("", r.err);
    }
    assertFalse(expected.contains("${"), expected);
  }

  @Test
  void helpListsEveryCommandWithItsFiles() {
    CliRun r = run("--help");
    assertEquals(0, r.status);
    assertEquals("", r.err);
    for (String command :
        new String[] {"validate FILE...", "score FILE...", "plan FILE...", "render FILE "}) {
      assertTrue(r.out.contains("  " + command), command + " in " + r.out);
    }
    assertTrue(r.out.contains("  diff FRAMEWORK LEVEL LEVEL | FRAMEWORK FRAMEWORK"), r.out);
    assertTrue(r.out.contains("--version"), r.out);
  }

  @Test
  void eachCommandHasItsOwnHelp() {
    CliRun score = run("score", "--help");
    assertEquals(0, score.status);
    assertTrue(score.out.startsWith("usage: kaizen score "), score.out);
    assertTrue(score.out.contains("--json") && score.out.contains("--ndjson"), score.out);
    CliRun plan = run("plan", "-h");
    assertEquals(0, plan.status);
    assertTrue(plan.out.startsWith("usage: kaizen plan "), plan.out);
    assertTrue(plan.out.contains("--json"), plan.out);
    assertFalse(plan.out.contains("--ndjson"), plan.out);
    CliRun render = run("render", "--help");
    assertTrue(render.out.startsWith("usage: kaizen render "), render.out);
    assertFalse(render.out.contains("--json"), render.out);
  }

  @Test
  void usageErrorsAreTwoShortLinesAndStatus64() {
    String[][] cases = {
      {},
      {"frobnicate", KAIZEN},
      {"diff", KAIZEN},
      {"diff", KAIZEN, "L1", "L2", "L3"},
      {"score"},
      {"score", "--yaml", KAIZEN},
      {"--json", "score", KAIZEN},
      {"plan", "--ndjson", PORTFOLIO},
      {"render", KAIZEN, KAIZEN},
      {"render", "--json", KAIZEN},
    };
    for (String[] args : cases) {
      String call = String.join(" ", args);
      CliRun r = run(args);
      assertEquals(64, r.status, call);
      assertEquals("", r.out, call);
      List<String> lines = r.err.lines().toList();
      assertEquals(2, lines.size(), call + ": " + r.err);
      assertTrue(lines.get(0).startsWith("kaizen: "), r.err);
      assertTrue(
          lines.get(1).startsWith("kaizen: see 'kaizen ") && lines.get(1).endsWith("--help'"));
      assertFalse(r.err.contains("Exception") || r.err.contains("picocli"), r.err);
    }
    assertEquals(
        "kaizen: unknown command 'frobnicate'; the commands are validate, score, plan, render, diff",
        run("frobnicate").err.lines().findFirst().orElseThrow());
    assertTrue(run("score", "--yaml", KAIZEN).err.contains("'--yaml'"));
    assertEquals(
        "kaizen: see 'kaizen score --help'", run("score").err.lines().skip(1).findFirst().get());
    assertEquals(
        "kaizen: score needs a FILE (or - for standard input)",
        run("score").err.lines().findFirst().get());
  }

  @Test
  void doubleDashEndsTheOptions() throws IOException {
    CliRun missing = run("validate", "--", "--json");
    assertEquals(2, missing.status);
    assertEquals("--json: cannot read: no such file", missing.err.strip());
    assertEquals("", missing.out);

    // A real file named --json, in the working directory: read as a document after --.
    Path file = Path.of("--json");
    Files.writeString(file, read(KAIZEN));
    try {
      CliRun r = run("score", "--", "--json");
      assertEquals(0, r.status, r.err);
      assertTrue(r.out.startsWith("--json: kaizen, valid"), r.out);
      CliRun json = run("score", "--json", "--", "--json");
      assertEquals(tree(run("score", "--json", KAIZEN).out), tree(json.out));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void anAtSignIsAFileNotAnArgumentFile() {
    CliRun r = run("validate", "@no-such-file");
    assertEquals(2, r.status);
    assertEquals("@no-such-file: cannot read: no such file", r.err.strip());
  }

  @Test
  void aMissingFileIsReportedAndTheOtherFilesAreStillRead() {
    CliRun r = run("score", "--json", "no-such-file.json", KAIZEN);
    assertEquals(2, r.status);
    assertEquals("no-such-file.json: cannot read: no such file", r.err.strip());
    List<JsonNode> results = trees(r.out);
    assertEquals(2, results.size(), r.out);
    assertEquals("no-such-file.json", results.get(0).get("file").asString());
    assertFalse(results.get(0).get("valid").asBoolean());
    assertEquals("$", results.get(0).get("error").get("path").asString());
    assertEquals(
        without(tree(run("score", "--json", KAIZEN).out)), without(results.get(1), "file"));

    CliRun text = run("validate", "no-such-file.json", KAIZEN, "no-such-file.json");
    assertEquals(2, text.status);
    assertEquals(2, text.err.lines().count(), text.err);
    assertTrue(text.out.startsWith(KAIZEN + ": kaizen, valid"), text.out);
  }

  @Test
  void severalFilesGiveEachJsonResultItsFileLast() {
    JsonNode kaizen = tree(run("score", "--json", KAIZEN).out);
    JsonNode a3 = tree(run("score", "--json", A3).out);
    assertFalse(kaizen.has("file"), "one FILE: no file member");
    CliRun r = run("score", "--json", KAIZEN, A3, "-");
    assertEquals(2, r.status, "standard input is empty: bad input");
    List<JsonNode> results = trees(r.out);
    assertEquals(3, results.size(), r.out);
    assertEquals(kaizen, without(results.get(0), "file"));
    assertEquals(KAIZEN, results.get(0).get("file").asString());
    assertEquals(a3, without(results.get(1), "file"));
    assertEquals(A3, results.get(1).get("file").asString());
    assertEquals("-", results.get(2).get("file").asString());
    assertTrue(results.get(2).has("error"), results.get(2) + "");
  }

  @Test
  void severalPlansCarryTheirFile() {
    JsonNode plan = tree(run("plan", "--json", PORTFOLIO).out);
    CliRun r = run("plan", "--json", PORTFOLIO, PORTFOLIO);
    assertEquals(0, r.status, r.err);
    for (JsonNode result : trees(r.out)) {
      assertEquals(plan, without(result, "file"));
      assertEquals(PORTFOLIO, result.get("file").asString());
    }
  }

  @Test
  void ndjsonResultsCarryTheirInputLineLastAndBadLinesGoToStandardErrorToo() {
    String good = oneLine(read(KAIZEN));
    JsonNode alone = tree(run("score", "--json", KAIZEN).out);
    String input = good + "\n\n{oops\n" + good + "\n";
    for (String[] args :
        new String[][] {{"score", "--ndjson", "-"}, {"score", "--json", "--ndjson", "-"}}) {
      CliRun r = withInput(input, args);
      assertEquals(2, r.status);
      List<JsonNode> results = trees(r.out);
      assertEquals(3, results.size(), r.out);
      assertEquals(alone, without(results.get(0), "line"));
      assertEquals(1, results.get(0).get("line").asInt());
      assertEquals(3, results.get(1).get("line").asInt(), "the blank line 2 is counted");
      assertEquals(3, results.get(1).get("error").get("line").asInt());
      assertEquals(List.of("valid", "error", "line"), names(results.get(1)));
      assertEquals(alone, without(results.get(2), "line"));
      assertEquals(4, results.get(2).get("line").asInt());
      List<String> errors = r.err.lines().toList();
      assertEquals(1, errors.size(), r.err);
      assertTrue(errors.get(0).startsWith("<stdin>: bad input at $ (line 3, column "), r.err);
    }
  }

  /**
   * {@code --ndjson} answers lines on worker threads when the machine has several processors; the
   * output must still be each line's own answer, in input order, with bad lines reported in order
   * on standard error too: hundreds of lines of every outcome, each compared with the answer to
   * that line alone.
   */
  @Test
  void ndjsonAnswersEveryLineInInputOrder() {
    String[] kinds = {
      oneLine(read(KAIZEN)),
      oneLine(read(A3)),
      oneLine(read(sample("a3-onboarding-draft.json"))),
      "{oops",
      "",
      "[1, 2]"
    };
    List<JsonNode> alone = new ArrayList<>();
    for (String line : kinds) {
      alone.add(
          line.isEmpty()
              ? null
              : without(
                  trees(withInput(line, "score", "--json", "--ndjson", "-").out).get(0), "line"));
    }
    StringBuilder input = new StringBuilder();
    List<Integer> expected = new ArrayList<>();
    List<Integer> bad = new ArrayList<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int number = 1; number <= 600; number++) {
      int kind = random.nextInt(kinds.length);
      input.append(kinds[kind]).append('\n');
      if (kind != 4) {
        expected.add(kind);
        if (kind >= 3) {
          bad.add(number);
        }
      }
    }
    CliRun r = withInput(input.toString(), "score", "--json", "--ndjson", "-");
    assertEquals(bad.isEmpty() ? 1 : 2, r.status, r.err);
    List<JsonNode> results = trees(r.out);
    assertEquals(expected.size(), results.size());
    int previous = 0;
    for (int i = 0; i < results.size(); i++) {
      int line = results.get(i).get("line").asInt();
      assertTrue(line > previous, "results in input order");
      previous = line;
      JsonNode result = without(results.get(i), "line");
      JsonNode expectedResult = alone.get(expected.get(i));
      if (result.has("error")) {
        // a bad line's error names the input line; the rest is the line's own
        assertEquals(line, result.get("error").get("line").asInt());
        result = result.deepCopy();
        expectedResult = expectedResult.deepCopy();
        ((ObjectNode) result.get("error")).remove("line");
        ((ObjectNode) expectedResult.get("error")).remove("line");
      }
      assertEquals(expectedResult, result, "line " + line);
    }
    List<String> errors = r.err.lines().toList();
    assertEquals(bad.size(), errors.size());
    for (int i = 0; i < bad.size(); i++) {
      assertTrue(
          errors.get(i).startsWith("<stdin>: bad input at $ (line " + bad.get(i) + ","),
          errors.get(i));
    }
  }

  @Test
  void ndjsonOverSeveralFilesCarriesFileThenLine() throws IOException {
    Path lines = Files.createTempFile("kaizen-cli", ".ndjson");
    try {
      Files.writeString(lines, "\n" + oneLine(read(KAIZEN)) + "\n");
      CliRun r = withInput(oneLine(read(A3)), "validate", "--ndjson", lines.toString(), "-");
      assertEquals(0, r.status, r.err);
      List<JsonNode> results = trees(r.out);
      assertEquals(2, results.size(), r.out);
      assertEquals(
          tree(run("validate", "--json", KAIZEN).out), without(results.get(0), "file", "line"));
      assertEquals(lines.toString(), results.get(0).get("file").asString());
      assertEquals(2, results.get(0).get("line").asInt());
      assertEquals(
          tree(run("validate", "--json", A3).out), without(results.get(1), "file", "line"));
      assertEquals("-", results.get(1).get("file").asString());
      assertEquals(1, results.get(1).get("line").asInt());
    } finally {
      Files.delete(lines);
    }
  }

  @Test
  void standardOutputIsBufferedAndComplete() {
    WriteCounter counter = new WriteCounter();
    int status =
        KaizenCli.run(
            new String[] {"score", KAIZEN, A3, KAIZEN},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(counter, false, StandardCharsets.UTF_8),
            new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, status);
    String out = counter.text.toString(StandardCharsets.UTF_8);
    assertEquals(run("score", KAIZEN, A3, KAIZEN).out, out);
    long lines = out.lines().count();
    assertTrue(lines > 40, out);
    assertTrue(counter.writes <= 1 + out.length() / 4096, counter.writes + " writes of " + lines);
  }

  /** Counts the calls that write to it. */
  private static final class WriteCounter extends OutputStream {
    final java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    int writes;

    @Override
    public void write(int b) {
      writes++;
      text.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writes++;
      text.write(b, off, len);
    }
  }
}

package dev.kaizen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.a3.A3Scorer;
import dev.kaizen.a3.A3Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class A3ExampleTest {
  @Test
  void theReadmeExampleIsValidAndScoresAsTheFormulasSay() {
    assertEquals(0, A3Validator.validate(A3Example.a3()).violations().size());
    assertEquals("SMART", A3Example.a3().smart().letters());
    // completeness 100 (7/7); smart 100 (5/5); traceability 100 (C1 traced, H1 addressed);
    // attainment (18 − 11) / (18 − 10) = 0.875 → impact 87.5; total 25 + 25 + 20 + 0.3 × 87.5 =
    // 96.25
    assertEquals(96.25, A3Scorer.defaults().score(A3Example.a3()).total(), 1e-9);
  }

  @Test
  void mainRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      A3Example.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("SMART: SMART\n"), out);
    assertTrue(
        out.contains("  R yes  the metric's word \"invoice\" appears in the background"), out);
    assertTrue(
        out.contains("  T yes  the deadline 2024-06-28 is after the A3 was opened on 2024-03-04"),
        out);
    assertTrue(out.contains("valid: true"), out);
    assertTrue(out.contains("score: 96.25 under a3-default/1"), out);
    assertTrue(out.contains("attainment: 0.875"), out);
  }

  @Test
  void theDocsShowTheCodeOfTheExample() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "a3.md"));
    String source =
        Files.readString(
            Path.of("src", "main", "java", "dev", "kaizen", "examples", "A3Example.java"));
    int start = docs.indexOf("```java\n") + "```java\n".length();
    String block = docs.substring(start, docs.indexOf("```", start));
    List<String> sourceLines = source.lines().map(String::strip).collect(Collectors.toList());
    List<String> blockLines =
        block.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    assertTrue(blockLines.size() > 20, block);
    for (String line : blockLines) {
      String inSource = line.replace("A3 a3 = A3.builder()", "return A3.builder()");
      assertTrue(
          sourceLines.contains(inSource),
          "docs/a3.md shows a line A3Example does not have: " + line);
    }
  }
}

package dev.kaizen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.portfolio.Allocation;
import dev.kaizen.portfolio.PortfolioPlanner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioExampleTest {
  @Test
  void theReadmeExamplePlansAsDocumented() {
    // Limits: support 60, features 84, tech-debt 60, innovation 36.
    Allocation plan = PortfolioPlanner.plan(PortfolioExample.nextQuarter());
    assertEquals(List.of("C-01", "C-02", "C-04", "C-05", "C-09"), plan.chosenIds());
    assertEquals(28, plan.value(), 0);
  }

  @Test
  void mainPrintsTheAllocation() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      PortfolioExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertEquals(
        String.join(
            System.lineSeparator(),
            "support (may spend 60.0): [C-01, C-02], spend 60.0",
            "features (may spend 84.0): [C-04, C-05], spend 84.0",
            "tech-debt (may spend 60.0): [], spend 0.0",
            "innovation (may spend 36.0): [C-09], spend 36.0",
            "value 28.0, nothing for [tech-debt]",
            ""),
        out);
    assertTrue(out.contains("C-09"));
  }

  @Test
  void theDocsShowTheSameCode() throws java.io.IOException {
    String docs =
        java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "portfolio.md"));
    String source =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(
                "src", "main", "java", "dev", "kaizen", "examples", "PortfolioExample.java"));
    int start = docs.indexOf("```java\n");
    int end = docs.indexOf("```", start + 7);
    assertTrue(start >= 0 && end > start, "docs/portfolio.md has a java block");
    List<String> lines =
        docs.substring(start + 8, end)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    assertTrue(lines.size() > 20, lines.toString());
    for (String line : lines) {
      assertTrue(
          source.lines().map(String::strip).anyMatch(line::equals),
          "not in PortfolioExample.java: " + line);
    }
    String printed = docs.substring(docs.indexOf("It prints"));
    assertTrue(printed.contains("value 28.0, nothing for [tech-debt]"), printed);
  }
}

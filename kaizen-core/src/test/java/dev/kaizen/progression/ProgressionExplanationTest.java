package dev.kaizen.progression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressionExplanationTest {

  /** The recorded explanations, by case name (lines starting with "## " name the case). */
  private static Map<String, List<String>> recorded() throws IOException {
    String text;
    try (InputStream in =
        ProgressionExplanationTest.class.getResourceAsStream("explanations.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, List<String>> cases = new LinkedHashMap<>();
    List<String> lines = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("## ")) {
        lines = new ArrayList<>();
        cases.put(line.substring(3), lines);
      } else if (lines != null && !line.isEmpty()) {
        lines.add(line);
      }
    }
    return cases;
  }

  @Test
  void theTextIsTheOneTheEvaluationWroteBeforeTheMove() throws IOException {
    Map<String, List<String>> recorded = recorded();
    Map<String, ProgressionCase> cases = ExplanationCases.cases();
    assertEquals(List.copyOf(recorded.keySet()), List.copyOf(cases.keySet()));
    for (Map.Entry<String, ProgressionCase> c : cases.entrySet()) {
      assertEquals(
          String.join("\n", recorded.get(c.getKey())),
          String.join("\n", ProgressionExplanation.explain(c.getValue().evaluation())),
          c.getKey());
    }
  }
}

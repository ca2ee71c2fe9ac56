package dev.kaizen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionCaseScorer;
import dev.kaizen.progression.ProgressionCaseValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProgressionCaseExampleTest {
  @Test
  void theReadmeExampleScoresAsTheFormulasSay() throws IOException {
    ProgressionCase c = ProgressionCaseExample.progressionCase(Path.of("samples"));
    assertTrue(ProgressionCaseValidator.validate(c).violations().isEmpty());
    // changeSkill 1 (rigour 100 and 100), competence √0.75, scope department (influence 0.6)
    assertEquals(
        100 * Math.sqrt(Math.sqrt(0.75) * 0.6),
        ProgressionCaseScorer.defaults().score(c).total(),
        1e-9);
    assertEquals("L3", c.highestLevel().orElseThrow().id());
  }

  @Test
  void mainRuns() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ProgressionCaseExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("target L3 is met"), out);
    assertTrue(out.contains("  evidence 2 ≥ 1 (met)"), out);
    assertTrue(out.contains("  scope department ≥ team (met)"), out);
    assertTrue(out.contains("next focus: evidence"), out);
    assertTrue(out.contains("Level L4 \"Staff engineer\": not met"), out);
  }
}

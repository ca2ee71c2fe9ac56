package dev.kaizen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.sixstep.KaizenRecordScorer;
import dev.kaizen.sixstep.KaizenRecordValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KaizenRecordExampleTest {
  @Test
  void theReadmeExampleIsValidAndScoresAsTheFormulasSay() {
    assertTrue(KaizenRecordValidator.validate(KaizenRecordExample.record()).isValid());
    // completeness 100; rigour 100 (all 8 checks); impact 100 (attainment 2.7 / 2.5 > 1)
    assertEquals(
        100.0, KaizenRecordScorer.defaults().score(KaizenRecordExample.record()).total(), 1e-9);
  }

  @Test
  void mainRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      KaizenRecordExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("valid: true"), out);
    assertTrue(out.contains("gain per week: 150.0 minutes"), out);
  }
}

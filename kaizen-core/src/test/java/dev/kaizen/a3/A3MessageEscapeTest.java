package dev.kaizen.a3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Metric;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A message that quotes a unit holding a line break stays one line (found by the fuzz tests). */
class A3MessageEscapeTest {
  @Test
  void aMetricMismatchQuotingALineBreakIsOneLine() {
    A3 a3 = A3Fixtures.majorIssues();
    Metric odd = Metric.of(A3Fixtures.MAJOR_ISSUES.name(), "issues\nyyy", Direction.LOWER);
    A3 changed = a3.withCheck(a3.check().get().withMetric(odd));
    List<Violation> found = A3Validator.validate(changed).of(RuleCode.A3_CHECK_METRIC_MISMATCH);
    assertEquals(1, found.size(), found::toString);
    String message = found.get(0).message();
    assertEquals(-1, message.indexOf('\n'), message);
    assertTrue(message.contains("issues\\nyyy"), message);
  }
}

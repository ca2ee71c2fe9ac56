package dev.kaizen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A violation's message is one printable line whatever text from the document it quotes. */
class ViolationMessageTest {
  private static final JsonPath AT = JsonPath.root().property("check").property("metric");

  @Test
  void lineBreaksAndOtherUnprintablesInAMessageAreEscaped() {
    Violation v =
        Violation.of(
            AT,
            RuleCode.A3_CHECK_METRIC_MISMATCH,
            "the check measures \"issues\nin\r\ttests\u2028\u0085\ufeff\ud800\" not \\ 'this'");
    assertEquals(
        "the check measures \"issues\\nin\\r\\ttests\\u2028\\u0085\\ufeff\\ud800\" not \\ 'this'",
        v.message());
  }

  @Test
  void printableMessagesAreKeptAsTheyAre() {
    String text = "the unit \"Minuten → Sekunden\" 🙂 is unknown; é ß 漢字";
    Violation v = Violation.of(AT, RuleCode.A3_CHECK_METRIC_MISMATCH, text);
    assertSame(text, v.message());
    assertEquals(v, Violation.of(AT, RuleCode.A3_CHECK_METRIC_MISMATCH, v.message()));
  }
}

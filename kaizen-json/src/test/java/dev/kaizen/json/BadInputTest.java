package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Every class of bad input of DOMAIN.md §2 gives one message with path and line/column. */
class BadInputTest {
  private final KaizenJson json = KaizenJson.defaults();
  private final String example = Fixtures.example("kaizen-automation-script.json");

  private BadInputException bad(String text) {
    BadInputException e = BadInputs.bad(json, text);
    assertTrue(e.getMessage().startsWith(e.path()), e.getMessage());
    return e;
  }

  private static void at(BadInputException e, String path, int line, String problemPart) {
    BadInputs.atColumn(e, path, line, problemPart);
    assertTrue(e.getMessage().contains("line " + line + ", column " + e.column()), e.getMessage());
  }

  private String edit(String from, String to) {
    return BadInputs.edit(example, from, to);
  }

  @Test
  void notJson() {
    at(bad("{\"kind\": kaizen}"), "$.kind", 1, "not valid JSON");
  }

  @Test
  void emptyInput() {
    at(bad(""), "$", 1, "empty");
    at(bad("   \n  "), "$", 1, "empty");
  }

  @Test
  void rootThatIsNotAnObject() {
    at(bad("[1, 2]"), "$", 1, "must be a JSON object, not an array");
    at(bad("\"kaizen\""), "$", 1, "must be a JSON object, not a string");
  }

  @Test
  void trailingContent() {
    at(bad(example + "\n{}"), "$", 49, "after the end of the document");
    at(bad("{\"kind\": \"kaizen\"} x"), "$", 1, "");
  }

  @Test
  void duplicateKey() {
    at(bad(edit("\"title\":", "\"id\": \"again\", \"title\":")), "$.id", 5, "appears twice");
  }

  @Test
  void wrongTypesAreNotCoerced() {
    at(
        bad(edit("\"baseline\": 5.0", "\"baseline\": \"5\"")),
        "$.potential.baseline",
        13,
        "expected a number, not \"5\"");
    at(
        bad(edit("\"reach\": 8", "\"reach\": 8.5")),
        "$.reach",
        9,
        "expected a whole number, not 8.5");
    at(bad(edit("\"reach\": 8", "\"reach\": true")), "$.reach", 9, "expected a whole number");
    at(
        bad(
            edit("\"title\": \"Halve", "\"title\": [\"Halve")
                .replace("automation script\",", "automation script\"],")),
        "$.title",
        5,
        "expected a string, not an array");
    at(
        bad(
            edit(
                "\"stakeholders\": [\"Tech lead\", \"Platform team\"]",
                "\"stakeholders\": \"Tech lead\"")),
        "$.plan.stakeholders",
        32,
        "expected an array");
  }

  @Test
  void missingOrNullRequiredProperty() {
    at(
        bad(edit("\"title\": \"Halve the run time of the deployment automation script\",", "")),
        "$",
        1,
        "required property \"title\" is missing");
    at(
        bad(
            edit(
                "\"title\": \"Halve the run time of the deployment automation script\"",
                "\"title\": null")),
        "$.title",
        5,
        "is null");
    at(bad(edit("\"owner\": \"Sam Okafor\"", "\"owner\": null")), "$.owner", 6, "is null");
    at(
        bad(
            edit("\"value\": 2.6, ", "")
                .replace(
                    "{\"name\": \"test suite\", \"value\": 1.5,",
                    "{\"name\": \"test suite\", \"value\": null,")),
        "$.analysis.contributors[1].value",
        21,
        "is null");
  }

  @Test
  void unknownPropertyKindAndVersion() {
    at(
        bad(edit("\"reach\": 8,", "\"reach\": 8, \"colour\": \"red\",")),
        "$.colour",
        9,
        "unknown property \"colour\"");
    at(
        bad(edit("\"kind\": \"kaizen\"", "\"kind\": \"kaisen\"")),
        "$.kind",
        2,
        "use one of [kaizen, a3, assessment");
    at(bad(edit("\"version\": 1", "\"version\": 2")), "$.version", 3, "version 2 is not supported");
    at(bad(edit("\"version\": 1", "\"version\": \"1\"")), "$.version", 3, "whole number");
    at(bad(edit("\"kind\": \"kaizen\",", "")), "$", 1, "required property \"kind\" is missing");
  }

  @Test
  void badEnumValueListsTheAllowedOnes() {
    BadInputException e = bad(edit("\"better\": \"lower\"", "\"better\": \"Lower\""));
    at(
        e,
        "$.potential.metric.better",
        12,
        "\"Lower\" is not allowed here; use one of [lower, higher]");
    at(
        bad(edit("\"decision\": \"move-on\"", "\"decision\": \"move_on\"")),
        "$.evaluation.decision",
        44,
        "[iterate, move-on]");
  }

  @Test
  void datesThatDoNotExist() {
    at(
        bad(edit("\"implemented\": \"2024-02-12\"", "\"implemented\": \"2024-02-30\"")),
        "$.changes[0].implemented",
        37,
        "\"2024-02-30\" is not a date that exists");
    at(
        bad(edit("\"opened\": \"2024-02-05\"", "\"opened\": \"5 Feb 2024\"")),
        "$.opened",
        7,
        "is not a date");
  }

  @Test
  void numbersThatAreNotFinite() {
    at(
        bad(edit("\"baseline\": 5.0", "\"baseline\": NaN")),
        "$.potential.baseline",
        13,
        "not valid JSON");
    at(
        bad(edit("\"baseline\": 5.0", "\"baseline\": -Infinity")),
        "$.potential.baseline",
        13,
        "not valid JSON");
    at(
        bad(edit("\"baseline\": 5.0", "\"baseline\": 1e400")),
        "$.potential.baseline",
        13,
        "does not fit a double");
    at(bad(edit("\"reach\": 8", "\"reach\": 99999999999")), "$.reach", 9, "too large");
  }

  @Test
  void builderPreconditionsBecomeBadInput() {
    at(
        bad(edit("\"times\": 12", "\"times\": -12")),
        "$.potential.frequency",
        15,
        "frequency times must be positive");
    at(bad(edit("\"reach\": 8", "\"reach\": -8")), "$", 1, "reach must not be negative");
  }

  @Test
  void nestingDeeperThanTheLimit() {
    String deep = "{\"kind\": \"kaizen\", \"x\": " + "[".repeat(70) + "]".repeat(70) + "}";
    at(bad(deep), "$.x" + "[0]".repeat(63), 1, "deeper than 64 levels");
    KaizenJson shallow = KaizenJson.withLimits(ReadLimits.defaults().withMaxDepth(3));
    BadInputException e = assertThrows(BadInputException.class, () -> shallow.read(example));
    assertEquals("$.analysis.contributors[0]", e.path());
  }

  @Test
  void overLongStringsAndDocuments() {
    KaizenJson small = KaizenJson.withLimits(ReadLimits.defaults().withMaxStringLength(20));
    BadInputException longString = assertThrows(BadInputException.class, () -> small.read(example));
    assertEquals("$.title", longString.path());
    assertTrue(longString.problem().contains("size limit"), longString.getMessage());

    KaizenJson tiny = KaizenJson.withLimits(ReadLimits.defaults().withMaxDocumentLength(500));
    BadInputException longDocument =
        assertThrows(BadInputException.class, () -> tiny.read(example));
    assertTrue(longDocument.problem().contains("size limit"), longDocument.getMessage());
    assertEquals("$", longDocument.path());
    assertEquals(1, longDocument.line());
  }

  @Test
  void aFailingStreamBecomesBadInputNotAStackTrace() {
    InputStream failing =
        new InputStream() {
          private int served;

          @Override
          public int read() throws IOException {
            if (served < 10) {
              return "{\"kind\": \"k".charAt(served++);
            }
            throw new IOException("disk on fire");
          }
        };
    BadInputException e = assertThrows(BadInputException.class, () -> json.read(failing));
    assertTrue(e.problem().contains("disk on fire"), e.getMessage());
  }

  @Test
  void unknownPropertyInsideANestedStep() {
    at(
        bad(edit("\"proposition\":", "\"propositon\": \"typo\", \"proposition\":")),
        "$.potential.propositon",
        16,
        "unknown property \"propositon\"");
  }
}

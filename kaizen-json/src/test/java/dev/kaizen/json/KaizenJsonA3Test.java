package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Section;
import dev.kaizen.a3.A3Validator;
import dev.kaizen.a3.Outcome;
import dev.kaizen.core.Direction;
import dev.kaizen.core.Document;
import dev.kaizen.core.Scope;
import dev.kaizen.validation.RuleCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing A3 documents (DOMAIN.md §4) with the strictness of DOMAIN.md §2. */
class KaizenJsonA3Test {
  private static final String IN_PROGRESS =
      "{\"kind\":\"a3\",\"id\":\"A\",\"title\":\"T\",\"opened\":\"2024-01-08\","
          + "\"scope\":\"team\",\"background\":\"b\",\"currentCondition\":{\"statement\":\"s\"},"
          + "\"goal\":{\"metric\":{\"name\":\"lead time\",\"unit\":\"days\",\"better\":\"lower\"},\"baseline\":30,\"target\":20}}";

  private final KaizenJson json = KaizenJson.defaults();
  private final String example = Fixtures.example("a3-major-issues.json");

  @Test
  void readsTheSharedExampleExactly() {
    A3 a3 = json.read(example, A3.class);
    assertEquals("A3-7", a3.id());
    assertEquals("Fewer major issues reaching acceptance testing", a3.title());
    assertEquals(Optional.of("Priya Raman"), a3.owner());
    assertEquals(LocalDate.of(2024, 1, 8), a3.opened());
    assertEquals(Scope.DEPARTMENT, a3.scope());
    assertTrue(a3.reach().isEmpty());
    assertTrue(a3.background().startsWith("Major issues found"));
    assertEquals(2, a3.currentCondition().facts().size());
    assertEquals(Direction.LOWER, a3.goal().metric().better());
    assertEquals(22, a3.goal().baseline());
    assertTrue(a3.goal().target().isEmpty());
    assertEquals(-0.2, a3.goal().change().getAsDouble());
    assertEquals(17.6, a3.goalTarget().getAsDouble(), 1e-9);
    assertEquals(Optional.of(LocalDate.of(2024, 4, 30)), a3.goal().deadline());
    assertEquals(List.of("H1", "H2"), List.copyOf(a3.rootCauseIds()));
    assertEquals(1, a3.rootCauses().get(0).assumptions().size());
    assertEquals(Outcome.REFUTED, a3.rootCauses().get(1).experiments().get(0).outcome());
    assertTrue(a3.rootCauses().get(1).assumptions().isEmpty());
    assertEquals(List.of("H1"), a3.countermeasures().get(0).addresses());
    assertEquals(Optional.of(LocalDate.of(2024, 2, 28)), a3.countermeasures().get(0).due());
    assertEquals(15, a3.check().orElseThrow().result().getAsDouble());
    assertEquals(2, a3.followUp().orElseThrow().sharedWith().size());
    assertTrue(a3.isComplete());
    assertEquals("SMART", a3.smart().letters());
    assertEquals(List.of(), A3Validator.validate(a3).violations());
  }

  @Test
  void writingThenReadingGivesAnEqualA3() {
    A3 a3 = json.read(example, A3.class);
    assertEquals(a3, json.read(json.write(a3)));
    assertEquals(a3, json.read(json.writeLine(a3)));
    assertFalse(json.writeLine(a3).contains("\n"));
    assertTrue(
        json.writeLine(a3).startsWith("{\"kind\":\"a3\",\"version\":1,\"id\":\"A3-7\""),
        json.writeLine(a3));
  }

  @Test
  void writesMembersInDomainOrder() {
    String line = json.writeLine(json.read(example, A3.class));
    List<String> order =
        List.of(
            "\"id\"",
            "\"title\"",
            "\"owner\"",
            "\"opened\"",
            "\"scope\"",
            "\"background\"",
            "\"currentCondition\"",
            "\"goal\"",
            "\"rootCauses\"",
            "\"countermeasures\"",
            "\"check\"",
            "\"followUp\"");
    int last = -1;
    for (String member : order) {
      int at = line.indexOf(member);
      assertTrue(at > last, member + " out of order in " + line);
      last = at;
    }
  }

  @Test
  void inProgressA3RoundTripsWithoutEmptySections() {
    A3 a3 = json.read(IN_PROGRESS, A3.class);
    assertEquals(Optional.of(A3Section.ROOT_CAUSES), a3.currentSection());
    String written = json.writeLine(a3);
    for (String absent :
        List.of(
            "rootCauses",
            "countermeasures",
            "check",
            "followUp",
            "facts",
            "change",
            "deadline",
            "owner",
            "reach")) {
      assertFalse(written.contains("\"" + absent + "\""), absent + " in " + written);
    }
    assertEquals(a3, json.read(written));
  }

  @Test
  void emptyListsThatAreRequiredAreKeptAndOptionalOnesLeftOut() {
    String text =
        example
            .replace(
                "\"sharedWith\": [\"Delivery managers\", \"Engineering community of practice\"]",
                "\"sharedWith\": []")
            .replace(
                "\"assumptions\": [\"The issues come from data shapes that test data lacks\"],",
                "\"assumptions\": [],");
    A3 a3 = json.read(text, A3.class);
    assertTrue(a3.followUp().orElseThrow().sharedWith().isEmpty());
    assertTrue(A3Validator.validate(a3).has(RuleCode.A3_FOLLOW_UP_NOT_SHARED));
    String written = json.writeLine(a3);
    assertTrue(written.contains("\"sharedWith\":[]"), written);
    assertFalse(written.contains("\"assumptions\""), written);
    assertEquals(a3, json.read(written));
  }

  @Test
  void bothOrNeitherTargetAndChangeIsAValidationErrorNotBadInput() {
    A3 both =
        json.read(
            example.replace("\"change\": -0.2,", "\"change\": -0.2, \"target\": 17,"), A3.class);
    assertTrue(A3Validator.validate(both).has(RuleCode.A3_GOAL_TARGET_AND_CHANGE));
    assertEquals(both, json.read(json.write(both)));
    A3 neither = json.read(example.replace("\"change\": -0.2,", ""), A3.class);
    assertTrue(A3Validator.validate(neither).has(RuleCode.A3_GOAL_TARGET_AND_CHANGE));
    assertEquals(neither, json.read(json.write(neither)));
  }

  @Test
  void readsAsAnyDocumentAndThroughJackson() {
    Document document = json.read(example);
    assertTrue(document instanceof A3);
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertEquals(document, mapper.readValue(example, A3.class));
    assertEquals(json.writeLine(document), mapper.writeValueAsString(document));
  }

  // ---------------------------------------------------------------- bad input

  private BadInputException bad(String text) {
    BadInputException e = BadInputs.bad(json, text);
    return e;
  }

  private static void at(BadInputException e, String path, int line, String problemPart) {
    BadInputs.atColumn(e, path, line, problemPart);
  }

  private String edit(String from, String to) {
    return BadInputs.edit(example, from, to);
  }

  @Test
  void wrongOutcomeTokenListsTheAllowedOnes() {
    at(
        bad(edit("\"outcome\": \"refuted\"", "\"outcome\": \"disproved\"")),
        "$.rootCauses[1].experiments[0].outcome",
        24,
        "\"disproved\" is not allowed here; use one of [pending, confirmed, refuted]");
    at(
        bad(edit("\"scope\": \"department\"", "\"scope\": \"Department\"")),
        "$.scope",
        8,
        "use one of [self, peers, team");
  }

  @Test
  void missingRequiredMembers() {
    at(
        bad(
            edit(
                "\"background\": \"Major issues found in acceptance testing delay every release of the case-handling service by about two weeks\",",
                "")),
        "$",
        1,
        "required property \"background\" is missing");
    at(
        bad(
            edit(
                "\"statement\": \"The last acceptance test round found 22 major issues, most of them in data migration\",",
                "")),
        "$.currentCondition",
        10,
        "required property \"statement\" is missing");
    at(
        bad(edit("\"baseline\": 22,", "")),
        "$.goal",
        14,
        "required property \"baseline\" is missing");
    at(
        bad(edit("\"addresses\": [\"H1\"], ", "")),
        "$.countermeasures[0]",
        27,
        "required property \"addresses\" is missing");
    at(
        bad(edit("\"method\": \"Count major issues in the next acceptance round\",", "")),
        "$.check",
        29,
        "required property \"method\" is missing");
    at(
        bad(edit("\"report\": \"Rehearsals cut major issues from 22 to 15\",", "")),
        "$.followUp",
        35,
        "required property \"report\" is missing");
    at(
        bad(
            edit(
                "\"sharedWith\": [\"Delivery managers\", \"Engineering community of practice\"]",
                "\"sharedWith\": null")),
        "$.followUp.sharedWith",
        38,
        "is null");
  }

  @Test
  void unknownMembers() {
    at(
        bad(edit("\"baseline\": 22,", "\"baseline\": 22, \"targetDate\": \"2024-04-30\",")),
        "$.goal.targetDate",
        16,
        "unknown property \"targetDate\"");
    at(
        bad(edit("\"steps\":", "\"step\": [], \"steps\":")),
        "$.countermeasures[0].step",
        27,
        "unknown property \"step\"");
    at(
        bad(edit("\"kind\": \"a3\",", "\"kind\": \"a3\", \"target\": 17,")),
        "$.target",
        2,
        "unknown property \"target\"");
  }

  @Test
  void wrongTypesAreNotCoerced() {
    at(
        bad(edit("\"change\": -0.2", "\"change\": \"-20%\"")),
        "$.goal.change",
        17,
        "expected a number, not \"-20%\"");
    at(
        bad(edit("\"result\": 15", "\"result\": \"15\"")),
        "$.check.result",
        32,
        "expected a number");
    at(
        bad(edit("\"addresses\": [\"H1\"]", "\"addresses\": \"H1\"")),
        "$.countermeasures[0].addresses",
        27,
        "expected an array");
    at(
        bad(edit("\"addresses\": [\"H1\"]", "\"addresses\": [1]")),
        "$.countermeasures[0].addresses[0]",
        27,
        "expected a string");
    at(
        bad(
            edit("\"currentCondition\": {", "\"currentCondition\": [{")
                .replace("data migration\"]\n  },", "data migration\"]\n  }],")),
        "$.currentCondition",
        10,
        "expected the current condition (a JSON object)");
  }

  @Test
  void datesAndNumbersThatDoNotExist() {
    at(
        bad(edit("\"deadline\": \"2024-04-30\"", "\"deadline\": \"2024-04-31\"")),
        "$.goal.deadline",
        18,
        "not a date that exists");
    at(
        bad(edit("\"due\": \"2024-02-28\"", "\"due\": \"end of February\"")),
        "$.countermeasures[0].due",
        27,
        "is not a date");
    at(
        bad(edit("\"baseline\": 22", "\"baseline\": 1e999")),
        "$.goal.baseline",
        16,
        "does not fit a double");
  }

  @Test
  void aTargetFromAChangeThatOverflowsIsBadInputAtTheGoal() {
    at(
        bad(
            edit("\"baseline\": 22", "\"baseline\": 1e308")
                .replace("\"change\": -0.2", "\"change\": 5")),
        "$.goal",
        14,
        "must be a finite number");
  }
}

package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.a3.A3;
import dev.kaizen.core.GuardrailStatus;
import dev.kaizen.sixstep.KaizenRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Guardrails and the Kaizen deadline in JSON (DOMAIN.md §3). */
class GuardrailJsonTest {
  private final KaizenJson json = KaizenJson.defaults();

  private static String sample() throws IOException {
    return Files.readString(
        Path.of("..", "kaizen-examples", "samples", "kaizen-checkout-guardrails.json"));
  }

  @Test
  void readsTheGuardrailSampleAndWritesItBackEqual() throws IOException {
    KaizenRecord record = json.read(sample(), KaizenRecord.class);
    assertEquals(Optional.of(LocalDate.of(2025, 4, 30)), record.potential().deadline());
    assertEquals(2, record.potential().guardrails().size());
    assertEquals("payment error rate", record.potential().guardrails().get(0).name());
    assertEquals(2, record.potential().guardrails().get(0).limit());
    List<GuardrailStatus> statuses = record.guardrailStatuses();
    assertEquals(OptionalDouble.of(1.4), statuses.get(0).value());
    assertEquals(false, statuses.get(0).breached());
    assertEquals(true, statuses.get(1).breached());
    assertEquals(record, json.read(json.write(record), KaizenRecord.class));
  }

  @Test
  void theDerivedValuesListEachGuardrailWithItsLimitValueAndBreach() throws IOException {
    KaizenRecord record = json.read(sample(), KaizenRecord.class);
    JsonNode derived = new ObjectMapper().readTree(json.writeDerived(Kaizen.derive(record)));
    JsonNode expected =
        new ObjectMapper()
            .readTree(
                "[{\"name\":\"payment error rate\",\"limit\":2.0,\"value\":1.4,\"breached\":false,"
                    + "\"unit\":\"%\",\"better\":\"lower\",\"baseline\":1.2},"
                    + "{\"name\":\"support tickets\",\"limit\":40.0,\"value\":44.0,\"breached\":true,"
                    + "\"unit\":\"tickets per week\",\"better\":\"lower\",\"baseline\":35.0}]");
    assertEquals(expected, derived.get("guardrails"));
    KaizenRecord plain = record.withPotential(record.potential().withGuardrails(List.of()));
    JsonNode none = new ObjectMapper().readTree(json.writeDerived(Kaizen.derive(plain)));
    assertTrue(none.get("guardrails") == null, none.toString());
  }

  @Test
  void anA3GoalAndCheckCarryGuardrailsBothWays() {
    String a3 =
        "{\"kind\":\"a3\",\"id\":\"A\",\"title\":\"T\",\"opened\":\"2024-01-08\",\"scope\":\"team\","
            + "\"background\":\"Lead time matters\",\"currentCondition\":{\"statement\":\"s\"},"
            + "\"goal\":{\"metric\":{\"name\":\"lead time\",\"unit\":\"days\",\"better\":\"lower\"},"
            + "\"baseline\":30,\"target\":20,\"guardrails\":[{\"metric\":{\"name\":\"defects\","
            + "\"unit\":\"per release\",\"better\":\"lower\"},\"baseline\":3,\"limit\":4}]},"
            + "\"rootCauses\":[{\"id\":\"H1\",\"hypothesis\":\"h\"}],"
            + "\"countermeasures\":[{\"id\":\"C1\",\"addresses\":[\"H1\"],\"steps\":[\"x\"]}],"
            + "\"check\":{\"method\":\"m\",\"metric\":{\"name\":\"lead time\",\"unit\":\"days\","
            + "\"better\":\"lower\"},\"result\":18,\"guardrails\":[{\"name\":\"defects\",\"value\":5}]}}";
    A3 read = json.read(a3, A3.class);
    assertEquals(1, read.goal().guardrails().size());
    assertTrue(read.guardrailStatuses().get(0).breached());
    assertEquals(read, json.read(json.write(read), A3.class));
  }

  @Test
  void aGuardrailIsReadStrictly() throws IOException {
    String unknownMember = sample().replace("\"limit\": 2}", "\"limit\": 2, \"max\": 3}");
    BadInputException e =
        assertThrows(BadInputException.class, () -> json.read(unknownMember, KaizenRecord.class));
    assertTrue(e.getMessage().contains("$.potential.guardrails[0].max"), e.getMessage());
    String textLimit = sample().replace("\"limit\": 2}", "\"limit\": \"2\"}");
    e = assertThrows(BadInputException.class, () -> json.read(textLimit, KaizenRecord.class));
    assertTrue(e.getMessage().contains("$.potential.guardrails[0].limit"), e.getMessage());
    String badDeadline = sample().replace("2025-04-30", "2025-04-31");
    e = assertThrows(BadInputException.class, () -> json.read(badDeadline, KaizenRecord.class));
    assertTrue(e.getMessage().contains("$.potential.deadline"), e.getMessage());
    String noValue =
        sample()
            .replace(
                "{\"name\": \"support tickets\", \"value\": 44}",
                "{\"name\": \"support tickets\"}");
    e = assertThrows(BadInputException.class, () -> json.read(noValue, KaizenRecord.class));
    assertTrue(e.getMessage().contains("$.evaluation.guardrails[1]"), e.getMessage());
  }
}

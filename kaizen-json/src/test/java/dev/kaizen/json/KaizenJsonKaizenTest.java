package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Document;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KaizenJsonKaizenTest {
  private final KaizenJson json = KaizenJson.defaults();
  private final String example = Fixtures.example("kaizen-automation-script.json");

  @Test
  void readsTheSharedExampleExactly() {
    KaizenRecord record = json.read(example, KaizenRecord.class);
    assertEquals("KZ-1", record.id());
    assertEquals(LocalDate.of(2024, 2, 5), record.opened());
    assertEquals(8, record.reach().getAsInt());
    assertEquals(Direction.LOWER, record.potential().metric().better());
    assertEquals(Period.DAY, record.potential().frequency().orElseThrow().per());
    assertEquals(4, record.analysis().orElseThrow().contributors().size());
    assertEquals(3, record.ideas().size());
    assertEquals(2, record.changes().size());
    assertEquals(2.3, record.evaluation().orElseThrow().value());
    assertTrue(record.allStepsFilled());
  }

  @Test
  void writingThenReadingGivesAnEqualRecord() {
    KaizenRecord record = json.read(example, KaizenRecord.class);
    assertEquals(record, json.read(json.write(record)));
    assertEquals(record, json.read(json.writeLine(record)));
    assertFalse(json.writeLine(record).contains("\n"));
  }

  @Test
  void inProgressRecordRoundTripsWithoutEmptySteps() {
    String text =
        "{\"kind\":\"kaizen\",\"id\":\"K\",\"title\":\"T\",\"opened\":\"2024-01-01\",\"scope\":\"self\","
            + "\"potential\":{\"problem\":\"p\",\"metric\":{\"name\":\"n\",\"unit\":\"u\",\"better\":\"higher\"},"
            + "\"baseline\":1,\"target\":2}}";
    KaizenRecord record = json.read(text, KaizenRecord.class);
    assertEquals(2, record.currentStepNumber());
    String written = json.writeLine(record);
    assertFalse(written.contains("ideas"), written);
    assertFalse(written.contains("changes"), written);
    assertEquals(record, json.read(written));
  }

  @Test
  void readsFromStreamsAndReaders() {
    Document fromBytes =
        json.read(
            new java.io.ByteArrayInputStream(
                example.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Document fromReader = json.read(new java.io.StringReader(example));
    assertEquals(fromBytes, fromReader);
  }

  @Test
  void aTypedReadRejectsAnotherKind() {
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () ->
                json.read(
                    example.replace("\"kind\": \"kaizen\"", "\"kind\": \"portfolio\""),
                    KaizenRecord.class));
    assertEquals("$.kind", e.path());
  }
}

package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Document;
import dev.kaizen.sixstep.KaizenRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KaizenJacksonModuleTest {
  private final String example = Fixtures.example("kaizen-automation-script.json");
  private final KaizenRecord record = KaizenJson.defaults().read(example, KaizenRecord.class);

  @Test
  void theServiceLoaderFindsTheModule() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertEquals(record, mapper.readValue(example, KaizenRecord.class));
    assertEquals(record, mapper.readValue(example, Document.class));
  }

  @Test
  void aMapperWritesWhatKaizenJsonWrites() {
    JsonMapper mapper = JsonMapper.builder().addModule(new KaizenJacksonModule()).build();
    String written = mapper.writeValueAsString(record);
    assertEquals(KaizenJson.defaults().writeLine(record), written);
    JsonNode tree = mapper.readTree(written);
    assertEquals("kaizen", tree.get("kind").asString());
  }

  @Test
  void documentsNestedInUsersOwnTypesWork() {
    JsonMapper mapper = JsonMapper.builder().addModule(new KaizenJacksonModule()).build();
    String batch = "{\"records\": [" + example + ", " + example + "]}";
    Batch read = mapper.readValue(batch, Batch.class);
    assertEquals(List.of(record, record), read.records);
  }

  @Test
  void badInputIsADatabindExceptionWithTheOneLineMessage() {
    JsonMapper mapper = JsonMapper.builder().addModule(new KaizenJacksonModule()).build();
    DatabindException e =
        assertThrows(
            DatabindException.class,
            () ->
                mapper.readValue(
                    example.replace("\"reach\": 8", "\"reach\": \"8\""), KaizenRecord.class));
    BadInputException cause = assertInstanceOf(BadInputException.class, e.getCause());
    assertEquals("$.reach", cause.path());
    assertTrue(e.getOriginalMessage().contains("expected a whole number"), e.getOriginalMessage());
  }

  /** A user's type holding documents. */
  static final class Batch {
    public List<KaizenRecord> records;
  }
}

package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaizen.Kaizen;
import dev.kaizen.sixstep.KaizenRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Numbers are written as the shortest decimal that reads back as the same double, on every JDK: JDK
 * 17's {@code Double.toString} writes {@code 2.0E23} as {@code 1.9999999999999998E23} and {@code
 * 2.82879384806159E17} as {@code 2.82879384806159008E17}, JDK 19 and later do not, and the output
 * must not depend on the JDK.
 */
class NumberTextTest {
  private static final KaizenJson JSON = KaizenJson.defaults();
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static KaizenRecord record(String baseline, String target) {
    String text =
        Fixtures.example("kaizen-automation-script.json")
            .replace("\"baseline\": 5.0,", "\"baseline\": " + baseline + ",")
            .replace("\"target\": 2.5,", "\"target\": " + target + ",");
    return JSON.read(text, KaizenRecord.class);
  }

  /** The number tokens of members called {@code name}, as written (the text, not the value). */
  private static List<String> numbers(String json, String name) {
    List<String> found = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isNumeric() && name.equals(p.currentName())) {
          found.add(p.getString());
        }
      }
    }
    return found;
  }

  @Test
  void documentsWriteTheShortestDecimal() {
    KaizenRecord record = record("2.0E23", "2.82879384806159E17");
    for (String written : List.of(JSON.write(record), JSON.writeLine(record))) {
      assertEquals(List.of("2.0E23"), numbers(written, "baseline"), written);
      assertEquals(List.of("2.82879384806159E17"), numbers(written, "target"), written);
      assertEquals(record, JSON.read(written));
    }
  }

  @Test
  void resultsWriteTheShortestDecimal() {
    // The gain per occurrence, |baseline - target|, is 2.0E23.
    KaizenRecord record = record("2.0E23", "0.0");
    String result = JSON.writeReport(Kaizen.report(record));
    assertEquals(List.of("2.0E23"), numbers(result, "gainPerOccurrence"), result);
  }
}

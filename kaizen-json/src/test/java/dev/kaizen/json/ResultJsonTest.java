package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.Models;
import dev.kaizen.Report;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.json.internal.DocumentFormat;
import dev.kaizen.json.internal.Documents;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.sixstep.KaizenRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Results and derived values as the JSON module writes them (DOMAIN.md §9). */
class ResultJsonTest {
  private static final KaizenJson JSON = KaizenJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final KaizenRecord record =
      JSON.read(Fixtures.example("kaizen-automation-script.json"), KaizenRecord.class);

  @Test
  void everyKindHasExactlyOneFormatForItsModel() {
    List<DocumentKind> kinds = new ArrayList<>();
    for (DocumentFormat<?, ?> format : Documents.formats()) {
      kinds.add(format.kind());
      assertSame(Models.of(format.kind()), format.model());
      assertEquals(format.model().type(), format.type());
    }
    assertEquals(Arrays.asList(DocumentKind.values()), kinds);
  }

  @Test
  void aScoredResultHasItsMembersInOrderAndTheRecordsDerivedValues() {
    JsonNode result = tree(result(record, true));
    assertEquals(List.of("kind", "valid", "violations", "score", "derived"), names(result));
    assertEquals("kaizen", result.get("kind").asString());
    assertEquals("kaizen-default/1", result.get("score").get("policy").asString());
    assertEquals(
        List.of(
            "currentStep",
            "gainPerOccurrence",
            "gainPerWeek",
            "ideaOrder",
            "quickWins",
            "paretoSet",
            "largestContributor",
            "improvement",
            "relativeImprovement",
            "attainment",
            "targetMet"),
        names(result.get("derived")));
    assertEquals(7, result.get("derived").get("currentStep").asInt());
    assertEquals(150.0, result.get("derived").get("gainPerWeek").asDouble());
    assertEquals(tree(JSON.writeDerived(Kaizen.derive(record))), result.get("derived"));
  }

  @Test
  void beforeStepSixTheOutcomeIsAbsentAndAMissingValueIsNull() {
    KaizenRecord open =
        record
            .withEvaluation(Optional.empty())
            .withPotential(record.potential().withFrequency(Optional.empty()));
    JsonNode derived = tree(JSON.writeDerived(Kaizen.derive(open)));
    assertEquals(6, derived.get("currentStep").asInt());
    assertTrue(derived.has("gainPerWeek"));
    assertTrue(derived.get("gainPerWeek").isNull(), derived.toString());
    for (String name : List.of("improvement", "relativeImprovement", "attainment", "targetMet")) {
      assertFalse(derived.has(name), name + " in " + derived);
    }
  }

  @Test
  void aValidationOnlyResultHasNoScoreNorDerived() {
    JsonNode result = tree(result(record, false));
    assertEquals(List.of("kind", "valid", "violations"), names(result));
    assertTrue(result.get("valid").asBoolean());
  }

  @Test
  void aProgressionCaseDerivesItsEvaluationAndItsFrameworkItsLevels() {
    ProgressionCase senior =
        JSON.read(Fixtures.example("progression-case-senior.json"), ProgressionCase.class);
    JsonNode derived = tree(JSON.writeDerived(Kaizen.derive(senior)));
    assertEquals("L3", derived.get("highestLevel").asString());
    JsonNode evidence = derived.get("levels").get(0).get("criteria").get(2);
    assertEquals(
        tree("{\"name\":\"evidence\",\"required\":0,\"actual\":2,\"met\":true}"), evidence);
    JsonNode framework = tree(JSON.writeDerived(Kaizen.derive(senior.framework())));
    assertEquals(tree("{\"levels\":[\"L1\",\"L2\",\"L3\",\"L4\"],\"levelCount\":4}"), framework);
  }

  @Test
  void derivedValuesOfAnotherKindAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Report.builder().kind(DocumentKind.A3).derived(Kaizen.derive(record)).build());
    assertTrue(e.getMessage().contains("kaizen") && e.getMessage().contains("a3"), e.getMessage());
  }

  private static String result(Document document, boolean scored) {
    return JSON.writeReport(scored ? Kaizen.report(document) : Kaizen.validationReport(document));
  }

  private static List<String> names(JsonNode object) {
    return List.copyOf(object.propertyNames());
  }

  private static JsonNode tree(String json) {
    assertFalse(json.contains("\n"), json);
    return MAPPER.readTree(json);
  }
}

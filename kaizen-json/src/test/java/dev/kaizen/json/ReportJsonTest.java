package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.Report;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.progression.ProgressionCaseDerived;
import dev.kaizen.sixstep.KaizenRecordDerived;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.DocumentGenerators;
import dev.kaizen.validation.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A report written by the JSON module reads back equal, for every kind (DOMAIN.md §10). */
class ReportJsonTest {
  private static final KaizenJson JSON = KaizenJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyGeneratedReportReadsBackEqual(DocumentKind kind) {
    Property.forAll(DocumentGenerators.any(kind))
        .tries(100)
        .check(
            document -> {
              Report report = Kaizen.report(document);
              String text = JSON.writeReport(report);
              Report read = JSON.readReport(text);
              assertEquals(report, read, text);
              assertEquals(text, JSON.writeReport(read));
              Report validation = Kaizen.validationReport(document);
              assertEquals(validation, JSON.readReport(JSON.writeReport(validation)));
            });
  }

  @Test
  void everySampleAndFixtureReportReadsBackEqual() {
    SchemaCheck.samplesAndFixtures()
        .forEach(
            (name, text) -> {
              Report report = Kaizen.report(JSON.read(text));
              assertEquals(report, JSON.readReport(JSON.writeReport(report)), name);
            });
  }

  @Test
  void derivedValuesAreTyped() throws Exception {
    Document record =
        JSON.read(
            Files.readString(Path.of("../kaizen-examples/samples/kaizen-automation-script.json")));
    Report report = JSON.readReport(JSON.writeReport(Kaizen.report(record)));
    KaizenRecordDerived derived = report.derived(KaizenRecordDerived.class).orElseThrow();
    assertEquals(150, derived.gainPerWeek().getAsDouble(), 1e-9);
    assertEquals(7, derived.currentStep());
    IllegalArgumentException wrong =
        assertThrows(
            IllegalArgumentException.class, () -> report.derived(ProgressionCaseDerived.class));
    assertTrue(wrong.getMessage().contains("KaizenRecordDerived"), wrong.getMessage());
  }

  @Test
  void aValidationReportHasNoScoreAndNoDerivedValues() throws Exception {
    Document record =
        JSON.read(
            Files.readString(Path.of("../kaizen-examples/samples/kaizen-automation-script.json")));
    JsonNode tree = MAPPER.readTree(JSON.writeReport(Kaizen.validationReport(record)));
    assertEquals(List.of("kind", "valid", "violations"), List.copyOf(tree.propertyNames()));
  }

  @Test
  void aReportThatContradictsItselfIsBadInput() throws Exception {
    Document document =
        JSON.read(
            Files.readString(
                Path.of("../kaizen-examples/samples/kaizen-checkout-guardrails.json")));
    ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.writeReport(Kaizen.report(document)));

    ObjectNode wrongValid = tree.deepCopy().put("valid", false);
    assertBad(wrongValid, "$.valid", "must be true");

    ObjectNode wrongTotal = tree.deepCopy();
    ((ObjectNode) wrongTotal.get("score")).put("total", 12.5);
    assertBad(wrongTotal, "$.score.total", "weighted sum");

    ObjectNode wrongSeverity = tree.deepCopy();
    ((ObjectNode) wrongSeverity.get("violations").get(0)).put("severity", "error");
    assertBad(wrongSeverity, "$.violations[0].severity", "is warning, not error");

    ObjectNode unknownCode = tree.deepCopy();
    ((ObjectNode) unknownCode.get("violations").get(0)).put("code", "kaizen.no-such-rule");
    assertBad(unknownCode, "$.violations[0].code", "unknown rule code");

    ObjectNode badPath = tree.deepCopy();
    ((ObjectNode) badPath.get("violations").get(0)).put("path", "evaluation");
    assertBad(badPath, "$.violations[0].path", "not a JSON path");

    ObjectNode withFile = tree.deepCopy().put("file", "a.json");
    assertBad(withFile, "$.file", "unknown property");

    ObjectNode missingDerived = tree.deepCopy();
    ((ObjectNode) missingDerived.get("derived")).remove("gainPerWeek");
    assertBad(missingDerived, "$.derived", "\"gainPerWeek\" is missing");
  }

  private static void assertBad(JsonNode report, String path, String problem) {
    BadInputException e =
        assertThrows(BadInputException.class, () -> JSON.readReport(report.toString()));
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.problem().contains(problem), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void pathsReadBackAsWritten() {
    for (JsonPath path :
        List.of(
            JsonPath.root(),
            JsonPath.root().property("changes").index(1).property("implemented"),
            JsonPath.root().property("odd name").property("it's\nhere").index(10),
            JsonPath.root().property("").property("\u2028\\"))) {
      assertEquals(path, JsonPath.parse(path.toString()));
    }
    for (String bad : List.of("", "changes", "$.", "$[01]", "$[x]", "$['open", "$.a b", "$..a")) {
      assertThrows(IllegalArgumentException.class, () -> JsonPath.parse(bad), bad);
    }
  }
}

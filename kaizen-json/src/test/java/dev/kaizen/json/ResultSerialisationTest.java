package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.Models;
import dev.kaizen.Report;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.portfolio.Allocation;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.QuarterPlan;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionCaseDerived;
import dev.kaizen.progression.ProgressionEvaluation;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.sixstep.KaizenRecordScorer;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's mapper with {@code findAndAddModules()} writes every value type the module claims, in
 * full: the same JSON as the library's own writer, never an empty or partial object (DOMAIN.md
 * §10).
 */
class ResultSerialisationTest {
  private static final KaizenJson JSON = KaizenJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  /** One value of each claimed type, with the JSON the library's own writer gives it. */
  private static Map<Object, String> examples() {
    Map<Object, String> examples = new LinkedHashMap<>();
    List<Document> documents = new ArrayList<>();
    for (String sample : SchemaCheck.samplesAndFixtures().values()) {
      Document document = JSON.read(sample);
      documents.add(document);
      if (document instanceof ProgressionCase) {
        documents.add(((ProgressionCase) document).framework());
      }
    }
    for (Document document : documents) {
      Report report = Kaizen.report(document);
      examples.put(document, JSON.writeLine(document));
      examples.put(report, JSON.writeReport(report));
      examples.put(report.derived().orElseThrow(), JSON.writeDerived(report.derived().get()));
      examples.put(report.score().orElseThrow(), member(report, "score"));
      examples.put(
          report.validation(),
          "{\"valid\":"
              + report.valid()
              + ",\"violations\":"
              + MAPPER.readTree(JSON.writeReport(report)).get("violations")
              + "}");
      for (int i = 0; i < report.violations().size(); i++) {
        examples.put(
            report.violations().get(i),
            MAPPER.readTree(JSON.writeReport(report)).get("violations").get(i).toString());
      }
      if (document instanceof ProgressionCase) {
        ProgressionEvaluation evaluation = ((ProgressionCase) document).evaluation();
        examples.put(evaluation, JSON.writeDerived(ProgressionCaseDerived.of(evaluation)));
      }
      if (document instanceof Portfolio) {
        QuarterPlan.latest((Portfolio) document)
            .ifPresent(
                plan -> {
                  examples.put(plan, JSON.writePlan(plan));
                  examples.put(plan.allocation(), null);
                });
      }
    }
    for (var model : Models.all()) {
      ScoringPolicy policy = model.scorer().policy();
      examples.put(policy, MAPPER.readTree(JSON.writePolicy(policy)).toString());
    }
    return examples;
  }

  private static Document anyOf(Class<?> type) {
    return SchemaCheck.samplesAndFixtures().values().stream()
        .map(JSON::read)
        .filter(type::isInstance)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample of " + type.getSimpleName()));
  }

  private static String member(Report report, String name) {
    return MAPPER.readTree(JSON.writeReport(report)).get(name).toString();
  }

  @Test
  void everyClaimedTypeIsWrittenInFull() {
    Map<Object, String> examples = examples();
    List<Class<?>> covered = new ArrayList<>();
    for (Map.Entry<Object, String> example : examples.entrySet()) {
      Object value = example.getKey();
      JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(value));
      assertTrue(written.isObject() && !written.isEmpty(), value.getClass() + ": " + written);
      if (example.getValue() != null) {
        assertEquals(MAPPER.readTree(example.getValue()), written, value.getClass().getName());
      }
      for (Class<?> type : KaizenJacksonModule.writtenTypes()) {
        if (type.isInstance(value) && !covered.contains(type)) {
          covered.add(type);
        }
      }
    }
    assertEquals(
        Set.copyOf(KaizenJacksonModule.writtenTypes()),
        Set.copyOf(covered),
        "each claimed type has an example");
    // Every kind's derived values, not only one of them.
    assertEquals(
        Models.all().size(),
        examples.keySet().stream()
            .filter(DerivedValues.class::isInstance)
            .map(Object::getClass)
            .distinct()
            .count());
  }

  @Test
  void anAllocationListsEverythingThePlannerChose() {
    Portfolio portfolio = (Portfolio) anyOf(Portfolio.class);
    Allocation allocation = QuarterPlan.latest(portfolio).orElseThrow().allocation();
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(allocation));
    assertEquals(
        List.of("chosen", "value", "spend", "empty", "budget", "shares", "limits", "exact"),
        List.copyOf(written.propertyNames()));
    assertEquals(allocation.chosenIds().size(), written.get("chosen").size());
    assertEquals(allocation.value(), written.get("value").asDouble());
    assertEquals(
        List.of("top-left", "top-right", "bottom-left", "bottom-right"),
        List.copyOf(written.get("spend").propertyNames()));
    assertEquals(allocation.budget(), written.get("budget").asDouble());
  }

  @Test
  void everyReadTypeReadsBackEqual() {
    int checked = 0;
    for (Object value : examples().keySet()) {
      for (Class<?> type : KaizenJacksonModule.readTypes()) {
        if (type.isInstance(value)) {
          assertEquals(value, MAPPER.readValue(MAPPER.writeValueAsString(value), type));
          checked++;
        }
      }
    }
    assertTrue(checked > 20, "checked " + checked);
  }

  @Test
  void aReportInAUsersOwnTypeRoundTrips() {
    Report report = Kaizen.report(anyOf(ProgressionCase.class));
    Stored stored = new Stored();
    stored.id = "case-17";
    stored.reports = List.of(report, report);
    Stored read = MAPPER.readValue(MAPPER.writeValueAsString(stored), Stored.class);
    assertEquals("case-17", read.id);
    assertEquals(List.of(report, report), read.reports);
  }

  @Test
  void aBadReportIsOneLineWithItsPath() {
    String bad =
        JSON.writeReport(Kaizen.report(anyOf(ProgressionCase.class)))
            .replace("\"valid\":true", "\"valid\":\"yes\"");
    DatabindException e =
        assertThrows(DatabindException.class, () -> MAPPER.readValue(bad, Report.class));
    BadInputException cause = assertInstanceOf(BadInputException.class, e.getCause());
    assertEquals("$.valid", cause.path());
    assertFalse(e.getOriginalMessage().contains("\n"));
  }

  @Test
  void aScoreAndAPolicyReadBack() {
    Score score = Kaizen.score(anyOf(dev.kaizen.sixstep.KaizenRecord.class));
    assertEquals(score, MAPPER.readValue(MAPPER.writeValueAsString(score), Score.class));
    ScoringPolicy policy = KaizenRecordScorer.DEFAULT_POLICY.withName("acme/2");
    assertEquals(policy, MAPPER.readValue(MAPPER.writeValueAsString(policy), ScoringPolicy.class));
    ValidationResult none = ValidationResult.builder().build();
    assertEquals(none, MAPPER.readValue(MAPPER.writeValueAsString(none), ValidationResult.class));
    Violation v =
        Kaizen.report(JSON.read(SchemaCheck.sample("kaizen-checkout-guardrails.json")))
            .violations()
            .get(0);
    assertEquals(v, MAPPER.readValue(MAPPER.writeValueAsString(v), Violation.class));
  }

  /** A user's own stored type. */
  static final class Stored {
    public String id;
    public List<Report> reports;
  }
}

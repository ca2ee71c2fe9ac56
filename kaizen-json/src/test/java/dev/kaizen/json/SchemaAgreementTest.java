package dev.kaizen.json;

import static dev.kaizen.json.SchemaCheck.accepts;
import static dev.kaizen.json.SchemaCheck.part;
import static dev.kaizen.json.SchemaCheck.rejects;
import static dev.kaizen.json.SchemaCheck.remove;
import static dev.kaizen.json.SchemaCheck.sample;
import static dev.kaizen.json.SchemaCheck.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader and the published schemas agree (DOMAIN.md §10): every sample and fixture is accepted
 * by the schema of its kind and version, by the kind's schema and by the any-document schema; every
 * class of bad input of §2 that a schema can express is rejected by all three and by {@link
 * KaizenJson#read(String)}; and what only a validator can judge (rules across members) is accepted
 * by both, so that the schemas do not reject documents the library reads.
 */
class SchemaAgreementTest {
  private static final KaizenJson JSON = KaizenJson.defaults();

  private static final String KAIZEN = sample("kaizen-automation-script.json");
  private static final String GUARDED = sample("kaizen-checkout-guardrails.json");
  private static final String A3 = sample("a3-major-issues.json");
  private static final String TRAJECTORY = sample("assessment-trajectory.json");
  private static final String POSITION =
      "{\"kind\": \"assessment\", \"subject\": \"Ana Silva\", \"date\": \"2024-06-30\","
          + " \"expertise\": 0.7, \"changeSkill\": 0.5, \"scope\": \"team\"}";
  private static final String CASE = sample("progression-case-senior.json");
  private static final String FRAMEWORK = part(CASE, "/framework");
  private static final String PORTFOLIO = sample("portfolio-2024.json");
  private static final String PRODUCT = sample("portfolio-product-2025.json");

  @Test
  void everySampleAndFixtureIsReadAndAcceptedByItsSchemas() {
    Map<String, String> documents = SchemaCheck.samplesAndFixtures();
    assertTrue(documents.size() >= 12, documents.keySet().toString());
    List<DocumentKind> kinds = new ArrayList<>();
    documents.forEach(
        (name, text) -> {
          Document document = JSON.read(text);
          kinds.add(document.kind());
          acceptedEverywhere(document.kind(), text, name);
          acceptedEverywhere(document.kind(), JSON.write(document), name + " as written");
        });
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind != DocumentKind.FRAMEWORK) {
        assertTrue(kinds.contains(kind), "a sample of " + kind.token());
      }
    }
    acceptedEverywhere(DocumentKind.FRAMEWORK, FRAMEWORK, "the senior case's framework");
    JSON.read(FRAMEWORK);
    acceptedEverywhere(DocumentKind.ASSESSMENT, POSITION, "a single position");
    JSON.read(POSITION);
  }

  /** Accepted by the version's schema, the kind's schema and the any-document schema. */
  static void acceptedEverywhere(DocumentKind kind, String text, String what) {
    accepts(KaizenSchemas.id(kind, version(text)), text, what);
    accepts(KaizenSchemas.id(kind), text, what);
    accepts(KaizenSchemas.documentId(), text, what);
  }

  private static int version(String text) {
    return SchemaCheck.tree(text).path("version").asInt(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsRejectedByTheReaderAndByEverySchemaThatCouldApply(
      String what, DocumentKind kind, String text) {
    BadInputException e = assertThrows(BadInputException.class, () -> JSON.read(text), text);
    assertFalse(e.getMessage().isBlank());
    for (int version : KaizenSchemas.versions(kind)) {
      rejects(KaizenSchemas.id(kind, version), text, what);
    }
    rejects(KaizenSchemas.id(kind), text, what);
    rejects(KaizenSchemas.documentId(), text, what);
  }

  static Stream<Arguments> badInputs() {
    List<Arguments> cases = new ArrayList<>();
    // The kind and the version.
    add(cases, "kind missing", DocumentKind.KAIZEN, remove(KAIZEN, "/kind"));
    add(cases, "unknown kind", DocumentKind.KAIZEN, set(KAIZEN, "/kind", "\"kaizen-record\""));
    add(cases, "kind in the wrong case", DocumentKind.KAIZEN, set(KAIZEN, "/kind", "\"Kaizen\""));
    add(cases, "kind not a string", DocumentKind.KAIZEN, set(KAIZEN, "/kind", "1"));
    add(cases, "version 2 of a kaizen", DocumentKind.KAIZEN, set(KAIZEN, "/version", "2"));
    add(cases, "version 2 of an a3", DocumentKind.A3, set(A3, "/version", "2"));
    add(cases, "version 0", DocumentKind.KAIZEN, set(KAIZEN, "/version", "0"));
    add(cases, "version 3 of a framework", DocumentKind.FRAMEWORK, set(FRAMEWORK, "/version", "3"));
    add(cases, "version \"1\"", DocumentKind.KAIZEN, set(KAIZEN, "/version", "\"1\""));
    add(cases, "version 1.5", DocumentKind.KAIZEN, set(KAIZEN, "/version", "1.5"));
    add(cases, "version null", DocumentKind.KAIZEN, set(KAIZEN, "/version", "null"));
    add(cases, "root not an object", DocumentKind.KAIZEN, "[" + KAIZEN + "]");
    // Kaizen record: required, unknown, null, type, text, range, enum and date.
    for (String member :
        List.of(
            "/id",
            "/title",
            "/opened",
            "/scope",
            "/potential",
            "/potential/problem",
            "/potential/metric",
            "/potential/metric/unit",
            "/potential/metric/better",
            "/potential/baseline",
            "/potential/target",
            "/potential/frequency/per",
            "/analysis/contributors",
            "/analysis/contributors/0/name",
            "/ideas/0/id",
            "/ideas/0/gain",
            "/plan/stakeholders",
            "/plan/risks",
            "/changes/0/idea",
            "/changes/0/implemented",
            "/evaluation/metric",
            "/evaluation/value",
            "/evaluation/date",
            "/evaluation/decision")) {
      add(cases, "kaizen without " + member, DocumentKind.KAIZEN, remove(KAIZEN, member));
    }
    kaizen(cases, "/colour", "\"red\"", "unknown member at the root");
    kaizen(cases, "/potential/effortHours", "3", "unknown member in step 1");
    kaizen(cases, "/ideas/0/priority", "1", "unknown member in an idea");
    kaizen(cases, "/evaluation/metric/scale", "\"log\"", "unknown member in a metric");
    kaizen(cases, "/potential/target", "null", "null for a required member");
    kaizen(cases, "/owner", "null", "null for an optional member");
    kaizen(cases, "/plan/stakeholders/0", "null", "null in a list");
    kaizen(cases, "/potential/baseline", "\"5\"", "a string for a number");
    kaizen(cases, "/title", "7", "a number for a string");
    kaizen(cases, "/reach", "2.5", "2.5 for a whole number");
    kaizen(cases, "/reach", "\"8\"", "a string for a whole number");
    kaizen(cases, "/ideas", "{}", "an object for a list");
    kaizen(cases, "/plan/stakeholders", "\"Ana\"", "a string for a list");
    kaizen(cases, "/potential/metric", "\"minutes\"", "a string for an object");
    kaizen(cases, "/evaluation/value", "true", "a boolean for a number");
    kaizen(cases, "/potential/metric/name", "\"\"", "an empty metric name");
    kaizen(cases, "/potential/metric/unit", "\"   \"", "a blank metric unit");
    kaizen(cases, "/evaluation/metric/name", "\"\\t\\n\"", "a white-space metric name");
    kaizen(cases, "/potential/frequency/times", "0", "a frequency of 0 times");
    kaizen(cases, "/potential/frequency/times", "-2", "a negative frequency");
    kaizen(cases, "/reach", "-1", "a negative reach");
    kaizen(cases, "/reach", "3000000000", "a reach past the largest int");
    kaizen(cases, "/potential/baseline", "raw:1e400", "a number that does not fit a double");
    kaizen(cases, "/potential/target", "raw:-1e400", "a negative number past a double");
    kaizen(cases, "/scope", "\"galaxy\"", "an unknown scope");
    kaizen(cases, "/scope", "\"Team\"", "a scope in the wrong case");
    kaizen(cases, "/potential/metric/better", "\"Lower\"", "a direction in the wrong case");
    kaizen(cases, "/potential/frequency/per", "\"hour\"", "an unknown period");
    kaizen(cases, "/ideas/0/effort", "\"huge\"", "an unknown level");
    kaizen(cases, "/ideas/0/source", "\"forum\"", "an unknown idea source");
    kaizen(cases, "/evaluation/decision", "\"stop\"", "an unknown decision");
    kaizen(cases, "/opened", "\"2024-02-30\"", "a 30 February");
    kaizen(cases, "/opened", "\"2023-02-29\"", "a 29 February in a common year");
    kaizen(cases, "/opened", "\"1900-02-29\"", "a 29 February in a century year");
    kaizen(cases, "/opened", "\"2024-2-05\"", "a date without leading zeros");
    kaizen(cases, "/opened", "\"05/02/2024\"", "a date in another format");
    kaizen(cases, "/opened", "\"2024-02-05T10:00\"", "a date with a time");
    kaizen(cases, "/changes/0/implemented", "\"2024-13-01\"", "a 13th month");
    kaizen(cases, "/potential/deadline", "\"2024-04-31\"", "a 31 April");
    kaizen(cases, "/opened", "20240205", "a number for a date");
    add(
        cases,
        "guardrail without limit",
        DocumentKind.KAIZEN,
        remove(GUARDED, "/potential/guardrails/0/limit"));
    add(
        cases,
        "guardrail reading with an empty name",
        DocumentKind.KAIZEN,
        set(GUARDED, "/evaluation/guardrails/0/name", "\"\""));
    add(
        cases,
        "guardrail with an unknown member",
        DocumentKind.KAIZEN,
        set(GUARDED, "/potential/guardrails/0/direction", "\"up\""));
    // A3.
    for (String member :
        List.of(
            "/background",
            "/currentCondition",
            "/currentCondition/statement",
            "/goal",
            "/goal/metric",
            "/goal/baseline",
            "/rootCauses/0/hypothesis",
            "/rootCauses/0/experiments/0/outcome",
            "/countermeasures/0/addresses",
            "/countermeasures/0/steps",
            "/check/method",
            "/check/metric",
            "/followUp/actions",
            "/followUp/report",
            "/followUp/sharedWith")) {
      add(cases, "a3 without " + member, DocumentKind.A3, remove(A3, member));
    }
    a3(cases, "/goal/owner", "\"Ana\"", "unknown member in the goal");
    a3(cases, "/rootCauses/0/experiments/0/outcome", "\"maybe\"", "an unknown outcome");
    a3(cases, "/goal/deadline", "\"2024-04-31\"", "a 31 April deadline");
    a3(cases, "/countermeasures/0/due", "\"soon\"", "a due date that is not a date");
    a3(cases, "/goal/metric/name", "\"\"", "an empty goal metric name");
    a3(cases, "/currentCondition/facts", "\"22 issues\"", "a string for the facts");
    a3(cases, "/goal/change", "\"-0.2\"", "a string for the change");
    a3(cases, "/check/result", "raw:1e999", "a check result past a double");
    // Assessment.
    add(
        cases,
        "assessment without subject",
        DocumentKind.ASSESSMENT,
        remove(TRAJECTORY, "/subject"));
    add(
        cases,
        "history entry without scope",
        DocumentKind.ASSESSMENT,
        remove(TRAJECTORY, "/history/0/scope"));
    assessment(cases, TRAJECTORY, "/history/0/subject", "\"Sam\"", "a subject in a history entry");
    assessment(cases, TRAJECTORY, "/history", "[]", "an empty history");
    assessment(cases, TRAJECTORY, "/date", "\"2024-01-01\"", "a history and a position's date");
    assessment(cases, TRAJECTORY, "/history/0/scope", "\"world\"", "an unknown scope");
    assessment(cases, TRAJECTORY, "/history/0/expertise", "\"0.5\"", "a string for expertise");
    assessment(
        cases, TRAJECTORY, "/history/1/date", "\"2023-02-29\"", "a date that does not exist");
    assessment(cases, TRAJECTORY, "/history/2", "null", "null in the history");
    add(
        cases,
        "position without changeSkill",
        DocumentKind.ASSESSMENT,
        remove(POSITION, "/changeSkill"));
    add(cases, "position without date", DocumentKind.ASSESSMENT, remove(POSITION, "/date"));
    assessment(cases, POSITION, "/quadrant", "\"expert\"", "an unknown member on a position");
    assessment(cases, POSITION, "/changeSkill", "raw:1e400", "changeSkill past a double");
    // Framework, version 1.
    for (String member :
        List.of(
            "/name",
            "/levels",
            "/levels/0/id",
            "/levels/0/title",
            "/levels/0/minCompetence",
            "/levels/0/minScope",
            "/levels/0/minEvidence")) {
      add(cases, "framework without " + member, DocumentKind.FRAMEWORK, remove(FRAMEWORK, member));
    }
    framework(cases, "/levels/0/minCompetence", "1.5", "a minimum competence above 1");
    framework(cases, "/levels/0/minCompetence", "-0.1", "a negative minimum competence");
    framework(cases, "/levels/0/minEvidence", "-1", "a negative minimum evidence");
    framework(cases, "/levels/0/minEvidence", "1.5", "a fractional minimum evidence");
    framework(cases, "/levels/0/minScope", "\"team-lead\"", "an unknown minimum scope");
    framework(cases, "/levels/0/rank", "1", "a version 2 member in a version 1 level");
    framework(cases, "/revision", "\"2025.1\"", "a version 2 member in a version 1 framework");
    framework(cases, "/levels", "{}", "an object for the levels");
    // Progression case, version 1.
    for (String member :
        List.of("/candidate", "/targetLevel", "/expertise", "/framework", "/evidence")) {
      add(cases, "case without " + member, DocumentKind.PROGRESSION_CASE, remove(CASE, member));
    }
    progression(cases, "/framework/kind", "\"a3\"", "a framework of another kind");
    progression(cases, "/framework/version", "2", "a version 1 framework marked version 2");
    progression(cases, "/evidence/0/kind", "\"assessment\"", "evidence of a kind not allowed");
    progression(cases, "/evidence/0/version", "2", "evidence of version 2");
    progression(cases, "/ratings", "[]", "ratings in a version 1 case");
    progression(cases, "/expertise", "\"high\"", "a string for the expertise");
    progression(cases, "/framework/levels/0/minScope", "\"x\"", "a bad scope in the framework");
    progression(cases, "/evidence/0/potential/metric/name", "\"\"", "bad input in the evidence");
    progression(cases, "/evidence/0", "\"KZ-1\"", "a string for an evidence record");
    // Portfolio.
    for (String member :
        List.of(
            "/scale",
            "/name",
            "/unit",
            "/quarters",
            "/quarters/0/quarter",
            "/quarters/0/budget",
            "/quarters/0/plan",
            "/quarters/0/plan/products",
            "/quarters/0/items/0/id",
            "/quarters/0/items/0/title",
            "/quarters/0/items/0/quadrant",
            "/quarters/0/items/0/cost")) {
      add(cases, "portfolio without " + member, DocumentKind.PORTFOLIO, remove(PORTFOLIO, member));
    }
    portfolio(cases, PORTFOLIO, "/scale", "\"project\"", "an unknown scale");
    portfolio(cases, PORTFOLIO, "/quarters/0/plan/support", "0.1", "a plan key of the other scale");
    portfolio(
        cases,
        PORTFOLIO,
        "/quarters/0/items/0/quadrant",
        "\"features\"",
        "an item of the other scale");
    portfolio(
        cases, PORTFOLIO, "/quarters/0/items/0/quadrant", "\"Products\"", "a key in capitals");
    portfolio(
        cases,
        PORTFOLIO,
        "/quarters/0/candidates",
        "[{\"id\": \"C1\", \"title\": \"t\", \"quadrant\": \"support\", \"cost\": 1}]",
        "a candidate of the other scale");
    portfolio(
        cases, PRODUCT, "/quarters/0/plan/products", "0.1", "a portfolio key on a product plan");
    portfolio(
        cases,
        PRODUCT,
        "/quarters/0/items/0/quadrant",
        "\"dysfunction\"",
        "a portfolio-scale item");
    portfolio(cases, PORTFOLIO, "/quarters/0/quarter", "\"2024-Q5\"", "a fifth quarter");
    portfolio(cases, PORTFOLIO, "/quarters/0/quarter", "\"2024-Q0\"", "a quarter 0");
    portfolio(cases, PORTFOLIO, "/quarters/0/quarter", "\"0000-Q1\"", "a quarter of year 0");
    portfolio(cases, PORTFOLIO, "/quarters/0/quarter", "\"2024Q1\"", "a quarter without a dash");
    portfolio(cases, PORTFOLIO, "/quarters/0/quarter", "\"2024-q1\"", "a lower-case q");
    portfolio(cases, PORTFOLIO, "/quarters/0/budget", "\"400\"", "a string for a budget");
    portfolio(cases, PORTFOLIO, "/quarters/0/budget", "-1", "a negative budget");
    portfolio(cases, PORTFOLIO, "/quarters/0/budget", "2e15", "a budget above 1e15");
    portfolio(cases, PORTFOLIO, "/quarters/0/items/0/cost", "-5", "a negative cost");
    portfolio(cases, PORTFOLIO, "/quarters/0/items/0/value", "1e16", "a value above 1e15");
    portfolio(cases, PORTFOLIO, "/quarters/0/items/0/id", "\"\"", "an empty item id");
    portfolio(cases, PORTFOLIO, "/quarters/0/items/0/id", "\" \"", "a blank item id");
    portfolio(cases, PORTFOLIO, "/quarters/0/items/0/priority", "1", "an unknown item member");
    portfolio(cases, PORTFOLIO, "/quarters/0/notes", "\"x\"", "an unknown quarter member");
    portfolio(cases, PORTFOLIO, "/quarters/0/plan/innovation", "\"0.15\"", "a string for a share");
    portfolio(cases, PORTFOLIO, "/quarters", "{}", "an object for the quarters");
    return cases.stream();
  }

  /**
   * What no JSON Schema can express: in a schema 10.0 is an integer and an object has each member
   * once, so a whole number written with a fraction part and a duplicate key are left to the reader
   * (docs/schemas.md lists these). If either side changes, this test says so.
   */
  @Test
  void theReaderAloneRejectsWhatNoSchemaCanExpress() {
    String fractionPart = set(A3, "/reach", "10.0");
    String duplicateKey = KAIZEN.replaceFirst("\"title\"", "\"title\": \"again\", \"title\"");
    for (String text : List.of(fractionPart, duplicateKey)) {
      assertThrows(BadInputException.class, () -> JSON.read(text), text);
      accepts(KaizenSchemas.documentId(), text, "what only the reader rejects");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validatorMatters")
  void whatOnlyTheValidatorJudgesIsReadAndAcceptedByTheSchemas(
      String what, DocumentKind kind, String text) {
    Document document = JSON.read(text);
    assertEquals(kind, document.kind());
    acceptedEverywhere(kind, text, what);
  }

  static Stream<Arguments> validatorMatters() {
    List<Arguments> cases = new ArrayList<>();
    kaizen(cases, "/potential/target", "6", "a target worse than the baseline");
    kaizen(cases, "/title", "\"\"", "an empty title");
    kaizen(cases, "/ideas/1/id", "\"I1\"", "two ideas with one id");
    kaizen(cases, "/opened", "\"2024-02-29\"", "a 29 February in a leap year");
    kaizen(cases, "/opened", "\"2000-02-29\"", "a 29 February in a leap century");
    kaizen(cases, "/opened", "\"0000-01-01\"", "the year 0");
    kaizen(cases, "/potential/frequency/times", "0.5", "half a time a day");
    kaizen(cases, "/reach", "0", "a reach of 0");
    kaizen(cases, "/reach", "2147483647", "the largest reach");
    kaizen(cases, "/potential/baseline", "-1.7976931348623157e308", "the most negative double");
    kaizen(cases, "/analysis/contributors", "[]", "no contributor");
    add(cases, "kaizen without version", DocumentKind.KAIZEN, remove(KAIZEN, "/version"));
    add(cases, "kaizen in progress", DocumentKind.KAIZEN, remove(KAIZEN, "/analysis"));
    a3(cases, "/goal/target", "17", "both target and change");
    add(cases, "a3 with neither target nor change", DocumentKind.A3, remove(A3, "/goal/change"));
    add(cases, "a3 without root causes", DocumentKind.A3, remove(A3, "/rootCauses"));
    a3(cases, "/countermeasures/0/addresses", "[\"H9\"]", "an untraced countermeasure");
    assessment(cases, TRAJECTORY, "/history/0/expertise", "1.5", "an expertise above 1");
    assessment(cases, TRAJECTORY, "/history/1/date", "\"2022-01-01\"", "dates out of order");
    framework(cases, "/levels/1/minEvidence", "0", "a threshold that falls");
    framework(cases, "/levels/1/id", "\"L1\"", "two levels with one id");
    framework(cases, "/levels", "[]", "no level");
    progression(cases, "/targetLevel", "\"L9\"", "an unknown target level");
    progression(cases, "/expertise", "1.5", "an expertise above 1");
    progression(cases, "/evidence", "[]", "no evidence");
    portfolio(cases, PORTFOLIO, "/quarters/0/plan/products", "0.3", "shares that sum to 0.9");
    portfolio(cases, PORTFOLIO, "/quarters/0/plan/products", "-0.1", "a negative share");
    portfolio(cases, PORTFOLIO, "/quarters/0/budget", "10", "items over budget");
    portfolio(cases, PORTFOLIO, "/quarters/1/quarter", "\"2024-Q1\"", "a quarter twice");
    portfolio(cases, PORTFOLIO, "/quarters/0/quarter", "\"9999-Q4\"", "the last quarter");
    portfolio(cases, PORTFOLIO, "/quarters/0/items/1/id", "\"Q1-1\"", "two items with one id");
    portfolio(cases, PORTFOLIO, "/quarters/0/items", "[]", "a quarter without items");
    portfolio(cases, PORTFOLIO, "/quarters/0/budget", "1e15", "a budget of 1e15");
    return cases.stream();
  }

  private static void add(List<Arguments> cases, String what, DocumentKind kind, String text) {
    cases.add(Arguments.of(what, kind, text));
  }

  private static void kaizen(List<Arguments> cases, String at, String value, String what) {
    add(cases, "kaizen: " + what + " (" + at + ")", DocumentKind.KAIZEN, set(KAIZEN, at, value));
  }

  private static void a3(List<Arguments> cases, String at, String value, String what) {
    add(cases, "a3: " + what + " (" + at + ")", DocumentKind.A3, set(A3, at, value));
  }

  private static void assessment(
      List<Arguments> cases, String base, String at, String value, String what) {
    add(
        cases,
        "assessment: " + what + " (" + at + ")",
        DocumentKind.ASSESSMENT,
        set(base, at, value));
  }

  private static void framework(List<Arguments> cases, String at, String value, String what) {
    add(
        cases,
        "framework: " + what + " (" + at + ")",
        DocumentKind.FRAMEWORK,
        set(FRAMEWORK, at, value));
  }

  private static void progression(List<Arguments> cases, String at, String value, String what) {
    add(
        cases,
        "progression-case: " + what + " (" + at + ")",
        DocumentKind.PROGRESSION_CASE,
        set(CASE, at, value));
  }

  private static void portfolio(
      List<Arguments> cases, String base, String at, String value, String what) {
    add(
        cases,
        "portfolio: " + what + " (" + at + ")",
        DocumentKind.PORTFOLIO,
        set(base, at, value));
  }
}

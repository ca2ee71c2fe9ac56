package dev.kaizen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {
  private static final JsonPath ROOT = JsonPath.root();
  private static final Violation ERROR_AT_TARGET =
      Violation.of(
          ROOT.property("potential").property("target"),
          RuleCode.KAIZEN_POTENTIAL_TARGET_NOT_BETTER,
          "the target 6 is not better than the baseline 5; set a target below 5");
  private static final Violation WARNING_AT_RISKS =
      Violation.of(
          ROOT.property("plan").property("risks"),
          RuleCode.KAIZEN_PLAN_NO_RISKS,
          "the plan names no risk; list what could go wrong");
  private static final Violation ERROR_AT_IDEA =
      Violation.of(
          ROOT.property("changes").index(1).property("idea"),
          RuleCode.KAIZEN_CHANGES_UNKNOWN_IDEA,
          "the change names idea \"I9\"; use a known id");

  @Test
  void emptyResultIsValid() {
    ValidationResult result = new Violations().result();
    assertTrue(result.isValid());
    assertEquals(List.of(), result.violations());
    assertEquals(List.of(), result.errors());
    assertEquals(List.of(), result.warnings());
    assertFalse(result.has(RuleCode.KAIZEN_PLAN_NO_RISKS));
  }

  @Test
  void warningsAloneKeepADocumentValid() {
    ValidationResult result =
        new Violations()
            .add(WARNING_AT_RISKS.path(), WARNING_AT_RISKS.rule(), WARNING_AT_RISKS.message())
            .result();
    assertTrue(result.isValid());
    assertEquals(List.of(WARNING_AT_RISKS), result.warnings());
    assertEquals(List.of(), result.errors());
    assertTrue(result.has(RuleCode.KAIZEN_PLAN_NO_RISKS));
  }

  @Test
  void oneErrorMakesADocumentInvalid() {
    ValidationResult result =
        ValidationResult.builder()
            .addViolations(WARNING_AT_RISKS, ERROR_AT_TARGET, ERROR_AT_IDEA)
            .build();
    assertFalse(result.isValid());
    assertEquals(List.of(ERROR_AT_TARGET, ERROR_AT_IDEA), result.errors());
    assertEquals(List.of(WARNING_AT_RISKS), result.warnings());
    assertTrue(result.has(RuleCode.KAIZEN_CHANGES_UNKNOWN_IDEA));
    assertFalse(result.has(RuleCode.KAIZEN_PLAN_NO_STAKEHOLDERS));
    assertEquals(List.of(ERROR_AT_IDEA), result.of(RuleCode.KAIZEN_CHANGES_UNKNOWN_IDEA));
    assertEquals(List.of(), result.of(RuleCode.A3_GOAL_NOT_SMART));
  }

  @Test
  void violationsKeepTheOrderTheyWereAddedIn() {
    Violations found = new Violations();
    for (Violation v : List.of(ERROR_AT_IDEA, WARNING_AT_RISKS, ERROR_AT_TARGET)) {
      found.add(v.path(), v.rule(), v.message());
    }
    assertEquals(
        List.of(ERROR_AT_IDEA, WARNING_AT_RISKS, ERROR_AT_TARGET), found.result().violations());
  }

  @Test
  void addAllMovesEmbeddedViolationsBelowThePrefix() {
    ValidationResult embedded = ValidationResult.builder().addViolations(ERROR_AT_TARGET).build();
    ValidationResult outer =
        new Violations().addAll(ROOT.property("evidence").index(2), embedded).result();
    Violation moved = outer.violations().get(0);
    assertEquals("$.evidence[2].potential.target", moved.path().toString());
    assertEquals(ERROR_AT_TARGET.rule(), moved.rule());
    assertEquals(ERROR_AT_TARGET.message(), moved.message());
  }

  @Test
  void violationExposesCodeAndSeverityOfItsRule() {
    assertEquals("kaizen.potential.target-not-better", ERROR_AT_TARGET.code());
    assertEquals(Severity.ERROR, ERROR_AT_TARGET.severity());
    assertEquals(Severity.WARNING, WARNING_AT_RISKS.severity());
    assertEquals(
        "error kaizen.potential.target-not-better at $.potential.target: "
            + "the target 6 is not better than the baseline 5; set a target below 5",
        ERROR_AT_TARGET.toString());
  }

  @Test
  void violationNeedsAMessage() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Violation.of(ROOT, RuleCode.KAIZEN_ANALYSIS_EMPTY, " "));
  }

  @Test
  void severityTokens() {
    assertEquals("error", Severity.ERROR.token());
    assertEquals("warning", Severity.WARNING.token());
  }
}

package dev.kaizen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ViolationsTest {
  private static final JsonPath DATE = JsonPath.root().property("evaluation").property("date");

  @Test
  void theSameCodeAtTheSamePathIsKeptOnceTheFirstMessageWins() {
    ValidationResult result =
        new Violations()
            .add(DATE, RuleCode.KAIZEN_DATES_OUT_OF_ORDER, "before the opening")
            .add(DATE, RuleCode.KAIZEN_DATES_OUT_OF_ORDER, "before the last change")
            .result();
    assertEquals(
        List.of("before the opening"),
        result.violations().stream().map(Violation::message).collect(Collectors.toList()));
  }

  @Test
  void anotherCodeOrAnotherPathIsAnotherFault() {
    JsonPath other = JsonPath.root().property("opened");
    ValidationResult result =
        new Violations()
            .add(DATE, RuleCode.KAIZEN_DATES_OUT_OF_ORDER, "a")
            .add(other, RuleCode.KAIZEN_DATES_OUT_OF_ORDER, "b")
            .add(DATE, RuleCode.KAIZEN_EVALUATION_METRIC_MISMATCH, "c")
            .result();
    assertEquals(
        List.of("a", "b", "c"),
        result.violations().stream().map(Violation::message).collect(Collectors.toList()));
  }

  @Test
  void embeddedResultsAreMergedUnderTheirPrefixWithoutRepeats() {
    ValidationResult inner =
        new Violations().add(DATE, RuleCode.KAIZEN_DATES_OUT_OF_ORDER, "inner").result();
    JsonPath evidence = JsonPath.root().property("evidence").index(0);
    ValidationResult result =
        new Violations().addAll(evidence, inner).addAll(evidence, inner).result();
    assertEquals(1, result.violations().size(), result.violations()::toString);
    assertEquals("$.evidence[0].evaluation.date", result.violations().get(0).path().toString());
  }
}

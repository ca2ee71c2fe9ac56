package dev.kaizen.a3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Guardrail;
import dev.kaizen.core.GuardrailReading;
import dev.kaizen.core.Metric;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The guardrails of an A3's goal and check (DOMAIN.md §3): one case per rule code. */
class A3GuardrailTest {
  private static final A3 GOOD = A3Fixtures.majorIssues();
  private static final Metric DELAY = Metric.of("release delay", "days", Direction.LOWER);
  private static final Guardrail NO_LATER_RELEASES = Guardrail.of(DELAY, 14, 14);

  private static A3 guarded(Guardrail guardrail, GuardrailReading... readings) {
    return GOOD.withGoal(GOOD.goal().withGuardrails(guardrail))
        .withCheck(GOOD.check().orElseThrow().withGuardrails(readings));
  }

  static Stream<Arguments> oneCasePerRule() {
    return Stream.of(
        Arguments.of(
            "a3.goal.guardrail-limit-better",
            "error",
            "$.goal.guardrails[0].limit",
            guarded(Guardrail.of(DELAY, 14, 10), GuardrailReading.of("release delay", 9))),
        Arguments.of(
            "a3.check.guardrail-breached",
            "warning",
            "$.check.guardrails[0].value",
            guarded(NO_LATER_RELEASES, GuardrailReading.of("release delay", 15))),
        Arguments.of(
            "a3.check.guardrail-unmeasured",
            "warning",
            "$.check.guardrails",
            guarded(NO_LATER_RELEASES)),
        Arguments.of(
            "a3.check.unknown-guardrail",
            "error",
            "$.check.guardrails[0].name",
            guarded(
                NO_LATER_RELEASES,
                GuardrailReading.of("delay", 3),
                GuardrailReading.of("release delay", 12))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneCasePerRule")
  void eachCaseBreaksItsRuleAtItsPath(String code, String severity, String path, A3 a3) {
    ValidationResult result = A3Validator.validate(a3);
    List<Violation> guardrailViolations =
        result.violations().stream().filter(v -> v.code().contains("guardrail")).toList();
    assertEquals(1, guardrailViolations.size(), result.violations()::toString);
    Violation v = guardrailViolations.get(0);
    assertEquals(code, v.code());
    assertEquals(severity, v.severity().token());
    assertEquals(path, v.path().toString());
    assertTrue(
        v.message().contains("\"release delay\"") || v.message().contains("\"delay\""),
        v.message());
    assertEquals(
        A3Validator.validate(GOOD).violations().size() + 1,
        result.violations().size(),
        result.violations()::toString);
  }

  @Test
  void aCheckWithoutAResultNeedsNoGuardrailValue() {
    A3 a3 = guarded(NO_LATER_RELEASES);
    a3 = a3.withCheck(a3.check().orElseThrow().withResult(OptionalDouble.empty()));
    assertTrue(
        A3Validator.validate(a3).violations().stream()
            .noneMatch(v -> v.code().equals("a3.check.guardrail-unmeasured")));
  }

  @Test
  void theStatusesPairTheGoalsGuardrailsWithTheChecksValues() {
    A3 a3 = guarded(NO_LATER_RELEASES, GuardrailReading.of("release delay", 15));
    assertEquals(1, a3.guardrailStatuses().size());
    assertTrue(a3.guardrailStatuses().get(0).breached());
    assertEquals(14, a3.guardrailStatuses().get(0).limit());
    assertEquals(
        A3Scorer.defaults().score(GOOD).total(), A3Scorer.defaults().score(a3).total(), 0.0);
  }
}

package dev.kaizen.sixstep;

import static dev.kaizen.sixstep.KaizenFixtures.automationScript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Guardrail;
import dev.kaizen.core.GuardrailReading;
import dev.kaizen.core.GuardrailStatus;
import dev.kaizen.core.Metric;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The guardrails and the deadline of a Kaizen record (DOMAIN.md §3): one case per rule code. */
class KaizenGuardrailTest {
  private static final Metric FAILURES = Metric.of("failed runs", "runs per week", Direction.LOWER);
  private static final Guardrail NO_MORE_FAILURES = Guardrail.of(FAILURES, 2, 3);

  private static KaizenRecord guarded(Guardrail guardrail, GuardrailReading... readings) {
    KaizenRecord record = automationScript();
    return record
        .withPotential(Potential.copyOf(record.potential()).withGuardrails(guardrail))
        .withEvaluation(
            Evaluation.copyOf(record.evaluation().orElseThrow()).withGuardrails(readings));
  }

  static Stream<Arguments> oneCasePerRule() {
    KaizenRecord example = automationScript();
    return Stream.of(
        Arguments.of(
            "kaizen.potential.guardrail-limit-better",
            "error",
            "$.potential.guardrails[0].limit",
            guarded(Guardrail.of(FAILURES, 2, 1), GuardrailReading.of("failed runs", 1)),
            List.of("\"failed runs\"", "1", "2")),
        Arguments.of(
            "kaizen.evaluation.guardrail-breached",
            "warning",
            "$.evaluation.guardrails[0].value",
            guarded(NO_MORE_FAILURES, GuardrailReading.of("failed runs", 4)),
            List.of("\"failed runs\"", "4", "3")),
        Arguments.of(
            "kaizen.evaluation.guardrail-unmeasured",
            "warning",
            "$.evaluation.guardrails",
            guarded(NO_MORE_FAILURES),
            List.of("\"failed runs\"")),
        Arguments.of(
            "kaizen.evaluation.unknown-guardrail",
            "error",
            "$.evaluation.guardrails[1].name",
            guarded(
                NO_MORE_FAILURES,
                GuardrailReading.of("failed runs", 3),
                GuardrailReading.of("failed run", 1)),
            List.of("\"failed run\"", "failed runs")),
        Arguments.of(
            "kaizen.dates.deadline-before-opened",
            "error",
            "$.potential.deadline",
            example.withPotential(
                Potential.copyOf(example.potential()).withDeadline(LocalDate.of(2024, 2, 4))),
            List.of("2024-02-04", "2024-02-05")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneCasePerRule")
  void eachCaseBreaksOnlyItsRule(
      String code, String severity, String path, KaizenRecord record, List<String> quoted) {
    ValidationResult result = KaizenRecordValidator.validate(record);
    assertEquals(1, result.violations().size(), result.violations()::toString);
    Violation v = result.violations().get(0);
    assertEquals(code, v.code());
    assertEquals(severity, v.severity().token());
    assertEquals(path, v.path().toString());
    for (String text : quoted) {
      assertTrue(v.message().contains(text), () -> "should quote " + text + ": " + v.message());
    }
  }

  @Test
  void aValueAtTheLimitAndALimitAtTheBaselineAreFine() {
    KaizenRecord record =
        guarded(Guardrail.of(FAILURES, 3, 3), GuardrailReading.of("failed runs", 3));
    assertEquals(List.of(), KaizenRecordValidator.validate(record).violations());
    assertFalse(record.guardrailStatuses().get(0).breached());
  }

  @Test
  void beforeStepSixNoGuardrailIsExpectedToBeMeasured() {
    KaizenRecord record = KaizenFixtures.inProgress(3);
    record =
        record.withPotential(Potential.copyOf(record.potential()).withGuardrails(NO_MORE_FAILURES));
    assertEquals(List.of(), KaizenRecordValidator.validate(record).violations());
    GuardrailStatus status = record.guardrailStatuses().get(0);
    assertEquals(OptionalDouble.empty(), status.value());
    assertFalse(status.breached());
  }

  @Test
  void statusesFollowTheDeclarationsAndTheFirstReadingOfAName() {
    Guardrail errors = Guardrail.of(Metric.of("error rate", "%", Direction.LOWER), 1, 2);
    Guardrail nps = Guardrail.of(Metric.of("satisfaction", "points", Direction.HIGHER), 40, 35);
    KaizenRecord record = automationScript();
    record =
        record
            .withPotential(Potential.copyOf(record.potential()).withGuardrails(errors, nps))
            .withEvaluation(
                Evaluation.copyOf(record.evaluation().orElseThrow())
                    .withGuardrails(
                        GuardrailReading.of("satisfaction", 30),
                        GuardrailReading.of("error rate", 1.5),
                        GuardrailReading.of("satisfaction", 50)));
    List<GuardrailStatus> statuses = record.guardrailStatuses();
    assertEquals(
        List.of("error rate", "satisfaction"),
        statuses.stream().map(GuardrailStatus::name).toList());
    assertEquals(OptionalDouble.of(1.5), statuses.get(0).value());
    assertFalse(statuses.get(0).breached());
    assertEquals(OptionalDouble.of(30), statuses.get(1).value());
    assertTrue(statuses.get(1).breached(), "30 is below the higher-is-better limit 35");
    List<Violation> breached =
        KaizenRecordValidator.validate(record).violations().stream()
            .filter(v -> v.code().equals("kaizen.evaluation.guardrail-breached"))
            .toList();
    assertEquals(1, breached.size(), breached::toString);
    assertEquals("$.evaluation.guardrails[0].value", breached.get(0).path().toString());
  }

  @Test
  void guardrailsDoNotChangeTheScore() {
    KaizenRecord plain = automationScript();
    KaizenRecord breached = guarded(NO_MORE_FAILURES, GuardrailReading.of("failed runs", 9));
    assertEquals(
        KaizenRecordScorer.defaults().score(plain).total(),
        KaizenRecordScorer.defaults().score(breached).total());
  }
}

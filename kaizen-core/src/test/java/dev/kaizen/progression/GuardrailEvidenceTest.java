package dev.kaizen.progression;

import static dev.kaizen.progression.Fixtures.a37;
import static dev.kaizen.progression.Fixtures.caseWith;
import static dev.kaizen.progression.Fixtures.kz1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.a3.A3;
import dev.kaizen.core.Direction;
import dev.kaizen.core.Guardrail;
import dev.kaizen.core.GuardrailReading;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import dev.kaizen.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record with a breached guardrail is no positive improvement for a progression case (DOMAIN.md
 * §3 and §6): {@code progression.evidence.guardrail-breached}.
 */
class GuardrailEvidenceTest {
  private static final Metric DEFECTS =
      Metric.of("escaped defects", "per release", Direction.LOWER);

  private static A3 a37WithDefectsAt(double value) {
    A3 a3 = a37();
    return a3.withGoal(a3.goal().withGuardrails(Guardrail.of(DEFECTS, 4, 5)))
        .withCheck(
            a3.check().orElseThrow().withGuardrails(GuardrailReading.of("escaped defects", value)));
  }

  @Test
  void aBreachedGuardrailKeepsTheRecordsScopeAndCountOutButItsRigourIn() {
    ProgressionCase kept = caseWith(List.of(kz1(), a37WithDefectsAt(5)));
    ProgressionCase breached = caseWith(List.of(kz1(), a37WithDefectsAt(6)));

    assertEquals(List.of(), Kaizen.validate(kept).violations());
    assertEquals(Scope.DEPARTMENT, kept.scope());
    assertEquals(2, kept.evidenceCount());

    List<Violation> found = Kaizen.validate(breached).violations();
    assertEquals(1, found.size(), found::toString);
    Violation v = found.get(0);
    assertEquals("progression.evidence.guardrail-breached", v.code());
    assertEquals("warning", v.severity().token());
    assertEquals("$.evidence[1]", v.path().toString());
    assertTrue(v.message().contains("\"escaped defects\" (6 against the limit 5)"), v.message());
    assertEquals(Scope.TEAM, breached.scope());
    assertEquals(1, breached.evidenceCount());
    assertEquals(kept.changeSkill(), breached.changeSkill(), 1e-12);
    EvidenceRecord record = breached.evaluation().records().get(1);
    assertEquals(EvidenceStatus.GUARDRAIL_BREACHED, record.status());
    assertEquals(1, record.breachedGuardrails().size());
  }

  @Test
  void aRecordWithoutImprovementIsReportedAsSuchEvenWithABreachedGuardrail() {
    A3 noImprovement = Fixtures.a37CheckedAt(22);
    noImprovement =
        noImprovement
            .withGoal(noImprovement.goal().withGuardrails(Guardrail.of(DEFECTS, 4, 5)))
            .withCheck(
                noImprovement
                    .check()
                    .orElseThrow()
                    .withGuardrails(GuardrailReading.of("escaped defects", 9)));
    List<Violation> found = Kaizen.validate(caseWith(List.of(kz1(), noImprovement))).violations();
    assertEquals(
        List.of("progression.evidence.no-improvement"),
        found.stream().map(Violation::code).toList());
  }
}

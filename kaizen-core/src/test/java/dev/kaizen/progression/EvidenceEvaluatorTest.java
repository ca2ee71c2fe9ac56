package dev.kaizen.progression;

import static dev.kaizen.progression.EvidenceStatus.INCOMPLETE;
import static dev.kaizen.progression.Fixtures.a37;
import static dev.kaizen.progression.Fixtures.a37CheckedAt;
import static dev.kaizen.progression.Fixtures.kz1;
import static dev.kaizen.progression.Fixtures.kz1EvaluatedAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Scorer;
import dev.kaizen.a3.A3Validator;
import dev.kaizen.core.Direction;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.ImprovementRecord;
import dev.kaizen.core.Metric;
import dev.kaizen.core.RecordPart;
import dev.kaizen.core.RecordParts;
import dev.kaizen.core.Scope;
import dev.kaizen.matrix.Assessment;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenRecordScorer;
import dev.kaizen.sixstep.KaizenRecordValidator;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link EvidenceEvaluator} makes of Kaizen records and A3s, one table row per record, and
 * that it reads every figure through {@link ImprovementRecord}.
 */
class EvidenceEvaluatorTest {
  private static final String S2 = "step 2 (analyse current methods)";
  private static final String S4 = "step 4 (develop an implementation plan)";
  private static final String S5 = "step 5 (implement the plan)";
  private static final String S6 = "step 6 (evaluate the new method)";
  private static final String A4 = "section 4 (root-cause analysis)";
  private static final String A5 = "section 5 (countermeasures)";
  private static final String A6 = "section 6 (check / confirmation effect)";
  private static final String A7 = "section 7 (follow-up actions and report)";
  private static final String RESULT = "the check's result";

  static Stream<Arguments> kaizenRecords() {
    KaizenRecord kz1 = kz1();
    return Stream.of(
        Arguments.of("complete", kz1, List.of(), 2.3, EvidenceStatus.COUNTED),
        Arguments.of(
            "no improvement", kz1EvaluatedAt(5), List.of(), 5.0, EvidenceStatus.NO_IMPROVEMENT),
        Arguments.of(
            "without step 6",
            kz1.withEvaluation(Optional.empty()),
            List.of(S6),
            null,
            EvidenceStatus.INCOMPLETE),
        Arguments.of(
            "steps 5 and 6 missing",
            kz1.withEvaluation(Optional.empty()).withChanges(List.of()),
            List.of(S5, S6),
            null,
            EvidenceStatus.INCOMPLETE),
        Arguments.of(
            "step 2 and 4 missing: out of order",
            kz1.withAnalysis(Optional.empty()).withPlan(Optional.empty()),
            List.of(S2, S4),
            2.3,
            EvidenceStatus.INVALID));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kaizenRecords")
  void kaizenRecord(
      String name,
      KaizenRecord record,
      List<String> missing,
      Double result,
      EvidenceStatus status) {
    EvidenceRecord r = EvidenceEvaluator.evaluate(3, record);
    assertFigures(r, 3, record.id(), missing, record.potential().metric(), 5.0, result, status);
    assertEquals(record, r.document());
    assertEquals(record.scope(), r.scope());
    assertEquals(record.title(), r.title());
    assertEquals(KaizenRecordValidator.validate(record), r.validation());
    assertEquals(KaizenRecordScorer.rigour(record), r.rigour());
    assertThroughTheInterface(record, r);
  }

  static Stream<Arguments> a3s() {
    A3 a3 = a37();
    return Stream.of(
        Arguments.of("complete", a3, List.of(), 15.0, EvidenceStatus.COUNTED),
        Arguments.of(
            "no improvement", a37CheckedAt(22), List.of(), 22.0, EvidenceStatus.NO_IMPROVEMENT),
        Arguments.of(
            "check without result",
            a3.withCheck(a3.check().orElseThrow().withResult(OptionalDouble.empty())),
            List.of(RESULT),
            null,
            EvidenceStatus.INCOMPLETE),
        Arguments.of(
            "without follow-up and without result",
            a3.withFollowUp(Optional.empty())
                .withCheck(a3.check().orElseThrow().withResult(OptionalDouble.empty())),
            List.of(A7, RESULT),
            null,
            EvidenceStatus.INCOMPLETE),
        Arguments.of(
            "first three sections",
            a3.withRootCauses(List.of())
                .withCountermeasures(List.of())
                .withCheck(Optional.empty())
                .withFollowUp(Optional.empty()),
            List.of(A4, A5, A6, A7),
            null,
            EvidenceStatus.INCOMPLETE),
        Arguments.of(
            "countermeasures missing: out of order",
            a3.withCountermeasures(List.of()),
            List.of(A5),
            15.0,
            EvidenceStatus.INVALID));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("a3s")
  void a3(String name, A3 a3, List<String> missing, Double result, EvidenceStatus status) {
    EvidenceRecord r = EvidenceEvaluator.evaluate(0, a3);
    assertFigures(r, 0, "A3-7", missing, a3.goal().metric(), 22.0, result, status);
    assertEquals(a3, r.document());
    assertEquals(a3.scope(), r.scope());
    assertEquals(a3.title(), r.title());
    assertEquals(A3Validator.validate(a3), r.validation());
    assertEquals(A3Scorer.rigour(a3), r.rigour());
    assertThroughTheInterface(a3, r);
  }

  /** Every figure of the evidence record is what the improvement record says of itself. */
  private static void assertThroughTheInterface(ImprovementRecord record, EvidenceRecord r) {
    assertEquals(record.validate(), r.validation());
    assertEquals(record.missing(), r.missing());
    assertEquals(record.isComplete(), r.isComplete());
    assertEquals(record.missing().isEmpty(), record.isComplete());
    assertEquals(record.metric(), r.metric());
    assertEquals(record.baseline(), r.baseline());
    assertEquals(record.result(), r.result());
    assertEquals(record.rigour(), r.rigour());
  }

  /** Two made-up parts, to show that the evaluator needs no Kaizen step nor A3 section. */
  private enum Stage implements RecordPart {
    DRAFT,
    PROOF;

    @Override
    public int number() {
      return ordinal() + 1;
    }

    @Override
    public String property() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String title() {
      return "the " + property();
    }

    @Override
    public String noun() {
      return "stage";
    }

    @Override
    public boolean isRequired() {
      return this == DRAFT;
    }

    @Override
    public Optional<Stage> dependsOn() {
      return this == DRAFT ? Optional.empty() : Optional.of(DRAFT);
    }
  }

  /**
   * An improvement record that is neither a Kaizen record nor an A3, with a draft, no proof and no
   * result: the evaluator reads all it needs through {@link ImprovementRecord}.
   */
  private static final class Memo implements ImprovementRecord {
    static final Metric LEAD_TIME = Metric.of("lead time", "days", Direction.LOWER);
    static final ValidationResult WARNED =
        new Violations()
            .add(JsonPath.root().property("proof"), RuleCode.KAIZEN_PLAN_NO_RISKS, "made up")
            .result();

    @Override
    public DocumentKind kind() {
      return DocumentKind.KAIZEN;
    }

    @Override
    public String id() {
      return "M-1";
    }

    @Override
    public String title() {
      return "A memo";
    }

    @Override
    public Optional<String> owner() {
      return Optional.empty();
    }

    @Override
    public LocalDate opened() {
      return LocalDate.parse("2024-05-01");
    }

    @Override
    public Scope scope() {
      return Scope.PEERS;
    }

    @Override
    public OptionalInt reach() {
      return OptionalInt.empty();
    }

    @Override
    public RecordParts<Stage> parts() {
      return RecordParts.of(Stage.class, s -> s == Stage.DRAFT);
    }

    @Override
    public Metric metric() {
      return LEAD_TIME;
    }

    @Override
    public double baseline() {
      return 9;
    }

    @Override
    public OptionalDouble result() {
      return OptionalDouble.empty();
    }

    @Override
    public double rigour() {
      return 42;
    }

    @Override
    public ValidationResult validate() {
      return WARNED;
    }
  }

  @Test
  void anyImprovementRecordIsEvaluatedThroughTheInterface() {
    Memo memo = new Memo();
    assertTrue(EvidenceEvaluator.accepts(memo));
    EvidenceRecord r = EvidenceEvaluator.evaluate(1, memo);
    assertSame(memo, r.document());
    assertFigures(r, 1, "M-1", List.of("stage 2 (the proof)"), Memo.LEAD_TIME, 9, null, INCOMPLETE);
    assertEquals(Memo.WARNED, r.validation());
    assertEquals(42.0, r.rigour());
    assertEquals(Scope.PEERS, r.scope());
    assertEquals("A memo", r.title());
    assertFalse(memo.isComplete());
    assertThroughTheInterface(memo, r);
    assertEquals(
        "is not complete, so it does not count yet: stage 2 (the proof) is missing. Finish the"
            + " record and measure its result for it to count",
        r.reason());
  }

  @Test
  void otherDocumentsAreNotEvidence() {
    Assessment assessment =
        Assessment.single("Sam", LocalDate.parse("2024-05-01"), 0.5, 0.5, Scope.TEAM);
    assertFalse(EvidenceEvaluator.accepts(assessment));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> EvidenceEvaluator.evaluate(2, assessment));
    assertEquals(
        "evidence[2] is a document of kind assessment; evidence holds Kaizen records and A3s only",
        e.getMessage());
  }

  private static void assertFigures(
      EvidenceRecord r,
      int index,
      String id,
      List<String> missing,
      Metric metric,
      double baseline,
      Double result,
      EvidenceStatus status) {
    assertEquals(index, r.index());
    assertEquals(id, r.id());
    assertEquals(missing, r.missing());
    assertEquals(missing.isEmpty(), r.isComplete());
    assertEquals(metric, r.metric());
    assertEquals(baseline, r.baseline());
    assertEquals(result == null ? OptionalDouble.empty() : OptionalDouble.of(result), r.result());
    assertEquals(status, r.status());
  }
}

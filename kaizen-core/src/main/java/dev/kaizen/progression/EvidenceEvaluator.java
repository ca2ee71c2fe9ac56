package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Scorer;
import dev.kaizen.a3.A3Section;
import dev.kaizen.a3.A3Validator;
import dev.kaizen.core.Document;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenScorer;
import dev.kaizen.sixstep.KaizenStep;
import dev.kaizen.sixstep.KaizenValidator;
import dev.kaizen.sixstep.Potential;
import java.util.OptionalDouble;

/**
 * Turns one evidence document into an {@link EvidenceRecord}: validates it once, scores it once.
 */
final class EvidenceEvaluator {
  private EvidenceEvaluator() {}

  /**
   * Tells whether {@code document} can be evidence.
   *
   * @param document a document
   * @return true for a Kaizen record or an A3
   */
  static boolean accepts(Document document) {
    return document instanceof KaizenRecord || document instanceof A3;
  }

  static EvidenceRecord evaluate(int index, Document document) {
    if (document instanceof KaizenRecord) {
      return kaizen(index, (KaizenRecord) document);
    }
    if (document instanceof A3) {
      return a3(index, (A3) document);
    }
    throw new IllegalArgumentException(
        "evidence["
            + index
            + "] is a document of kind "
            + document.kind().token()
            + "; evidence holds Kaizen records and A3s only");
  }

  private static EvidenceRecord kaizen(int index, KaizenRecord record) {
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    for (KaizenStep step : KaizenStep.values()) {
      if (!record.isFilled(step)) {
        missing.add("step " + step.number() + " (" + step.title() + ")");
      }
    }
    Potential potential = record.potential();
    return EvidenceRecord.builder()
        .index(index)
        .document(record)
        .id(record.id())
        .title(record.title())
        .scope(record.scope())
        .validation(KaizenValidator.validate(record))
        .missing(missing.build())
        .metric(potential.metric())
        .baseline(potential.baseline())
        .result(
            record
                .evaluation()
                .map(e -> OptionalDouble.of(e.value()))
                .orElse(OptionalDouble.empty()))
        .rigour(KaizenScorer.rigour(record))
        .build();
  }

  private static EvidenceRecord a3(int index, A3 a3) {
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    for (A3Section section : A3Section.values()) {
      if (!a3.isFilled(section)) {
        missing.add("section " + section.number() + " (" + section.title() + ")");
      }
    }
    if (a3.check().isPresent() && a3.checkResult().isEmpty()) {
      missing.add("the check's result");
    }
    return EvidenceRecord.builder()
        .index(index)
        .document(a3)
        .id(a3.id())
        .title(a3.title())
        .scope(a3.scope())
        .validation(A3Validator.validate(a3))
        .missing(missing.build())
        .metric(a3.goal().metric())
        .baseline(a3.goal().baseline())
        .result(a3.checkResult())
        .rigour(A3Scorer.rigour(a3))
        .build();
  }
}

package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Document;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenScorer;
import dev.kaizen.sixstep.KaizenStep;
import dev.kaizen.sixstep.KaizenValidator;
import dev.kaizen.sixstep.Potential;
import java.util.OptionalDouble;

/** Turns one evidence document into an {@link EvidenceRecord}: validates it once, scores it once. */
final class EvidenceEvaluator {
  private EvidenceEvaluator() {}

  /**
   * Tells whether {@code document} can be evidence.
   *
   * @param document a document
   * @return true for a Kaizen record or an A3
   */
  static boolean accepts(Document document) {
    return document instanceof KaizenRecord;
  }

  static EvidenceRecord evaluate(int index, Document document) {
    if (document instanceof KaizenRecord) {
      return kaizen(index, (KaizenRecord) document);
    }
    throw new IllegalArgumentException("evidence[" + index + "] is a document of kind " + document.kind().token()
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
        .result(record.evaluation().map(e -> OptionalDouble.of(e.value())).orElse(OptionalDouble.empty()))
        .rigour(KaizenScorer.rigour(record))
        .build();
  }
}

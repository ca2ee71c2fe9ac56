package dev.kaizen.progression;

import dev.kaizen.core.Document;
import dev.kaizen.core.GuardrailStatus;
import dev.kaizen.core.ImprovementRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one evidence document into an {@link EvidenceRecord}: validates it once, scores it once.
 * Works on any {@link ImprovementRecord}, through that interface only: what a Kaizen record or an
 * A3 lacks, measures and weighs as rigour, each says for itself.
 */
final class EvidenceEvaluator {
  private EvidenceEvaluator() {}

  /**
   * Tells whether {@code document} can be evidence.
   *
   * @param document a document
   * @return true for an improvement record: a Kaizen record or an A3
   */
  static boolean accepts(Document document) {
    return document instanceof ImprovementRecord;
  }

  /**
   * Evaluates the evidence document at {@code index} of a case.
   *
   * @param index the document's position in the case's evidence
   * @param document the document
   * @return what it contributes
   * @throws IllegalArgumentException when the document is not an improvement record
   */
  static EvidenceRecord evaluate(int index, Document document) {
    if (!accepts(document)) {
      throw new IllegalArgumentException(
          "evidence["
              + index
              + "] is a document of kind "
              + document.kind().token()
              + "; evidence holds Kaizen records and A3s only");
    }
    ImprovementRecord record = (ImprovementRecord) document;
    return EvidenceRecord.builder()
        .index(index)
        .document(record)
        .id(record.id())
        .title(record.title())
        .scope(record.scope())
        .validation(record.validate())
        .missing(record.missing())
        .metric(record.metric())
        .baseline(record.baseline())
        .result(record.result())
        .rigour(record.rigour())
        .addAllBreachedGuardrails(breached(record.guardrailStatuses()))
        .build();
  }

  private static List<GuardrailStatus> breached(List<GuardrailStatus> statuses) {
    List<GuardrailStatus> breached = new ArrayList<>(0);
    for (GuardrailStatus status : statuses) {
      if (status.breached()) {
        breached.add(status);
      }
    }
    return breached;
  }
}

package dev.kaizen.progression;

import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.validation.JsonPath;
import org.immutables.value.Value;

/**
 * What one evidence record of a progression case contributed, as a stored report keeps it: where it
 * is in the case, its kind and id, whether it counted ({@link EvidenceStatus}), its rigour and its
 * scope. The full record, with its document, is an {@link EvidenceRecord} of the case's evaluation.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractEvidenceSummary {
  /**
   * Returns the record's path in the case, such as {@code $.evidence[2]}.
   *
   * @return the path
   */
  public abstract JsonPath path();

  /**
   * Returns the record's kind, {@code kaizen} or {@code a3}.
   *
   * @return the kind
   */
  public abstract DocumentKind kind();

  /**
   * Returns the record's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns whether and why the record counted.
   *
   * @return the status
   */
  public abstract EvidenceStatus status();

  /**
   * Returns the record's rigour.
   *
   * @return the rigour, in [0, 100]
   */
  public abstract double rigour();

  /**
   * Returns how far the record's change reached.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * Summarises {@code record}.
   *
   * @param record an evidence record of an evaluation
   * @return its summary
   */
  public static EvidenceSummary of(EvidenceRecord record) {
    return EvidenceSummary.builder()
        .path(record.path())
        .kind(record.kind())
        .id(record.id())
        .status(record.status())
        .rigour(record.rigour())
        .scope(record.scope())
        .build();
  }
}

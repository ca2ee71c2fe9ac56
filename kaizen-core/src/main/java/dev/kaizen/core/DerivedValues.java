package dev.kaizen.core;

/**
 * The values the library derives from one document, beyond its score: what {@code score} prints
 * under {@code derived} (DOMAIN.md §9). There is one immutable type per {@linkplain DocumentKind
 * kind}, in the kind's model package (such as {@code dev.kaizen.sixstep.KaizenRecordDerived}), and
 * {@code dev.kaizen.Kaizen.derive} returns the right one for any document.
 */
public interface DerivedValues {
  /**
   * Returns the kind of document these values were derived from.
   *
   * @return the kind
   */
  DocumentKind kind();
}

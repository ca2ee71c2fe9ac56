package dev.kaizen.core;

/**
 * A top-level document of one of the models. Every document knows its {@linkplain #kind() kind};
 * validators and scorers are found by it.
 */
public interface Document {
  /**
   * Returns which model this document belongs to.
   *
   * @return the document's kind
   */
  DocumentKind kind();
}

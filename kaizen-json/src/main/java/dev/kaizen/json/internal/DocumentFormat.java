package dev.kaizen.json.internal;

import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;

/**
 * How one kind of document is read from and written to JSON. The {@code kind} and {@code version}
 * members are handled by {@link Documents}; a format reads and writes every other member.
 *
 * @param <T> the document type
 */
public interface DocumentFormat<T extends Document> {
  /**
   * Returns the kind this format handles.
   *
   * @return the kind
   */
  DocumentKind kind();

  /**
   * Returns the Java type of the documents.
   *
   * @return the type
   */
  Class<T> type();

  /**
   * Reads a document's members (other than kind and version).
   *
   * @param fields the document object
   * @return the document
   */
  T read(Fields fields);

  /**
   * Writes a document's members (other than kind and version).
   *
   * @param out where to write
   * @param document the document
   */
  void write(Out out, T document);
}

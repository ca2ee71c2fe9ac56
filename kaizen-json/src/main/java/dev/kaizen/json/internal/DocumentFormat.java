package dev.kaizen.json.internal;

import dev.kaizen.Model;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;

/**
 * How one kind of document is read from and written to JSON, and how its derived values are
 * written. The {@code kind} and {@code version} members are handled by {@link Documents}; a format
 * reads and writes every other member. A format names its kind's {@link Model}, whose types are the
 * format's own: a format for another type does not compile.
 *
 * @param <T> the document type
 * @param <D> the type of its derived values
 */
public interface DocumentFormat<T extends Document, D extends DerivedValues> {
  /**
   * Returns the model of the kind this format handles.
   *
   * @return the model, from {@link dev.kaizen.Models}
   */
  Model<T, D> model();

  /**
   * Returns the kind this format handles.
   *
   * @return the kind of the {@linkplain #model() model}
   */
  default DocumentKind kind() {
    return model().kind();
  }

  /**
   * Returns the Java type of the documents.
   *
   * @return the document type of the {@linkplain #model() model}
   */
  default Class<T> type() {
    return model().type();
  }

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

  /**
   * Writes the members of the derived values' object, in DOMAIN.md §9's names and order: a value
   * that can be missing is written as {@code null}, never left out, unless §9 says it appears only
   * in some states (such as a Kaizen record's outcome, after step 6).
   *
   * @param out where to write
   * @param derived the derived values
   */
  void writeDerived(Out out, D derived);

  /**
   * Reads the members of the derived values' object as {@link #writeDerived} writes them, so that a
   * stored report reads back equal.
   *
   * @param fields the derived values' object
   * @return the derived values
   */
  D readDerived(Fields fields);
}

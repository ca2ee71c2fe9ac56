package dev.kaizen.json.internal;

import com.google.common.collect.ImmutableList;
import dev.kaizen.Models;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of {@link DocumentFormat}s, exactly one per kind, each for its kind's {@link
 * dev.kaizen.Model} (checked when the class is initialised), and the reading and writing of the
 * {@code kind} and {@code version} members every document has.
 */
public final class Documents {
  /** The only version of the format. */
  public static final int VERSION = 1;

  /** Every format, one per kind, in {@link DocumentKind} order. */
  private static final List<DocumentFormat<?, ?>> FORMATS;

  private static final Map<DocumentKind, DocumentFormat<?, ?>> BY_KIND =
      new EnumMap<>(DocumentKind.class);

  static {
    for (DocumentKind kind : DocumentKind.values()) {
      DocumentFormat<?, ?> format = format(kind);
      if (format.model() != Models.of(kind)) {
        throw new IllegalStateException(
            "the JSON format of " + kind.token() + " is for " + format.model());
      }
      BY_KIND.put(kind, format);
    }
    FORMATS = ImmutableList.copyOf(BY_KIND.values());
  }

  /**
   * Returns the format of {@code kind}. Add a model's format here: there is no {@code default}, so
   * a kind without a format does not compile.
   */
  private static DocumentFormat<?, ?> format(DocumentKind kind) {
    return switch (kind) {
      case KAIZEN -> new KaizenRecordFormat();
      case A3 -> new A3Format();
      case ASSESSMENT -> new AssessmentFormat();
      case FRAMEWORK -> new FrameworkFormat();
      case PROGRESSION_CASE -> new ProgressionCaseFormat();
      case PORTFOLIO -> new PortfolioFormat();
    };
  }

  private Documents() {}

  /**
   * Returns every registered format, one per kind, in {@link DocumentKind} order.
   *
   * @return the formats
   */
  public static List<DocumentFormat<?, ?>> formats() {
    return FORMATS;
  }

  /**
   * Reads any document of the kinds in {@code accepted}.
   *
   * @param node the document object
   * @param accepted the kinds allowed here
   * @return the document
   */
  public static Document read(Node node, Set<DocumentKind> accepted) {
    return Fields.bind(
        node,
        "a document",
        fields -> {
          Node kindNode = fields.required("kind");
          DocumentKind kind = Fields.asToken(kindNode, DocumentKind.class);
          if (!accepted.contains(kind)) {
            throw kindNode.bad(
                "a "
                    + kind.token()
                    + " document is not allowed here; expected "
                    + (accepted.size() == 1
                        ? "a " + accepted.iterator().next().token() + " document"
                        : "one of " + accepted.stream().map(DocumentKind::token).toList()));
          }
          fields
              .optional("version")
              .ifPresent(
                  v -> {
                    int version = Fields.asWholeNumber(v);
                    if (version != VERSION) {
                      throw v.bad(
                          "version "
                              + version
                              + " is not supported; the only version is "
                              + VERSION);
                    }
                  });
          return BY_KIND.get(kind).read(fields);
        });
  }

  /**
   * Writes any document as one JSON object, {@code kind} and {@code version} first.
   *
   * @param out where to write
   * @param document the document
   */
  public static void write(Out out, Document document) {
    out.objectValue(document, Documents::writeMembers);
  }

  private static void writeMembers(Out out, Document document) {
    out.token("kind", document.kind());
    out.wholeNumber("version", VERSION);
    writeTyped(out, BY_KIND.get(document.kind()), document);
  }

  private static <T extends Document> void writeTyped(
      Out out, DocumentFormat<T, ?> format, Document document) {
    format.write(out, format.model().cast(document));
  }

  /**
   * Writes a document's derived values as one JSON object, with its kind's format.
   *
   * @param out where to write
   * @param derived the derived values
   */
  public static void writeDerived(Out out, DerivedValues derived) {
    out.objectValue(derived, (o, d) -> writeDerivedTyped(o, BY_KIND.get(d.kind()), d));
  }

  private static <D extends DerivedValues> void writeDerivedTyped(
      Out out, DocumentFormat<?, D> format, DerivedValues derived) {
    Class<D> type = format.model().derivedType();
    if (!type.isInstance(derived)) {
      throw new IllegalArgumentException(
          "the derived values of a "
              + derived.kind().token()
              + " document are a "
              + type.getSimpleName()
              + ", not a "
              + derived.getClass().getName());
    }
    format.writeDerived(out, type.cast(derived));
  }

  /**
   * Reads the derived values of a {@code kind} document, as {@link #writeDerived} writes them.
   *
   * @param node the derived values' object
   * @param kind the kind of the document they were derived from
   * @return the derived values
   */
  public static DerivedValues readDerived(Node node, DocumentKind kind) {
    DocumentFormat<?, ?> format = BY_KIND.get(kind);
    return Fields.bind(
        node, "the derived values of a " + kind.token() + " document", format::readDerived);
  }
}

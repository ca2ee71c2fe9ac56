package dev.kaizen.json.internal;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of {@link DocumentFormat}s, one per kind, and the reading and writing of the {@code
 * kind} and {@code version} members every document has.
 */
public final class Documents {
  /** The only version of the format. */
  public static final int VERSION = 1;

  /** Every format, one per kind. Add a model's format here. */
  private static final List<DocumentFormat<?>> FORMATS =
      ImmutableList.of(
          new KaizenFormat(),
          new A3Format(),
          new PortfolioFormat(),
          new AssessmentFormat(),
          new FrameworkFormat(),
          new ProgressionCaseFormat());

  private static final Map<DocumentKind, DocumentFormat<?>> BY_KIND =
      new EnumMap<>(DocumentKind.class);

  static {
    for (DocumentFormat<?> format : FORMATS) {
      BY_KIND.put(format.kind(), format);
    }
  }

  private Documents() {}

  /**
   * Returns every registered format.
   *
   * @return the formats
   */
  public static List<DocumentFormat<?>> formats() {
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
          DocumentFormat<?> format = BY_KIND.get(kind);
          if (format == null) {
            throw kindNode.bad(kind.token() + " documents cannot be read yet");
          }
          return format.read(fields);
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
      Out out, DocumentFormat<T> format, Document document) {
    if (format == null) {
      throw new IllegalArgumentException(
          document.kind().token() + " documents cannot be written yet");
    }
    format.write(out, format.type().cast(document));
  }
}

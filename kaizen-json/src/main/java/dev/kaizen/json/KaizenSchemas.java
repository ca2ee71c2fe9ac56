package dev.kaizen.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.kaizen.core.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published JSON Schemas (draft 2020-12) of every document kind and version, and of the report
 * that {@code score --json} prints (DOMAIN.md §10), as shipped in this module's jar.
 *
 * <p>Each schema has an {@code $id} under {@link #BASE_URI} and refers to the others by relative
 * {@code $ref}s, so a validator resolves them through {@link #byId(String)} (or by mapping {@link
 * #BASE_URI} to the jar folder {@link #RESOURCE_FOLDER}); nothing is fetched from the network. The
 * schemas are:
 *
 * <ul>
 *   <li>one per kind and version, such as {@code framework-v2.schema.json} ({@link
 *       #schema(DocumentKind, int)});
 *   <li>one per kind that picks the version's schema by the document's {@code version} (absent
 *       means 1), such as {@code framework.schema.json} ({@link #schema(DocumentKind)});
 *   <li>{@code document.schema.json}, any document, picked by {@code kind} ({@link
 *       #documentSchema()});
 *   <li>{@code report.schema.json}, the report ({@link #reportSchema()});
 *   <li>{@code common.schema.json}, the definitions the others share.
 * </ul>
 *
 * <p>A schema checks what a document's shape can say: required and unknown members, types, enum
 * tokens, dates and quarters that exist, ranges the reader enforces. Rules across members (steps in
 * order, unique ids, thresholds that never fall, shares that sum to 1) are the validators'.
 *
 * <pre>{@code
 * // networknt json-schema-validator 3
 * SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
 *     builder -> builder.schemas(id -> KaizenSchemas.byId(id).orElse(null)));
 * Schema schema = registry.getSchema(SchemaLocation.of(KaizenSchemas.documentId().toString()));
 * List<Error> errors = schema.validate(text, InputFormat.JSON);
 * }</pre>
 *
 * <p>Every schema text is loaded once, when this class is first used; the class is thread-safe.
 */
public final class KaizenSchemas {
  /** The base of every schema's {@code $id}; the rest is the file name. */
  public static final String BASE_URI = "https://example.invalid/kaizen/schema/";

  /** The folder of this module's jar that holds the schema files, without a leading slash. */
  public static final String RESOURCE_FOLDER = "dev/kaizen/json/schema/";

  private static final String COMMON = "common.schema.json";
  private static final String DOCUMENT = "document.schema.json";
  private static final String REPORT = "report.schema.json";

  private static final Map<String, String> BY_ID = load();

  private KaizenSchemas() {}

  /**
   * Returns the versions that documents of {@code kind} may have, in increasing order: {@code [1,
   * 2]} for {@code framework} and {@code progression-case}, {@code [1]} for the others.
   *
   * @param kind the document kind
   * @return the versions, at least {@code [1]}
   */
  public static List<Integer> versions(DocumentKind kind) {
    return switch (kind) {
      case FRAMEWORK, PROGRESSION_CASE -> ImmutableList.of(1, 2);
      case KAIZEN, A3, ASSESSMENT, PORTFOLIO -> ImmutableList.of(1);
    };
  }

  /**
   * Returns the {@code $id} of the schema of one kind and version, such as {@code
   * https://example.invalid/kaizen/schema/framework-v2.schema.json}.
   *
   * @param kind the document kind
   * @param version the format version
   * @return the schema's id
   * @throws IllegalArgumentException when {@code kind} has no such version
   */
  public static URI id(DocumentKind kind, int version) {
    if (!versions(kind).contains(version)) {
      throw new IllegalArgumentException(
          "a "
              + kind.token()
              + " document has no version "
              + version
              + "; its versions are "
              + versions(kind));
    }
    return URI.create(BASE_URI + kind.token() + "-v" + version + ".schema.json");
  }

  /**
   * Returns the schema of one kind and version.
   *
   * @param kind the document kind
   * @param version the format version
   * @return the schema's JSON text
   * @throws IllegalArgumentException when {@code kind} has no such version
   */
  public static String schema(DocumentKind kind, int version) {
    return BY_ID.get(id(kind, version).toString());
  }

  /**
   * Returns the {@code $id} of the schema of {@code kind} in any of its versions, such as {@code
   * https://example.invalid/kaizen/schema/framework.schema.json}.
   *
   * @param kind the document kind
   * @return the schema's id
   */
  public static URI id(DocumentKind kind) {
    return URI.create(BASE_URI + kind.token() + ".schema.json");
  }

  /**
   * Returns the schema of {@code kind} in any of its versions: it applies the schema of the
   * document's {@code version} (1 when absent), and rejects a version the kind does not have.
   *
   * @param kind the document kind
   * @return the schema's JSON text
   */
  public static String schema(DocumentKind kind) {
    return BY_ID.get(id(kind).toString());
  }

  /**
   * Returns the {@code $id} of the schema of any document.
   *
   * @return {@code https://example.invalid/kaizen/schema/document.schema.json}
   */
  public static URI documentId() {
    return URI.create(BASE_URI + DOCUMENT);
  }

  /**
   * Returns the schema of any document: it applies the schema of the document's {@code kind}, and
   * rejects an unknown kind.
   *
   * @return the schema's JSON text
   */
  public static String documentSchema() {
    return BY_ID.get(documentId().toString());
  }

  /**
   * Returns the {@code $id} of the report schema.
   *
   * @return {@code https://example.invalid/kaizen/schema/report.schema.json}
   */
  public static URI reportId() {
    return URI.create(BASE_URI + REPORT);
  }

  /**
   * Returns the schema of a report: {@code kind}, {@code valid}, {@code violations}, {@code score},
   * {@code derived} with the derived values of the report's kind, and the command line's optional
   * {@code file} and {@code line} (DOMAIN.md §9, §10).
   *
   * @return the schema's JSON text
   */
  public static String reportSchema() {
    return BY_ID.get(reportId().toString());
  }

  /**
   * Returns every schema by its {@code $id}: the definitions they share, the schema of each kind
   * and version, of each kind, of any document, and of the report, in that order.
   *
   * @return the schemas' JSON texts by id, in a fixed order
   */
  public static Map<String, String> all() {
    return BY_ID;
  }

  /**
   * Returns the schema whose {@code $id} is {@code id}; a validator's resolver for the {@code
   * $ref}s between the schemas.
   *
   * @param id an absolute schema id, such as {@code
   *     https://example.invalid/kaizen/schema/common.schema.json}
   * @return the schema's JSON text, or empty when no schema has that id
   */
  public static Optional<String> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  private static Map<String, String> load() {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    names.add(COMMON);
    for (DocumentKind kind : DocumentKind.values()) {
      for (int version : versions(kind)) {
        names.add(kind.token() + "-v" + version + ".schema.json");
      }
    }
    for (DocumentKind kind : DocumentKind.values()) {
      names.add(kind.token() + ".schema.json");
    }
    names.add(DOCUMENT, REPORT);
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (String name : names.build()) {
      out.put(BASE_URI + name, read(name));
    }
    return out.buildOrThrow();
  }

  private static String read(String name) {
    try (InputStream in = KaizenSchemas.class.getResourceAsStream("/" + RESOURCE_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + name + " is missing from kaizen-json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema " + name, e);
    }
  }
}

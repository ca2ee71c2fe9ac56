package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published schemas under a real validator (networknt json-schema-validator, draft 2020-12),
 * with every {@code $ref} resolved through {@link KaizenSchemas#byId(String)}: nothing is fetched
 * from the network.
 */
final class SchemaCheck {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemas(id -> KaizenSchemas.byId(id).orElse(null)));

  /** The shipped samples, read from the examples module so that a new sample is checked too. */
  static final Path SAMPLES = Path.of("..", "kaizen-examples", "samples");

  private static final Pattern RAW = Pattern.compile("\"raw:([^\"]*)\"");

  private SchemaCheck() {}

  /** The schema with {@code id}, compiled once per call (the registry caches the texts). */
  static Schema schema(URI id) {
    return REGISTRY.getSchema(SchemaLocation.of(id.toString()));
  }

  /** What the schema with {@code id} says about {@code json}; empty when it accepts it. */
  static List<String> errors(URI id, String json) {
    return schema(id).validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  /** The schema with {@code id} accepts {@code json}. */
  static void accepts(URI id, String json, String what) {
    assertEquals(List.of(), errors(id, json), () -> id + " must accept " + what + ": " + json);
  }

  /** The schema with {@code id} rejects {@code json}. */
  static void rejects(URI id, String json, String what) {
    assertFalse(errors(id, json).isEmpty(), () -> id + " must reject " + what + ": " + json);
  }

  /**
   * Every {@code *.json} file of the samples folder and of the test resources' examples, by name.
   */
  static Map<String, String> samplesAndFixtures() {
    Map<String, String> out = new TreeMap<>();
    for (Path folder : List.of(SAMPLES, Path.of("src", "test", "resources", "examples"))) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          out.put(
              folder + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Reads a sample of the examples module. */
  static String sample(String name) {
    try {
      return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code json} as a tree. */
  static ObjectNode tree(String json) {
    return (ObjectNode) MAPPER.readTree(json);
  }

  /**
   * {@code json} with the member or element at {@code pointer} set to {@code value} (JSON text, or
   * {@code raw:TEXT} for a number that no tree can hold, such as {@code 1e400}); a missing member
   * is added.
   */
  static String set(String json, String pointer, String value) {
    ObjectNode root = tree(json);
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    JsonNode node =
        value.startsWith("raw:")
            ? MAPPER.getNodeFactory().stringNode(value)
            : MAPPER.readTree(value);
    if (parent instanceof ArrayNode array) {
      array.set(at.last().getMatchingIndex(), node);
    } else if (parent instanceof ObjectNode object) {
      object.set(at.last().getMatchingProperty(), node);
    } else {
      throw new IllegalArgumentException("no object or array at " + at.head() + " in " + json);
    }
    Matcher raw = RAW.matcher(MAPPER.writeValueAsString(root));
    return raw.replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }

  /** {@code json} without the member or element at {@code pointer}, which must be there. */
  static String remove(String json, String pointer) {
    ObjectNode root = tree(json);
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    if (parent instanceof ArrayNode array && array.has(at.last().getMatchingIndex())) {
      array.remove(at.last().getMatchingIndex());
    } else if (parent instanceof ObjectNode object && object.has(at.last().getMatchingProperty())) {
      object.remove(at.last().getMatchingProperty());
    } else {
      throw new IllegalArgumentException("nothing at " + pointer + " in " + json);
    }
    return MAPPER.writeValueAsString(root);
  }

  /** The member at {@code pointer} of {@code json}, as a document of its own. */
  static String part(String json, String pointer) {
    return MAPPER.writeValueAsString(tree(json).at(pointer));
  }
}

package dev.kaizen.json.internal;

import dev.kaizen.json.BadInputException;
import dev.kaizen.json.ReadLimits;
import dev.kaizen.validation.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON text into a {@link Node} tree with Jackson's streaming parser: strict JSON only,
 * duplicate keys rejected, nesting and size limited, trailing content rejected. Every failure,
 * whatever the parser throws, becomes one {@link BadInputException} with path and line/column.
 */
public final class TreeReader {
  private final ReadLimits limits;
  private final JsonFactory factory;

  /**
   * Creates a reader that enforces {@code limits}.
   *
   * @param limits the limits
   */
  public TreeReader(ReadLimits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // Numbers in their shortest round-trip form on every JDK (DOMAIN.md §6.2): JDK 17's
            // Double.toString is not always the shortest, Schubfach (JDK 19's algorithm) is.
            .enable(tools.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    // Our own depth check reports first, with a path; Jackson's is the backstop.
                    .maxNestingDepth(limits.maxDepth() + 1)
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxStringLength())
                    .maxDocumentLength(limits.maxDocumentLength())
                    .maxNumberLength(1000)
                    .build())
            .build();
  }

  /**
   * Returns the factory this reader parses with.
   *
   * @return the Jackson factory
   */
  public JsonFactory factory() {
    return factory;
  }

  /**
   * Reads one whole document: exactly one JSON object and nothing after it.
   *
   * @param parser a parser at the start of the input; the caller closes it
   * @return the root object
   * @throws BadInputException for any input that is not exactly one JSON object within the limits
   */
  public Node.ObjectNode readDocument(JsonParser parser) {
    Cursor cursor = new Cursor(parser);
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new BadInputException("$", 1, 1, "the input is empty; expected a JSON object");
      }
      Node root = cursor.value(JsonPath.root(), 1);
      if (!(root instanceof Node.ObjectNode)) {
        throw root.bad("a document must be a JSON object, not " + root.type().description());
      }
      cursor.path = JsonPath.root();
      JsonToken after = parser.nextToken();
      if (after != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        throw new BadInputException(
            "$",
            at.getLineNr(),
            at.getColumnNr(),
            "unexpected content after the end of the document; a document holds exactly one JSON object");
      }
      return (Node.ObjectNode) root;
    } catch (JacksonException e) {
      throw cursor.translate(e);
    } catch (RuntimeException e) {
      if (e instanceof BadInputException) {
        throw e;
      }
      throw cursor.translate(e);
    }
  }

  /**
   * Reads the value at the parser's current token (for the Jackson module, where the mapper has
   * already started the parse).
   *
   * @param parser a parser whose current token starts a value
   * @return the value
   * @throws BadInputException for malformed or oversized input
   */
  public Node readValueAtCurrentToken(JsonParser parser) {
    Cursor cursor = new Cursor(parser);
    try {
      return cursor.value(JsonPath.root(), 1);
    } catch (BadInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw cursor.translate(e);
    }
  }

  private final class Cursor {
    private final JsonParser parser;
    private JsonPath path = JsonPath.root();

    Cursor(JsonParser parser) {
      this.parser = parser;
    }

    /** Reads the value whose first token is current; leaves the parser on its last token. */
    Node value(JsonPath at, int depth) {
      path = at;
      TokenStreamLocation start = parser.currentTokenLocation();
      int line = start.getLineNr();
      int column = start.getColumnNr();
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT:
          checkDepth(at, line, column, depth);
          LinkedHashMap<String, Node> members = new LinkedHashMap<>();
          while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonPath memberPath = at.property(name);
            if (members.containsKey(name)) {
              TokenStreamLocation key = parser.currentTokenLocation();
              throw new BadInputException(
                  memberPath.toString(),
                  key.getLineNr(),
                  key.getColumnNr(),
                  "the property \""
                      + Printable.escape(name)
                      + "\" appears twice in the same object; keep only one");
            }
            path = memberPath;
            parser.nextToken();
            members.put(name, value(memberPath, depth + 1));
          }
          return new Node.ObjectNode(at, line, column, members);
        case START_ARRAY:
          checkDepth(at, line, column, depth);
          List<Node> elements = new ArrayList<>();
          int index = 0;
          while (true) {
            path = at.index(index);
            if (parser.nextToken() == JsonToken.END_ARRAY) {
              break;
            }
            elements.add(value(at.index(index), depth + 1));
            index++;
          }
          return new Node.ArrayNode(at, line, column, elements);
        case VALUE_STRING:
          return new Node.ScalarNode(at, line, column, Node.Type.STRING, parser.getString(), false);
        case VALUE_NUMBER_INT:
          return new Node.ScalarNode(at, line, column, Node.Type.NUMBER, parser.getString(), true);
        case VALUE_NUMBER_FLOAT:
          return new Node.ScalarNode(at, line, column, Node.Type.NUMBER, parser.getString(), false);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return new Node.ScalarNode(
              at, line, column, Node.Type.BOOLEAN, parser.getString(), false);
        case VALUE_NULL:
          return new Node.ScalarNode(at, line, column, Node.Type.NULL, "null", false);
        default:
          throw new BadInputException(
              at.toString(), line, column, "unexpected JSON token " + token);
      }
    }

    private void checkDepth(JsonPath at, int line, int column, int depth) {
      if (depth > limits.maxDepth()) {
        throw new BadInputException(
            at.toString(),
            line,
            column,
            "the input nests objects and arrays deeper than " + limits.maxDepth() + " levels");
      }
    }

    BadInputException translate(RuntimeException e) {
      TokenStreamLocation at = null;
      String message;
      if (e instanceof JacksonException) {
        JacksonException je = (JacksonException) e;
        at = je.getLocation();
        message = je.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
          message = "the input is past a size limit: " + message;
        } else {
          message = "not valid JSON: " + message;
        }
      } else {
        message =
            "the input could not be read: "
                + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
      }
      if (at == null || at == TokenStreamLocation.NA) {
        try {
          at = parser.currentLocation();
        } catch (RuntimeException ignored) {
          at = null;
        }
      }
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      String oneLine =
          message == null
              ? "unreadable input"
              : Printable.escape(message.replaceAll("[\\s\\u2028\\u2029]+", " ").trim());
      if (oneLine.length() > 300) {
        oneLine = oneLine.substring(0, 297) + "...";
      }
      return new BadInputException(failurePath().toString(), line, column, oneLine);
    }

    /**
     * Returns where the parser failed. Jackson reads a member's value while returning its name, so
     * its own context knows the failing member better than our cursor does.
     */
    private JsonPath failurePath() {
      java.util.ArrayDeque<TokenStreamContext> chain = new java.util.ArrayDeque<>();
      try {
        for (TokenStreamContext c = parser.streamReadContext();
            c != null && !c.inRoot();
            c = c.getParent()) {
          chain.push(c);
        }
      } catch (RuntimeException e) {
        return path;
      }
      if (chain.isEmpty()) {
        return path;
      }
      JsonPath at = JsonPath.root();
      for (TokenStreamContext c : chain) {
        if (c.inObject()) {
          if (!c.hasCurrentName()) {
            break;
          }
          at = at.property(c.currentName());
        } else if (c.inArray()) {
          at = at.index(Math.max(0, c.getCurrentIndex()));
        }
      }
      return at;
    }
  }
}

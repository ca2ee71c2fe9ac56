package dev.kaizen.json.internal;

import dev.kaizen.core.PrintableText;
import dev.kaizen.json.BadInputException;
import dev.kaizen.json.ReadLimits;
import dev.kaizen.validation.JsonPath;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
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
  private static final String[] NO_NAMES = {};
  private static final Object[] NO_VALUES = {};

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
      Node root = cursor.value(0, 1);
      if (!(root instanceof Node.ObjectNode)) {
        throw root.bad("a document must be a JSON object, not " + root.type().description());
      }
      cursor.truncate(0);
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
      return cursor.value(0, 1);
    } catch (BadInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw cursor.translate(e);
    }
  }

  private final class Cursor {
    private final JsonParser parser;

    // The path of the value being read, as a cheap stack: entry k is a member name, or null for
    // an array element whose index is indexes[k]. Only the first `length` entries are the path;
    // it is formatted only for a message.
    private String[] names = new String[8];
    private int[] indexes = new int[8];
    private int length;

    // Members and elements read so far, of every object and array still open: each takes its
    // own from its base up when it ends.
    // A string is kept as itself, with its line and column packed in scratchWhere, so that its node
    // is made only if someone asks for it (see Node.ObjectNode); other values are their nodes.
    private String[] scratchNames = new String[16];
    private Object[] scratchValues = new Object[16];
    private long[] scratchWhere = new long[16];
    private int strings;
    private int top;

    Cursor(JsonParser parser) {
      this.parser = parser;
    }

    /** Sets the path to its first {@code at} entries. */
    void truncate(int at) {
      length = at;
    }

    private void set(int at, String name, int index) {
      if (at == names.length) {
        names = Arrays.copyOf(names, at * 2);
        indexes = Arrays.copyOf(indexes, at * 2);
      }
      names[at] = name;
      indexes[at] = index;
      length = at + 1;
    }

    /** Formats the first {@code upTo} entries of the path. */
    private JsonPath path(int upTo) {
      JsonPath at = JsonPath.root();
      for (int k = 0; k < upTo; k++) {
        at = names[k] != null ? at.property(names[k]) : at.index(indexes[k]);
      }
      return at;
    }

    /**
     * Reads the value whose first token is current and whose path is the first {@code at} entries
     * of the stack; leaves the parser on its last token.
     */
    Node value(int at, int depth) {
      length = at;
      TokenStreamLocation start = parser.currentTokenLocation();
      int line = start.getLineNr();
      int column = start.getColumnNr();
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT:
          checkDepth(at, line, column, depth);
          return object(at, depth, line, column);
        case START_ARRAY:
          checkDepth(at, line, column, depth);
          int base = top;
          int outerStrings = strings;
          strings = 0;
          int index = 0;
          while (true) {
            set(at, null, index);
            if (parser.nextToken() == JsonToken.END_ARRAY) {
              break;
            }
            pushValue(null, at + 1, depth + 1);
            index++;
          }
          Object[] elements =
              top == base ? NO_VALUES : Arrays.copyOfRange(scratchValues, base, top);
          long[] where = strings == 0 ? null : Arrays.copyOfRange(scratchWhere, base, top);
          strings = outerStrings;
          pop(base);
          return new Node.ArrayNode(line, column, elements, where);
        case VALUE_STRING:
          return new Node.ScalarNode(line, column, Node.Type.STRING, parser.getString(), false);
        case VALUE_NUMBER_INT:
          return new Node.ScalarNode(line, column, Node.Type.NUMBER, parser.getString(), true);
        case VALUE_NUMBER_FLOAT:
          return new Node.ScalarNode(line, column, Node.Type.NUMBER, parser.getString(), false);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return new Node.ScalarNode(line, column, Node.Type.BOOLEAN, parser.getString(), false);
        case VALUE_NULL:
          return new Node.ScalarNode(line, column, Node.Type.NULL, "null", false);
        default:
          throw new BadInputException(
              path(at).toString(), line, column, "unexpected JSON token " + token);
      }
    }

    private Node object(int at, int depth, int line, int column) {
      int base = top;
      int outerStrings = strings;
      strings = 0;
      Set<String> seen = null;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        boolean duplicate;
        if (seen != null) {
          duplicate = !seen.add(name);
        } else {
          duplicate = false;
          for (int i = base; i < top; i++) {
            if (scratchNames[i].equals(name)) {
              duplicate = true;
              break;
            }
          }
        }
        set(at, name, -1);
        if (duplicate) {
          TokenStreamLocation key = parser.currentTokenLocation();
          throw new BadInputException(
              path(at + 1).toString(),
              key.getLineNr(),
              key.getColumnNr(),
              "the property \""
                  + PrintableText.escape(name)
                  + "\" appears twice in the same object; keep only one");
        }
        parser.nextToken();
        pushValue(name, at + 1, depth + 1);
        if (seen == null && top - base > Node.ObjectNode.LINEAR) {
          seen = new HashSet<>(Arrays.asList(scratchNames).subList(base, top));
        }
      }
      String[] names = top == base ? NO_NAMES : Arrays.copyOfRange(scratchNames, base, top);
      Object[] values = top == base ? NO_VALUES : Arrays.copyOfRange(scratchValues, base, top);
      long[] where = strings == 0 ? null : Arrays.copyOfRange(scratchWhere, base, top);
      strings = outerStrings;
      pop(base);
      return new Node.ObjectNode(line, column, names, values, where);
    }

    /**
     * Reads the value whose first token is current, path {@code at} entries deep, and pushes it as
     * a member called {@code name} (or, with a null name, an element): a string as itself and where
     * it is, anything else as its node.
     */
    private void pushValue(String name, int at, int depth) {
      if (top == scratchValues.length) {
        scratchNames = Arrays.copyOf(scratchNames, top * 2);
        scratchValues = Arrays.copyOf(scratchValues, top * 2);
        scratchWhere = Arrays.copyOf(scratchWhere, top * 2);
      }
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        TokenStreamLocation start = parser.currentTokenLocation();
        scratchWhere[top] = Node.where(start.getLineNr(), start.getColumnNr());
        scratchValues[top] = parser.getString();
        strings++;
      } else {
        Node value = value(at, depth);
        // the value's own members were pushed and popped above `top` meanwhile
        scratchValues[top] = value;
      }
      scratchNames[top] = name;
      top++;
    }

    /** Drops the scratch stack back to {@code base} (the nodes are in the tree by now). */
    private void pop(int base) {
      top = base;
    }

    private void checkDepth(int at, int line, int column, int depth) {
      if (depth > limits.maxDepth()) {
        throw new BadInputException(
            path(at).toString(),
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
              : PrintableText.escape(message.replaceAll("[\\s\\u2028\\u2029]+", " ").trim());
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
        return path(length);
      }
      if (chain.isEmpty()) {
        return path(length);
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

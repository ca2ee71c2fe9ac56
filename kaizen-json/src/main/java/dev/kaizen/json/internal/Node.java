package dev.kaizen.json.internal;

import dev.kaizen.json.BadInputException;
import dev.kaizen.validation.JsonPath;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read from the input, with the path and the line/column where it starts, so that
 * every later complaint about it can say where it is.
 */
public abstract class Node {
  /** What kind of JSON value a node is. */
  public enum Type {
    /** A JSON object. */
    OBJECT("an object"),
    /** A JSON array. */
    ARRAY("an array"),
    /** A JSON string. */
    STRING("a string"),
    /** A JSON number. */
    NUMBER("a number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("a boolean"),
    /** {@code null}. */
    NULL("null");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    /**
     * Returns the type in words, with its article.
     *
     * @return such as "an object"
     */
    public String description() {
      return description;
    }
  }

  private final JsonPath path;
  private final int line;
  private final int column;

  Node(JsonPath path, int line, int column) {
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the node's type.
   *
   * @return the type
   */
  public abstract Type type();

  /**
   * Returns the node's path.
   *
   * @return the path
   */
  public JsonPath path() {
    return path;
  }

  /**
   * Returns a bad-input exception about this node.
   *
   * @param problem what is wrong
   * @return the exception, to be thrown
   */
  public BadInputException bad(String problem) {
    return new BadInputException(path.toString(), line, column, problem);
  }

  /**
   * Returns this node's value in words, quoted and shortened, for messages.
   *
   * @return such as {@code "2024-02-30"} or {@code 7} or {@code an object}
   */
  public abstract String shown();

  /** An object, with its members in document order. */
  public static final class ObjectNode extends Node {
    private final Map<String, Node> members;

    ObjectNode(JsonPath path, int line, int column, LinkedHashMap<String, Node> members) {
      super(path, line, column);
      this.members = Collections.unmodifiableMap(members);
    }

    @Override
    public Type type() {
      return Type.OBJECT;
    }

    /**
     * Returns the members in document order.
     *
     * @return name to value
     */
    public Map<String, Node> members() {
      return members;
    }

    @Override
    public String shown() {
      return "an object";
    }
  }

  /** An array. */
  public static final class ArrayNode extends Node {
    private final List<Node> elements;

    ArrayNode(JsonPath path, int line, int column, List<Node> elements) {
      super(path, line, column);
      this.elements = Collections.unmodifiableList(elements);
    }

    @Override
    public Type type() {
      return Type.ARRAY;
    }

    /**
     * Returns the elements in order.
     *
     * @return the elements
     */
    public List<Node> elements() {
      return elements;
    }

    @Override
    public String shown() {
      return "an array";
    }
  }

  /** A string, a number (with its exact text), a boolean or null. */
  public static final class ScalarNode extends Node {
    private final Type type;
    private final String text;
    private final boolean integral;

    ScalarNode(JsonPath path, int line, int column, Type type, String text, boolean integral) {
      super(path, line, column);
      this.type = type;
      this.text = text;
      this.integral = integral;
    }

    @Override
    public Type type() {
      return type;
    }

    /**
     * Returns the text: the string's value, or the number's digits as written.
     *
     * @return the text
     */
    public String text() {
      return text;
    }

    /**
     * Tells whether a number was written without fraction or exponent.
     *
     * @return true for a whole-number token
     */
    public boolean integral() {
      return integral;
    }

    @Override
    public String shown() {
      switch (type) {
        case STRING:
          String shortened = text.length() > 60 ? text.substring(0, 57) + "..." : text;
          return "\""
              + Printable.escape(shortened.replace("\\", "\\\\").replace("\"", "\\\""))
              + "\"";
        case NUMBER:
          return text.length() > 40 ? text.substring(0, 37) + "..." : text;
        default:
          return text;
      }
    }
  }
}

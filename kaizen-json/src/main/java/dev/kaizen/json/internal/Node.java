package dev.kaizen.json.internal;

import dev.kaizen.core.PrintableText;
import dev.kaizen.json.BadInputException;
import dev.kaizen.validation.JsonPath;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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

  // Where the node is: its parent and its name or index there, set once by the parent's
  // constructor; the path itself is formatted only when asked for (for a message).
  private Node parent;
  private String name;
  private int index = -1;
  private final int line;
  private final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  final void placeIn(Node parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
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
    if (parent == null) {
      return JsonPath.root();
    }
    JsonPath above = parent.path();
    return name != null ? above.property(name) : above.index(index);
  }

  /**
   * Returns a bad-input exception about this node.
   *
   * @param problem what is wrong
   * @return the exception, to be thrown
   */
  public BadInputException bad(String problem) {
    return new BadInputException(path().toString(), line, column, problem);
  }

  /**
   * Returns this node's value in words, quoted and shortened, for messages.
   *
   * @return such as {@code "2024-02-30"} or {@code 7} or {@code an object}
   */
  public abstract String shown();

  /** An object, with its members in document order. */
  public static final class ObjectNode extends Node {
    /** Above this many members, lookups go through a hash index instead of a linear scan. */
    static final int LINEAR = 16;

    private final String[] names;
    private final Node[] values;
    private Map<String, Integer> index;
    private Map<String, Node> members;

    ObjectNode(int line, int column, String[] names, Node[] values) {
      super(line, column);
      this.names = names;
      this.values = values;
      for (int i = 0; i < names.length; i++) {
        values[i].placeIn(this, names[i], -1);
      }
      if (names.length > LINEAR) {
        Map<String, Integer> byName = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
          byName.put(names[i], i);
        }
        this.index = byName;
      }
    }

    @Override
    public Type type() {
      return Type.OBJECT;
    }

    /**
     * Returns the number of members.
     *
     * @return the count
     */
    public int size() {
      return names.length;
    }

    /**
     * Returns the name of the member at {@code position}, in document order.
     *
     * @param position from 0
     * @return the name
     */
    public String name(int position) {
      return names[position];
    }

    /**
     * Returns the value of the member at {@code position}, in document order.
     *
     * @param position from 0
     * @return the value
     */
    public Node value(int position) {
      return values[position];
    }

    /**
     * Returns the position of the member called {@code name}.
     *
     * @param name the name
     * @return its position, or -1 when absent
     */
    public int position(String name) {
      if (index != null) {
        Integer at = index.get(name);
        return at == null ? -1 : at;
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Returns the members in document order.
     *
     * @return name to value
     */
    public Map<String, Node> members() {
      if (members == null) {
        LinkedHashMap<String, Node> map = new LinkedHashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
          map.put(names[i], values[i]);
        }
        members = Collections.unmodifiableMap(map);
      }
      return members;
    }

    @Override
    public String shown() {
      return "an object";
    }
  }

  /** An array. */
  public static final class ArrayNode extends Node {
    private final Node[] elements;

    ArrayNode(int line, int column, Node[] elements) {
      super(line, column);
      for (int i = 0; i < elements.length; i++) {
        elements[i].placeIn(this, null, i);
      }
      this.elements = elements;
    }

    /**
     * Returns the number of elements.
     *
     * @return the size
     */
    public int size() {
      return elements.length;
    }

    /**
     * Returns the element at {@code index}.
     *
     * @param index from 0
     * @return the element
     */
    public Node element(int index) {
      return elements[index];
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
      return Collections.unmodifiableList(Arrays.asList(elements));
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

    ScalarNode(int line, int column, Type type, String text, boolean integral) {
      super(line, column);
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
              + PrintableText.escape(shortened.replace("\\", "\\\\").replace("\"", "\\\""))
              + "\"";
        case NUMBER:
          return text.length() > 40 ? text.substring(0, 37) + "..." : text;
        default:
          return text;
      }
    }
  }
}

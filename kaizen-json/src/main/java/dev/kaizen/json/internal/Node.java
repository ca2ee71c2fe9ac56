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

  // Where the node is: its parent and its position there (a member's name is the parent's), set
  // once by the parent; the path itself is formatted only when asked for (for a message).
  private Node parent;
  private int index = -1;
  private final int line;
  private final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  final void placeIn(Node parent, int index) {
    this.parent = parent;
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
    return parent instanceof ObjectNode
        ? above.property(((ObjectNode) parent).name(index))
        : above.index(index);
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

  /** Packs a line and a column into one {@code long}, as the readers keep them for strings. */
  static long where(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFF_FFFFL);
  }

  private static Node stringNode(long where, String text) {
    return new ScalarNode((int) (where >>> 32), (int) where, Type.STRING, text, false);
  }

  /** The string a member or element holds: kept as is, or in its string node; else null. */
  private static String string(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof ScalarNode && ((ScalarNode) value).type == Type.STRING) {
      return ((ScalarNode) value).text;
    }
    return null;
  }

  /** An object, with its members in document order. */
  public static final class ObjectNode extends Node {
    /** Above this many members, lookups go through a hash index instead of a linear scan. */
    static final int LINEAR = 16;

    private final String[] names;
    // A member's value is its node, or, for a string read without one, the string itself: its node
    // (with the line and column in `where`) is made only when someone asks for the node.
    private final Object[] values;
    private final long[] where;
    private Map<String, Integer> index;
    private Map<String, Node> members;

    ObjectNode(int line, int column, String[] names, Object[] values, long[] where) {
      super(line, column);
      this.names = names;
      this.values = values;
      this.where = where;
      for (int i = 0; i < names.length; i++) {
        if (values[i] instanceof Node) {
          ((Node) values[i]).placeIn(this, i);
        }
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
      Object value = values[position];
      if (value instanceof Node) {
        return (Node) value;
      }
      Node node = stringNode(where[position], (String) value);
      node.placeIn(this, position);
      values[position] = node;
      return node;
    }

    /**
     * Returns the value of the member at {@code position} when it is a string, without making its
     * node if it has none yet.
     *
     * @param position from 0
     * @return the string, or null when the value is not a string
     */
    public String string(int position) {
      return Node.string(values[position]);
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
          map.put(names[i], value(i));
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
    // An element is its node, or a string whose node is made only when asked for (see ObjectNode).
    private final Object[] elements;
    private final long[] where;

    ArrayNode(int line, int column, Object[] elements, long[] where) {
      super(line, column);
      for (int i = 0; i < elements.length; i++) {
        if (elements[i] instanceof Node) {
          ((Node) elements[i]).placeIn(this, i);
        }
      }
      this.elements = elements;
      this.where = where;
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
      Object element = elements[index];
      if (element instanceof Node) {
        return (Node) element;
      }
      Node node = stringNode(where[index], (String) element);
      node.placeIn(this, index);
      elements[index] = node;
      return node;
    }

    /**
     * Returns the element at {@code index} when it is a string, without making its node if it has
     * none yet.
     *
     * @param index from 0
     * @return the string, or null when the element is not a string
     */
    public String string(int index) {
      return Node.string(elements[index]);
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
      Node[] nodes = new Node[elements.length];
      for (int i = 0; i < nodes.length; i++) {
        nodes[i] = element(i);
      }
      return Collections.unmodifiableList(Arrays.asList(nodes));
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

package dev.kaizen.json.internal;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.PrintableText;
import dev.kaizen.core.Quarter;
import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;
import dev.kaizen.json.BadInputException;
import dev.kaizen.validation.JsonPath;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Strict access to the members of one JSON object, for binders. Every accessor marks its member as
 * known; {@link #end()} then rejects any member nobody asked for. Every failure is a {@link
 * BadInputException} naming the member's path and position. No coercion: {@code "7"} is not a
 * number and {@code 2.5} is not a whole number; {@code null} is never a value.
 */
public final class Fields {
  private final Node.ObjectNode object;
  // Which members were asked for: bit i of `marked` for the first 64, `markedBeyond` for the rest;
  // and the names asked for that the object lacks (made on the first), so that end()'s message can
  // list every name asked for: these and the names of the marked members.
  private String[] absent;
  private int absentCount;
  private long marked;
  private boolean[] markedBeyond;

  /**
   * Wraps {@code node}, which must be an object.
   *
   * @param node the node
   * @param what what the object is, for the message when it is not an object
   * @throws BadInputException when the node is not an object
   */
  public Fields(Node node, String what) {
    if (!(node instanceof Node.ObjectNode)) {
      throw node.bad("expected " + what + " (a JSON object), not " + node.shown());
    }
    this.object = (Node.ObjectNode) node;
  }

  /**
   * Returns the object itself.
   *
   * @return the object node
   */
  public Node.ObjectNode node() {
    return object;
  }

  /**
   * Tells whether the member is present (even if null).
   *
   * @param name the member
   * @return true when present
   */
  public boolean has(String name) {
    return object.position(name) >= 0;
  }

  /** Records that {@code name} was asked for; returns its member, or null when absent. */
  private Node ask(String name) {
    int at = askAt(name);
    return at < 0 ? null : object.value(at);
  }

  /** Records that {@code name} was asked for; returns its position, or -1 when absent. */
  private int askAt(String name) {
    int at = object.position(name);
    if (at < 0) {
      if (absent == null) {
        absent = new String[4];
      } else if (absentCount == absent.length) {
        absent = Arrays.copyOf(absent, absentCount * 2);
      }
      absent[absentCount++] = name;
      return -1;
    }
    if (at < 64) {
      marked |= 1L << at;
    } else {
      if (markedBeyond == null) {
        markedBeyond = new boolean[object.size() - 64];
      }
      markedBeyond[at - 64] = true;
    }
    return at;
  }

  private boolean isMarked(int at) {
    return at < 64 ? (marked & (1L << at)) != 0 : markedBeyond != null && markedBeyond[at - 64];
  }

  /**
   * Returns a required boolean.
   *
   * @param name the member
   * @return the boolean
   */
  public boolean bool(String name) {
    return asBoolean(required(name));
  }

  /**
   * Returns a present, non-null member, marking it known.
   *
   * @param name the member
   * @return its node
   * @throws BadInputException when missing or null
   */
  public Node required(String name) {
    Node node = ask(name);
    if (node == null) {
      throw object.bad("the required property \"" + PrintableText.escape(name) + "\" is missing");
    }
    if (node.type() == Node.Type.NULL) {
      throw node.bad(
          "the required property \"" + PrintableText.escape(name) + "\" is null; give it a value");
    }
    return node;
  }

  /**
   * Returns a member if present, marking it known. An optional member may not be null either: leave
   * it out instead.
   *
   * @param name the member
   * @return its node, or empty when absent
   * @throws BadInputException when null
   */
  public Optional<Node> optional(String name) {
    Node node = ask(name);
    if (node == null) {
      return Optional.empty();
    }
    if (node.type() == Node.Type.NULL) {
      throw node.bad(
          "the property \"" + PrintableText.escape(name) + "\" is null; leave it out instead");
    }
    return Optional.of(node);
  }

  /**
   * Returns a member that must be present but may be {@code null}, marking it known: the form of
   * derived values, whose names are always there.
   *
   * @param name the member
   * @return its node, or empty when it is {@code null}
   * @throws BadInputException when missing
   */
  public Optional<Node> nullable(String name) {
    Node node = ask(name);
    if (node == null) {
      throw object.bad("the required property \"" + PrintableText.escape(name) + "\" is missing");
    }
    return node.type() == Node.Type.NULL ? Optional.empty() : Optional.of(node);
  }

  /**
   * Returns a number member that must be present but may be {@code null}.
   *
   * @param name the member
   * @return the number, or empty when {@code null}
   */
  public OptionalDouble nullableNumber(String name) {
    Optional<Node> node = nullable(name);
    return node.isPresent() ? OptionalDouble.of(asNumber(node.get())) : OptionalDouble.empty();
  }

  /**
   * Returns a string member that must be present but may be {@code null}.
   *
   * @param name the member
   * @return the string, or empty when {@code null}
   */
  public Optional<String> nullableString(String name) {
    return nullable(name).map(Fields::asString);
  }

  /**
   * Rejects members that no accessor asked for.
   *
   * @throws BadInputException naming the first unknown member and the known ones
   */
  public void end() {
    for (int i = 0; i < object.size(); i++) {
      if (!isMarked(i)) {
        Set<String> asked = new TreeSet<>();
        for (int k = 0; k < object.size(); k++) {
          if (isMarked(k)) {
            asked.add(object.name(k));
          }
        }
        for (int k = 0; k < absentCount; k++) {
          asked.add(absent[k]);
        }
        List<String> allowed = ImmutableList.copyOf(asked);
        throw object
            .value(i)
            .bad(
                "unknown property \""
                    + PrintableText.escape(object.name(i))
                    + "\"; the properties here are "
                    + allowed);
      }
    }
  }

  // ------------------------------------------------------------------ scalars

  /**
   * Returns a required string.
   *
   * @param name the member
   * @return the string
   */
  public String string(String name) {
    String text = stringOrNull(name);
    return text != null ? text : asString(required(name));
  }

  /**
   * Asks for {@code name} and returns its string when the member is a string, without its node;
   * null otherwise (absent, or not a string), when the caller takes the path through the node,
   * which gives the message.
   */
  private String stringOrNull(String name) {
    int at = askAt(name);
    return at < 0 ? null : object.string(at);
  }

  /** The date a string spells, or null when it is not a date that exists. */
  private static LocalDate dateOrNull(String text) {
    if (text == null || !isDateShape(text)) {
      return null;
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Returns an optional string.
   *
   * @param name the member
   * @return the string, or empty
   */
  public Optional<String> optString(String name) {
    String text = stringOrNull(name);
    return text != null ? Optional.of(text) : optional(name).map(Fields::asString);
  }

  /**
   * Returns a required finite number.
   *
   * @param name the member
   * @return the number
   */
  public double number(String name) {
    return asNumber(required(name));
  }

  /**
   * Returns an optional finite number.
   *
   * @param name the member
   * @return the number, or empty
   */
  public OptionalDouble optNumber(String name) {
    Optional<Node> node = optional(name);
    return node.isPresent() ? OptionalDouble.of(asNumber(node.get())) : OptionalDouble.empty();
  }

  /**
   * Returns a required whole number that fits an {@code int}.
   *
   * @param name the member
   * @return the number
   */
  public int wholeNumber(String name) {
    return asWholeNumber(required(name));
  }

  /**
   * Returns an optional whole number that fits an {@code int}.
   *
   * @param name the member
   * @return the number, or empty
   */
  public OptionalInt optWholeNumber(String name) {
    Optional<Node> node = optional(name);
    return node.isPresent() ? OptionalInt.of(asWholeNumber(node.get())) : OptionalInt.empty();
  }

  /**
   * Returns a required ISO-8601 calendar date that exists.
   *
   * @param name the member
   * @return the date
   */
  public LocalDate date(String name) {
    LocalDate date = dateOrNull(stringOrNull(name));
    return date != null ? date : asDate(required(name));
  }

  /**
   * Returns an optional ISO-8601 calendar date that exists.
   *
   * @param name the member
   * @return the date, or empty
   */
  public Optional<LocalDate> optDate(String name) {
    LocalDate date = dateOrNull(stringOrNull(name));
    return date != null ? Optional.of(date) : optional(name).map(Fields::asDate);
  }

  /**
   * Returns a required quarter such as {@code "2024-Q1"}.
   *
   * @param name the member
   * @return the quarter
   */
  public Quarter quarter(String name) {
    Node node = required(name);
    String text = asString(node);
    try {
      return Quarter.parse(text);
    } catch (IllegalArgumentException e) {
      throw node.bad(
          node.shown()
              + " is not a quarter that exists; write a quarter like \"2024-Q1\" (Q1 to Q4)");
    }
  }

  /**
   * Returns a required enum value given by its token.
   *
   * @param name the member
   * @param type the enum
   * @param <E> the enum type
   * @return the constant
   */
  public <E extends Enum<E> & Tokenized> E token(String name, Class<E> type) {
    String text = stringOrNull(name);
    Optional<E> token = text == null ? Optional.empty() : Tokens.parse(type, text);
    return token.isPresent() ? token.get() : asToken(required(name), type);
  }

  /**
   * Returns an optional enum value given by its token.
   *
   * @param name the member
   * @param type the enum
   * @param <E> the enum type
   * @return the constant, or empty
   */
  public <E extends Enum<E> & Tokenized> Optional<E> optToken(String name, Class<E> type) {
    String text = stringOrNull(name);
    Optional<E> token = text == null ? Optional.empty() : Tokens.parse(type, text);
    return token.isPresent() ? token : optional(name).map(node -> asToken(node, type));
  }

  // ------------------------------------------------------------------ composites

  /**
   * Binds a required nested object.
   *
   * @param name the member
   * @param what what the object is, for messages
   * @param binder reads the object's fields; {@link #end()} is called after it
   * @param <T> the bound type
   * @return the value
   */
  public <T> T object(String name, String what, Function<Fields, T> binder) {
    return bind(required(name), what, binder);
  }

  /**
   * Binds an optional nested object.
   *
   * @param name the member
   * @param what what the object is, for messages
   * @param binder reads the object's fields
   * @param <T> the bound type
   * @return the value, or empty
   */
  public <T> Optional<T> optObject(String name, String what, Function<Fields, T> binder) {
    return optional(name).map(node -> bind(node, what, binder));
  }

  /**
   * Binds a required array of objects.
   *
   * @param name the member
   * @param what what each element is, for messages
   * @param binder reads one element's fields
   * @param <T> the element type
   * @return the values, in order
   */
  public <T> List<T> objects(String name, String what, Function<Fields, T> binder) {
    return bindAll(asArray(required(name)), node -> bind(node, what, binder));
  }

  /**
   * Binds an optional array of objects; absent is an empty list.
   *
   * @param name the member
   * @param what what each element is, for messages
   * @param binder reads one element's fields
   * @param <T> the element type
   * @return the values, in order, or an empty list
   */
  public <T> List<T> optObjects(String name, String what, Function<Fields, T> binder) {
    Optional<Node> node = optional(name);
    return node.isPresent()
        ? bindAll(asArray(node.get()), n -> bind(n, what, binder))
        : ImmutableList.of();
  }

  /**
   * Binds a required array whose elements are read by {@code reader}.
   *
   * @param name the member
   * @param reader reads one element node
   * @param <T> the element type
   * @return the values, in order
   */
  public <T> List<T> array(String name, Function<Node, T> reader) {
    return bindAll(asArray(required(name)), reader);
  }

  /**
   * Binds an optional array whose elements are read by {@code reader}; absent is an empty list.
   *
   * @param name the member
   * @param reader reads one element node
   * @param <T> the element type
   * @return the values, in order, or an empty list
   */
  public <T> List<T> optArray(String name, Function<Node, T> reader) {
    Optional<Node> node = optional(name);
    return node.isPresent() ? bindAll(asArray(node.get()), reader) : ImmutableList.of();
  }

  /**
   * Returns a required array of strings.
   *
   * @param name the member
   * @return the strings
   */
  public List<String> strings(String name) {
    return bindStrings(asArray(required(name)));
  }

  /**
   * Returns an optional array of strings; absent is an empty list.
   *
   * @param name the member
   * @return the strings, or an empty list
   */
  public List<String> optStrings(String name) {
    Optional<Node> node = optional(name);
    return node.isPresent() ? bindStrings(asArray(node.get())) : ImmutableList.of();
  }

  /** Binds an array of strings, taking each string as the reader kept it (without a node). */
  private static List<String> bindStrings(Node.ArrayNode array) {
    int size = array.size();
    if (size == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      String text = array.string(i);
      if (text == null) {
        Node element = array.element(i);
        if (element.type() == Node.Type.NULL) {
          throw element.bad("null is not allowed in this list; remove it");
        }
        text = asString(element);
      }
      out.add(text);
    }
    return out.build();
  }

  // ------------------------------------------------------------------ node conversions

  /**
   * Binds {@code node} as an object with {@code binder}, then rejects unknown members. A builder
   * precondition that fails ({@link IllegalArgumentException} or {@link IllegalStateException})
   * becomes bad input at the object.
   *
   * @param node the node
   * @param what what the object is, for messages
   * @param binder reads the object's fields
   * @param <T> the bound type
   * @return the value
   */
  public static <T> T bind(Node node, String what, Function<Fields, T> binder) {
    Fields fields = new Fields(node, what);
    T value = build(node, () -> binder.apply(fields));
    fields.end();
    return value;
  }

  /**
   * Runs {@code builder}, turning a failed precondition into bad input at {@code node}.
   *
   * @param node where the value comes from
   * @param builder builds the value
   * @param <T> the value type
   * @return the value
   */
  public static <T> T build(Node node, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e.getCause() instanceof BadInputException) {
        throw (BadInputException) e.getCause();
      }
      throw node.bad(String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads a string node.
   *
   * @param node the node
   * @return its text
   */
  public static String asString(Node node) {
    if (node.type() != Node.Type.STRING) {
      throw node.bad("expected a string, not " + node.shown());
    }
    return ((Node.ScalarNode) node).text();
  }

  /**
   * Reads a JSON path as {@link JsonPath#toString()} writes it (stored violations, evidence
   * summaries).
   *
   * @param node the node
   * @return the path
   */
  public static JsonPath asPath(Node node) {
    String text = asString(node);
    try {
      return JsonPath.parse(text);
    } catch (IllegalArgumentException e) {
      throw node.bad(node.shown() + " is not a JSON path such as \"$.changes[1]\"");
    }
  }

  /**
   * Reads a boolean node.
   *
   * @param node the node
   * @return its value
   */
  public static boolean asBoolean(Node node) {
    if (node.type() != Node.Type.BOOLEAN) {
      throw node.bad("expected true or false, not " + node.shown());
    }
    return ((Node.ScalarNode) node).text().equals("true");
  }

  /**
   * Reads a number node as a finite double.
   *
   * @param node the node
   * @return the number
   */
  public static double asNumber(Node node) {
    if (node.type() != Node.Type.NUMBER) {
      throw node.bad("expected a number, not " + node.shown());
    }
    String text = ((Node.ScalarNode) node).text();
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw node.bad(node.shown() + " is not a number");
    }
    if (!Double.isFinite(value)) {
      throw node.bad("the number " + node.shown() + " does not fit a double");
    }
    return value;
  }

  /**
   * Reads a number node as a whole number that fits an {@code int}.
   *
   * @param node the node
   * @return the number
   */
  public static int asWholeNumber(Node node) {
    if (node.type() != Node.Type.NUMBER) {
      throw node.bad("expected a whole number, not " + node.shown());
    }
    Node.ScalarNode scalar = (Node.ScalarNode) node;
    if (!scalar.integral()) {
      throw node.bad("expected a whole number, not " + node.shown());
    }
    String text = scalar.text();
    if (text.length() <= 10) {
      // At most ten characters: a sign and nine digits, or ten digits; fits a long.
      long value = Long.parseLong(text);
      if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
        return (int) value;
      }
    }
    try {
      return new BigDecimal(text).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw node.bad(
          "the whole number "
              + node.shown()
              + " is too large; the largest allowed is "
              + Integer.MAX_VALUE);
    }
  }

  /**
   * Reads a string node as an ISO-8601 date that exists.
   *
   * @param node the node
   * @return the date
   */
  public static LocalDate asDate(Node node) {
    String text = asString(node);
    if (!isDateShape(text)) {
      throw node.bad(
          node.shown() + " is not a date; write a date like \"2024-03-31\" (YYYY-MM-DD)");
    }
    LocalDate date = dateOrNull(text);
    if (date == null) {
      throw node.bad(node.shown() + " is not a date that exists");
    }
    return date;
  }

  /** Tells whether {@code text} is four, two and two ASCII digits joined by hyphens. */
  private static boolean isDateShape(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /**
   * Reads a string node as an enum token.
   *
   * @param node the node
   * @param type the enum
   * @param <E> the enum type
   * @return the constant
   */
  public static <E extends Enum<E> & Tokenized> E asToken(Node node, Class<E> type) {
    String text = asString(node);
    return Tokens.parse(type, text)
        .orElseThrow(
            () ->
                node.bad(
                    node.shown() + " is not allowed here; use one of " + Tokens.allowed(type)));
  }

  /**
   * Reads an array node.
   *
   * @param node the node
   * @return the array
   */
  public static Node.ArrayNode asArray(Node node) {
    if (!(node instanceof Node.ArrayNode)) {
      throw node.bad("expected an array, not " + node.shown());
    }
    return (Node.ArrayNode) node;
  }

  private static <T> List<T> bindAll(Node.ArrayNode array, Function<Node, T> reader) {
    int size = array.size();
    if (size == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      Node element = array.element(i);
      if (element.type() == Node.Type.NULL) {
        throw element.bad("null is not allowed in this list; remove it");
      }
      out.add(reader.apply(element));
    }
    return out.build();
  }
}

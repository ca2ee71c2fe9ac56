package dev.kaizen.validation;

import dev.kaizen.core.PrintableText;
import java.util.Objects;

/**
 * A JSON-style path to a place in a document, such as {@code $.changes[1].implemented}. Paths use
 * the JSON property names of DOMAIN.md, also for documents built in Java.
 *
 * <p>Immutable: {@link #property(String)} and {@link #index(int)} return new paths. Property names
 * that are not plain identifiers are written in brackets: {@code $['odd name']}, with {@code \} and
 * {@code '} escaped by a backslash and every unprintable code point (controls, line and paragraph
 * separators, format characters such as U+FEFF, lone surrogates, private-use and unassigned code
 * points) escaped as {@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f} or <code>&#92;u2028
 * </code> style: a path is always one printable line, whatever the name held.
 */
public final class JsonPath {
  private static final JsonPath ROOT = new JsonPath("$");

  // A path is its parent and one step (a name, or an index when name is null); its text is
  // formatted on first use and kept. A path with no parent holds its text from the start.
  private final JsonPath parent;
  private final String name;
  private final int index;
  private String text;

  private JsonPath(String text) {
    this.parent = null;
    this.name = null;
    this.index = -1;
    this.text = text;
  }

  private JsonPath(JsonPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /**
   * Returns the path of the document itself, {@code $}.
   *
   * @return the root path
   */
  public static JsonPath root() {
    return ROOT;
  }

  /**
   * Returns the path of property {@code name} of the object at this path.
   *
   * @param name the JSON property name
   * @return the longer path
   */
  public JsonPath property(String name) {
    return new JsonPath(this, Objects.requireNonNull(name, "name"), -1);
  }

  private static String format(String text, String name) {
    if (isIdentifier(name)) {
      return text + "." + name;
    }
    StringBuilder out = new StringBuilder(text.length() + name.length() + 4).append(text);
    out.append("['");
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int n = Character.charCount(cp);
      if (cp == '\\' || cp == '\'') {
        out.append('\\').append((char) cp);
      } else if (PrintableText.isPrintable(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(PrintableText.escape(name.substring(i, i + n)));
      }
      i += n;
    }
    return out.append("']").toString();
  }

  /** Tells whether {@code name} matches {@code [A-Za-z_][A-Za-z0-9_-]*}. */
  private static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    char first = name.charAt(0);
    if (!(first == '_' || (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z'))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c == '_'
          || c == '-'
          || (c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the path of element {@code index} (from 0) of the array at this path.
   *
   * @param index the position in the array, from 0
   * @return the longer path
   */
  public JsonPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, not " + index);
    }
    return new JsonPath(this, null, index);
  }

  /**
   * Returns this path below {@code prefix}: {@code $.a} below {@code $.evidence[2]} is {@code
   * $.evidence[2].a}. Used when a document is embedded in another one.
   *
   * @param prefix the path of the embedded document
   * @return the combined path
   */
  public JsonPath under(JsonPath prefix) {
    return new JsonPath(prefix.toString() + toString().substring(1));
  }

  /**
   * Reads a path as {@link #toString()} writes it, such as {@code $.changes[1].implemented} or
   * {@code $['odd name'][0]}: the inverse of {@code toString()}, for paths stored in reports.
   *
   * @param text the path's text
   * @return the path
   * @throws IllegalArgumentException when {@code text} is not a path this class writes
   */
  public static JsonPath parse(String text) {
    int at = syntaxError(text);
    if (at >= 0) {
      throw new IllegalArgumentException(
          "not a JSON path at character "
              + (at + 1)
              + ": "
              + ROOT.property(text).toString().substring(1));
    }
    return text.equals("$") ? ROOT : new JsonPath(text);
  }

  /** The index of the first character that breaks the path syntax, or -1. */
  private static int syntaxError(String text) {
    if (text.isEmpty() || text.charAt(0) != '$') {
      return 0;
    }
    int i = 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        if (!isIdentifier(text.substring(i + 1, end))) {
          return i + 1;
        }
        i = end;
      } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        int k = i + 2;
        while (k < text.length() && text.charAt(k) != '\'') {
          if (text.charAt(k) == '\\') {
            k++;
          } else if (!PrintableText.isPrintable(text.codePointAt(k))) {
            return k;
          }
          k += k < text.length() ? Character.charCount(text.codePointAt(k)) : 1;
        }
        if (k + 1 >= text.length() || text.charAt(k + 1) != ']') {
          return Math.min(k, text.length() - 1);
        }
        i = k + 2;
      } else if (c == '[') {
        int k = i + 1;
        while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
          k++;
        }
        boolean canonical = k > i + 1 && (text.charAt(i + 1) != '0' || k == i + 2);
        if (!canonical || k >= text.length() || text.charAt(k) != ']' || k - i - 1 > 9) {
          return i + 1;
        }
        i = k + 1;
      } else {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonPath && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** Returns the path as text, such as {@code $.changes[1].implemented}. */
  @Override
  public String toString() {
    String formatted = text;
    if (formatted == null) {
      String above = parent.toString();
      formatted = name != null ? format(above, name) : above + "[" + index + "]";
      text = formatted;
    }
    return formatted;
  }
}

package dev.kaizen.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one SVG picture as text: elements in the order they are added, attributes in the order
 * given, numbers with {@link Locale#ROOT} and a fixed number of decimals, so that the same calls
 * always give the same bytes. Every text is XML-escaped. Not thread-safe: one instance draws one
 * picture, then is dropped.
 *
 * <p>Text is measured by an estimate of the width of a sans-serif glyph ({@value #GLYPH_WIDTH} of
 * the font size, {@value #BOLD} times that in bold); a label longer than its room is cut with an
 * ellipsis, and its full text goes into a {@code <title>} of the element so that a pointer or a
 * screen reader still gets it.
 */
final class Svg {
  /** The width of the view box every picture is drawn in, in user units. */
  static final double WIDTH = 640;

  /** The font size of ordinary text: legible when the picture is shown 320 pixels wide. */
  static final double TEXT = 13;

  /** The smallest font size any text gets. */
  static final double SMALL = 12;

  /** The font size of a picture's heading. */
  static final double HEADING = 18;

  /** The estimated width of a glyph, as a fraction of the font size. */
  static final double GLYPH_WIDTH = 0.55;

  /** How much wider bold glyphs are measured than regular ones. */
  static final double BOLD = 1.1;

  static final String INK = "#1f2933";
  static final String MUTED = "#52606d";
  static final String LINE = "#9aa5b1";
  static final String GOOD = "#1e7b34";
  static final String GOOD_FILL = "#d8f0dd";
  static final String BAD = "#b42318";
  static final String BAD_FILL = "#fde4e1";
  static final String CURRENT = "#b25e09";
  static final String CURRENT_FILL = "#fff1d6";
  static final String ACCENT = "#1d4ed8";
  static final String PALE = "#f5f7fa";

  private static final String ELLIPSIS = "\u2026";

  private final StringBuilder body = new StringBuilder();
  private final String idPrefix;

  /**
   * Starts a picture.
   *
   * @param idPrefix the prefix of the ids of its title and description, one per kind of picture
   */
  Svg(String idPrefix) {
    this.idPrefix = idPrefix;
  }

  // ---------------------------------------------------------------- the whole picture

  /**
   * Returns the finished picture: the root element with its view box, its title and description for
   * screen readers, the definitions, a white background, and what was drawn.
   */
  String finish(String title, String description, double height) {
    String h = num(height);
    StringBuilder svg = new StringBuilder(body.length() + 2048);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
        .append(" width=\"")
        .append(num(WIDTH))
        .append("\" height=\"")
        .append(h)
        .append("\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(h)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(idPrefix)
        .append("-title ")
        .append(idPrefix)
        .append("-desc\" font-family=\"sans-serif\" font-size=\"")
        .append(num(TEXT))
        .append("\">\n");
    svg.append("<title id=\"")
        .append(idPrefix)
        .append("-title\">")
        .append(escape(title))
        .append("</title>\n");
    svg.append("<desc id=\"")
        .append(idPrefix)
        .append("-desc\">")
        .append(escape(description))
        .append("</desc>\n");
    svg.append("<defs>\n")
        .append("<marker id=\"")
        .append(idPrefix)
        .append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\"")
        .append(" markerHeight=\"8\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
        .append(ACCENT)
        .append("\"/></marker>\n")
        .append("</defs>\n");
    svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"")
        .append(num(WIDTH))
        .append("\" height=\"")
        .append(h)
        .append("\" fill=\"#ffffff\"/>\n");
    svg.append(body);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The reference of the arrow-head marker, for {@code marker-end}. */
  String arrow() {
    return "url(#" + idPrefix + "-arrow)";
  }

  // ---------------------------------------------------------------- elements

  /** Opens a group; {@code attributes} are name, value pairs. */
  Svg open(String... attributes) {
    body.append("<g");
    attributes(attributes);
    body.append(">\n");
    return this;
  }

  /** Opens a group with a {@code <title>} that names what it shows (a tooltip, and for readers). */
  Svg openTitled(String title, String... attributes) {
    open(attributes);
    body.append("<title>").append(escape(title)).append("</title>\n");
    return this;
  }

  /** Closes the innermost group. */
  Svg close() {
    body.append("</g>\n");
    return this;
  }

  /** An empty element, such as {@code rect}, {@code line} or {@code circle}. */
  Svg element(String name, String... attributes) {
    body.append('<').append(name);
    attributes(attributes);
    body.append("/>\n");
    return this;
  }

  /** A rectangle. */
  Svg rect(double x, double y, double width, double height, String... more) {
    String[] attributes = {
      "x", num(x), "y", num(y), "width", num(Math.max(0, width)), "height", num(Math.max(0, height))
    };
    return element("rect", concat(attributes, more));
  }

  /** A straight line. */
  Svg line(double x1, double y1, double x2, double y2, String... more) {
    String[] attributes = {"x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2)};
    return element("line", concat(attributes, more));
  }

  /** A circle. */
  Svg circle(double cx, double cy, double r, String... more) {
    String[] attributes = {"cx", num(cx), "cy", num(cy), "r", num(r)};
    return element("circle", concat(attributes, more));
  }

  /**
   * One line of text that fits {@code room} user units: cut with an ellipsis when it does not, the
   * full text then in a {@code <title>} of the element.
   */
  Svg text(double x, double y, double size, double room, String text, String... more) {
    String shown = fit(text, measured(size, more), room);
    body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    if (size != TEXT) {
      body.append(" font-size=\"").append(num(Math.max(SMALL, size))).append('"');
    }
    attributes(more);
    body.append('>');
    if (!shown.equals(normalise(text))) {
      body.append("<title>").append(escape(text)).append("</title>");
    }
    body.append(escape(shown)).append("</text>\n");
    return this;
  }

  /**
   * Text wrapped into at most {@code maxLines} lines of {@code room} user units, the last one cut
   * with an ellipsis when the text does not fit; returns the number of lines drawn.
   */
  int wrapped(
      double x,
      double y,
      double size,
      double room,
      int maxLines,
      double lineHeight,
      String text,
      String... more) {
    List<String> lines = wrap(text, measured(size, more), room, maxLines);
    boolean cut = !String.join(" ", lines).equals(normalise(text));
    body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    if (size != TEXT) {
      body.append(" font-size=\"").append(num(Math.max(SMALL, size))).append('"');
    }
    attributes(more);
    body.append('>');
    if (cut) {
      body.append("<title>").append(escape(text)).append("</title>");
    }
    for (int i = 0; i < lines.size(); i++) {
      body.append("<tspan x=\"")
          .append(num(x))
          .append("\" dy=\"")
          .append(num(i == 0 ? 0 : lineHeight))
          .append("\">")
          .append(escape(lines.get(i)))
          .append("</tspan>");
    }
    body.append("</text>\n");
    return lines.size();
  }

  /** The size text is measured at: larger for bold text, whose glyphs are wider. */
  private static double measured(double size, String[] attributes) {
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i].equals("font-weight") && attributes[i + 1].equals("bold")) {
        return size * BOLD;
      }
    }
    return size;
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes come in name, value pairs, not " + attributes.length + " strings");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      body.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  // ---------------------------------------------------------------- text

  /** How many glyphs of {@code size} fit in {@code room} user units. */
  static int capacity(double size, double room) {
    return Math.max(1, (int) Math.floor(room / (GLYPH_WIDTH * size)));
  }

  /** The estimated width of {@code text} at {@code size}. */
  static double width(String text, double size) {
    return text.codePointCount(0, text.length()) * GLYPH_WIDTH * size;
  }

  /** {@code text} on one line, cut with an ellipsis when it is wider than {@code room}. */
  static String fit(String text, double size, double room) {
    String line = normalise(text);
    int capacity = capacity(size, room);
    int length = line.codePointCount(0, line.length());
    if (length <= capacity) {
      return line;
    }
    int end = line.offsetByCodePoints(0, Math.max(0, capacity - 1));
    return line.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /** {@code text} broken at spaces into at most {@code maxLines} lines that fit {@code room}. */
  static List<String> wrap(String text, double size, double room, int maxLines) {
    int capacity = capacity(size, room);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : normalise(text).split(" ")) {
      String rest = word;
      while (rest.codePointCount(0, rest.length()) > capacity) {
        // A word longer than a whole line is broken at the line's end.
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int end = rest.offsetByCodePoints(0, capacity);
        lines.add(rest.substring(0, end));
        rest = rest.substring(end);
      }
      int needed = rest.codePointCount(0, rest.length()) + (line.length() > 0 ? 1 : 0);
      if (line.length() > 0 && line.codePointCount(0, line.length()) + needed > capacity) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!rest.isEmpty()) {
        line.append(line.length() > 0 ? " " : "").append(rest);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    if (lines.size() <= maxLines) {
      return List.copyOf(lines);
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    String last = kept.get(maxLines - 1);
    kept.set(maxLines - 1, fit(last + " " + lines.get(maxLines) + ELLIPSIS, size, room));
    if (!kept.get(maxLines - 1).endsWith(ELLIPSIS)) {
      kept.set(maxLines - 1, kept.get(maxLines - 1) + ELLIPSIS);
    }
    return List.copyOf(kept);
  }

  /** Whitespace runs, line breaks included, become one space; the ends are trimmed. */
  static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Escapes {@code text} for XML content and attribute values; a character that XML 1.0 cannot hold
   * (a control character, a lone surrogate) becomes U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&apos;");
          break;
        default:
          if (allowed(cp)) {
            out.appendCodePoint(cp);
          } else {
            out.append('\uFFFD');
          }
      }
    }
    return out.toString();
  }

  private static boolean allowed(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  // ---------------------------------------------------------------- numbers

  /** A coordinate: one decimal, {@link Locale#ROOT}, never {@code -0.0}. */
  static String num(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.equals("-0.0") ? "0.0" : text;
  }

  /**
   * A value for people to read: at most two decimals, trailing zeros dropped; from a billion on, in
   * scientific notation with two decimals.
   */
  static String value(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    if (Math.abs(value) >= 1e9) {
      // Beyond a billion, the digits say less than the magnitude.
      return String.format(Locale.ROOT, "%.2e", value);
    }
    String text = String.format(Locale.ROOT, "%.2f", value);
    if (text.indexOf('.') >= 0) {
      text = text.replaceAll("0+$", "");
      if (text.endsWith(".")) {
        text = text.substring(0, text.length() - 1);
      }
    }
    return text.equals("-0") ? "0" : text;
  }

  /** A fraction for people to read, as a whole percentage. */
  static String percent(double share) {
    String text = String.format(Locale.ROOT, "%.0f%%", 100 * share);
    return text.equals("-0%") ? "0%" : text;
  }

  /** A fraction of a unit range with exactly two decimals, for positions on the matrix. */
  static String fixed2(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.equals("-0.00") ? "0.00" : text;
  }
}

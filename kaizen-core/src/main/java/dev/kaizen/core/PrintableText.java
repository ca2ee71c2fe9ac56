package dev.kaizen.core;

/**
 * Makes text safe to show on one line: every code point that is not printable becomes an escape.
 * Every message of the library that quotes a document (a violation's message, a path's property
 * names, a bad-input message) goes through it, so a message stays one printable line whatever the
 * bytes were; an application that shows a document's own text (a title, a contributor's name) on
 * one line can use it too.
 *
 * <p>Escaped: C0 controls and DEL ({@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f}, else
 * <code>&#92;u0001</code> style), C1 controls, the line and paragraph separators U+2028 and U+2029,
 * other format characters such as the byte order mark U+FEFF and zero-width characters, lone
 * surrogates, private-use and unassigned code points. Printable text, including every letter of
 * every script and emoji, is left alone, so escaping is idempotent.
 */
public final class PrintableText {
  private PrintableText() {}

  /**
   * Returns {@code text} with every unprintable code point escaped.
   *
   * @param text any text, also with lone surrogates
   * @return the same text when it is all printable, else an escaped copy
   */
  public static String escape(String text) {
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isPrintable(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (isPrintable(cp)) {
        out.appendCodePoint(cp);
      } else {
        for (int k = i; k < i + n; k++) {
          escapeUnit(out, text.charAt(k));
        }
      }
      i += n;
    }
    return out.toString();
  }

  /**
   * Tells whether {@code cp} may appear as is in a one-line message.
   *
   * @param cp a code point
   * @return false for controls, separators, format characters, surrogates, private-use and
   *     unassigned code points
   */
  public static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
        return false;
      default:
        return true;
    }
  }

  private static void escapeUnit(StringBuilder out, char c) {
    switch (c) {
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      case '\b':
        out.append("\\b");
        break;
      case '\f':
        out.append("\\f");
        break;
      default:
        out.append(String.format("\\u%04x", (int) c));
    }
  }
}

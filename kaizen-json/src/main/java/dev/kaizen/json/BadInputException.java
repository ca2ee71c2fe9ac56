package dev.kaizen.json;

import dev.kaizen.core.PrintableText;

/**
 * Input that cannot become a document at all: not JSON, empty, a root that is not an object,
 * trailing content, a duplicate key, a wrong type, a missing or null required property, an unknown
 * property, kind or version, a bad enum value, a date or quarter that does not exist, a number that
 * is not finite, or input past the {@link ReadLimits}.
 *
 * <p>The {@linkplain #getMessage() message} is one line: the JSON path, the line and column, and
 * what is wrong, such as {@code $.changes[1].implemented (line 12, column 20): "2024-02-30" is not
 * a date that exists}. Nothing half-built escapes a failed read. Text quoted from the input is
 * escaped where it is quoted; as a last line of defence the constructor escapes every unprintable
 * code point (CR, LF, other controls, U+2028, U+2029, format characters, lone surrogates) left in
 * the path and the problem, so {@link #path()}, {@link #problem()} and the message are always one
 * printable line.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the bad value, such as {@code $.potential.baseline}
   * @param line the line of the bad value, from 1, or 0 when unknown
   * @param column the column of the bad value, from 1, or 0 when unknown
   * @param problem what is wrong, in one line
   */
  public BadInputException(String path, int line, int column, String problem) {
    super(format(path, line, column, problem), null, false, false);
    this.path = PrintableText.escape(path);
    this.line = line;
    this.column = column;
    this.problem = PrintableText.escape(problem);
  }

  private static String format(String path, int line, int column, String problem) {
    String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    return PrintableText.escape(path) + where + ": " + PrintableText.escape(problem);
  }

  /**
   * Returns the JSON path of the bad value.
   *
   * @return the path, such as {@code $.changes[1].implemented}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the line of the bad value.
   *
   * @return the line, from 1, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the bad value.
   *
   * @return the column, from 1, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong, without path and position.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}

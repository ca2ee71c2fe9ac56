package dev.kaizen.validation;

import dev.kaizen.core.Checks;
import dev.kaizen.core.PrintableText;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One broken rule: where ({@link #path()}), which rule ({@link #rule()}, with its stable {@link
 * #code()} and {@link #severity()}), and a plain-English {@link #message()} that says what is wrong
 * and how to fix it.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractViolation {
  /**
   * Returns where the rule is broken, using the JSON property names.
   *
   * @return the path, such as {@code $.changes[1].implemented}
   */
  @Value.Parameter
  public abstract JsonPath path();

  /**
   * Returns the rule that is broken.
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract RuleCode rule();

  /**
   * Returns what is wrong and how to fix it, in one or two plain sentences, on one printable line:
   * text quoted from a document (a name, a unit, an id) may hold any character, so every
   * unprintable code point in the message given (a line break, another control character, a line or
   * paragraph separator, a format character, a lone surrogate, a private-use or unassigned code
   * point) is escaped, as {@code \n} or <code>&#92;u2028</code>, the way {@link JsonPath} escapes
   * property names.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the rule's stable code.
   *
   * @return the code, such as {@code kaizen.steps.out-of-order}
   */
  public final String code() {
    return rule().code();
  }

  /**
   * Returns the rule's severity.
   *
   * @return error or warning
   */
  public final Severity severity() {
    return rule().severity();
  }

  /**
   * Returns the same violation placed below {@code prefix}, for a document embedded in another.
   *
   * @param prefix the path of the embedded document
   * @return the moved violation
   */
  public final Violation under(JsonPath prefix) {
    return Violation.of(path().under(prefix), rule(), message());
  }

  @Value.Check
  final AbstractViolation check() {
    Checks.requireText(message(), "violation message");
    String line = PrintableText.escape(message());
    return line.equals(message()) ? this : Violation.of(path(), rule(), line);
  }

  /** Returns {@code severity code at path: message}. */
  @Override
  public String toString() {
    return severity().token() + " " + code() + " at " + path() + ": " + message();
  }
}

package dev.kaizen.progression;

import dev.kaizen.internal.Messages;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One criterion of one framework level as applied to a case: what the level requires, what the
 * candidate has, and whether that is enough. The value type is {@code Double} for competence,
 * {@link dev.kaizen.core.Scope} for scope and {@code Integer} for evidence.
 *
 * @param <T> the type of the required and actual values
 */
@Value.Immutable
@ValueStyle
abstract class AbstractCriterion<T> {
  /**
   * Returns which criterion this is.
   *
   * @return the name
   */
  public abstract CriterionName name();

  /**
   * Returns what the level requires.
   *
   * @return the required value
   */
  public abstract T required();

  /**
   * Returns what the candidate has.
   *
   * @return the actual value
   */
  public abstract T actual();

  /**
   * Tells whether the actual value reaches the required one (at least as much, or as wide).
   *
   * @return true when met
   */
  public abstract boolean met();

  /**
   * Returns the criterion in words, such as {@code competence 0.866 ≥ 0.6 (met)} or {@code scope
   * team < department (short)}: scopes by their token, figures rounded to four decimals.
   *
   * @return the description
   */
  public final String describe() {
    return name().token()
        + " "
        + text(actual())
        + (met() ? " ≥ " : " < ")
        + text(required())
        + (met() ? " (met)" : " (short)");
  }

  /**
   * Returns a criterion value as text: a scope's token, a figure as every message writes it ({@link
   * Messages#number(double)}).
   *
   * @param value a required or actual value
   * @return the text
   */
  static String text(Object value) {
    if (value instanceof dev.kaizen.core.Tokenized) {
      return ((dev.kaizen.core.Tokenized) value).token();
    }
    if (value instanceof Double) {
      return Messages.number((Double) value);
    }
    return String.valueOf(value);
  }
}

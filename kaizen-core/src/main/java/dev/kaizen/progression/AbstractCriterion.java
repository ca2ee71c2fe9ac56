package dev.kaizen.progression;

import dev.kaizen.internal.Messages;
import dev.kaizen.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One criterion of one framework level as applied to a case: what the level requires, what the
 * candidate has, and whether that is enough. The value type is {@code Double} for competence and
 * points, {@link dev.kaizen.core.Scope} for scope and {@code Integer} for evidence and milestones.
 * A milestones criterion (version 2) names its {@linkplain #track() track}, and its {@linkplain
 * #key() key} is {@code milestones.TRACK}.
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
   * Returns the track of a milestones criterion.
   *
   * @return the track id; empty for every other criterion
   */
  public abstract Optional<String> track();

  /**
   * Returns the criterion's name as reports write it: the {@linkplain #name() name}'s token, and
   * for a milestones criterion {@code milestones.TRACK}, such as {@code milestones.mobile}.
   *
   * @return the key
   */
  public final String key() {
    return name().token() + track().map(t -> "." + t).orElse("");
  }

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
   * Returns the criterion in words, such as {@code competence 0.866 ≥ 0.6 (met)}, {@code scope team
   * < department (short)} or {@code milestones.mobile 2 < 3 (short)}: scopes by their token,
   * figures rounded to four decimals.
   *
   * @return the description
   */
  public final String describe() {
    return key()
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

package dev.kaizen.progression;

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
}

package dev.kaizen.testing.generators;

import dev.kaizen.internal.ValueStyle;
import dev.kaizen.validation.RuleCode;
import org.immutables.value.Value;

/**
 * A document broken on purpose, and the rule it breaks: the validator must report at least one
 * violation of {@link #rule()}.
 *
 * @param <T> the document type
 */
@Value.Immutable
@ValueStyle
abstract class AbstractBroken<T> {
  /**
   * Returns the broken document.
   *
   * @return the document
   */
  @Value.Parameter
  public abstract T document();

  /**
   * Returns the rule the document breaks.
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract RuleCode rule();
}

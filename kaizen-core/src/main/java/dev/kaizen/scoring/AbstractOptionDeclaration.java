package dev.kaizen.scoring;

import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import java.util.HashSet;
import java.util.List;
import org.immutables.value.Value;

/**
 * An option a model's scorer reads, declared once: its {@linkplain #name() name}, the {@linkplain
 * #allowed() values it may take} and its {@linkplain #defaultValue() value under the default
 * policy} (for example {@code ratingAggregation}, one of {@code median}, {@code minimum}, {@code
 * manager}, default {@code median}, for progression cases). Where a threshold is a number, an
 * option is a choice between named ways of computing. A {@link ScoreDeclaration} lists a model's
 * options; a policy that does not set an option gets its default.
 *
 * <p>Preconditions (the builder throws {@link IllegalArgumentException}): the name is not blank,
 * the allowed values are not empty and distinct, and the default is one of them.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractOptionDeclaration {
  /**
   * Returns the option's name, such as {@code ratingAggregation}: its key in a policy's {@linkplain
   * ScoringPolicy#options() options}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the values the option may take, in declared order.
   *
   * @return the allowed values, at least one
   */
  public abstract List<String> allowed();

  /**
   * Returns the option's value under the model's default policy, one of {@link #allowed()}.
   *
   * @return the default value
   */
  public abstract String defaultValue();

  /**
   * Returns this option's value under {@code policy}: the value the policy sets, else the default.
   *
   * @param policy a policy of the declaring model
   * @return the value
   */
  public final String valueIn(ScoringPolicy policy) {
    return policy.options().getOrDefault(name(), defaultValue());
  }

  /**
   * Makes an option declaration.
   *
   * @param name the option's name
   * @param defaultValue its value under the default policy
   * @param allowed the values it may take, in order
   * @return the declaration
   * @throws IllegalArgumentException if the name is blank, no value is allowed, a value repeats or
   *     the default is not allowed
   */
  public static OptionDeclaration of(String name, String defaultValue, List<String> allowed) {
    return OptionDeclaration.builder()
        .name(name)
        .defaultValue(defaultValue)
        .allowed(allowed)
        .build();
  }

  @Value.Check
  final void check() {
    Checks.requireText(name(), "option name");
    if (allowed().isEmpty()) {
      throw new IllegalArgumentException("option " + name() + " must allow at least one value");
    }
    if (new HashSet<>(allowed()).size() != allowed().size()) {
      throw new IllegalArgumentException(
          "option " + name() + " allows a value twice: " + allowed());
    }
    if (!allowed().contains(defaultValue())) {
      throw new IllegalArgumentException(
          "option "
              + name()
              + ": the default "
              + defaultValue()
              + " is not one of the allowed values "
              + allowed());
    }
  }
}

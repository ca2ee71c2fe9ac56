package dev.kaizen.scoring;

import dev.kaizen.core.Attainment;
import dev.kaizen.core.Checks;
import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One part of a model's score, declared once: its {@linkplain #name() name}, its {@linkplain
 * #weight() weight} under the model's default policy, and the {@linkplain #formula() formula} that
 * computes its value from a document and the policy's thresholds. A {@link ScoreDeclaration} lists
 * a model's parts in report order.
 *
 * <p>Two declarations are equal when their names, weights and formula objects are equal (a lambda
 * or method reference is equal only to itself).
 *
 * @param <T> the document type
 */
@Value.Immutable
@ValueStyle
abstract class AbstractPartDeclaration<T> {
  /**
   * Returns the part's name, such as {@code completeness}: the key of its weight in a policy and
   * the name of its {@link ScorePart}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the part's weight under the model's default policy, in [0, 1].
   *
   * @return the default weight
   */
  @Value.Parameter
  public abstract double weight();

  /**
   * Returns the formula of the part's value. It should give a value in [0, 100]; {@link
   * #valueOf(Object, ScoringPolicy)} clamps whatever it gives into that range.
   *
   * @return the formula
   */
  @Value.Parameter
  public abstract PartFormula<T> formula();

  /**
   * Returns the part's value for {@code document}: the {@linkplain #formula() formula}'s result,
   * clamped into [0, 100] (DOMAIN.md §12). A formula that gives NaN is a bug, not a reading: the
   * NaN is returned as it is, and the {@link ScorePart} built from it refuses it.
   *
   * @param document the document
   * @param policy the policy being applied
   * @return the value, in [0, 100] unless the formula gave NaN
   */
  public final double valueOf(T document, ScoringPolicy policy) {
    return Attainment.clamp(formula().value(document, policy), 0, 100);
  }

  /**
   * Returns this part's weight under {@code policy}.
   *
   * @param policy a policy that weighs this part
   * @return the weight
   * @throws IllegalArgumentException if the policy has no weight for this part
   */
  public final double weightIn(ScoringPolicy policy) {
    return policy.weight(name());
  }

  @Value.Check
  final void check() {
    Checks.requireText(name(), "score part name");
    if (!(weight() >= 0 && weight() <= 1)) {
      throw new IllegalArgumentException(
          "default weight of part " + name() + " must be in [0, 1], not " + weight());
    }
  }
}

package dev.kaizen.scoring;

import dev.kaizen.core.Attainment;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A score: a {@linkplain #total() total} in [0, 100] that is the weighted sum of named {@linkplain
 * #parts() parts}, and the name of the {@linkplain #policy() policy} that made it, so that a stored
 * score can always be traced to its rules.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractScore {
  /**
   * Returns the name of the policy that made this score, such as {@code kaizen-default/1}.
   *
   * @return the policy name
   */
  public abstract String policy();

  /**
   * Returns the parts, in the policy's order.
   *
   * @return the parts
   */
  public abstract List<ScorePart> parts();

  /**
   * Returns the total: the sum of every part's weight × value, in [0, 100]. (Rounding error of the
   * floating-point sum is clamped into the range.)
   *
   * @return the total
   */
  @Value.Derived
  public double total() {
    List<ScorePart> parts = parts();
    double sum = 0;
    for (int i = 0; i < parts.size(); i++) {
      sum += parts.get(i).contribution();
    }
    return Attainment.clamp(sum, 0, 100);
  }

  /**
   * Returns the part called {@code name}.
   *
   * @param name the part's name
   * @return the part, or empty when the score has no such part
   */
  public final Optional<ScorePart> part(String name) {
    return parts().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  @Value.Check
  final void check() {
    if (parts().isEmpty()) {
      throw new IllegalArgumentException(
          "a score needs at least one part (policy " + policy() + ")");
    }
    List<ScorePart> parts = parts();
    for (int i = 1; i < parts.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (parts.get(i).name().equals(parts.get(j).name())) {
          throw new IllegalArgumentException("score parts must have distinct names, not " + parts);
        }
      }
    }
  }
}

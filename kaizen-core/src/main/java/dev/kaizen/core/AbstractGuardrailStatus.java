package dev.kaizen.core;

import com.google.common.collect.ImmutableList;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Where one guardrail stands: its limit, the value reported for it, if any, and whether that value
 * breaches the limit. A derived value of the Kaizen record and the A3 (DOMAIN.md §9: {@code
 * guardrails}, each {@code {name, limit, value, breached}}).
 */
@Value.Immutable
@ValueStyle
abstract class AbstractGuardrailStatus {
  /**
   * Returns the guardrail.
   *
   * @return the guardrail
   */
  public abstract Guardrail guardrail();

  /**
   * Returns the value reported for the guardrail: the first reading with its name.
   *
   * @return the value, or empty when none was reported
   */
  public abstract OptionalDouble value();

  /**
   * Returns the guardrail's name.
   *
   * @return the name
   */
  public final String name() {
    return guardrail().name();
  }

  /**
   * Returns the guardrail's limit.
   *
   * @return the limit
   */
  public final double limit() {
    return guardrail().limit();
  }

  /**
   * Tells whether the reported value is worse than the limit.
   *
   * @return true when breached; false when within the limit or not reported
   */
  public final boolean breached() {
    return value().isPresent() && guardrail().isBreachedBy(value().getAsDouble());
  }

  /**
   * Returns the status of each declared guardrail, in declaration order, given the readings
   * reported for them. A reading is matched by name; the first reading of a name counts, and
   * readings of undeclared names are ignored here (the validators report them).
   *
   * @param declared the guardrails, as declared
   * @param readings the values reported
   * @return one status per guardrail
   */
  public static List<GuardrailStatus> of(
      List<Guardrail> declared, List<GuardrailReading> readings) {
    ImmutableList.Builder<GuardrailStatus> statuses = ImmutableList.builder();
    for (Guardrail guardrail : declared) {
      OptionalDouble value = OptionalDouble.empty();
      for (GuardrailReading reading : readings) {
        if (reading.name().equals(guardrail.name())) {
          value = OptionalDouble.of(reading.value());
          break;
        }
      }
      statuses.add(GuardrailStatus.builder().guardrail(guardrail).value(value).build());
    }
    return statuses.build();
  }
}

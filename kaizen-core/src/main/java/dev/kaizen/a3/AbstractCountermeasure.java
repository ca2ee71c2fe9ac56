package dev.kaizen.a3;

import dev.kaizen.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One countermeasure of section 5: the root causes it addresses and the steps that carry it out.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractCountermeasure {
  /**
   * Returns the countermeasure's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the ids of the root causes this countermeasure addresses. A countermeasure that
   * addresses none, or an id that no root cause has, breaks {@code a3.countermeasures.untraced}.
   *
   * @return the root-cause ids, in the order written
   */
  public abstract List<String> addresses();

  /**
   * Returns the steps that carry the countermeasure out.
   *
   * @return the steps, in order
   */
  public abstract List<String> steps();

  /**
   * Returns who carries the countermeasure out, if named.
   *
   * @return the owner, or empty
   */
  public abstract Optional<String> owner();

  /**
   * Returns when the countermeasure is due, if set.
   *
   * @return the due date, or empty
   */
  public abstract Optional<LocalDate> due();
}

package dev.kaizen.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which {@linkplain RecordPart parts} of one record are filled, and what follows from it: the parts
 * still missing, the current part (the first one missing) and the parts filled out of order. This
 * is the one place where "filled in order" is computed; the Kaizen record, the A3, their validators
 * ({@code kaizen.steps.out-of-order}, {@code a3.sections.out-of-order}) and progression evidence
 * all read it from here.
 *
 * <p>A part is <em>out of order</em> when it is filled while a part it {@linkplain
 * #dependencies(Enum) depends on} is missing. For the Kaizen steps and the A3 sections, whose
 * required parts are always filled, these are exactly the filled parts after the current one.
 *
 * <p>Immutable and thread-safe; every collection it returns is unmodifiable and in part order.
 *
 * @param <P> the kind of part: {@code KaizenStep} or {@code A3Section}
 */
public final class RecordParts<P extends Enum<P> & RecordPart> {
  private final Class<P> type;
  private final Set<P> filled;
  private final List<P> missing;
  private final Map<P, P> outOfOrder;

  private RecordParts(Class<P> type, EnumSet<P> filled) {
    this.type = type;
    this.filled = Collections.unmodifiableSet(filled);
    this.missing = List.copyOf(EnumSet.complementOf(filled));
    Map<P, P> outOfOrder = new EnumMap<>(type);
    for (P part : filled) {
      missingDependency(part).ifPresent(m -> outOfOrder.put(part, m));
    }
    this.outOfOrder = Collections.unmodifiableMap(outOfOrder);
  }

  /**
   * Returns the parts of a record whose filled parts are those for which {@code isFilled} holds.
   *
   * @param <P> the kind of part
   * @param type the enum of parts
   * @param isFilled tells whether the record has filled a part
   * @return the record's parts
   */
  public static <P extends Enum<P> & RecordPart> RecordParts<P> of(
      Class<P> type, Predicate<? super P> isFilled) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(isFilled, "isFilled");
    EnumSet<P> filled = EnumSet.noneOf(type);
    for (P part : type.getEnumConstants()) {
      if (isFilled.test(part)) {
        filled.add(part);
      }
    }
    return new RecordParts<>(type, filled);
  }

  /**
   * Returns every part of this kind, filled or not.
   *
   * @return the parts, in order
   */
  public List<P> all() {
    return List.of(type.getEnumConstants());
  }

  /**
   * Tells whether {@code part} is filled.
   *
   * @param part a part
   * @return true when filled
   */
  public boolean isFilled(P part) {
    return filled.contains(Objects.requireNonNull(part, "part"));
  }

  /**
   * Returns the parts that are filled.
   *
   * @return the filled parts, in order
   */
  public Set<P> filled() {
    return filled;
  }

  /**
   * Returns the parts that are not filled.
   *
   * @return the missing parts, in order; empty when every part is filled
   */
  public List<P> missing() {
    return missing;
  }

  /**
   * Returns the current part: the first part not yet filled, the one to work on.
   *
   * @return the current part, or empty when every part is filled
   */
  public Optional<P> current() {
    return missing.stream().findFirst();
  }

  /**
   * Tells whether every part is filled.
   *
   * @return true when no part is missing
   */
  public boolean allFilled() {
    return missing.isEmpty();
  }

  /**
   * Returns every part that {@code part} depends on: the required parts before it, the part it
   * {@linkplain RecordPart#dependsOn() directly depends on}, that part's own dependencies, and so
   * on.
   *
   * @param part a part
   * @return its dependencies, in order; empty for the first part
   * @throws IllegalStateException when a part depends on a part that is not before it
   */
  public Set<P> dependencies(P part) {
    Objects.requireNonNull(part, "part");
    EnumSet<P> dependencies = EnumSet.noneOf(type);
    for (P earlier : type.getEnumConstants()) {
      if (earlier.compareTo(part) < 0 && earlier.isRequired()) {
        dependencies.add(earlier);
      }
    }
    P current = part;
    Optional<? extends RecordPart> next = current.dependsOn();
    while (next.isPresent()) {
      P dependency = type.cast(next.get());
      if (dependency.compareTo(current) >= 0) {
        throw new IllegalStateException(
            type.getSimpleName()
                + "."
                + current.name()
                + " depends on "
                + dependency.name()
                + ", which does not come before it");
      }
      dependencies.add(dependency);
      current = dependency;
      next = current.dependsOn();
    }
    return Collections.unmodifiableSet(dependencies);
  }

  /**
   * Returns the first missing part that {@code part} depends on: the reason {@code part}, if
   * filled, is out of order. For the Kaizen steps and the A3 sections it is the {@linkplain
   * #current() current part} whenever {@code part} comes after it.
   *
   * @param part a part
   * @return the first missing dependency, or empty when every dependency is filled
   */
  public Optional<P> missingDependency(P part) {
    return dependencies(part).stream().filter(d -> !filled.contains(d)).findFirst();
  }

  /**
   * Returns the parts filled out of order, each with the first missing part it depends on.
   *
   * @return out-of-order part → its first missing dependency, in part order; empty when the parts
   *     are filled in order
   */
  public Map<P, P> outOfOrder() {
    return outOfOrder;
  }

  /**
   * Tells whether {@code other} holds the same kind of parts with the same parts filled.
   *
   * @param other any object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RecordParts
        && type.equals(((RecordParts<?>) other).type)
        && filled.equals(((RecordParts<?>) other).filled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, filled);
  }

  /**
   * Returns the kind of part and the filled parts, for debugging.
   *
   * @return such as {@code RecordParts{KaizenStep, filled=[POTENTIAL, ANALYSIS]}}
   */
  @Override
  public String toString() {
    return "RecordParts{" + type.getSimpleName() + ", filled=" + filled + "}";
  }
}

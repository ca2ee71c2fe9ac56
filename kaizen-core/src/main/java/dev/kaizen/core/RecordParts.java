package dev.kaizen.core;

import java.util.ArrayList;
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
  private final Layout<P> layout;
  private final Set<P> filled;
  private final List<P> missing;
  private final Map<P, P> outOfOrder;

  private RecordParts(Layout<P> layout, EnumSet<P> filled) {
    this.type = layout.type;
    this.layout = layout;
    this.filled = Collections.unmodifiableSet(filled);
    this.missing = filled.size() == layout.parts.size() ? List.of() : missingOf(layout, filled);
    Map<P, P> outOfOrder = Map.of();
    for (P part : filled) {
      P dependency = firstMissing(layout.dependencies.get(part.ordinal()), filled);
      if (dependency != null) {
        if (outOfOrder.isEmpty()) {
          outOfOrder = new EnumMap<>(type);
        }
        outOfOrder.put(part, dependency);
      }
    }
    this.outOfOrder = outOfOrder.isEmpty() ? Map.of() : Collections.unmodifiableMap(outOfOrder);
  }

  private static <P extends Enum<P> & RecordPart> List<P> missingOf(
      Layout<P> layout, EnumSet<P> filled) {
    List<P> missing = new ArrayList<>(layout.parts.size() - filled.size());
    for (P part : layout.parts) {
      if (!filled.contains(part)) {
        missing.add(part);
      }
    }
    return Collections.unmodifiableList(missing);
  }

  private static <P> P firstMissing(List<P> dependencies, Set<P> filled) {
    for (int i = 0; i < dependencies.size(); i++) {
      if (!filled.contains(dependencies.get(i))) {
        return dependencies.get(i);
      }
    }
    return null;
  }

  /**
   * What is the same for every record of one kind of part, computed once per enum: the parts in
   * order and each part's dependencies in order (or the error of a part that depends on a later
   * one).
   */
  private static final class Layout<P extends Enum<P> & RecordPart> {
    private static final ClassValue<Layout<?>> LAYOUTS =
        new ClassValue<>() {
          @Override
          protected Layout<?> computeValue(Class<?> type) {
            return create(type.asSubclass(Enum.class));
          }

          @SuppressWarnings({"unchecked", "rawtypes"})
          private Layout<?> create(Class<? extends Enum> type) {
            return new Layout(type);
          }
        };

    final Class<P> type;
    final List<P> parts;
    final List<List<P>> dependencies;
    final List<Optional<String>> errors;

    private Layout(Class<P> type) {
      this.type = type;
      this.parts = List.of(type.getEnumConstants());
      List<List<P>> dependencies = new ArrayList<>(parts.size());
      List<Optional<String>> errors = new ArrayList<>(parts.size());
      for (P part : parts) {
        EnumSet<P> found = EnumSet.noneOf(type);
        Optional<String> error = Optional.empty();
        for (P earlier : parts) {
          if (earlier.compareTo(part) < 0 && earlier.isRequired()) {
            found.add(earlier);
          }
        }
        P current = part;
        Optional<? extends RecordPart> next = current.dependsOn();
        while (next.isPresent()) {
          P dependency = type.cast(next.get());
          if (dependency.compareTo(current) >= 0) {
            error =
                Optional.of(
                    type.getSimpleName()
                        + "."
                        + current.name()
                        + " depends on "
                        + dependency.name()
                        + ", which does not come before it");
            break;
          }
          found.add(dependency);
          current = dependency;
          next = current.dependsOn();
        }
        dependencies.add(List.copyOf(found));
        errors.add(error);
      }
      this.dependencies = List.copyOf(dependencies);
      this.errors = List.copyOf(errors);
    }

    @SuppressWarnings("unchecked")
    static <P extends Enum<P> & RecordPart> Layout<P> of(Class<P> type) {
      return (Layout<P>) LAYOUTS.get(type);
    }

    List<P> dependencies(P part) {
      Optional<String> error = errors.get(part.ordinal());
      if (error.isPresent()) {
        throw new IllegalStateException(error.get());
      }
      return dependencies.get(part.ordinal());
    }
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
    Layout<P> layout = Layout.of(type);
    EnumSet<P> filled = EnumSet.noneOf(type);
    for (P part : layout.parts) {
      if (isFilled.test(part)) {
        layout.dependencies(part);
        filled.add(part);
      }
    }
    return new RecordParts<>(layout, filled);
  }

  /**
   * Returns every part of this kind, filled or not.
   *
   * @return the parts, in order
   */
  public List<P> all() {
    return layout.parts;
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
    return missing.isEmpty() ? Optional.empty() : Optional.of(missing.get(0));
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
    List<P> dependencies = layout.dependencies(part);
    return dependencies.isEmpty()
        ? Collections.unmodifiableSet(EnumSet.noneOf(type))
        : Collections.unmodifiableSet(EnumSet.copyOf(dependencies));
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
    Objects.requireNonNull(part, "part");
    return Optional.ofNullable(firstMissing(layout.dependencies(part), filled));
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

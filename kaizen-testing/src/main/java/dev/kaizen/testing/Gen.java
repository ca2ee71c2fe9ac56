package dev.kaizen.testing;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A generator of values of type {@code T}, made from {@link Choices}. Generators compose with
 * {@link #map}, {@link #flatMap}, {@link #filter} and the factories of {@link Gens}; because every
 * decision goes through {@code Choices}, every composed generator is reproducible from a seed and
 * shrinks to a small counterexample without writing any shrinking code.
 *
 * <p>A generator must be deterministic in its choices: the same draws must give an equal value.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {
  /**
   * Makes one value from {@code choices}.
   *
   * @param choices the source of decisions
   * @return the value
   */
  T generate(Choices choices);

  /**
   * Returns a generator of {@code mapper} applied to this generator's values.
   *
   * @param mapper the function
   * @param <R> the result type
   * @return the mapped generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return choices -> mapper.apply(generate(choices));
  }

  /**
   * Returns a generator that uses this generator's value to pick the next generator.
   *
   * @param next picks a generator from a value
   * @param <R> the result type
   * @return the composed generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
    return choices -> next.apply(generate(choices)).generate(choices);
  }

  /**
   * Returns a generator that combines this generator's value with {@code other}'s.
   *
   * @param other the other generator
   * @param combiner combines the two values
   * @param <U> the other type
   * @param <R> the result type
   * @return the combined generator
   */
  default <U, R> Gen<R> zip(Gen<U> other, BiFunction<? super T, ? super U, ? extends R> combiner) {
    return choices -> combiner.apply(generate(choices), other.generate(choices));
  }

  /**
   * Returns a generator of this generator's values that satisfy {@code condition}, trying up to 100
   * times per value.
   *
   * @param condition the condition
   * @return the filtered generator
   * @throws IllegalStateException from {@code generate} when 100 values in a row fail the condition
   */
  default Gen<T> filter(Predicate<? super T> condition) {
    return choices -> {
      for (int attempt = 0; attempt < 100; attempt++) {
        T value = generate(choices);
        if (condition.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException(
          "filter rejected 100 values in a row; generate valid values directly");
    };
  }

  /**
   * Returns a generator of lists of this generator's values, with {@code min} to {@code max}
   * elements; shorter lists are simpler.
   *
   * @param min the least size
   * @param max the greatest size
   * @return the list generator
   */
  default Gen<List<T>> list(int min, int max) {
    return Gens.lists(this, min, max);
  }

  /**
   * Returns a generator of this generator's values or, as the simpler choice, empty.
   *
   * @return the optional generator
   */
  default Gen<Optional<T>> optional() {
    return Gens.optionals(this);
  }

  /**
   * Makes {@code count} values from {@code seed}, for looking at what a generator makes.
   *
   * @param seed the seed
   * @param count how many values
   * @return the values
   */
  default List<T> samples(long seed, int count) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    return IntStream.range(0, count)
        .mapToObj(i -> generate(Choices.random(random)))
        .collect(Collectors.toList());
  }
}

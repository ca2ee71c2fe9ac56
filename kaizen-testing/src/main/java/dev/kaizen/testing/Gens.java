package dev.kaizen.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Factories of basic generators. Each is biased toward edge values (bounds, zero, empty) and
 * shrinks toward its simplest value: the smallest number in range nearest zero, the first element,
 * the empty list, the absent optional.
 */
public final class Gens {
  private Gens() {}

  /**
   * Always {@code value}.
   *
   * @param value the value
   * @param <T> the type
   * @return the generator
   */
  public static <T> Gen<T> constant(T value) {
    return choices -> value;
  }

  /**
   * Whole numbers in [{@code min}, {@code max}], often the bounds; shrinks toward the number in
   * range nearest zero.
   *
   * @param min the least value
   * @param max the greatest value
   * @return the generator
   */
  public static Gen<Integer> ints(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("max " + max + " is below min " + min);
    }
    int simplest = min > 0 ? min : Math.min(max, 0);
    long span = (long) max - min + 1;
    return choices -> {
      // The offset is always drawn, counted from the simplest value (wrapping around), so that
      // shrinking the mode from an edge back to 0 falls back to the offset, which shrinks too.
      long offset = choices.draw(span);
      switch ((int) choices.draw(8)) {
        case 6:
          return min;
        case 7:
          return max;
        default:
          long value = simplest + offset;
          return (int) (value > max ? value - span : value);
      }
    };
  }

  /**
   * Finite numbers in [{@code min}, {@code max}], often the bounds, zero or whole numbers, else
   * with up to three decimals; shrinks toward the number in range nearest zero.
   *
   * @param min the least value
   * @param max the greatest value
   * @return the generator
   */
  public static Gen<Double> doubles(double min, double max) {
    if (!(Double.isFinite(min) && Double.isFinite(max)) || max < min) {
      throw new IllegalArgumentException("bad range [" + min + ", " + max + "]");
    }
    double simplest = min > 0 ? min : Math.min(max, 0.0);
    double lo = Math.ceil(min);
    double hi = Math.floor(max);
    boolean wholeNumbers = hi >= lo && hi - lo <= 1e15;
    return choices -> {
      // Both offsets are always drawn (see ints); the mode picks an edge, a whole number or a
      // fraction with up to three decimals, counted from the simplest value.
      long steps = 1_000_000;
      double fraction = (max - min) * choices.draw(steps + 1) / steps;
      long whole = wholeNumbers ? choices.draw((long) (hi - lo) + 1) : 0;
      switch ((int) choices.draw(10)) {
        case 7:
          return min;
        case 8:
          return max;
        case 9:
          return max >= 0 && min <= 0 ? 0.0 : simplest;
        case 4:
        case 5:
        case 6:
          {
            if (!wholeNumbers) {
              return simplest;
            }
            double start = Math.max(lo, Math.min(hi, Math.ceil(simplest)));
            double value = start + whole;
            return value > hi ? value - (hi - lo + 1) : value;
          }
        default:
          {
            double value = simplest + fraction;
            if (value > max) {
              value -= max - min;
            }
            double rounded = Math.round(value * 1000) / 1000.0;
            return Math.max(min, Math.min(max, rounded));
          }
      }
    };
  }

  /**
   * True or false; false is simpler.
   *
   * @return the generator
   */
  public static Gen<Boolean> booleans() {
    return choices -> choices.draw(2) == 1;
  }

  /**
   * One of {@code values}; the first is simplest.
   *
   * @param values the values, at least one
   * @param <T> the type
   * @return the generator
   */
  @SafeVarargs
  public static <T> Gen<T> oneOf(T... values) {
    List<T> copy = new ArrayList<>(values.length);
    for (T value : values) {
      copy.add(value);
    }
    return oneOf(copy);
  }

  /**
   * One of {@code values}; the first is simplest.
   *
   * @param values the values, at least one
   * @param <T> the type
   * @return the generator
   */
  public static <T> Gen<T> oneOf(List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one value");
    }
    List<T> copy = List.copyOf(values);
    return choices -> copy.get((int) choices.draw(copy.size()));
  }

  /**
   * A value of one of {@code generators}; the first is simplest.
   *
   * @param generators the generators, at least one
   * @param <T> the type
   * @return the generator
   */
  @SafeVarargs
  public static <T> Gen<T> either(Gen<? extends T>... generators) {
    if (generators.length == 0) {
      throw new IllegalArgumentException("either needs at least one generator");
    }
    List<Gen<? extends T>> copy = new ArrayList<>(generators.length);
    for (Gen<? extends T> generator : generators) {
      copy.add(generator);
    }
    return choices -> copy.get((int) choices.draw(copy.size())).generate(choices);
  }

  /**
   * Lists of {@code element}'s values with {@code min} to {@code max} elements. Each element past
   * the minimum is preceded by a draw that decides whether the list goes on, so that shrinking
   * removes elements cleanly; shorter lists are simpler.
   *
   * @param element the element generator
   * @param min the least size
   * @param max the greatest size
   * @param <T> the element type
   * @return the generator
   */
  public static <T> Gen<List<T>> lists(Gen<T> element, int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad size range [" + min + ", " + max + "]");
    }
    return choices -> {
      List<T> out = new ArrayList<>();
      while (out.size() < max && (out.size() < min || choices.draw(5) != 0)) {
        out.add(element.generate(choices));
      }
      return Collections.unmodifiableList(out);
    };
  }

  /**
   * Present values of {@code value} (three times in four) or empty (the simpler choice).
   *
   * @param value the generator of present values
   * @param <T> the type
   * @return the generator
   */
  public static <T> Gen<Optional<T>> optionals(Gen<T> value) {
    return choices ->
        choices.draw(4) == 0 ? Optional.empty() : Optional.of(value.generate(choices));
  }

  /**
   * Short words of lower-case letters, such as ids and names; {@code "a"} is simplest.
   *
   * @param minLength the least length, at least 1
   * @param maxLength the greatest length
   * @return the generator
   */
  public static Gen<String> words(int minLength, int maxLength) {
    return lists(choices -> (char) ('a' + choices.draw(26)), minLength, maxLength)
        .map(
            chars -> {
              StringBuilder out = new StringBuilder(chars.size());
              chars.forEach(out::append);
              return out.toString();
            });
  }

  /**
   * Short sentences of one to six words.
   *
   * @return the generator
   */
  public static Gen<String> sentences() {
    return lists(words(1, 8), 1, 6).map(words -> String.join(" ", words));
  }

  /**
   * Dates in [{@code from}, {@code to}]; {@code from} is simplest.
   *
   * @param from the earliest date
   * @param to the latest date
   * @return the generator
   */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    if (days < 0) {
      throw new IllegalArgumentException(to + " is before " + from);
    }
    return choices -> from.plusDays(choices.draw(days + 1));
  }

  /**
   * A constant of {@code type}; the first is simplest.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the generator
   */
  public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return oneOf(type.getEnumConstants());
  }

  /**
   * Every value of {@code list} in a random order (a permutation); the given order is simplest.
   *
   * @param list the values
   * @param <T> the type
   * @return the generator
   */
  public static <T> Gen<List<T>> shuffled(List<T> list) {
    List<T> copy = List.copyOf(list);
    return choices -> {
      List<T> out = new ArrayList<>(copy);
      for (int i = 0; i < out.size() - 1; i++) {
        int j = i + (int) choices.draw(out.size() - i);
        Collections.swap(out, i, j);
      }
      return Collections.unmodifiableList(out);
    };
  }
}

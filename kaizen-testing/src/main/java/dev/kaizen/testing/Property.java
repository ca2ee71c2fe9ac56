package dev.kaizen.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.opentest4j.AssertionFailedError;

/**
 * A small property runner for JUnit Jupiter (or any test framework): checks an assertion on many
 * generated values and, when one fails, shrinks it to a small counterexample and fails with a
 * message that names the seed to replay the run.
 *
 * <pre>{@code
 * @Test
 * void totalStaysInRange() {
 *   Property.forAll(KaizenRecordGenerators.records())
 *       .check(record -> {
 *         double total = KaizenRecordScorer.defaults().score(record).total();
 *         assertTrue(total >= 0 && total <= 100);
 *       });
 * }
 * }</pre>
 *
 * <p>The seed is random unless set with {@link #seed(long)} or the system property {@code
 * kaizen.seed} (for example {@code -Dkaizen.seed=42}), which replays a reported failure. The number
 * of tries is 200 unless set with {@link #tries(int)} or {@code kaizen.tries}. Immutable: each
 * setter returns a new property.
 *
 * @param <T> the type of the generated values
 */
public final class Property<T> {
  /** The system property that fixes the seed of every property run. */
  public static final String SEED_PROPERTY = "kaizen.seed";

  /** The system property that sets the default number of tries. */
  public static final String TRIES_PROPERTY = "kaizen.tries";

  private final Gen<T> generator;
  private final int tries;
  private final Long seed;
  private final int maxShrinks;

  private Property(Gen<T> generator, int tries, Long seed, int maxShrinks) {
    this.generator = generator;
    this.tries = tries;
    this.seed = seed;
    this.maxShrinks = maxShrinks;
  }

  /**
   * Starts a property over the values of {@code generator}.
   *
   * @param generator the generator
   * @param <T> the value type
   * @return the property, with default tries and seed
   */
  public static <T> Property<T> forAll(Gen<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return new Property<>(
        generator, Integer.getInteger(TRIES_PROPERTY, 200), Long.getLong(SEED_PROPERTY), 2000);
  }

  /**
   * Returns this property with {@code count} tries.
   *
   * @param count how many values to check, at least 1
   * @return the new property
   */
  public Property<T> tries(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("tries must be at least 1, not " + count);
    }
    return new Property<>(generator, count, seed, maxShrinks);
  }

  /**
   * Returns this property with a fixed seed, to replay a reported failure.
   *
   * @param value the seed
   * @return the new property
   */
  public Property<T> seed(long value) {
    return new Property<>(generator, tries, value, maxShrinks);
  }

  /**
   * Returns this property with a limit on how many replays shrinking may take.
   *
   * @param replays the most replays, 0 to report the first failure as it is
   * @return the new property
   */
  public Property<T> maxShrinks(int replays) {
    if (replays < 0) {
      throw new IllegalArgumentException("maxShrinks must not be negative, not " + replays);
    }
    return new Property<>(generator, tries, seed, replays);
  }

  /**
   * Checks that {@code condition} holds for every value.
   *
   * @param condition the condition
   * @throws AssertionFailedError naming the seed and the shrunk counterexample when it does not
   */
  public void checkThat(Predicate<? super T> condition) {
    check(
        value -> {
          if (!condition.test(value)) {
            throw new AssertionFailedError("condition is false");
          }
        });
  }

  /**
   * Runs {@code assertion} on every value; a value fails when the assertion throws.
   *
   * @param assertion the assertion, which throws (typically an {@link AssertionError}) on failure
   * @throws AssertionFailedError naming the seed and the shrunk counterexample on failure
   */
  public void check(Consumer<? super T> assertion) {
    long runSeed = seed != null ? seed : new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(runSeed);
    for (int attempt = 1; attempt <= tries; attempt++) {
      Choices choices = Choices.random(random);
      T value = generator.generate(choices);
      Throwable failure = run(assertion, value);
      if (failure != null) {
        throw report(runSeed, attempt, choices.recorded(), value, failure, assertion);
      }
    }
  }

  private AssertionFailedError report(
      long runSeed,
      int attempt,
      long[] draws,
      T original,
      Throwable originalFailure,
      Consumer<? super T> assertion) {
    Shrinker shrinker =
        new Shrinker(
            candidate -> {
              try {
                return run(assertion, generator.generate(Choices.replay(candidate))) != null;
              } catch (RuntimeException generatorFailure) {
                return false;
              }
            },
            maxShrinks);
    long[] shrunk = shrinker.shrink(draws);
    T smallest = generator.generate(Choices.replay(shrunk));
    Throwable failure = run(assertion, smallest);
    if (failure == null) {
      smallest = original;
      failure = originalFailure;
    }
    String message =
        "property failed on try "
            + attempt
            + " of "
            + tries
            + " with seed "
            + runSeed
            + " (replay with -D"
            + SEED_PROPERTY
            + "="
            + runSeed
            + " or .seed("
            + runSeed
            + "L))"
            + System.lineSeparator()
            + "counterexample, shrunk in "
            + shrinker.replays()
            + " replays: "
            + smallest
            + System.lineSeparator()
            + "failure: "
            + failure;
    AssertionFailedError error = new AssertionFailedError(message, failure);
    return error;
  }

  private static <T> Throwable run(Consumer<? super T> assertion, T value) {
    try {
      assertion.accept(value);
      return null;
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError) {
        throw (VirtualMachineError) t;
      }
      return t;
    }
  }
}

package dev.kaizen.testing;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The source of every random decision a {@link Gen} makes: a sequence of whole-number draws. A run
 * records its draws, so that a failing value can be replayed from them and shrunk by replaying
 * smaller sequences: a draw of 0 always means "the simplest choice", and generators are written so
 * that smaller draws give simpler values.
 *
 * <p>Not thread-safe: one instance per generated value.
 */
public final class Choices {
  /** The most draws one value may take; more means the generator does not terminate. */
  public static final int MAX_DRAWS = 100_000;

  private final long[] prefix;
  private final SplittableRandom random;
  private long[] recorded = new long[64];
  private int size;

  private Choices(long[] prefix, SplittableRandom random) {
    this.prefix = prefix;
    this.random = random;
  }

  /**
   * Returns choices drawn at random from {@code random}.
   *
   * @param random the source of randomness
   * @return fresh choices
   */
  public static Choices random(SplittableRandom random) {
    return new Choices(new long[0], random);
  }

  /**
   * Returns choices drawn at random from a generator seeded with {@code seed}.
   *
   * @param seed the seed
   * @return fresh choices
   */
  public static Choices seeded(long seed) {
    return random(new SplittableRandom(seed));
  }

  /**
   * Returns choices that replay {@code draws} and then always choose 0 (the simplest choice).
   *
   * @param draws the draws to replay
   * @return replaying choices
   */
  public static Choices replay(long[] draws) {
    return new Choices(draws.clone(), null);
  }

  /**
   * Draws a whole number in [0, {@code bound}). A replayed draw that is too large is reduced to
   * {@code bound - 1}.
   *
   * @param bound the exclusive upper bound, at least 1
   * @return the draw
   * @throws IllegalArgumentException if {@code bound} is below 1
   * @throws TooManyDrawsException past {@link #MAX_DRAWS} draws
   */
  public long draw(long bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be at least 1, not " + bound);
    }
    if (size >= MAX_DRAWS) {
      throw new TooManyDrawsException();
    }
    long value;
    if (size < prefix.length) {
      value = Math.min(Math.max(prefix[size], 0), bound - 1);
    } else if (random == null) {
      value = 0;
    } else {
      value = random.nextLong(bound);
    }
    if (size == recorded.length) {
      recorded = Arrays.copyOf(recorded, size * 2);
    }
    recorded[size++] = value;
    return value;
  }

  /**
   * Draws a whole number in [{@code min}, {@code max}].
   *
   * @param min the least value
   * @param max the greatest value, at least {@code min}
   * @return the draw; {@code min} is the simplest
   */
  public int between(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("max " + max + " is below min " + min);
    }
    return (int) (min + draw((long) max - min + 1));
  }

  /**
   * Draws true with probability {@code 1 / oneIn}; false is the simpler choice.
   *
   * @param oneIn how rare true is, at least 1
   * @return the draw
   */
  public boolean oneIn(int oneIn) {
    return draw(oneIn) == oneIn - 1;
  }

  /**
   * Returns the draws made so far.
   *
   * @return a copy of the draws
   */
  public long[] recorded() {
    return Arrays.copyOf(recorded, size);
  }

  /** Thrown when a generator draws more than {@link #MAX_DRAWS} times for one value. */
  public static final class TooManyDrawsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyDrawsException() {
      super(
          "a generator drew more than " + MAX_DRAWS + " choices for one value", null, false, false);
    }
  }
}

package dev.kaizen.core;

/**
 * Which way a metric improves: {@code lower} (run time, defects) or {@code higher} (throughput,
 * satisfaction).
 */
public enum Direction implements Tokenized {
  /** Smaller values are better. */
  LOWER,
  /** Larger values are better. */
  HIGHER;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }

  /**
   * Returns the improvement from {@code baseline} to {@code value} in this direction: {@code
   * baseline - value} for {@link #LOWER}, {@code value - baseline} for {@link #HIGHER}. Positive
   * means better.
   *
   * @param baseline the value before the change
   * @param value the value after the change
   * @return the signed improvement
   */
  public double improvement(double baseline, double value) {
    return this == LOWER ? baseline - value : value - baseline;
  }

  /**
   * Tells whether {@code candidate} is strictly better than {@code reference} in this direction.
   *
   * @param candidate the value that should be better
   * @param reference the value to compare with
   * @return true when {@code candidate} is strictly better
   */
  public boolean isBetter(double candidate, double reference) {
    return improvement(reference, candidate) > 0;
  }
}

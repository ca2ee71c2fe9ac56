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
   * Tells whether {@code value} is strictly better than {@code baseline} in this direction: {@code
   * improvement(baseline, value) > 0}. The arguments come in the order of {@link
   * #improvement(double, double)}: the value before first.
   *
   * @param baseline the value before the change
   * @param value the value compared with it
   * @return true when {@code value} is strictly better
   */
  public boolean isImprovement(double baseline, double value) {
    return improvement(baseline, value) > 0;
  }
}

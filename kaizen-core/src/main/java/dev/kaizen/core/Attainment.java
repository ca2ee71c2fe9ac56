package dev.kaizen.core;

/** The attainment arithmetic of DOMAIN.md §1, shared by all models. */
public final class Attainment {
  private Attainment() {}

  /**
   * Returns {@code improvement(value) / |baseline - target|} in the direction {@code better}; when
   * the target equals the baseline, 1 if {@code value} is at least as good as the baseline, else 0.
   *
   * @param better which direction is better
   * @param baseline the value before
   * @param target the value aimed for
   * @param value the value reached
   * @return the attainment, a finite number
   */
  public static double of(Direction better, double baseline, double target, double value) {
    double gap = Math.abs(baseline - target);
    double improvement = better.improvement(baseline, value);
    if (gap == 0.0) {
      return improvement >= 0 ? 1.0 : 0.0;
    }
    double attainment = improvement / gap;
    if (Double.isInfinite(attainment)) {
      return attainment > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
    }
    return attainment;
  }

  /**
   * Clamps {@code value} into [{@code min}, {@code max}].
   *
   * @param value the value
   * @param min the lower bound
   * @param max the upper bound
   * @return the clamped value
   */
  public static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}

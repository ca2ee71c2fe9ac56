package dev.kaizen.portfolio;

import dev.kaizen.internal.Messages;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Exact decimal arithmetic on amounts. A double is read as the shortest decimal that gives it back
 * ({@link BigDecimal#valueOf(double)}), which is what a document wrote: so 0.1 + 0.2 adds up to
 * 0.3, and sums do not depend on the order of their terms.
 */
final class Amounts {
  /** The largest cost, budget or value accepted: 10<sup>15</sup>, so that sums stay finite. */
  static final double MAX = 1e15;

  private Amounts() {}

  static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value);
  }

  static double require(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number, not " + value);
    }
    if (value < 0) {
      throw new IllegalArgumentException(
          what + " must not be negative, but was " + Messages.number(value));
    }
    if (value > MAX) {
      throw new IllegalArgumentException(
          what + " must be at most 1e15, but was " + Messages.number(value));
    }
    return value;
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}

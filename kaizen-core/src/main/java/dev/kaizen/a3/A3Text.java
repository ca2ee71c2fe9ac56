package dev.kaizen.a3;

import dev.kaizen.core.Metric;

/** Small text helpers for the A3 messages. */
final class A3Text {
  private A3Text() {}

  /**
   * Formats a number the way a person writes it: {@code 22}, not {@code 22.0}; {@code 26.4}, not
   * {@code 26.400000000000002} (12 significant digits at most).
   */
  static String num(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new java.math.BigDecimal(value)
        .round(new java.math.MathContext(12))
        .stripTrailingZeros()
        .toString();
  }

  /** Describes a metric: {@code "name" in unit (lower is better)}. */
  static String describe(Metric metric) {
    return "\""
        + metric.name()
        + "\" in "
        + metric.unit()
        + " ("
        + metric.better().token()
        + " is better)";
  }

  /** Names the parts in which two metrics differ: name, unit, direction. */
  static String differences(Metric expected, Metric actual) {
    StringBuilder out = new StringBuilder();
    if (!expected.name().equals(actual.name())) {
      out.append("name");
    }
    if (!expected.unit().equals(actual.unit())) {
      out.append(out.length() > 0 ? ", " : "").append("unit");
    }
    if (expected.better() != actual.better()) {
      out.append(out.length() > 0 ? ", " : "").append("direction");
    }
    return out.toString();
  }
}

package dev.kaizen.core;

/**
 * Precondition checks used by the value types' builders. A failed check throws {@link
 * IllegalArgumentException} whose message quotes the bad value, in the manner of {@code java.time}.
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires {@code value} to be a finite number.
   *
   * @param value the number
   * @param what what the number is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static double requireFinite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number, not " + value);
    }
    return value;
  }

  /**
   * Requires {@code value} to hold at least one character that is not white space.
   *
   * @param value the text
   * @param what what the text is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static String requireText(String value, String what) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, but was \"" + value + "\"");
    }
    return value;
  }

  /**
   * Requires {@code value} to be zero or more.
   *
   * @param value the number
   * @param what what the number is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static long requireNonNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative, but was " + value);
    }
    return value;
  }

  /**
   * Requires {@code value} to be a finite number; the message names it as {@code what} followed by
   * a space and {@code subject}, text built only when the check fails.
   *
   * @param value the number
   * @param what what the number is, such as {@code "weight of track"}
   * @param subject whose number it is, such as the track's id
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static double requireFinite(double value, String what, Object subject) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          what + " " + subject + " must be a finite number, not " + value);
    }
    return value;
  }

  /**
   * Requires {@code value} to be zero or more; the message names it as {@code what} followed by a
   * space and {@code subject}, text built only when the check fails.
   *
   * @param value the number
   * @param what what the number is, such as {@code "minEvidence of level"}
   * @param subject whose number it is, such as the level's id
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static long requireNonNegative(long value, String what, Object subject) {
    if (value < 0) {
      throw new IllegalArgumentException(
          what + " " + subject + " must not be negative, but was " + value);
    }
    return value;
  }
}

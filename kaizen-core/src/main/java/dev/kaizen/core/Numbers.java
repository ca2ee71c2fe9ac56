package dev.kaizen.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one way Kaizen writes a number for people: in every violation message, explanation and the
 * text the command line prints.
 *
 * <p>The rule of {@link #text(double)}, applied to the shortest decimal that reads back as the same
 * double (so {@code 0.1} is 0.1 and not 0.1000000000000000055…; of two such decimals the one nearer
 * the double, as {@code Double.toString} chooses from JDK 19 on, computed here so that the text is
 * the same on every JDK: JDK 17's {@code Double.toString} writes 2×10<sup>23</sup> as {@code
 * 1.9999999999999998E23}):
 *
 * <ul>
 *   <li>whole numbers have no fraction: {@code 22}, not {@code 22.0}; {@code -0.0} is {@code 0};
 *   <li>other numbers are rounded half up to four decimal places, and trailing zeros are dropped:
 *       {@code 0.8660254…} is {@code 0.866}, {@code 26.400000000000002} is {@code 26.4}, {@code
 *       1/3} is {@code 0.3333};
 *   <li>except that a number smaller than 0.1 in magnitude keeps four significant digits, so that a
 *       small number never reads as 0: {@code 0.0012345} is {@code 0.001235};
 *   <li>the digits are written out in full ({@code 100000000000000000000} for 10<sup>20</sup>) from
 *       10<sup>-6</sup> up to, not including, 10<sup>21</sup>; outside that range the number is
 *       written in scientific notation with a lower-case {@code e}: {@code 1e21}, {@code -2.5e300},
 *       {@code 1.235e-7};
 *   <li>{@code NaN}, {@code Infinity} and {@code -Infinity} are written as Java writes them.
 * </ul>
 *
 * <p>The text uses no locale: the decimal separator is always {@code .}, and there is no grouping.
 */
public final class Numbers {
  /** At most this many decimal places. */
  private static final int DECIMALS = 4;

  /** At least this many significant digits, for numbers below 0.1 in magnitude. */
  private static final MathContext SIGNIFICANT = new MathContext(4, RoundingMode.HALF_UP);

  /** From this magnitude on, numbers are written in scientific notation. */
  private static final double LARGE = 1e21;

  /** Below this magnitude, numbers are written in scientific notation. */
  private static final double SMALL = 1e-6;

  /** Below this magnitude a whole double is written by {@link Long#toString(long)}. */
  private static final double WHOLE = 1e15;

  /** Below this magnitude (and from 0.1) a double of four decimal places is written directly. */
  private static final double FEW_PLACES = 1e11;

  private Numbers() {}

  /**
   * Writes {@code value} for people, following the rule described {@linkplain Numbers above}.
   *
   * @param value any double
   * @return the text, never empty
   */
  public static String text(double value) {
    // NaN and the infinities fail both shortcuts' range checks; zero, either sign, is "0"
    double magnitude = Math.abs(value);
    if (magnitude < WHOLE && value == Math.rint(value)) {
      // below 10^15 a whole double is its own shortest decimal
      return Long.toString((long) value);
    }
    if (magnitude >= 0.1 && magnitude < FEW_PLACES) {
      long tenThousandths = Math.round(value * 1e4);
      if (tenThousandths / 1e4 == value) {
        // The decimal of at most four places reads back as the value, and no other decimal of
        // four places does (below 10^11 the doubles are closer than 10^-4 apart), so it is the
        // shortest decimal rounded to four places: the text without BigDecimal.
        return fourPlaces(tenThousandths);
      }
    }
    return exactText(value);
  }

  /** Writes a whole number of ten-thousandths as a decimal, without trailing zeros. */
  private static String fourPlaces(long tenThousandths) {
    long whole = tenThousandths / 10_000;
    long fraction = Math.abs(tenThousandths % 10_000);
    StringBuilder text = new StringBuilder(24);
    if (tenThousandths < 0) {
      text.append('-');
    }
    text.append(Math.abs(whole));
    if (fraction != 0) {
      int places = 4;
      while (fraction % 10 == 0) {
        fraction /= 10;
        places--;
      }
      String digits = Long.toString(fraction);
      text.append('.');
      for (int i = digits.length(); i < places; i++) {
        text.append('0');
      }
      text.append(digits);
    }
    return text.toString();
  }

  /**
   * Writes {@code value} by the rule, through its shortest decimal as a {@link BigDecimal}: what
   * {@link #text(double)} returns for every value, and computes this way for the values its
   * shortcuts do not cover. Package-private so that a test can compare the two on many values.
   */
  static String exactText(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal shortest = shortest(value);
    double magnitude = Math.abs(value);
    if (magnitude >= LARGE) {
      return scientific(shortest);
    }
    if (magnitude < SMALL) {
      return scientific(shortest.round(SIGNIFICANT));
    }
    // the exponent of the leading digit: 0 for 1.5, -3 for 0.0012
    int exponent = shortest.precision() - shortest.scale() - 1;
    int places = Math.max(DECIMALS, SIGNIFICANT.getPrecision() - 1 - exponent);
    BigDecimal rounded = shortest.setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.toPlainString();
  }

  /**
   * The decimal {@code Double.toString} writes from JDK 19 on, on every JDK: of the decimals that
   * read back as {@code value} (finite, not zero), those of the fewest digits, but at least two;
   * among them the nearest to {@code value}, and on a tie the one with an even last digit.
   */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits <= 17; digits++) {
      if (reads(exact.round(new MathContext(digits, RoundingMode.FLOOR)), value)
          || reads(exact.round(new MathContext(digits, RoundingMode.CEILING)), value)) {
        int length = Math.max(digits, 2);
        BigDecimal down = exact.round(new MathContext(length, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(length, RoundingMode.CEILING));
        boolean downReads = reads(down, value);
        boolean upReads = reads(up, value);
        if (downReads && upReads) {
          return exact.round(new MathContext(length, RoundingMode.HALF_EVEN));
        }
        return downReads ? down : up;
      }
    }
    // Unreachable: seventeen significant digits always read back.
    return BigDecimal.valueOf(value);
  }

  private static boolean reads(BigDecimal decimal, double value) {
    return decimal.doubleValue() == value;
  }

  /** Writes a non-zero decimal as {@code d.ddde±x}, without trailing zeros. */
  private static String scientific(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    String digits = stripped.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - stripped.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (stripped.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
  }
}

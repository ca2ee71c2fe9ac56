package dev.kaizen.core;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as {@code 2024-Q1}. Immutable and comparable, in the manner of {@link
 * java.time.YearMonth}.
 */
public final class Quarter implements Comparable<Quarter> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q(\\d)");

  private final int year;
  private final int quarter;

  private Quarter(int year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * Returns the quarter {@code quarter} (1 to 4) of {@code year} (1 to 9999).
   *
   * @param year the year, 1 to 9999
   * @param quarter the quarter of the year, 1 to 4
   * @return the quarter
   * @throws IllegalArgumentException if either number is out of range
   */
  public static Quarter of(int year, int quarter) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be from 1 to 9999, not " + year);
    }
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be from 1 to 4, not " + quarter);
    }
    return new Quarter(year, quarter);
  }

  /**
   * Parses text such as {@code 2024-Q1}: four digits of year, {@code -Q}, and a quarter from 1 to
   * 4.
   *
   * @param text the text to parse
   * @return the quarter
   * @throws IllegalArgumentException if the text is not a quarter that exists, quoting the text
   */
  public static Quarter parse(CharSequence text) {
    Matcher matcher = FORMAT.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a quarter like \"2024-Q1\"");
    }
    int year = Integer.parseInt(matcher.group(1));
    int quarter = Integer.parseInt(matcher.group(2));
    if (year < 1 || quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a quarter that exists (year 0001-9999, quarter Q1-Q4)");
    }
    return new Quarter(year, quarter);
  }

  /**
   * Returns the quarter that holds {@code date}.
   *
   * @param date the date
   * @return its quarter
   */
  public static Quarter from(LocalDate date) {
    return of(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Returns the year.
   *
   * @return the year, 1 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the quarter of the year.
   *
   * @return 1 to 4
   */
  public int quarter() {
    return quarter;
  }

  /**
   * Returns the quarter after this one.
   *
   * @return the next quarter
   * @throws IllegalArgumentException past 9999-Q4
   */
  public Quarter next() {
    return quarter == 4 ? of(year + 1, 1) : of(year, quarter + 1);
  }

  /**
   * Returns how many quarters lie from this quarter to {@code other}: 1 for the next quarter,
   * negative for an earlier one.
   *
   * @param other the other quarter
   * @return the signed distance in quarters
   */
  public int quartersUntil(Quarter other) {
    return (other.year * 4 + other.quarter) - (year * 4 + quarter);
  }

  @Override
  public int compareTo(Quarter other) {
    return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quarter
        && ((Quarter) other).year == year
        && ((Quarter) other).quarter == quarter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, quarter);
  }

  /** Returns the quarter as {@code 2024-Q1}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-Q%d", year, quarter);
  }
}

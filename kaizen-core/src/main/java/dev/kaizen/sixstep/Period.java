package dev.kaizen.sixstep;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/**
 * The period of a {@link Frequency}. Each period converts to occurrences per week: a day counts as
 * five working days, a month as 12/52 of a week's worth, a quarter 4/52, a year 1/52.
 */
public enum Period implements Tokenized {
  /** Per working day: ×5 a week. */
  DAY(5.0),
  /** Per week: ×1. */
  WEEK(1.0),
  /** Per month: ×12/52 a week. */
  MONTH(12.0 / 52.0),
  /** Per quarter: ×4/52 a week. */
  QUARTER(4.0 / 52.0),
  /** Per year: ×1/52 a week. */
  YEAR(1.0 / 52.0);

  private final double perWeek;

  Period(double perWeek) {
    this.perWeek = perWeek;
  }

  @Override
  public String token() {
    return Tokens.kebab(this);
  }

  /**
   * Returns how many weeks' occurrences one occurrence per this period makes: 5 for a day, 1 for a
   * week, 12/52 for a month, 4/52 for a quarter, 1/52 for a year.
   *
   * @return the factor to occurrences per week
   */
  public double perWeek() {
    return perWeek;
  }
}

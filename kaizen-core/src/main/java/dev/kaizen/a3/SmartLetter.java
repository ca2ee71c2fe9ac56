package dev.kaizen.a3;

/**
 * The five letters of a SMART goal (DOMAIN.md §4), in order. Each letter's test is applied by
 * {@link SmartVerdict#judge(A3)}.
 */
public enum SmartLetter {
  /** Specific: the metric has a name and a unit. */
  S("specific", "the metric has a name and a unit"),
  /**
   * Measurable: the baseline and the target are numbers (the target is given, or follows from a
   * change).
   */
  M("measurable", "the baseline and the target are numbers"),
  /**
   * Achievable: the target is better than the baseline and, for a {@code lower} metric whose
   * baseline is not negative, not below zero.
   */
  A(
      "achievable",
      "the target is better than the baseline and, for a lower metric with a baseline of 0 or more, not below 0"),
  /**
   * Relevant: a word of the metric's name with at least 4 letters appears in the background or the
   * problem statement.
   */
  R(
      "relevant",
      "a word of the metric's name (4 letters or more) appears in the background or the problem statement"),
  /** Time-bound: a deadline after the day the A3 was opened. */
  T("time-bound", "a deadline after the day the A3 was opened");

  private final String word;
  private final String test;

  SmartLetter(String word, String test) {
    this.word = word;
    this.test = test;
  }

  /**
   * Returns the word the letter stands for.
   *
   * @return such as {@code specific}
   */
  public String word() {
    return word;
  }

  /**
   * Returns the letter's test in words.
   *
   * @return the test
   */
  public String test() {
    return test;
  }
}

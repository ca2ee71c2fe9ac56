package dev.kaizen.sixstep;

/** The six steps of a Kaizen record, in the order they are filled. */
public enum KaizenStep {
  /** Step 1: discover improvement potential. */
  POTENTIAL(1, "potential", "discover improvement potential"),
  /** Step 2: analyse the current methods. */
  ANALYSIS(2, "analysis", "analyse current methods"),
  /** Step 3: generate original ideas. */
  IDEAS(3, "ideas", "generate original ideas"),
  /** Step 4: develop an implementation plan. */
  PLAN(4, "plan", "develop an implementation plan"),
  /** Step 5: implement the plan, one change at a time. */
  CHANGES(5, "changes", "implement the plan"),
  /** Step 6: evaluate the new method on the same measure. */
  EVALUATION(6, "evaluation", "evaluate the new method");

  private final int number;
  private final String property;
  private final String title;

  KaizenStep(int number, String property, String title) {
    this.number = number;
    this.property = property;
    this.title = title;
  }

  /**
   * Returns the step's number, 1 to 6.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the JSON property that holds the step.
   *
   * @return the property name, such as {@code analysis}
   */
  public String property() {
    return property;
  }

  /**
   * Returns the step's title in words.
   *
   * @return the title
   */
  public String title() {
    return title;
  }
}

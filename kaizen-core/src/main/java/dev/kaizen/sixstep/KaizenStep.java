package dev.kaizen.sixstep;

import dev.kaizen.core.RecordPart;
import java.util.Optional;

/**
 * The six steps of a Kaizen record, in the order they are filled. Step 1 is required; every later
 * step depends on the one before it, so a step is out of order while any earlier step is missing.
 * {@link KaizenRecord#parts()} says which steps a record has filled.
 */
public enum KaizenStep implements RecordPart {
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
  @Override
  public int number() {
    return number;
  }

  /**
   * Returns the JSON property that holds the step.
   *
   * @return the property name, such as {@code analysis}
   */
  @Override
  public String property() {
    return property;
  }

  /**
   * Returns the step's title in words.
   *
   * @return the title
   */
  @Override
  public String title() {
    return title;
  }

  /**
   * Returns {@code step}.
   *
   * @return {@code step}
   */
  @Override
  public String noun() {
    return "step";
  }

  /**
   * Tells whether every record has this step: only step 1, the potential.
   *
   * @return true for {@link #POTENTIAL}
   */
  @Override
  public boolean isRequired() {
    return this == POTENTIAL;
  }

  /**
   * Returns the step this one directly depends on: the one before it.
   *
   * @return the previous step, or empty for step 1
   */
  @Override
  public Optional<KaizenStep> dependsOn() {
    return this == POTENTIAL ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }
}

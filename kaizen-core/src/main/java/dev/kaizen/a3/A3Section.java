package dev.kaizen.a3;

import dev.kaizen.core.RecordPart;
import java.util.Optional;

/**
 * The seven sections of an A3, in the order they are filled. The first three are always required;
 * from the {@linkplain #ROOT_CAUSES root causes} on, each section depends on the one before it:
 * countermeasures need root causes, a check needs countermeasures, a follow-up needs a check.
 * {@link A3#parts()} says which sections an A3 has filled.
 */
public enum A3Section implements RecordPart {
  /** Section 1: why the problem matters (required). */
  BACKGROUND(1, "background", "background"),
  /** Section 2: the current condition and problem statement (required). */
  CURRENT_CONDITION(2, "currentCondition", "current condition and problem statement"),
  /** Section 3: the goal statement (required). */
  GOAL(3, "goal", "goal statement"),
  /** Section 4: the root-cause analysis. */
  ROOT_CAUSES(4, "rootCauses", "root-cause analysis"),
  /** Section 5: the countermeasures. */
  COUNTERMEASURES(5, "countermeasures", "countermeasures"),
  /** Section 6: the check, or confirmation of the effect. */
  CHECK(6, "check", "check / confirmation effect"),
  /** Section 7: the follow-up actions and report. */
  FOLLOW_UP(7, "followUp", "follow-up actions and report");

  private final int number;
  private final String property;
  private final String title;

  A3Section(int number, String property, String title) {
    this.number = number;
    this.property = property;
    this.title = title;
  }

  /**
   * Returns the section's number, 1 to 7.
   *
   * @return the number
   */
  @Override
  public int number() {
    return number;
  }

  /**
   * Returns the JSON property that holds the section.
   *
   * @return the property name, such as {@code rootCauses}
   */
  @Override
  public String property() {
    return property;
  }

  /**
   * Returns the section's title in words.
   *
   * @return the title
   */
  @Override
  public String title() {
    return title;
  }

  /**
   * Returns {@code section}.
   *
   * @return {@code section}
   */
  @Override
  public String noun() {
    return "section";
  }

  /**
   * Tells whether every A3 must have this section: background, current condition and goal.
   *
   * @return true for the first three sections
   */
  @Override
  public boolean isRequired() {
    return number <= 3;
  }

  /**
   * Returns the section this one directly depends on: the one before it, for the sections from the
   * countermeasures on.
   *
   * @return the section that must be filled first, or empty for the first four sections
   */
  @Override
  public Optional<A3Section> dependsOn() {
    return number <= 4 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }
}

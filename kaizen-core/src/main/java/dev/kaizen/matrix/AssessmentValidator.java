package dev.kaizen.matrix;

import static dev.kaizen.validation.RuleCode.MATRIX_TRAJECTORY_DATES_OUT_OF_ORDER;
import static dev.kaizen.validation.RuleCode.MATRIX_TRAJECTORY_INFLUENCE_BEFORE_COMPETENCE;
import static dev.kaizen.validation.RuleCode.MATRIX_VALUE_OUT_OF_RANGE;

import dev.kaizen.internal.Messages;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violations;
import java.util.List;

/**
 * Checks an {@link Assessment} against every {@code matrix.*} rule of DOMAIN.md §5:
 *
 * <ul>
 *   <li>{@code matrix.value.out-of-range} (error): one violation per expertise or change skill
 *       outside [0, 1], at {@code $.expertise} in the single form or {@code $.history[i].expertise}
 *       in a trajectory;
 *   <li>{@code matrix.trajectory.dates-out-of-order} (error): an entry not dated strictly after the
 *       one before it, at {@code $.history[i].date};
 *   <li>{@code matrix.trajectory.influence-before-competence} (warning): a step from entry i−1 to
 *       entry i where the influence rose while the competence <em>of entry i</em> (the later one)
 *       is below the threshold 0.5, at {@code $.history[i].scope}. The later entry is used because
 *       it is the position the person reached: if competence caught up in the same step, the path
 *       was followed; if it is still (or again) below the threshold once influence has grown, the
 *       person is heading into the overreaching quadrant.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class AssessmentValidator {
  private static final JsonPath ROOT = JsonPath.root();

  private AssessmentValidator() {}

  /**
   * Validates {@code assessment}. Never throws for a rule the assessment breaks.
   *
   * @param assessment the assessment
   * @return every violation, entry by entry
   */
  public static ValidationResult validate(Assessment assessment) {
    Violations found = new Violations();
    List<Position> history = assessment.history();
    for (int i = 0; i < history.size(); i++) {
      Position position = history.get(i);
      JsonPath path = pathOf(assessment, i);
      range(position.expertise(), "expertise", path.property("expertise"), found);
      range(position.changeSkill(), "changeSkill", path.property("changeSkill"), found);
      if (i == 0) {
        continue;
      }
      Position previous = history.get(i - 1);
      if (!position.date().isAfter(previous.date())) {
        found.add(
            path.property("date"),
            MATRIX_TRAJECTORY_DATES_OUT_OF_ORDER,
            "entry "
                + i
                + " is dated "
                + position.date()
                + ", which is not after entry "
                + (i - 1)
                + " dated "
                + previous.date()
                + "; list the history oldest first, one entry per date");
      }
      if (position.influence() > previous.influence() && position.competence() < Matrix.THRESHOLD) {
        found.add(
            path.property("scope"),
            MATRIX_TRAJECTORY_INFLUENCE_BEFORE_COMPETENCE,
            "influence rose from "
                + previous.scope().token()
                + " to "
                + position.scope().token()
                + " while competence "
                + Messages.number(position.competence())
                + " is still below "
                + Messages.number(Matrix.THRESHOLD)
                + "; grow expertise and the skill of change before widening the reach of changes");
      }
    }
    return found.result();
  }

  /**
   * Returns the path of history entry {@code index}: {@code $} in the single form, {@code
   * $.history[index]} in a trajectory.
   *
   * @param assessment the assessment
   * @param index the entry's index, from 0
   * @return the entry's path
   */
  public static JsonPath pathOf(Assessment assessment, int index) {
    return assessment.form() == AssessmentForm.SINGLE
        ? ROOT
        : ROOT.property("history").index(index);
  }

  private static void range(double value, String name, JsonPath path, Violations found) {
    if (value < 0 || value > 1) {
      found.add(
          path,
          MATRIX_VALUE_OUT_OF_RANGE,
          name
              + " is "
              + Messages.number(value)
              + ", outside [0, 1]; rate it from 0 (none) to 1 (the best there is)");
    }
  }
}

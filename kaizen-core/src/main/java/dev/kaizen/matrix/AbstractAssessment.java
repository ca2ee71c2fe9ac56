package dev.kaizen.matrix;

import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * An assessment on the competence/influence matrix (DOMAIN.md §5): a {@linkplain #subject() person}
 * and the {@linkplain #history() history} of their positions, oldest first; the last entry is the
 * {@linkplain #current() current position}.
 *
 * <p>An assessment is written in one of two JSON forms, which it remembers as its {@link #form()}
 * so that writing then reading gives an equal object:
 *
 * <ul>
 *   <li>{@link AssessmentForm#SINGLE}: {@code {"kind": "assessment", "subject", "date",
 *       "expertise", "changeSkill", "scope"}}, a history of exactly one position;
 *   <li>{@link AssessmentForm#TRAJECTORY}: {@code {"kind": "assessment", "subject", "history":
 *       [...]}}, one position or more.
 * </ul>
 *
 * <p>When the form is not set it defaults to {@code SINGLE} for a history of one and {@code
 * TRAJECTORY} otherwise; {@link #single} and {@link #trajectory} build either form directly. The
 * history must hold at least one position, and a single form exactly one (the builder throws {@link
 * IllegalArgumentException} otherwise). Validate with {@link AssessmentValidator}; score with
 * {@link AssessmentScorer}.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractAssessment implements Document {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.ASSESSMENT;
  }

  /**
   * Returns the person assessed.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * Returns the positions over time, oldest first; the last one is the current position. Dates
   * should strictly increase ({@code matrix.trajectory.dates-out-of-order}).
   *
   * @return at least one position
   */
  public abstract List<Position> history();

  /**
   * Returns the JSON form the assessment is written in: by default {@link AssessmentForm#SINGLE}
   * for a history of one, {@link AssessmentForm#TRAJECTORY} otherwise.
   *
   * @return the form
   */
  @Value.Default
  public AssessmentForm form() {
    return history().size() == 1 ? AssessmentForm.SINGLE : AssessmentForm.TRAJECTORY;
  }

  /**
   * Returns an assessment of one position, in the single form.
   *
   * @param subject the person assessed
   * @param date the day of the assessment
   * @param expertise the rated expertise, in [0, 1]
   * @param changeSkill the rated change skill, in [0, 1]
   * @param scope how far the person's changes reach
   * @return the assessment
   */
  public static Assessment single(
      String subject, LocalDate date, double expertise, double changeSkill, Scope scope) {
    return Assessment.builder()
        .subject(subject)
        .addHistory(
            Position.builder()
                .date(date)
                .expertise(expertise)
                .changeSkill(changeSkill)
                .scope(scope)
                .build())
        .form(AssessmentForm.SINGLE)
        .build();
  }

  /**
   * Returns a trajectory: the positions of one person over time, oldest first.
   *
   * @param subject the person assessed
   * @param history the positions, at least one
   * @return the assessment, in the trajectory form
   */
  public static Assessment trajectory(String subject, List<Position> history) {
    return Assessment.builder()
        .subject(subject)
        .history(history)
        .form(AssessmentForm.TRAJECTORY)
        .build();
  }

  /**
   * Returns the current position: the last entry of the history.
   *
   * @return the current position
   */
  public final Position current() {
    return history().get(history().size() - 1);
  }

  /**
   * Returns the current competence: √(expertise × changeSkill), on clamped values.
   *
   * @return the competence, in [0, 1]
   */
  public final double competence() {
    return current().competence();
  }

  /**
   * Returns the current influence, from the scope ladder.
   *
   * @return the influence, in [0, 1]
   */
  public final double influence() {
    return current().influence();
  }

  /**
   * Returns the current leadership figure: 100 × √(competence × influence).
   *
   * @return the leadership, in [0, 100]
   */
  public final double leadership() {
    return current().leadership();
  }

  /**
   * Returns the current quadrant at the default threshold 0.5.
   *
   * @return the quadrant
   */
  public final Quadrant quadrant() {
    return current().quadrant();
  }

  /**
   * Returns the current next focus at the default threshold 0.5.
   *
   * @return competence, influence or sustain
   */
  public final NextFocus nextFocus() {
    return current().nextFocus();
  }

  /**
   * Tells whether the history holds more than one position.
   *
   * @return true for a trajectory of two positions or more
   */
  public final boolean hasTrajectory() {
    return history().size() > 1;
  }

  @Value.Check
  final void check() {
    if (history().isEmpty()) {
      throw new IllegalArgumentException(
          "the assessment of " + subject() + " needs at least one position in its history");
    }
    if (form() == AssessmentForm.SINGLE && history().size() != 1) {
      throw new IllegalArgumentException(
          "a single-form assessment holds exactly one position, not "
              + history().size()
              + "; use the trajectory form for a history");
    }
  }
}

package dev.kaizen.testing.generators;

import dev.kaizen.matrix.Assessment;
import dev.kaizen.matrix.AssessmentForm;
import dev.kaizen.matrix.Position;
import dev.kaizen.testing.Choices;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.validation.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of assessments on the competence/influence matrix (DOMAIN.md §5): {@linkplain
 * #positions() positions}, valid {@linkplain #singles() single} assessments and {@linkplain
 * #trajectories() trajectories}, assessments {@linkplain #broken() broken} on purpose with the
 * error rule they break, and {@linkplain #assessments() any} of these.
 */
public final class AssessmentGenerators {
  private AssessmentGenerators() {}

  /**
   * Positions with expertise and change skill in [0, 1], any scope.
   *
   * @return the generator
   */
  public static Gen<Position> positions() {
    return choices -> position(choices, SharedGenerators.dates().generate(choices));
  }

  /**
   * Valid assessments of one position, in the single form.
   *
   * @return the generator
   */
  public static Gen<Assessment> singles() {
    return choices ->
        Assessment.builder()
            .subject(Gens.words(1, 10).generate(choices))
            .addHistory(positions().generate(choices))
            .form(AssessmentForm.SINGLE)
            .build();
  }

  /**
   * Valid trajectories: one to six positions with strictly increasing dates (they may break the
   * {@code matrix.trajectory.influence-before-competence} warning).
   *
   * @return the generator
   */
  public static Gen<Assessment> trajectories() {
    return choices -> trajectory(choices, choices.between(1, 6));
  }

  /**
   * Valid assessments of either form.
   *
   * @return the generator
   */
  public static Gen<Assessment> validAssessments() {
    return Gens.either(singles(), trajectories());
  }

  /**
   * Assessments that break one error rule on purpose, with that rule.
   *
   * @return the generator
   */
  public static Gen<Broken<Assessment>> broken() {
    return choices -> {
      Breakage breakage = Gens.enums(Breakage.class).generate(choices);
      return Broken.of(breakage.apply(choices), breakage.rule);
    };
  }

  /**
   * Any assessment: valid in either form, or broken.
   *
   * @return the generator
   */
  public static Gen<Assessment> assessments() {
    return Gens.either(singles(), trajectories(), broken().map(Broken::document));
  }

  private static Position position(Choices c, LocalDate date) {
    return Position.builder()
        .date(date)
        .expertise(Gens.doubles(0, 1).generate(c))
        .changeSkill(Gens.doubles(0, 1).generate(c))
        .scope(SharedGenerators.scopes().generate(c))
        .build();
  }

  private static Assessment trajectory(Choices c, int size) {
    List<Position> history = new ArrayList<>();
    LocalDate date = SharedGenerators.dates().generate(c);
    for (int i = 0; i < size; i++) {
      history.add(position(c, date));
      date = date.plusDays(c.between(1, 400));
    }
    return Assessment.trajectory(Gens.words(1, 10).generate(c), history);
  }

  /** The ways {@link #broken()} breaks an assessment, each with the error rule it breaks. */
  private enum Breakage {
    EXPERTISE_OUT_OF_RANGE(RuleCode.MATRIX_VALUE_OUT_OF_RANGE) {
      @Override
      Assessment apply(Choices c) {
        Assessment a = c.oneIn(2) ? singles().generate(c) : trajectory(c, c.between(1, 4));
        List<Position> history = new ArrayList<>(a.history());
        int i = c.between(0, history.size() - 1);
        history.set(i, history.get(i).withExpertise(outOfRange(c)));
        return a.withHistory(history);
      }
    },
    CHANGE_SKILL_OUT_OF_RANGE(RuleCode.MATRIX_VALUE_OUT_OF_RANGE) {
      @Override
      Assessment apply(Choices c) {
        Assessment a = c.oneIn(2) ? singles().generate(c) : trajectory(c, c.between(1, 4));
        List<Position> history = new ArrayList<>(a.history());
        int i = c.between(0, history.size() - 1);
        history.set(i, history.get(i).withChangeSkill(outOfRange(c)));
        return a.withHistory(history);
      }
    },
    DATES_OUT_OF_ORDER(RuleCode.MATRIX_TRAJECTORY_DATES_OUT_OF_ORDER) {
      @Override
      Assessment apply(Choices c) {
        Assessment a = trajectory(c, c.between(2, 5));
        List<Position> history = new ArrayList<>(a.history());
        int i = c.between(1, history.size() - 1);
        LocalDate previous = history.get(i - 1).date();
        history.set(i, history.get(i).withDate(previous.minusDays(c.between(0, 30))));
        return a.withHistory(history);
      }
    };

    final RuleCode rule;

    Breakage(RuleCode rule) {
      this.rule = rule;
    }

    abstract Assessment apply(Choices choices);

    static double outOfRange(Choices c) {
      return c.oneIn(2)
          ? -Gens.doubles(0.001, 10).generate(c)
          : 1 + Gens.doubles(0.001, 10).generate(c);
    }
  }
}

package dev.kaizen.examples;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Level;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import dev.kaizen.scoring.Score;
import dev.kaizen.sixstep.Analysis;
import dev.kaizen.sixstep.Change;
import dev.kaizen.sixstep.Contributor;
import dev.kaizen.sixstep.Decision;
import dev.kaizen.sixstep.Evaluation;
import dev.kaizen.sixstep.Frequency;
import dev.kaizen.sixstep.Idea;
import dev.kaizen.sixstep.IdeaSource;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenRecordScorer;
import dev.kaizen.sixstep.KaizenRecordValidator;
import dev.kaizen.sixstep.Period;
import dev.kaizen.sixstep.Plan;
import dev.kaizen.sixstep.Potential;
import dev.kaizen.sixstep.Risk;
import dev.kaizen.validation.ValidationResult;
import java.time.LocalDate;

/** Builds a Kaizen six-step record in Java, validates it and scores it (the README's example). */
public final class KaizenRecordExample {
  private KaizenRecordExample() {}

  /**
   * Builds the example record: a build script cut from five minutes to 2.3.
   *
   * @return the record
   */
  public static KaizenRecord record() {
    Metric runTime = Metric.of("build time", "minutes", Direction.LOWER);
    return KaizenRecord.builder()
        .id("KZ-42")
        .title("Cut the build time in half")
        .opened(LocalDate.of(2024, 2, 5))
        .scope(Scope.TEAM)
        .potential(
            Potential.builder()
                .problem("The team waits five minutes for every build, twelve times a day")
                .metric(runTime)
                .baseline(5.0)
                .target(2.5)
                .frequency(Frequency.of(12, Period.DAY))
                .build())
        .analysis(
            Analysis.builder()
                .addContributors(
                    Contributor.builder().name("dependency download").value(2.6).build())
                .addContributors(Contributor.builder().name("tests").value(1.9).build())
                .build())
        .addIdeas(
            Idea.builder()
                .id("I1")
                .description("Cache dependencies")
                .effort(Level.LOW)
                .gain(Level.HIGH)
                .source(IdeaSource.MANUAL)
                .build())
        .addIdeas(
            Idea.builder()
                .id("I2")
                .description("Run tests in parallel")
                .effort(Level.MEDIUM)
                .gain(Level.MEDIUM)
                .source(IdeaSource.OWN)
                .build())
        .plan(
            Plan.builder()
                .addStakeholders("Tech lead")
                .addRisks(
                    Risk.builder()
                        .description("A stale cache")
                        .mitigation("Key it on the lock file")
                        .build())
                .build())
        .addChanges(
            Change.builder()
                .idea("I1")
                .implemented(LocalDate.of(2024, 2, 12))
                .measured(LocalDate.of(2024, 2, 13))
                .result(3.1)
                .build())
        .addChanges(
            Change.builder()
                .idea("I2")
                .implemented(LocalDate.of(2024, 2, 19))
                .measured(LocalDate.of(2024, 2, 20))
                .result(2.3)
                .build())
        .evaluation(
            Evaluation.builder()
                .metric(runTime)
                .value(2.3)
                .date(LocalDate.of(2024, 2, 26))
                .decision(Decision.MOVE_ON)
                .build())
        .build();
  }

  /**
   * Prints the example's validation, score and derived values.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    KaizenRecord record = record();

    ValidationResult validation = KaizenRecordValidator.validate(record);
    validation.violations().forEach(System.out::println);

    Score score = KaizenRecordScorer.defaults().score(record);
    System.out.println("valid: " + validation.isValid());
    System.out.println("score: " + score.total() + " under " + score.policy());
    score.parts().forEach(part -> System.out.println("  " + part.name() + " " + part.value()));
    System.out.println("gain per week: " + record.gainPerWeek().getAsDouble() + " minutes");
    System.out.println("attainment: " + record.outcome().orElseThrow().attainment());
  }
}

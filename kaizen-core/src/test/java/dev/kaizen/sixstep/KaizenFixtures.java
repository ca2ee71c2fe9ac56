package dev.kaizen.sixstep;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Level;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import java.time.LocalDate;
import java.util.List;

/**
 * Test fixtures for Kaizen records: the shared example {@code
 * /work/shared/examples/kaizen-automation-script.json} built in Java, its parts, and variants
 * (records in progress, a {@code higher} metric).
 *
 * <p>Every fixture is a fresh immutable value; derive variants with the generated {@code withX}
 * methods, for example {@code automationScript().withPlan(...)}.
 */
public final class KaizenFixtures {
  /** The day the example record was opened. */
  public static final LocalDate OPENED = LocalDate.parse("2024-02-05");

  private KaizenFixtures() {}

  /**
   * Returns the example's metric: script run time in minutes, lower is better.
   *
   * @return the metric
   */
  public static Metric scriptRunTime() {
    return Metric.of("script run time", "minutes", Direction.LOWER);
  }

  /**
   * Returns step 1 of the example: baseline 5, target 2.5, 12 times a day.
   *
   * @return the potential
   */
  public static Potential potential() {
    return Potential.builder()
        .problem(
            "The automation script takes five minutes and the team waits for it twelve times a day")
        .metric(scriptRunTime())
        .baseline(5.0)
        .target(2.5)
        .frequency(Frequency.of(12, Period.DAY))
        .proposition("Two and a half hours of waiting saved every week")
        .build();
  }

  /**
   * Returns a contributor with a value and nothing else.
   *
   * @param name the name
   * @param value the value
   * @return the contributor
   */
  public static Contributor contributor(String name, double value) {
    return Contributor.builder().name(name).value(value).build();
  }

  /**
   * Returns a contributor without a value.
   *
   * @param name the name
   * @return the contributor
   */
  public static Contributor unmeasured(String name) {
    return Contributor.builder().name(name).build();
  }

  /**
   * Returns step 2 of the example: four contributors adding up to 5.0.
   *
   * @return the analysis
   */
  public static Analysis analysis() {
    return Analysis.builder()
        .addContributors(
            Contributor.builder()
                .name("dependency download")
                .value(2.6)
                .who("script")
                .why("no cache between runs")
                .build(),
            Contributor.builder()
                .name("test suite")
                .value(1.5)
                .who("script")
                .why("runs every test serially")
                .build(),
            Contributor.builder().name("packaging").value(0.6).who("script").build(),
            Contributor.builder().name("upload").value(0.3).who("script").build())
        .build();
  }

  /**
   * Returns an analysis of exactly {@code contributors}.
   *
   * @param contributors the contributors
   * @return the analysis
   */
  public static Analysis analysis(Contributor... contributors) {
    return Analysis.builder().addContributors(contributors).build();
  }

  /**
   * Returns an idea with a source.
   *
   * @param id the id
   * @param effort the effort
   * @param gain the gain
   * @param source where it comes from
   * @return the idea
   */
  public static Idea idea(String id, Level effort, Level gain, IdeaSource source) {
    return Idea.builder()
        .id(id)
        .description("idea " + id)
        .effort(effort)
        .gain(gain)
        .source(source)
        .build();
  }

  /**
   * Returns an idea without a source.
   *
   * @param id the id
   * @param effort the effort
   * @param gain the gain
   * @return the idea
   */
  public static Idea idea(String id, Level effort, Level gain) {
    return Idea.builder().id(id).description("idea " + id).effort(effort).gain(gain).build();
  }

  /**
   * Returns step 3 of the example: I1 (low effort, high gain, manual), I2 (medium, medium, state of
   * the art), I3 (high effort, low gain, own).
   *
   * @return the ideas, in the example's order
   */
  public static List<Idea> ideas() {
    return List.of(
        Idea.builder()
            .id("I1")
            .description("Cache downloaded dependencies between runs")
            .effort(Level.LOW)
            .gain(Level.HIGH)
            .source(IdeaSource.MANUAL)
            .build(),
        Idea.builder()
            .id("I2")
            .description("Run the test suite in parallel")
            .effort(Level.MEDIUM)
            .gain(Level.MEDIUM)
            .source(IdeaSource.STATE_OF_THE_ART)
            .build(),
        Idea.builder()
            .id("I3")
            .description("Rewrite the packaging step")
            .effort(Level.HIGH)
            .gain(Level.LOW)
            .source(IdeaSource.OWN)
            .build());
  }

  /**
   * Returns step 4 of the example: two stakeholders, one risk, one cost.
   *
   * @return the plan
   */
  public static Plan plan() {
    return Plan.builder()
        .addStakeholders("Tech lead", "Platform team")
        .addRisks(
            Risk.builder()
                .description("A stale cache ships an old dependency")
                .mitigation("Key the cache on the lock file")
                .build())
        .addCosts(Cost.builder().description("Cache storage").amount(2).unit("GB").build())
        .build();
  }

  /**
   * Returns a measured change.
   *
   * @param idea the idea's id
   * @param implemented the day it was implemented, ISO-8601
   * @param measured the day it was measured, ISO-8601
   * @param result the measured value
   * @return the change
   */
  public static Change change(String idea, String implemented, String measured, double result) {
    return Change.builder()
        .idea(idea)
        .implemented(LocalDate.parse(implemented))
        .measured(LocalDate.parse(measured))
        .result(result)
        .build();
  }

  /**
   * Returns a change that is not measured yet.
   *
   * @param idea the idea's id
   * @param implemented the day it was implemented, ISO-8601
   * @return the change
   */
  public static Change unmeasuredChange(String idea, String implemented) {
    return Change.builder().idea(idea).implemented(LocalDate.parse(implemented)).build();
  }

  /**
   * Returns step 5 of the example: I1 on 2024-02-12 (measured the 13th, 3.1), then I2 on 2024-02-19
   * (measured the 20th, 2.3).
   *
   * @return the changes, in order
   */
  public static List<Change> changes() {
    return List.of(
        change("I1", "2024-02-12", "2024-02-13", 3.1),
        change("I2", "2024-02-19", "2024-02-20", 2.3));
  }

  /**
   * Returns step 6 of the example: 2.3 minutes on 2024-02-26, move on.
   *
   * @return the evaluation
   */
  public static Evaluation evaluation() {
    return evaluation(2.3);
  }

  /**
   * Returns step 6 of the example with another value.
   *
   * @param value the evaluated value
   * @return the evaluation
   */
  public static Evaluation evaluation(double value) {
    return Evaluation.builder()
        .metric(scriptRunTime())
        .value(value)
        .date(LocalDate.parse("2024-02-26"))
        .decision(Decision.MOVE_ON)
        .learnings("Caching gave most of the gain; parallel tests the rest")
        .build();
  }

  /**
   * Returns the shared example {@code kaizen-automation-script.json}, all six steps filled.
   *
   * @return the example record
   */
  public static KaizenRecord automationScript() {
    return inProgress(6);
  }

  /**
   * Returns the example with only steps 1 to {@code steps} filled: a record in progress.
   *
   * @param steps how many steps are filled, 1 to 6
   * @return the record
   */
  public static KaizenRecord inProgress(int steps) {
    if (steps < 1 || steps > 6) {
      throw new IllegalArgumentException("steps must be from 1 to 6, not " + steps);
    }
    KaizenRecord.Builder record =
        KaizenRecord.builder()
            .id("KZ-1")
            .title("Halve the run time of the deployment automation script")
            .owner("Sam Okafor")
            .opened(OPENED)
            .scope(Scope.TEAM)
            .reach(8)
            .potential(potential());
    if (steps >= 2) {
      record.analysis(analysis());
    }
    if (steps >= 3) {
      record.addAllIdeas(ideas());
    }
    if (steps >= 4) {
      record.plan(plan());
    }
    if (steps >= 5) {
      record.addAllChanges(changes());
    }
    if (steps >= 6) {
      record.evaluation(evaluation());
    }
    return record.build();
  }

  /**
   * Returns the example record with a potential of {@code metric}, {@code baseline} and {@code
   * target} and an evaluation of {@code value} on the same metric.
   *
   * @param metric the metric of step 1 and step 6
   * @param baseline the baseline
   * @param target the target
   * @param value the evaluated value
   * @return the record
   */
  public static KaizenRecord evaluated(
      Metric metric, double baseline, double target, double value) {
    KaizenRecord example = automationScript();
    return example
        .withPotential(
            Potential.copyOf(example.potential())
                .withMetric(metric)
                .withBaseline(baseline)
                .withTarget(target))
        .withEvaluation(Evaluation.copyOf(evaluation()).withMetric(metric).withValue(value));
  }

  /**
   * Returns a complete record on a {@code higher} metric: deployments per week from 4 to a target
   * of 10, evaluated at 13.
   *
   * @return the record
   */
  public static KaizenRecord deploymentsPerWeek() {
    return evaluated(Metric.of("deployments", "per week", Direction.HIGHER), 4, 10, 13);
  }
}

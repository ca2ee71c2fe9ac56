package dev.kaizen.progression;

import dev.kaizen.a3.A3;
import dev.kaizen.a3.Check;
import dev.kaizen.a3.Countermeasure;
import dev.kaizen.a3.CurrentCondition;
import dev.kaizen.a3.Experiment;
import dev.kaizen.a3.FollowUp;
import dev.kaizen.a3.Goal;
import dev.kaizen.a3.Outcome;
import dev.kaizen.a3.RootCause;
import dev.kaizen.core.Direction;
import dev.kaizen.core.Document;
import dev.kaizen.core.Level;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import dev.kaizen.sixstep.Analysis;
import dev.kaizen.sixstep.Change;
import dev.kaizen.sixstep.Contributor;
import dev.kaizen.sixstep.Cost;
import dev.kaizen.sixstep.Decision;
import dev.kaizen.sixstep.Evaluation;
import dev.kaizen.sixstep.Frequency;
import dev.kaizen.sixstep.Idea;
import dev.kaizen.sixstep.IdeaSource;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.Period;
import dev.kaizen.sixstep.Plan;
import dev.kaizen.sixstep.Potential;
import dev.kaizen.sixstep.Risk;
import java.time.LocalDate;
import java.util.List;

/** The shared example /work/shared/examples/progression-case-senior.json, built in Java. */
final class Fixtures {
  static final Metric RUN_TIME = Metric.of("script run time", "minutes", Direction.LOWER);
  static final Metric MAJOR_ISSUES =
      Metric.of("major issues in acceptance testing", "issues", Direction.LOWER);

  private Fixtures() {}

  static FrameworkLevel level(
      String id, String title, double minCompetence, Scope minScope, int minEvidence) {
    return FrameworkLevel.builder()
        .id(id)
        .title(title)
        .minCompetence(minCompetence)
        .minScope(minScope)
        .minEvidence(minEvidence)
        .build();
  }

  /** The framework "Engineering progression", L1..L4. */
  static Framework framework() {
    return Framework.builder()
        .name("Engineering progression")
        .addLevels(
            level("L1", "Engineer", 0.0, Scope.SELF, 0),
            level("L2", "Engineer II", 0.4, Scope.PEERS, 1),
            level("L3", "Senior engineer", 0.6, Scope.TEAM, 1),
            level("L4", "Staff engineer", 0.75, Scope.DEPARTMENT, 3))
        .build();
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /**
   * Kaizen record KZ-1 of the example: complete, valid, rigour 100, 5 → 2.3 minutes, scope team.
   */
  static KaizenRecord kz1() {
    return KaizenRecord.builder()
        .id("KZ-1")
        .title("Halve the run time of the deployment automation script")
        .owner("Sam Okafor")
        .opened(date("2024-02-05"))
        .scope(Scope.TEAM)
        .reach(8)
        .potential(
            Potential.builder()
                .problem(
                    "The automation script takes five minutes and the team waits for it twelve times a day")
                .metric(RUN_TIME)
                .baseline(5.0)
                .target(2.5)
                .frequency(Frequency.of(12, Period.DAY))
                .proposition("Two and a half hours of waiting saved every week")
                .build())
        .analysis(
            Analysis.builder()
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
                .build())
        .addIdeas(
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
                .build())
        .plan(
            Plan.builder()
                .addStakeholders("Tech lead", "Platform team")
                .addRisks(
                    Risk.builder()
                        .description("A stale cache ships an old dependency")
                        .mitigation("Key the cache on the lock file")
                        .build())
                .addCosts(Cost.builder().description("Cache storage").amount(2).unit("GB").build())
                .build())
        .addChanges(
            Change.builder()
                .idea("I1")
                .implemented(date("2024-02-12"))
                .measured(date("2024-02-13"))
                .result(3.1)
                .build(),
            Change.builder()
                .idea("I2")
                .implemented(date("2024-02-19"))
                .measured(date("2024-02-20"))
                .result(2.3)
                .build())
        .evaluation(
            Evaluation.builder()
                .metric(RUN_TIME)
                .value(2.3)
                .date(date("2024-02-26"))
                .decision(Decision.MOVE_ON)
                .learnings("Caching gave most of the gain; parallel tests the rest")
                .build())
        .build();
  }

  /** KZ-1 with step 6 evaluated at {@code value}. */
  static KaizenRecord kz1EvaluatedAt(double value) {
    KaizenRecord kz1 = kz1();
    return kz1.withEvaluation(
        Evaluation.builder().from(kz1.evaluation().orElseThrow()).value(value).build());
  }

  /** A case for candidate Sam Okafor, target L3, expertise 0.75, with {@code evidence}. */
  static ProgressionCase caseWith(List<? extends Document> evidence) {
    return ProgressionCase.builder()
        .candidate("Sam Okafor")
        .targetLevel("L3")
        .expertise(0.75)
        .framework(framework())
        .addAllEvidence(evidence)
        .build();
  }

  /** A3-7 of the example: complete, 22 → 15 issues, scope department. */
  static A3 a37() {
    return A3.builder()
        .id("A3-7")
        .title("Fewer major issues reaching acceptance testing")
        .owner("Priya Raman")
        .opened(date("2024-01-08"))
        .scope(Scope.DEPARTMENT)
        .background(
            "Major issues found in acceptance testing delay every release of the case-handling service by about two weeks")
        .currentCondition(
            CurrentCondition.builder()
                .statement(
                    "The last acceptance test round found 22 major issues, most of them in data migration")
                .addFacts("22 major issues in the last round", "14 of them in data migration")
                .build())
        .goal(
            Goal.builder()
                .metric(MAJOR_ISSUES)
                .baseline(22)
                .change(-0.2)
                .deadline(date("2024-04-30"))
                .build())
        .addRootCauses(
            RootCause.builder()
                .id("H1")
                .hypothesis(
                    "Migration scripts are never run against production-like data before acceptance")
                .addAssumptions("The issues come from data shapes that test data lacks")
                .addExperiments(
                    Experiment.of(
                        "Run last round's migrations on an anonymised production copy",
                        Outcome.CONFIRMED))
                .build())
        .addRootCauses(
            RootCause.builder()
                .id("H2")
                .hypothesis("Reviewers skip migration scripts")
                .addExperiments(Experiment.of("Audit the last 20 reviews", Outcome.REFUTED))
                .build())
        .addCountermeasures(
            Countermeasure.builder()
                .id("C1")
                .addAddresses("H1")
                .addSteps(
                    "Nightly migration rehearsal on anonymised data",
                    "Fail the build on rehearsal errors")
                .owner("Data team")
                .due(date("2024-02-28"))
                .build())
        .check(
            Check.builder()
                .method("Count major issues in the next acceptance round")
                .metric(MAJOR_ISSUES)
                .result(15)
                .date(date("2024-04-15"))
                .build())
        .followUp(
            FollowUp.builder()
                .addActions("Extend rehearsals to the reporting database")
                .report("Rehearsals cut major issues from 22 to 15")
                .addSharedWith("Delivery managers", "Engineering community of practice")
                .build())
        .build();
  }

  /** A3-7 with the check's result set to {@code result}. */
  static A3 a37CheckedAt(double result) {
    A3 a3 = a37();
    return a3.withCheck(a3.check().orElseThrow().withResult(result));
  }

  /**
   * /work/shared/examples/progression-case-senior.json: Sam Okafor, target L3, expertise 0.75, KZ-1
   * and A3-7.
   */
  static ProgressionCase senior() {
    return caseWith(List.of(kz1(), a37()));
  }
}

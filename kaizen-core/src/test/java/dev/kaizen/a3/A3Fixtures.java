package dev.kaizen.a3;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import java.time.LocalDate;

/**
 * The shared example /work/shared/examples/a3-major-issues.json, built in Java, and small variants.
 */
final class A3Fixtures {
  static final Metric MAJOR_ISSUES =
      Metric.of("major issues in acceptance testing", "issues", Direction.LOWER);

  private A3Fixtures() {}

  /** The shared example, property for property. */
  static A3 majorIssues() {
    return A3.builder()
        .id("A3-7")
        .title("Fewer major issues reaching acceptance testing")
        .owner("Priya Raman")
        .opened(LocalDate.of(2024, 1, 8))
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
                .deadline(LocalDate.of(2024, 4, 30))
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
                .due(LocalDate.of(2024, 2, 28))
                .build())
        .check(
            Check.builder()
                .method("Count major issues in the next acceptance round")
                .metric(MAJOR_ISSUES)
                .result(15)
                .date(LocalDate.of(2024, 4, 15))
                .build())
        .followUp(
            FollowUp.builder()
                .addActions("Extend rehearsals to the reporting database")
                .report("Rehearsals cut major issues from 22 to 15")
                .addSharedWith("Delivery managers", "Engineering community of practice")
                .build())
        .build();
  }

  /** The shared example with only the three required sections. */
  static A3 majorIssuesFirstThree() {
    A3 full = majorIssues();
    return A3.builder()
        .id(full.id())
        .title(full.title())
        .opened(full.opened())
        .scope(full.scope())
        .background(full.background())
        .currentCondition(full.currentCondition())
        .goal(full.goal())
        .build();
  }
}

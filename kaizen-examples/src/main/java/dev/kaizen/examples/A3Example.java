package dev.kaizen.examples;

import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Scorer;
import dev.kaizen.a3.A3Validator;
import dev.kaizen.a3.Check;
import dev.kaizen.a3.Countermeasure;
import dev.kaizen.a3.CurrentCondition;
import dev.kaizen.a3.Experiment;
import dev.kaizen.a3.FollowUp;
import dev.kaizen.a3.Goal;
import dev.kaizen.a3.Outcome;
import dev.kaizen.a3.RootCause;
import dev.kaizen.a3.SmartCriterion;
import dev.kaizen.core.Direction;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import dev.kaizen.scoring.Score;
import dev.kaizen.validation.ValidationResult;
import java.time.LocalDate;

/**
 * Builds an A3 in Java, prints its SMART verdict, validates it and scores it (the README's
 * example).
 */
public final class A3Example {
  private A3Example() {}

  /**
   * Builds the example A3: invoice approval cut from 18 days to 10.
   *
   * @return the A3
   */
  public static A3 a3() {
    Metric approvalTime = Metric.of("invoice approval time", "days", Direction.LOWER);
    return A3.builder()
        .id("A3-12")
        .title("Approve invoices in ten days")
        .opened(LocalDate.of(2024, 3, 4))
        .scope(Scope.DEPARTMENT)
        .background("Suppliers wait 18 days for invoice approval and charge late fees")
        .currentCondition(
            CurrentCondition.builder()
                .statement("An invoice passes four approvers and waits about four days with each")
                .addFacts("median approval time 18 days over the last quarter")
                .build())
        .goal(
            Goal.builder()
                .metric(approvalTime)
                .baseline(18)
                .target(10)
                .deadline(LocalDate.of(2024, 6, 28))
                .build())
        .addRootCauses(
            RootCause.builder()
                .id("H1")
                .hypothesis("Approvers batch their approvals once a week")
                .addExperiments(
                    Experiment.of("Log when approvers open the queue", Outcome.CONFIRMED))
                .build())
        .addCountermeasures(
            Countermeasure.builder()
                .id("C1")
                .addAddresses("H1")
                .addSteps("Daily approval reminder", "Approve invoices under 500 with one approver")
                .build())
        .check(
            Check.builder()
                .method("Median approval time in May")
                .metric(approvalTime)
                .result(11)
                .build())
        .followUp(
            FollowUp.builder()
                .report("Approval time fell from 18 to 11 days")
                .addSharedWith("Finance leadership")
                .build())
        .build();
  }

  /**
   * Prints the example's SMART verdict, validation, score and derived values.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    A3 a3 = a3();

    System.out.println("SMART: " + a3.smart().letters());
    for (SmartCriterion letter : a3.smart().criteria()) {
      System.out.println(
          "  "
              + letter.letter()
              + " "
              + (letter.satisfied() ? "yes" : "no ")
              + "  "
              + letter.reason());
    }

    ValidationResult validation = A3Validator.validate(a3);
    validation.violations().forEach(System.out::println);
    System.out.println("valid: " + validation.isValid());

    Score score = A3Scorer.defaults().score(a3);
    System.out.println("score: " + score.total() + " under " + score.policy());
    score.parts().forEach(part -> System.out.println("  " + part.name() + " " + part.value()));
    System.out.println("target: " + a3.goalTarget().getAsDouble());
    System.out.println("attainment: " + a3.attainment().getAsDouble());
  }
}

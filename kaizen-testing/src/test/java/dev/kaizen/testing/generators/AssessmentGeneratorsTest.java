package dev.kaizen.testing.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.matrix.AssessmentForm;
import dev.kaizen.matrix.AssessmentValidator;
import dev.kaizen.testing.Property;
import dev.kaizen.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class AssessmentGeneratorsTest {
  @Test
  void singlesAreValidAndSingle() {
    Property.forAll(AssessmentGenerators.singles())
        .check(
            a -> {
              assertEquals(AssessmentForm.SINGLE, a.form());
              assertEquals(1, a.history().size());
              ValidationResult result = AssessmentValidator.validate(a);
              assertTrue(result.isValid(), result.errors().toString());
            });
  }

  @Test
  void trajectoriesAreValid() {
    Property.forAll(AssessmentGenerators.trajectories())
        .check(
            a -> {
              assertEquals(AssessmentForm.TRAJECTORY, a.form());
              ValidationResult result = AssessmentValidator.validate(a);
              assertTrue(result.isValid(), result.errors().toString());
            });
  }

  @Test
  void brokenAssessmentsBreakTheirRule() {
    Property.forAll(AssessmentGenerators.broken())
        .tries(300)
        .check(
            broken -> {
              ValidationResult result = AssessmentValidator.validate(broken.document());
              assertTrue(
                  result.has(broken.rule()), broken.rule() + " expected in " + result.violations());
              assertFalse(result.isValid());
            });
  }
}

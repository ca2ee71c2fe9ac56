package dev.kaizen.testing.generators;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.sixstep.KaizenValidator;
import dev.kaizen.testing.Property;
import dev.kaizen.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class KaizenGeneratorsTest {
  @Test
  void completeRecordsAreCompleteAndValid() {
    Property.forAll(KaizenGenerators.completeRecords())
        .check(
            record -> {
              assertTrue(record.allStepsFilled());
              ValidationResult result = KaizenValidator.validate(record);
              assertTrue(result.isValid(), result.errors().toString());
            });
  }

  @Test
  void inProgressRecordsAreValidAndNotComplete() {
    Property.forAll(KaizenGenerators.inProgressRecords())
        .check(
            record -> {
              assertFalse(record.allStepsFilled());
              ValidationResult result = KaizenValidator.validate(record);
              assertTrue(result.isValid(), result.errors().toString());
            });
  }

  @Test
  void brokenRecordsBreakTheirRule() {
    Property.forAll(KaizenGenerators.broken())
        .tries(500)
        .check(
            broken -> {
              ValidationResult result = KaizenValidator.validate(broken.document());
              assertTrue(
                  result.has(broken.rule()), broken.rule() + " expected in " + result.violations());
              assertFalse(result.isValid());
            });
  }
}

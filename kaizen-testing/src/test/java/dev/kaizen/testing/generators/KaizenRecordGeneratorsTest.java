package dev.kaizen.testing.generators;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.sixstep.KaizenRecordValidator;
import dev.kaizen.testing.Property;
import dev.kaizen.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class KaizenRecordGeneratorsTest {
  @Test
  void completeRecordsAreCompleteAndValid() {
    Property.forAll(KaizenRecordGenerators.completeRecords())
        .check(
            record -> {
              assertTrue(record.allStepsFilled());
              ValidationResult result = KaizenRecordValidator.validate(record);
              assertTrue(result.isValid(), result.errors().toString());
            });
  }

  @Test
  void inProgressRecordsAreValidAndNotComplete() {
    Property.forAll(KaizenRecordGenerators.inProgressRecords())
        .check(
            record -> {
              assertFalse(record.allStepsFilled());
              ValidationResult result = KaizenRecordValidator.validate(record);
              assertTrue(result.isValid(), result.errors().toString());
            });
  }

  @Test
  void brokenRecordsBreakTheirRule() {
    Property.forAll(KaizenRecordGenerators.broken())
        .tries(500)
        .check(
            broken -> {
              ValidationResult result = KaizenRecordValidator.validate(broken.document());
              assertTrue(
                  result.has(broken.rule()), broken.rule() + " expected in " + result.violations());
              assertFalse(result.isValid());
            });
  }
}

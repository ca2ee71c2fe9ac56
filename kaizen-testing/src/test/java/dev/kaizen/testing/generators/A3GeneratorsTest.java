package dev.kaizen.testing.generators;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.a3.A3Validator;
import dev.kaizen.testing.Property;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Severity;
import dev.kaizen.validation.ValidationResult;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class A3GeneratorsTest {
  @Test
  void completeA3sAreCompleteAndValid() {
    Property.forAll(A3Generators.completeA3s())
        .check(
            a3 -> {
              assertTrue(a3.isComplete());
              ValidationResult result = A3Validator.validate(a3);
              assertTrue(result.isValid(), result.errors().toString());
            });
  }

  @Test
  void inProgressA3sAreValidAndNotComplete() {
    Property.forAll(A3Generators.inProgressA3s())
        .check(
            a3 -> {
              assertFalse(a3.allSectionsFilled());
              assertFalse(a3.isComplete());
              ValidationResult result = A3Validator.validate(a3);
              assertTrue(result.isValid(), result.errors().toString());
            });
  }

  @Test
  void brokenA3sBreakTheirRule() {
    Property.forAll(A3Generators.broken())
        .tries(500)
        .check(
            broken -> {
              ValidationResult result = A3Validator.validate(broken.document());
              assertTrue(
                  result.has(broken.rule()), broken.rule() + " expected in " + result.violations());
              assertFalse(result.isValid());
            });
  }

  @Test
  void brokenA3sCoverEveryA3ErrorRule() {
    Set<RuleCode> errors =
        Arrays.stream(RuleCode.values())
            .filter(r -> r.code().startsWith("a3.") && r.severity() == Severity.ERROR)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleCode.class)));
    Set<RuleCode> seen =
        A3Generators.broken().samples(11, 400).stream()
            .map(Broken::rule)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleCode.class)));
    assertTrue(seen.equals(errors), "seen " + seen + ", error rules " + errors);
  }
}

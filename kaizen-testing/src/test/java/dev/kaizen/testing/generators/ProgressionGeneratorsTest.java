package dev.kaizen.testing.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.progression.EvidenceRecord;
import dev.kaizen.progression.EvidenceStatus;
import dev.kaizen.progression.FrameworkValidator;
import dev.kaizen.progression.ProgressionCaseValidator;
import dev.kaizen.testing.Property;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class ProgressionGeneratorsTest {
  @Test
  void frameworksAreValid() {
    Property.forAll(ProgressionGenerators.frameworks())
        .check(
            f -> {
              ValidationResult result = FrameworkValidator.validate(f);
              assertTrue(result.violations().isEmpty(), result.violations().toString());
            });
  }

  @Test
  void brokenFrameworksBreakTheirRule() {
    Property.forAll(ProgressionGenerators.brokenFrameworks())
        .tries(300)
        .check(
            broken -> {
              ValidationResult result = FrameworkValidator.validate(broken.document());
              assertTrue(
                  result.has(broken.rule()), broken.rule() + " expected in " + result.violations());
            });
  }

  @Test
  void countedEvidenceCounts() {
    Property.forAll(ProgressionGenerators.countedEvidence())
        .check(
            record -> {
              EvidenceRecord r =
                  ProgressionGenerators.cases()
                      .map(c -> c.withEvidence(record))
                      .samples(1, 1)
                      .get(0)
                      .evaluation()
                      .records()
                      .get(0);
              assertEquals(EvidenceStatus.COUNTED, r.status(), r.reason());
            });
  }

  @Test
  void evidenceReachesEveryStatus() {
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (dev.kaizen.progression.ProgressionCase c :
        ProgressionGenerators.progressionCases().samples(7L, 300)) {
      c.evaluation().records().forEach(r -> seen.add(r.kind().token() + " " + r.status().token()));
    }
    assertEquals(8, seen.size(), seen::toString); // kaizen and a3, each in all four statuses
  }

  @Test
  void casesAreValid() {
    Property.forAll(ProgressionGenerators.cases())
        .check(
            c -> {
              ValidationResult result = ProgressionCaseValidator.validate(c);
              assertTrue(result.isValid(), result.errors().toString());
            });
  }

  @Test
  void brokenEvidenceIsReportedButTheCaseStaysValid() {
    Property.forAll(ProgressionGenerators.casesWithBrokenEvidence())
        .check(
            c -> {
              ValidationResult result = Kaizen.validate(c);
              assertTrue(result.isValid(), result.errors().toString());
              long invalid = c.evaluation().records().stream().filter(r -> !r.isValid()).count();
              assertTrue(invalid >= 1);
              assertEquals(invalid, result.of(RuleCode.PROGRESSION_EVIDENCE_INVALID).size());
              for (EvidenceRecord r : c.evaluation().records()) {
                if (!r.isValid()) {
                  assertFalse(r.counts());
                  assertTrue(
                      result.of(RuleCode.PROGRESSION_EVIDENCE_INVALID).stream()
                          .anyMatch(
                              v ->
                                  v.path().equals(r.path())
                                      && v.message()
                                          .contains(r.validation().errors().get(0).code())));
                }
              }
            });
  }

  @Test
  void brokenCasesBreakTheirRule() {
    Property.forAll(ProgressionGenerators.broken())
        .tries(300)
        .check(
            broken -> {
              ValidationResult result = ProgressionCaseValidator.validate(broken.document());
              assertTrue(
                  result.has(broken.rule()), broken.rule() + " expected in " + result.violations());
              assertFalse(result.isValid());
            });
  }
}

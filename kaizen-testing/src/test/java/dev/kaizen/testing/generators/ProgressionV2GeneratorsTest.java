package dev.kaizen.testing.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkValidator;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionCaseValidator;
import dev.kaizen.progression.Rater;
import dev.kaizen.testing.Property;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Severity;
import dev.kaizen.validation.ValidationResult;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProgressionV2GeneratorsTest {
  @Test
  void tracksHaveValidPoints() {
    Property.forAll(ProgressionGenerators.tracks())
        .check(
            track -> {
              Framework f =
                  Framework.builder().version(2).name("f").revision("1").addTracks(track).build();
              assertEquals(List.of(), FrameworkValidator.validate(f).violations());
              assertTrue(track.weight() > 0);
            });
  }

  @Test
  void version2FrameworksAreValidWithoutWarnings() {
    Property.forAll(ProgressionGenerators.frameworksV2())
        .check(
            f -> {
              assertEquals(2, f.version());
              assertFalse(f.tracks().isEmpty());
              ValidationResult result = FrameworkValidator.validate(f);
              assertTrue(result.violations().isEmpty(), result.violations().toString());
            });
  }

  @Test
  void version2FrameworksHaveSeveralLaddersAndEquivalentRanks() {
    List<Framework> samples = ProgressionGenerators.frameworksV2().samples(3L, 200);
    assertTrue(samples.stream().anyMatch(f -> f.ladders().size() >= 2));
    assertTrue(samples.stream().anyMatch(f -> f.ladders().size() == 3));
    assertTrue(samples.stream().anyMatch(f -> f.points().isPresent()));
    assertTrue(
        samples.stream().anyMatch(f -> f.tracks().stream().anyMatch(t -> t.points().isPresent())));
    assertTrue(
        samples.stream()
            .anyMatch(f -> f.levels().stream().anyMatch(l -> !l.minMilestones().isEmpty())));
    assertTrue(
        samples.stream()
            .anyMatch(f -> f.levels().stream().anyMatch(l -> l.minPoints().isPresent())));
  }

  @Test
  void version2CasesAreValidAndHaveSelfRatingsAndCalibrations() {
    Property.forAll(ProgressionGenerators.casesV2())
        .check(
            c -> {
              ValidationResult result = ProgressionCaseValidator.validate(c);
              assertTrue(result.isValid(), result.errors().toString());
              assertTrue(
                  result.violations().stream()
                      .noneMatch(v -> v.code().startsWith("progression.ratings.")),
                  result.violations().toString());
            });
    List<ProgressionCase> samples = ProgressionGenerators.casesV2().samples(5L, 200);
    assertTrue(
        samples.stream()
            .anyMatch(c -> c.ratings().stream().anyMatch(r -> r.rater() == Rater.SELF)));
    assertTrue(
        samples.stream()
            .anyMatch(c -> c.ratings().stream().anyMatch(r -> r.rater() == Rater.MANAGER)));
    assertTrue(samples.stream().anyMatch(c -> !c.calibrations().isEmpty()));
    assertTrue(samples.stream().anyMatch(c -> !c.evaluation().equivalents().isEmpty()));
    assertTrue(
        samples.stream()
            .anyMatch(c -> c.ratings().stream().anyMatch(r -> !r.evidence().isEmpty())));
  }

  @Test
  void brokenVersion2DocumentsBreakTheirRule() {
    Property.forAll(ProgressionGenerators.brokenFrameworksV2())
        .tries(300)
        .check(
            broken -> {
              ValidationResult result = FrameworkValidator.validate(broken.document());
              assertTrue(
                  result.has(broken.rule()), broken.rule() + " expected in " + result.violations());
              assertFalse(result.isValid());
            });
    Property.forAll(ProgressionGenerators.brokenCasesV2())
        .tries(300)
        .check(
            broken -> {
              ValidationResult result = ProgressionCaseValidator.validate(broken.document());
              assertTrue(
                  result.has(broken.rule()), broken.rule() + " expected in " + result.violations());
              assertFalse(result.isValid());
            });
  }

  @Test
  void brokenVersion2DocumentsCoverEveryVersion2ErrorRule() {
    Set<RuleCode> version1 =
        EnumSet.of(
            RuleCode.FRAMEWORK_LEVELS_DUPLICATE_ID, RuleCode.PROGRESSION_TARGET_UNKNOWN_LEVEL);
    Set<RuleCode> errors =
        Arrays.stream(RuleCode.values())
            .filter(r -> r.code().startsWith("framework.") || r.code().startsWith("progression."))
            .filter(r -> r.severity() == Severity.ERROR && !version1.contains(r))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleCode.class)));
    Set<RuleCode> seen = EnumSet.noneOf(RuleCode.class);
    ProgressionGenerators.brokenFrameworksV2().samples(11, 400).forEach(b -> seen.add(b.rule()));
    ProgressionGenerators.brokenCasesV2().samples(11, 400).forEach(b -> seen.add(b.rule()));
    assertEquals(errors, seen);
  }

  /**
   * kaizen-testing's tests have no CanonicalWriter on the class path (kaizen-json provides one).
   */
  @Test
  void withoutACanonicalWriterTheDigestIsEmptyAndTheRestOfTheDecisionIsThere() {
    assertTrue(dev.kaizen.core.CanonicalWriter.provider().isEmpty());
    Property.forAll(ProgressionGenerators.casesV2())
        .tries(20)
        .check(
            c -> {
              var decision = c.evaluation().decision();
              assertTrue(decision.inputDigest().isEmpty());
              assertEquals(c.framework().name(), decision.framework());
              assertEquals(c.framework().revision(), decision.revision());
              assertEquals("progression-default/1", decision.policy());
            });
  }
}

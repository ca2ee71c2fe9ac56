package dev.kaizen.progression;

import static dev.kaizen.progression.Fixtures.framework;
import static dev.kaizen.progression.Fixtures.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.core.Scope;
import dev.kaizen.scoring.Score;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Severity;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTest {
  @Test
  void exampleFrameworkIsClean() {
    assertEquals(List.of(), FrameworkValidator.validate(framework()).violations());
    assertEquals(List.of(), Kaizen.validate(framework()).violations());
    assertEquals(2, framework().indexOf("L3"));
    assertEquals(-1, framework().indexOf("L9"));
    assertEquals("Senior engineer", framework().level("L3").orElseThrow().title());
  }

  @Test
  void aFallingThresholdIsReportedAtTheFallingField() {
    Framework f =
        Framework.builder()
            .name("f")
            .addLevels(
                level("A", "a", 0.5, Scope.TEAM, 2),
                level("B", "b", 0.4, Scope.TEAM, 2), // competence falls
                level("C", "c", 0.4, Scope.PEERS, 1)) // scope and evidence fall
            .build();
    List<Violation> found = FrameworkValidator.validate(f).violations();
    assertEquals(3, found.size());
    assertViolation(
        found.get(0),
        RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE,
        Severity.ERROR,
        "$.levels[1].minCompetence");
    assertTrue(
        found.get(0).message().contains("0.4") && found.get(0).message().contains("0.5"),
        found.get(0)::message);
    assertViolation(
        found.get(1),
        RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE,
        Severity.ERROR,
        "$.levels[2].minScope");
    assertViolation(
        found.get(2),
        RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE,
        Severity.ERROR,
        "$.levels[2].minEvidence");
  }

  @Test
  void equalThresholdsAreMonotone() {
    Framework f =
        Framework.builder()
            .name("f")
            .addLevels(level("A", "a", 0.5, Scope.TEAM, 2), level("B", "b", 0.5, Scope.TEAM, 2))
            .build();
    assertTrue(FrameworkValidator.validate(f).violations().isEmpty());
  }

  @Test
  void duplicateIdsAreReportedAtTheLaterLevel() {
    Framework f =
        Framework.builder()
            .name("f")
            .addLevels(
                level("A", "a", 0.1, Scope.SELF, 0),
                level("B", "b", 0.2, Scope.SELF, 0),
                level("A", "again", 0.3, Scope.SELF, 0))
            .build();
    List<Violation> found = FrameworkValidator.validate(f).violations();
    assertEquals(1, found.size());
    assertViolation(
        found.get(0), RuleCode.FRAMEWORK_LEVELS_DUPLICATE_ID, Severity.ERROR, "$.levels[2].id");
    assertTrue(found.get(0).message().contains("\"A\""));
  }

  @Test
  void levelPreconditions() {
    assertThrows(IllegalArgumentException.class, () -> level("A", "a", 1.5, Scope.SELF, 0));
    assertThrows(IllegalArgumentException.class, () -> level("A", "a", -0.1, Scope.SELF, 0));
    assertThrows(IllegalArgumentException.class, () -> level("A", "a", Double.NaN, Scope.SELF, 0));
    assertThrows(IllegalArgumentException.class, () -> level("A", "a", 0.5, Scope.SELF, -1));
  }

  @Test
  void scoreIsTheShareOfSoundLevels() {
    Score sound = Kaizen.score(framework());
    assertEquals("framework-default/1", sound.policy());
    assertEquals("levels-valid", sound.parts().get(0).name());
    assertEquals(100.0, sound.total(), 1e-9);
    // B falls below A: 1 of 2 levels has an error → 50
    Framework f =
        Framework.builder()
            .name("f")
            .addLevels(level("A", "a", 0.5, Scope.TEAM, 2), level("B", "b", 0.4, Scope.TEAM, 2))
            .build();
    assertEquals(50.0, Kaizen.score(f).total(), 1e-9);
    assertEquals(0.0, Kaizen.score(Framework.builder().name("empty").build()).total(), 1e-9);
    ValidationResult empty = FrameworkValidator.validate(Framework.builder().name("empty").build());
    assertTrue(empty.isValid());
    assertFalse(FrameworkValidator.touchesLevel(FrameworkValidator.validate(f), 0, true));
    assertTrue(FrameworkValidator.touchesLevel(FrameworkValidator.validate(f), 1, true));
  }

  static void assertViolation(Violation v, RuleCode rule, Severity severity, String path) {
    assertEquals(rule.code(), v.code(), v::toString);
    assertEquals(severity, v.severity(), v::toString);
    assertEquals(path, v.path().toString(), v::toString);
  }
}

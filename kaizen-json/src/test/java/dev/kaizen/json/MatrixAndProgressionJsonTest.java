package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Scope;
import dev.kaizen.matrix.Assessment;
import dev.kaizen.matrix.AssessmentForm;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.sixstep.KaizenRecord;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Assessments, frameworks and progression cases as JSON (DOMAIN.md §5, §6). */
class MatrixAndProgressionJsonTest {
  private final KaizenJson json = KaizenJson.defaults();
  private final String trajectory = Fixtures.example("assessment-trajectory.json");
  private final String single =
      "{\"kind\": \"assessment\", \"subject\": \"Ann\", \"date\": \"2024-01-31\",\n"
          + " \"expertise\": 0.7, \"changeSkill\": 0.5, \"scope\": \"team\"}";
  private final String framework =
      "{\"kind\": \"framework\", \"name\": \"Eng\", \"levels\": [\n"
          + " {\"id\": \"L1\", \"title\": \"Engineer\", \"minCompetence\": 0, \"minScope\": \"self\", \"minEvidence\": 0},\n"
          + " {\"id\": \"L2\", \"title\": \"Senior\", \"minCompetence\": 0.6, \"minScope\": \"team\", \"minEvidence\": 1}\n"
          + "]}";
  private final String kaizen = Fixtures.example("kaizen-automation-script.json");

  /** A case whose evidence is the shared Kaizen example; the framework is on line 2. */
  private String kaizenCase() {
    return "{\"kind\": \"progression-case\", \"candidate\": \"Sam\", \"targetLevel\": \"L2\", \"expertise\": 0.75,\n"
        + "\"framework\": "
        + framework
        + ",\n"
        + "\"evidence\": ["
        + kaizen
        + "]}";
  }

  private BadInputException bad(String text) {
    BadInputException e = BadInputs.bad(json, text);
    return e;
  }

  private static void at(BadInputException e, String path, int line, String problemPart) {
    BadInputs.at(e, path, line, problemPart);
  }

  // ------------------------------------------------------------------ assessment

  @Test
  void readsTheSharedTrajectory() {
    Assessment a = json.read(trajectory, Assessment.class);
    assertEquals("Sam Okafor", a.subject());
    assertEquals(AssessmentForm.TRAJECTORY, a.form());
    assertEquals(3, a.history().size());
    assertEquals(LocalDate.of(2024, 6, 30), a.current().date());
    assertEquals(0.80, a.current().expertise());
    assertEquals(0.70, a.current().changeSkill());
    assertEquals(Scope.TEAM, a.current().scope());
    assertEquals(a, json.read(json.write(a)));
    assertEquals(a, json.read(json.writeLine(a)));
  }

  @Test
  void theSingleFormIsWrittenBackSingle() {
    Assessment a = json.read(single, Assessment.class);
    assertEquals(AssessmentForm.SINGLE, a.form());
    assertEquals(Assessment.single("Ann", LocalDate.of(2024, 1, 31), 0.7, 0.5, Scope.TEAM), a);
    String written = json.writeLine(a);
    assertFalse(written.contains("history"), written);
    assertTrue(written.contains("\"expertise\":0.7"), written);
    assertEquals(a, json.read(written));
  }

  @Test
  void aTrajectoryOfOneStaysATrajectory() {
    Assessment a =
        json.read(
            "{\"kind\": \"assessment\", \"subject\": \"Ann\", \"history\": [{\"date\": \"2024-01-31\","
                + " \"expertise\": 0.7, \"changeSkill\": 0.5, \"scope\": \"team\"}]}",
            Assessment.class);
    assertEquals(AssessmentForm.TRAJECTORY, a.form());
    String written = json.writeLine(a);
    assertTrue(written.contains("\"history\":[{"), written);
    assertEquals(a, json.read(written));
  }

  @Test
  void outOfRangeValuesAreReadForTheValidator() {
    Assessment a = json.read(single.replace("0.7", "1.7"), Assessment.class);
    assertEquals(1.7, a.current().expertise());
  }

  @Test
  void badAssessments() {
    at(
        bad("{\"kind\": \"assessment\", \"subject\": \"Ann\",\n \"history\": []}"),
        "$.history",
        2,
        "the history is empty");
    at(bad("{\"kind\": \"assessment\", \"subject\": \"Ann\"}"), "$", 1, "either \"history\"");
    at(
        bad(
            single.replace(
                "\"scope\": \"team\"",
                "\"scope\": \"team\", \"history\": [{\"date\": \"2024-01-31\", \"expertise\": 0.7,"
                    + " \"changeSkill\": 0.5, \"scope\": \"team\"}]")),
        "$.date",
        1,
        "unknown property \"date\"");
    at(
        bad(single.replace("\"team\"", "\"squad\"")),
        "$.scope",
        2,
        "use one of [self, peers, team, department, organisation, industry]");
    at(
        bad(single.replace(", \"scope\": \"team\"", "")),
        "$",
        1,
        "required property \"scope\" is missing");
    at(
        bad(trajectory.replace("\"expertise\": 0.70", "\"expertise\": \"0.70\"")),
        "$.history[1].expertise",
        7,
        "expected a number");
    at(
        bad(trajectory.replace("2023-06-30", "2023-06-31")),
        "$.history[1].date",
        7,
        "is not a date that exists");
    at(
        bad(trajectory.replace("\"scope\": \"self\"}", "\"scope\": \"self\", \"subject\": \"x\"}")),
        "$.history[0].subject",
        6,
        "unknown property \"subject\"");
  }

  // ------------------------------------------------------------------ framework

  @Test
  void frameworkRoundTrips() {
    Framework f = json.read(framework, Framework.class);
    assertEquals("Eng", f.name());
    assertEquals(2, f.levels().size());
    assertEquals(Scope.TEAM, f.levels().get(1).minScope());
    assertEquals(1, f.levels().get(1).minEvidence());
    assertEquals(f, json.read(json.write(f)));
    assertEquals(f, json.read(json.writeLine(f)));
  }

  @Test
  void badFrameworks() {
    at(
        bad(framework.replace("\"minCompetence\": 0.6", "\"minCompetence\": 1.5")),
        "$.levels[1]",
        3,
        "minCompetence of level L2 must be in [0, 1], not 1.5");
    at(
        bad(framework.replace("\"minEvidence\": 1", "\"minEvidence\": 1.5")),
        "$.levels[1].minEvidence",
        3,
        "expected a whole number");
    at(
        bad(framework.replace("\"minEvidence\": 1", "\"minEvidence\": -1")),
        "$.levels[1]",
        3,
        "must not be negative");
    at(
        bad(framework.replace("\"minScope\": \"team\"", "\"minScope\": \"Team\"")),
        "$.levels[1].minScope",
        3,
        "use one of [self, peers");
    at(
        bad(framework.replace("\"title\": \"Senior\", ", "")),
        "$.levels[1]",
        3,
        "required property \"title\" is missing");
    at(
        bad(framework.replace("\"name\": \"Eng\", ", "")),
        "$",
        1,
        "required property \"name\" is missing");
  }

  // ------------------------------------------------------------------ progression case

  @Test
  void readsTheSharedSeniorCase() {
    String senior = Fixtures.example("progression-case-senior.json");
    ProgressionCase c = json.read(senior, ProgressionCase.class);
    assertEquals("Sam Okafor", c.candidate());
    assertEquals("L3", c.targetLevel());
    assertEquals(4, c.framework().levels().size());
    assertEquals(2, c.evidence().size());
    assertEquals(json.read(Fixtures.example("kaizen-automation-script.json")), c.evidence().get(0));
    assertEquals(json.read(Fixtures.example("a3-major-issues.json")), c.evidence().get(1));
    assertEquals(c, json.read(json.write(c)));
    assertEquals(c, json.read(json.writeLine(c)));
    assertEquals(Scope.DEPARTMENT, c.scope());
    assertEquals("L3", c.highestLevel().orElseThrow().id());
  }

  @Test
  void badInputInsideA3EvidenceHasTheFullPath() {
    String senior = Fixtures.example("progression-case-senior.json");
    at(
        bad(senior.replace("\"baseline\": 22", "\"baseline\": \"22\"")),
        "$.evidence[1].goal.baseline",
        183,
        "expected a number, not \"22\"");
    at(
        bad(senior.replace("\"outcome\": \"refuted\"", "\"outcome\": \"disproved\"")),
        "$.evidence[1].rootCauses[1].experiments[0].outcome",
        207,
        "use one of [pending, confirmed, refuted]");
  }

  @Test
  void caseWithKaizenEvidenceRoundTrips() {
    ProgressionCase c = json.read(kaizenCase(), ProgressionCase.class);
    assertEquals("Sam", c.candidate());
    assertEquals("L2", c.targetLevel());
    assertEquals(0.75, c.expertise());
    assertEquals(json.read(framework), c.framework());
    assertEquals(json.read(kaizen, KaizenRecord.class), c.evidence().get(0));
    assertEquals(c, json.read(json.write(c)));
    assertEquals(c, json.read(json.writeLine(c)));
    assertTrue(c.targetMet());
  }

  @Test
  void emptyEvidenceIsWrittenAsAnEmptyList() {
    ProgressionCase c =
        json.read(kaizenCase().replace("[" + kaizen + "]", "[]"), ProgressionCase.class);
    assertTrue(c.evidence().isEmpty());
    String written = json.writeLine(c);
    assertTrue(written.endsWith("\"evidence\":[]}"), written);
    assertEquals(c, json.read(written));
  }

  @Test
  void badInputInsideEvidenceHasTheFullPath() {
    // the Kaizen example starts on line 6 of the case; its baseline is on line 13 of the example
    at(
        bad(kaizenCase().replace("\"baseline\": 5.0", "\"baseline\": \"5\"")),
        "$.evidence[0].potential.baseline",
        18,
        "expected a number");
    at(
        bad(kaizenCase().replace("\"kind\": \"kaizen\"", "\"kind\": \"assessment\"")),
        "$.evidence[0].kind",
        7,
        "a assessment document is not allowed here; expected one of [kaizen, a3]");
    at(
        bad(kaizenCase().replace("\"version\": 1", "\"version\": 2")),
        "$.evidence[0].version",
        8,
        "version 2 is not supported");
    at(
        bad(kaizenCase().replace("\"reach\": 8,", "\"reach\": 8, \"colour\": \"red\",")),
        "$.evidence[0].colour",
        14,
        "unknown property \"colour\"");
  }

  @Test
  void badCases() {
    at(
        bad(kaizenCase().replace("{\"kind\": \"framework\", ", "{")),
        "$.framework",
        2,
        "required property \"kind\" is missing");
    at(
        bad(kaizenCase().replace("{\"kind\": \"framework\", ", "{\"kind\": \"kaizen\", ")),
        "$.framework.kind",
        2,
        "expected a framework document");
    at(
        bad(kaizenCase().replace("\"minCompetence\": 0.6", "\"minCompetence\": 2")),
        "$.framework.levels[1]",
        4,
        "must be in [0, 1]");
    at(
        bad(kaizenCase().replace("\"expertise\": 0.75", "\"expertise\": 1e999")),
        "$.expertise",
        1,
        "does not fit a double");
    at(
        bad(kaizenCase().replace(",\n\"evidence\": [" + kaizen + "]", "")),
        "$",
        1,
        "required property \"evidence\" is missing");
    at(
        bad(kaizenCase().replace("\"evidence\": [" + kaizen + "]", "\"evidence\": " + kaizen)),
        "$.evidence",
        6,
        "expected an array");
    at(
        bad(kaizenCase().replace("\"targetLevel\": \"L2\"", "\"targetLevel\": 2")),
        "$.targetLevel",
        1,
        "expected a string");
  }
}

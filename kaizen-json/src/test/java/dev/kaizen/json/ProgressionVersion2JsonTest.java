package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.CanonicalWriter;
import dev.kaizen.core.Scope;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.Rater;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Version 2 frameworks and progression cases as JSON (DOMAIN.md §6.2): read, written and read back
 * equal; the canonical writer behind {@code decision.inputDigest}.
 */
class ProgressionVersion2JsonTest {
  private final KaizenJson json = KaizenJson.defaults();

  @Test
  void readsEveryMemberOfAVersion2Framework() {
    Framework f = json.read(SchemaVersion2Test.FRAMEWORK, Framework.class);
    assertEquals(2, f.version());
    assertEquals("2025.1", f.revision().orElseThrow());
    assertEquals(List.of(0.0, 1.0, 3.0, 6.0, 12.0, 20.0), f.points().orElseThrow());
    assertEquals(List.of("mobile", "mentoring"), f.tracks().stream().map(t -> t.id()).toList());
    assertEquals("building", f.tracks().get(0).category().orElseThrow());
    assertEquals(0.5, f.tracks().get(1).weight());
    assertEquals(List.of(0.0, 2.0, 4.0, 8.0), f.tracks().get(1).points().orElseThrow());
    FrameworkLevel ic1 = f.levels().get(0);
    assertTrue(ic1.getMinCompetence().isEmpty() && ic1.ladder().isEmpty() && ic1.rank().isEmpty());
    FrameworkLevel ic3 = f.levels().get(1);
    assertEquals("ic", ic3.ladder().orElseThrow());
    assertEquals(3, ic3.rank().getAsInt());
    assertEquals(36.0, ic3.minPoints().getAsDouble());
    assertEquals(Map.of("mobile", 2), ic3.minMilestones());
    assertEquals(Scope.TEAM, ic3.getMinScope().orElseThrow());
    assertEquals(1, ic3.getMinEvidence().getAsInt());
  }

  @Test
  void readsEveryMemberOfAVersion2Case() {
    ProgressionCase c = json.read(SchemaVersion2Test.CASE, ProgressionCase.class);
    assertEquals(2, c.version());
    assertEquals("ic", c.ladder().orElseThrow());
    assertEquals(2, c.ratings().size());
    assertEquals(Rater.MANAGER, c.ratings().get(0).rater());
    assertEquals(List.of("KZ-1"), c.ratings().get(0).evidence());
    assertEquals("led the offline sync rewrite", c.ratings().get(0).note().orElseThrow());
    assertEquals(Rater.SELF, c.ratings().get(1).rater());
    assertEquals("Q1 calibration committee", c.calibrations().get(0).by());
    assertEquals(2, c.framework().version());
  }

  @Test
  void version2DocumentsRoundTripEqual() {
    for (String text :
        List.of(
            SchemaVersion2Test.FRAMEWORK,
            SchemaVersion2Test.CASE,
            SchemaVersion2Test.CASE_OF_V1_FRAMEWORK)) {
      var document = json.read(text);
      String written = json.write(document);
      assertEquals(document, json.read(written));
      assertEquals(written, json.write(json.read(written)));
      assertEquals(2, SchemaCheck.tree(written).path("version").asInt());
    }
  }

  @Test
  void aVersion1FrameworkInsideAVersion2CaseStaysVersion1() {
    ProgressionCase c = json.read(SchemaVersion2Test.CASE_OF_V1_FRAMEWORK, ProgressionCase.class);
    assertEquals(1, c.framework().version());
    var tree = SchemaCheck.tree(json.write(c));
    assertEquals(1, tree.path("framework").path("version").asInt());
  }

  @Test
  void anUnknownVersionNamesTheKindsVersions() {
    BadInputException e =
        BadInputs.bad(json, SchemaCheck.set(SchemaVersion2Test.FRAMEWORK, "/version", "3"));
    BadInputs.at(e, "$.version", 1, "the versions of a framework are [1, 2]");
  }

  @Test
  void aTrackWithoutPointsNeedsTheFrameworks() {
    BadInputException e =
        BadInputs.bad(json, SchemaCheck.remove(SchemaVersion2Test.FRAMEWORK, "/points"));
    assertTrue(e.problem().contains("track mobile has no points of its own"), e.problem());
  }

  @Test
  void aNegativeMilestoneIsBadInputWhereItIsWritten() {
    BadInputException e =
        BadInputs.bad(json, SchemaCheck.set(SchemaVersion2Test.CASE, "/ratings/0/milestone", "-1"));
    assertEquals("$.ratings[0].milestone", e.path());
  }

  @Test
  void theCanonicalWriterIsFoundAndWritesTheCaseOnOneLine() {
    CanonicalWriter writer = CanonicalWriter.provider().orElseThrow();
    ProgressionCase c = json.read(SchemaVersion2Test.CASE, ProgressionCase.class);
    String canonical = new String(writer.write(c), StandardCharsets.UTF_8);
    assertEquals(json.writeLine(c), canonical);
    assertEquals(c, json.read(canonical));
    assertEquals(SchemaCheck.tree(json.write(c)), SchemaCheck.tree(canonical));
    // no insignificant white space: what a compact JSON writer makes of the same tree
    assertEquals(SchemaCheck.MAPPER.writeValueAsString(SchemaCheck.tree(canonical)), canonical);
  }

  @Test
  void equalCasesGiveEqualDigestsAndAnyChangeAnother() {
    ProgressionCase a = json.read(SchemaVersion2Test.CASE, ProgressionCase.class);
    // the same case written differently: pretty-printed, then read again
    ProgressionCase b = json.read(json.write(a), ProgressionCase.class);
    String digest = a.evaluation().decision().inputDigest().orElseThrow();
    assertTrue(digest.matches("sha256:[0-9a-f]{64}"), digest);
    assertEquals(digest, b.evaluation().decision().inputDigest().orElseThrow());
    ProgressionCase changed =
        json.read(
            SchemaCheck.set(SchemaVersion2Test.CASE, "/ratings/0/milestone", "4"),
            ProgressionCase.class);
    assertNotEquals(digest, changed.evaluation().decision().inputDigest().orElseThrow());
  }

  @Test
  void numbersAreWrittenInTheirShortestRoundTripFormOnEveryJdk() {
    // JDK 17's Double.toString writes 2.82879384806159008E17 for this double (JDK-4511638)
    ProgressionCase c =
        json.read(
            SchemaCheck.set(SchemaVersion2Test.CASE, "/expertise", "2.82879384806159E17"),
            ProgressionCase.class);
    String canonical =
        new String(CanonicalWriter.provider().orElseThrow().write(c), StandardCharsets.UTF_8);
    assertTrue(canonical.contains("\"expertise\":2.82879384806159E17,"), canonical);
  }

  @Test
  void theDigestOfTheSectionsExampleIsKnown() {
    ProgressionCase c =
        json.read(
            SchemaCheck.set(SchemaVersion2Test.CASE, "/evidence", "[]"), ProgressionCase.class);
    // the same value on every JDK: the canonical bytes do not depend on it
    assertEquals(KNOWN_DIGEST, c.evaluation().decision().inputDigest().orElseThrow());
    assertEquals(
        KNOWN_DIGEST, CanonicalWriter.sha256(json.writeLine(c).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aVersion2ReportWritesTheSectionsFiguresAndReadsBackEqual() {
    ProgressionCase c = json.read(SchemaVersion2Test.CASE, ProgressionCase.class);
    dev.kaizen.Report report = dev.kaizen.Kaizen.report(c);
    String line = json.writeReport(report);
    assertEquals(report, json.readReport(line));
    var derived = SchemaCheck.tree(line).path("derived");
    assertEquals("ic", derived.path("ladder").asString());
    // mobile calibrated to 2 (3 points), mentoring unrated (0)
    assertEquals(3.0, derived.path("points").asDouble());
    var mobile = derived.path("tracks").get(0);
    assertEquals("mobile", mobile.path("id").asString());
    assertEquals(2, mobile.path("counted").asInt());
    assertEquals(4, mobile.path("self").asInt());
    assertEquals(2, mobile.path("selfGap").asInt());
    assertEquals("Q1 calibration committee", mobile.path("calibratedBy").asString());
    assertEquals(3, mobile.path("aggregate").asInt());
    var mentoring = derived.path("tracks").get(1);
    assertTrue(mentoring.path("self").isNull() && mentoring.path("calibratedBy").isNull());
    var decision = derived.path("decision");
    assertEquals("Acme engineering", decision.path("framework").asString());
    assertEquals("2025.1", decision.path("revision").asString());
    assertEquals("progression-default/1", decision.path("policy").asString());
    assertEquals(
        c.evaluation().decision().inputDigest().orElseThrow(),
        decision.path("inputDigest").asString());
    // the ic ladder holds IC3 only (IC1 names no ladder: it is on main), short of points
    var levels = derived.path("levels");
    assertEquals(1, levels.size());
    assertEquals("IC3", levels.get(0).path("id").asString());
    assertEquals("ic", levels.get(0).path("ladder").asString());
    var ic3 = levels.get(0).path("criteria");
    List<String> names = new java.util.ArrayList<>();
    ic3.forEach(n -> names.add(n.path("name").asString()));
    assertEquals(List.of("competence", "scope", "evidence", "points", "milestones.mobile"), names);
    List<String> gaps = new java.util.ArrayList<>();
    derived.path("gaps").forEach(n -> gaps.add(n.path("name").asString()));
    assertTrue(gaps.contains("points"), gaps.toString());
    assertEquals(
        36.0, derived.path("gaps").get(gaps.indexOf("points")).path("required").asDouble());
    SchemaCheck.accepts(KaizenSchemas.reportId(), line, "a version 2 report");
  }

  @Test
  void aVersion2CaseOfAVersion1FrameworkReadsBackEqual() {
    // judged on the target level's ladder: main, the only one a version 1 framework has
    ProgressionCase c =
        json.read(
            SchemaCheck.remove(SchemaVersion2Test.CASE_OF_V1_FRAMEWORK, "/ladder"),
            ProgressionCase.class);
    dev.kaizen.Report report = dev.kaizen.Kaizen.report(c);
    String line = json.writeReport(report);
    assertEquals(report, json.readReport(line));
    var derived = SchemaCheck.tree(line).path("derived");
    // the version 1 levels are on the main ladder, each with its three criteria
    assertEquals("main", derived.path("levels").get(0).path("ladder").asString());
    assertEquals(3, derived.path("levels").get(0).path("criteria").size());
    assertTrue(derived.path("decision").path("revision").isNull());
    assertEquals(0, derived.path("tracks").size());
    SchemaCheck.accepts(KaizenSchemas.reportId(), line, "a version 2 report, version 1 framework");
  }

  @Test
  void aReportWhoseGapsDisagreeWithItsLevelsIsBadInput() {
    ProgressionCase c = json.read(SchemaVersion2Test.CASE, ProgressionCase.class);
    String line = json.writeReport(dev.kaizen.Kaizen.report(c));
    String edited = SchemaCheck.set(line, "/derived/gaps", "[]");
    BadInputException e = assertThrowsBad(edited);
    assertEquals("$.derived.gaps", e.path());
  }

  private BadInputException assertThrowsBad(String report) {
    return org.junit.jupiter.api.Assertions.assertThrows(
        BadInputException.class, () -> json.readReport(report));
  }

  @Test
  void aVersion1ReportHasNoVersion2Members() {
    String sample = SchemaCheck.sample("progression-case-senior.json");
    String line = json.writeReport(dev.kaizen.Kaizen.report(json.read(sample)));
    var derived = SchemaCheck.tree(line).path("derived");
    for (String member : List.of("points", "ladder", "equivalents", "gaps", "tracks", "decision")) {
      assertTrue(derived.path(member).isMissingNode(), member);
    }
  }

  private static final String KNOWN_DIGEST =
      "sha256:2c55f049403b592301a790c184abd4882e861a4f0767d28ad43320b2c566c0a3";
}

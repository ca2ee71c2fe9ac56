package dev.kaizen.progression;

import static dev.kaizen.progression.Version2Fixtures.rating;
import static dev.kaizen.progression.Version2Fixtures.v2Case;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.CanonicalWriter;
import dev.kaizen.core.Scope;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.sixstep.KaizenRecordScorer;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class Version2ScoringTest {
  private static final double EPS = 1e-12;

  static ScoringPolicy aggregation(String value) {
    return ScoringPolicy.builder()
        .from(ProgressionCaseScorer.DEFAULT_POLICY)
        .name("acme-" + value + "/1")
        .putOptions(ProgressionCaseScorer.RATING_AGGREGATION, value)
        .build();
  }

  static ProgressionEvaluation under(ProgressionCase c, String value) {
    return ProgressionCaseScorer.withPolicy(aggregation(value)).evaluation(c);
  }

  @Test
  void theCountedMilestoneIsTheLastCalibrationElseTheMedianOfNonSelfRatings() {
    ProgressionEvaluation e = v2Case().evaluation();
    assertEquals(2, e.version());
    assertEquals(RatingAggregation.MEDIAN, e.ratingAggregation());
    assertEquals(
        List.of("mobile", "web", "mentoring"), e.tracks().stream().map(TrackResult::id).toList());
    TrackResult mobile = e.track("mobile").orElseThrow();
    assertEquals(3, mobile.counted());
    assertEquals(OptionalInt.of(2), mobile.aggregate()); // median of 3 and 2: the lower middle
    assertEquals(List.of(1, 2), mobile.ratings());
    assertEquals("Q1 calibration committee", mobile.calibratedBy().orElseThrow());
    assertEquals(OptionalInt.of(4), mobile.self());
    assertEquals(OptionalInt.of(1), mobile.selfGap());
    TrackResult web = e.track("web").orElseThrow();
    assertEquals(2, web.counted()); // 1, 2, 3, 4: lower middle 2
    assertTrue(web.calibratedBy().isEmpty());
    assertTrue(web.self().isEmpty());
    assertTrue(web.selfGap().isEmpty());
    assertEquals(1, e.track("mentoring").orElseThrow().counted());
    assertEquals(1 * 6 + 2 * 3 + 1 * 2, e.points(), EPS);
    assertEquals(6, mobile.points(), EPS);
    assertEquals(6, web.points(), EPS);
  }

  @Test
  void minimumAndManagerAggregations() {
    ProgressionEvaluation min = under(v2Case(), "minimum");
    assertEquals(RatingAggregation.MINIMUM, min.ratingAggregation());
    assertEquals(3, min.track("mobile").orElseThrow().counted()); // still calibrated
    assertEquals(OptionalInt.of(2), min.track("mobile").orElseThrow().aggregate());
    assertEquals(1, min.track("web").orElseThrow().counted());
    assertEquals(6 + 2 * 1 + 2, min.points(), EPS);
    ProgressionEvaluation manager = under(v2Case(), "manager");
    assertEquals(4, manager.track("web").orElseThrow().counted()); // the February rating
    assertEquals(List.of(5), manager.track("web").orElseThrow().ratings());
    assertEquals(6 + 2 * 12 + 2, manager.points(), EPS);
    assertEquals("acme-manager/1", manager.decision().policy());
    assertEquals(v2Case().evaluation().decision().inputDigest(), manager.decision().inputDigest());
  }

  @Test
  void managerTakesTheLaterInTheListOnEqualDatesAndZeroWithoutAManagerRating() {
    ProgressionCase c =
        v2Case()
            .withCalibrations()
            .withRatings(
                rating("mobile", 2, Rater.MANAGER, "2025-03-01"),
                rating("mobile", 1, Rater.MANAGER, "2025-03-01"),
                rating("mobile", 5, Rater.MANAGER, null),
                rating("web", 3, Rater.PEER, "2025-03-01"));
    ProgressionEvaluation e = under(c, "manager");
    assertEquals(1, e.track("mobile").orElseThrow().counted());
    assertEquals(0, e.track("web").orElseThrow().counted());
    assertTrue(e.track("web").orElseThrow().aggregate().isEmpty());
    assertEquals(3, c.evaluation().track("web").orElseThrow().counted()); // median
  }

  @Test
  void noRatingCountsZeroAndSelfRatingsNeverCount() {
    ProgressionCase c =
        v2Case().withCalibrations().withRatings(rating("mobile", 5, Rater.SELF, "2025-03-01"));
    ProgressionEvaluation e = c.evaluation();
    TrackResult mobile = e.track("mobile").orElseThrow();
    assertEquals(0, mobile.counted());
    assertEquals(OptionalInt.of(5), mobile.self());
    assertEquals(OptionalInt.of(5), mobile.selfGap());
    assertEquals(0, e.points(), EPS);
  }

  @Test
  void levelsAreJudgedOnTheTargetsLadderWithCappingAndEquivalents() {
    ProgressionEvaluation e = v2Case().evaluation();
    assertEquals("ic", e.ladder());
    assertEquals(List.of("IC1", "IC2", "IC3"), e.levels().stream().map(LevelResult::id).toList());
    assertEquals(List.of(1, 2, 3), e.levels().stream().map(LevelResult::rank).toList());
    assertEquals(List.of(true, true, false), e.levels().stream().map(LevelResult::met).toList());
    assertEquals("IC2", e.highestLevel().orElseThrow().id());
    assertEquals(List.of("M2"), e.equivalents());
    assertFalse(e.targetMet());
    assertEquals(List.of(), e.levels().get(0).criteria());
    LevelResult ic3 = e.levels().get(2);
    assertEquals(
        List.of("evidence", "points", "milestones.mobile", "milestones.web"),
        ic3.criteria().stream().map(Criterion::key).toList());
    assertEquals(ProgressionFocus.POINTS, e.nextFocus());
    assertEquals(1, e.gaps().size());
    Criterion<?> gap = e.gaps().get(0);
    assertEquals("points", gap.key());
    assertEquals(36.0, gap.required());
    assertEquals(14.0, gap.actual());
    assertEquals("milestones.mobile 3 ≥ 2 (met)", ic3.milestones().get(0).describe());
  }

  @Test
  void theCasesLadderIsJudgedAndATargetOnAnotherLadderIsMetByRank() {
    ProgressionCase c = v2Case().withLadder("manager");
    ProgressionEvaluation e = c.evaluation();
    assertEquals("manager", e.ladder());
    assertEquals(List.of("M1", "M2", "M3"), e.levels().stream().map(LevelResult::id).toList());
    assertEquals("M1", e.highestLevel().orElseThrow().id());
    assertEquals(List.of("IC1"), e.equivalents());
    assertEquals(ProgressionFocus.MILESTONES, e.nextFocus());
    assertEquals(List.of("milestones.mentoring"), e.gaps().stream().map(Criterion::key).toList());
    assertFalse(e.targetMet()); // IC3 ranks 3, M1 only 1
    assertTrue(c.withTargetLevel("IC1").evaluation().targetMet());
    assertFalse(c.withTargetLevel("IC2").evaluation().targetMet());
    // Calibrating mentoring to 2 meets M2; M3's 40 points are out of reach with 17.
    ProgressionCase calibrated =
        c.withCalibrations(
            Version2Fixtures.calibration(),
            Calibration.builder()
                .track("mentoring")
                .milestone(2)
                .by("panel")
                .reason("mentors two juniors")
                .build());
    ProgressionEvaluation m = calibrated.evaluation();
    assertEquals("M2", m.highestLevel().orElseThrow().id());
    assertEquals(List.of("IC2"), m.equivalents());
    assertEquals(ProgressionFocus.POINTS, m.nextFocus());
    assertTrue(calibrated.withTargetLevel("IC2").evaluation().targetMet());
  }

  @Test
  void aLevelWithoutCriteriaIsMetByEveryoneAndUnstatedCriteriaAreNeutral() {
    FrameworkLevel ic1 = Version2Fixtures.framework().levels().get(0);
    assertTrue(ic1.getMinCompetence().isEmpty());
    assertEquals(0, ic1.minCompetence(), EPS);
    assertEquals(Scope.SELF, ic1.minScope());
    assertEquals(0, ic1.minEvidence());
    assertEquals("ic", ic1.ladderName());
    ProgressionCase nobody =
        v2Case().withEvidence().withRatings().withCalibrations().withExpertise(0);
    LevelResult result = nobody.evaluation().levels().get(0);
    assertTrue(result.met());
    assertTrue(result.competence().met());
    assertEquals("IC1", nobody.evaluation().highestLevel().orElseThrow().id());
  }

  @Test
  void theFocusFollowsCompetenceInfluenceEvidencePointsMilestones() {
    Framework f = Version2Fixtures.framework();
    FrameworkLevel all =
        FrameworkLevel.builder()
            .id("IC2")
            .title("all")
            .ladder("ic")
            .minCompetence(1)
            .minScope(Scope.INDUSTRY)
            .minEvidence(9)
            .minPoints(60)
            .putMinMilestones("web", 5)
            .build();
    ProgressionCase c =
        v2Case().withFramework(f.withLevels(f.levels().get(0), all)).withTargetLevel("IC2");
    ProgressionEvaluation e = c.evaluation();
    assertEquals(ProgressionFocus.COMPETENCE, e.nextFocus());
    assertEquals(
        List.of("competence", "scope", "evidence", "points", "milestones.web"),
        e.gaps().stream().map(Criterion::key).toList());
    assertEquals(
        ProgressionFocus.INFLUENCE,
        c.withFramework(f.withLevels(f.levels().get(0), all.withMinCompetence(0)))
            .evaluation()
            .nextFocus());
    assertEquals(
        ProgressionFocus.EVIDENCE,
        c.withFramework(
                f.withLevels(f.levels().get(0), all.withMinCompetence(0).withMinScope(Scope.SELF)))
            .evaluation()
            .nextFocus());
  }

  @Test
  void theDecisionPinsFrameworkRevisionPolicyAndDigest() {
    ProgressionCase c = v2Case();
    PinnedDecision d = c.evaluation().decision();
    assertEquals("Acme engineering", d.framework());
    assertEquals("2025.1", d.revision().orElseThrow());
    assertEquals("progression-default/1", d.policy());
    assertEquals(CanonicalWriter.sha256(c.toString()), d.inputDigest().orElseThrow());
    assertTrue(d.inputDigest().orElseThrow().matches("sha256:[0-9a-f]{64}"));
    assertEquals(d, v2Case().evaluation().decision());
    assertNotEquals(d.inputDigest(), c.withExpertise(0.5).evaluation().decision().inputDigest());
    PinnedDecision v1 = Fixtures.senior().evaluation().decision();
    assertTrue(v1.revision().isEmpty());
    assertEquals(Fixtures.framework().name(), v1.framework());
  }

  @Test
  void ratingAggregationIsADeclaredOptionOfTheProgressionPolicy() {
    assertEquals(Map.of(), ProgressionCaseScorer.DEFAULT_POLICY.options());
    assertEquals(
        "median",
        ProgressionCaseScorer.DECLARATION.option(
            ProgressionCaseScorer.DEFAULT_POLICY, ProgressionCaseScorer.RATING_AGGREGATION));
    assertEquals(
        List.of("median", "minimum", "manager"),
        ProgressionCaseScorer.DECLARATION.options().get(0).allowed());
    IllegalArgumentException value =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProgressionCaseScorer.withPolicy(aggregation("mean")));
    assertEquals(
        "policy acme-mean/1: option ratingAggregation must be one of [median, minimum, manager],"
            + " not mean",
        value.getMessage());
    ScoringPolicy unknown =
        ScoringPolicy.builder()
            .from(ProgressionCaseScorer.DEFAULT_POLICY)
            .putOptions("aggregation", "median")
            .build();
    IllegalArgumentException name =
        assertThrows(
            IllegalArgumentException.class, () -> ProgressionCaseScorer.withPolicy(unknown));
    assertEquals(
        "policy progression-default/1 sets the option aggregation, which progression-case scoring"
            + " does not have; its options are [ratingAggregation]",
        name.getMessage());
    ScoringPolicy kaizen =
        ScoringPolicy.builder()
            .from(KaizenRecordScorer.DEFAULT_POLICY)
            .putOptions("ratingAggregation", "median")
            .build();
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> KaizenRecordScorer.withPolicy(kaizen));
    assertTrue(none.getMessage().endsWith("it has no options"), none.getMessage());
  }

  @Test
  void theAggregationChangesNoScore() {
    ProgressionCase c = v2Case();
    assertEquals(
        ProgressionCaseScorer.defaults().score(c).total(),
        ProgressionCaseScorer.withPolicy(aggregation("minimum")).score(c).total(),
        0);
  }

  @Test
  void theExplanationSaysWhatCountedWhatCalibratedAndWhatIsMissing() {
    List<String> lines = ProgressionExplanation.explain(v2Case().evaluation());
    assertTrue(
        lines.contains(
            "Tracks: 3 tracks, non-self ratings aggregated by median; self ratings never count."),
        lines::toString);
    assertTrue(
        lines.contains(
            "  mobile: counted 3, set by the calibration of Q1 calibration committee (\"the rewrite"
                + " was led jointly; same bar as the other seniors\"), overriding the ratings' 2;"
                + " self 4 (gap +1); worth 6 points."),
        lines::toString);
    assertTrue(lines.contains("  web: counted 2 = the median of 4 ratings; worth 6 points."));
    assertTrue(
        lines.contains(
            "points 14 = Σ weight × points of the counted milestones. Levels judged on the ladder"
                + " ic."));
    assertTrue(lines.contains("Equivalent levels on other ladders (rank 2): M2."));
    assertTrue(
        lines.contains(
            "  raise the points from 14 to at least 36: higher counted milestones, on the heavier"
                + " tracks first."));
    List<String> manager =
        ProgressionExplanation.explain(v2Case().withLadder("manager").evaluation());
    assertTrue(
        manager.contains("  reach milestone 2 on the track mentoring (counted 1)."),
        manager::toString);
  }

  @Test
  void theDerivedValuesFollowThePolicy() {
    ProgressionCase c = v2Case();
    assertTrue(c.evaluation(ProgressionCaseScorer.DEFAULT_POLICY) == c.evaluation());
    ProgressionCaseDerived derived = ProgressionCaseDerived.of(c, aggregation("manager"));
    assertEquals(32.0, derived.levels().get(2).points().orElseThrow().actual(), EPS);
    assertEquals(
        14.0, ProgressionCaseDerived.of(c).levels().get(2).points().orElseThrow().actual(), EPS);
  }

  @Test
  void theDerivedValuesOfAVersion2CaseHoldItsFigures() {
    ProgressionCase c = v2Case();
    ProgressionEvaluation e = c.evaluation();
    ProgressionCaseDerived d = ProgressionCaseDerived.of(c);
    assertEquals(2, d.version());
    assertEquals(14, d.points(), EPS);
    assertEquals("ic", d.ladder());
    assertEquals(List.of("M2"), d.equivalents());
    assertEquals(e.gaps(), d.gaps());
    assertEquals(e.tracks(), d.tracks());
    assertEquals(e.decision(), d.decision().orElseThrow());
    ProgressionCaseDerived v1 = ProgressionCaseDerived.of(Fixtures.senior());
    assertEquals(1, v1.version());
    assertTrue(v1.ladder().equals(FrameworkLevel.MAIN_LADDER) && v1.decision().isEmpty());
    assertTrue(v1.tracks().isEmpty() && v1.equivalents().isEmpty());
  }

  /** The example of docs/progression.md, "Version 2: tracks, ratings and calibration". */
  @Test
  void theDocumentedExample() {
    Framework framework =
        Framework.builder()
            .version(2)
            .name("Acme engineering")
            .revision("2025.1")
            .points(com.google.common.collect.ImmutableList.of(0.0, 1.0, 3.0, 6.0, 12.0, 20.0))
            .addTracks(
                Track.builder()
                    .id("mobile")
                    .title("Mobile")
                    .category("building")
                    .addMilestones("Works within the app's architecture", "…", "…", "…", "…")
                    .build())
            .addLevels(
                FrameworkLevel.builder()
                    .id("IC3")
                    .title("Senior engineer")
                    .ladder("ic")
                    .rank(3)
                    .minPoints(3)
                    .putMinMilestones("mobile", 2)
                    .build())
            .build();
    ProgressionCase c =
        ProgressionCase.builder()
            .version(2)
            .candidate("Sam Okafor")
            .targetLevel("IC3")
            .expertise(0.75)
            .framework(framework)
            .addRatings(
                Rating.builder()
                    .track("mobile")
                    .milestone(3)
                    .rater(Rater.MANAGER)
                    .by("Ana Silva")
                    .date(java.time.LocalDate.of(2025, 3, 1))
                    .build())
            .addRatings(Rating.builder().track("mobile").milestone(4).rater(Rater.SELF).build())
            .addCalibrations(
                Calibration.builder()
                    .track("mobile")
                    .milestone(2)
                    .by("Q1 calibration committee")
                    .reason("the rewrite was led jointly")
                    .build())
            .build();
    assertEquals(List.of(), ProgressionCaseValidator.validate(c).violations());
    ProgressionEvaluation e = c.evaluation();
    assertEquals(2, e.track("mobile").orElseThrow().counted());
    assertEquals(OptionalInt.of(2), e.track("mobile").orElseThrow().selfGap());
    assertEquals(3.0, e.points(), 0);
    assertEquals(List.of(), e.gaps());
    assertTrue(e.targetMet());
    assertEquals(
        3,
        ProgressionCaseScorer.withPolicy(aggregation("manager"))
            .evaluation(c)
            .track("mobile")
            .orElseThrow()
            .aggregate()
            .getAsInt());
  }
}

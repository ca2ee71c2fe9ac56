package dev.kaizen.progression;

import static dev.kaizen.progression.Version2Fixtures.framework;
import static dev.kaizen.progression.Version2Fixtures.rating;
import static dev.kaizen.progression.Version2Fixtures.track;
import static dev.kaizen.progression.Version2Fixtures.v2Case;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Scope;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Severity;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Version2ValidationTest {
  /** The violations as "code path", in order. */
  static List<String> found(ValidationResult result) {
    return result.violations().stream().map(v -> v.code() + " " + v.path()).toList();
  }

  static Framework withLevel(int index, FrameworkLevel level) {
    List<FrameworkLevel> levels = new ArrayList<>(framework().levels());
    levels.set(index, level);
    return framework().withLevels(levels);
  }

  @Test
  void theFixturesAreValid() {
    assertEquals(List.of(), found(FrameworkValidator.validate(framework())));
    assertEquals(List.of(), found(ProgressionCaseValidator.validate(v2Case())));
    assertEquals(100, FrameworkScorer.defaults().score(framework()).total(), 1e-9);
  }

  @Test
  void duplicateTrackIds() {
    Framework f =
        framework()
            .withTracks(
                ImmutableList.<Track>builder()
                    .addAll(framework().tracks())
                    .add(track("mobile", 5, 1))
                    .build());
    ValidationResult result = FrameworkValidator.validate(f);
    assertEquals(List.of("framework.tracks.duplicate-id $.tracks[3].id"), found(result));
    assertTrue(result.violations().get(0).message().contains("$.tracks[0]"));
  }

  @Test
  void invalidPointsLists() {
    Framework f = framework();
    assertEquals(
        List.of("framework.points.invalid $.points"),
        found(
            FrameworkValidator.validate(f.withPoints(ImmutableList.of(0.0, 1.0, 3.0, 6.0, 12.0)))));
    assertEquals(
        List.of("framework.points.invalid $.points[0]"),
        found(
            FrameworkValidator.validate(
                f.withPoints(ImmutableList.of(1.0, 1.0, 3.0, 6.0, 12.0, 20.0)))));
    assertEquals(
        List.of("framework.points.invalid $.points[3]", "framework.points.invalid $.points[5]"),
        found(
            FrameworkValidator.validate(
                f.withPoints(ImmutableList.of(0.0, 1.0, 3.0, 2.0, 12.0, 11.0)))));
    List<Track> tracks = new ArrayList<>(f.tracks());
    tracks.set(2, tracks.get(2).withPoints(ImmutableList.of(0.0, 2.0, 5.0)));
    assertEquals(
        List.of("framework.points.invalid $.tracks[2].points"),
        found(FrameworkValidator.validate(f.withTracks(tracks))));
    // Two tracks without points and no framework points: one fault, one violation.
    ValidationResult missing =
        FrameworkValidator.validate(
            Framework.builder().from(f).points(java.util.Optional.empty()).build());
    assertEquals(
        List.of("framework.points.invalid $.points"),
        missing.errors().stream().map(v -> v.code() + " " + v.path()).toList());
    assertTrue(missing.errors().get(0).message().contains("mobile"));
  }

  @Test
  void levelsNamingUnknownTracksOrMilestonesOutOfRange() {
    FrameworkLevel ic2 = framework().levels().get(1);
    assertEquals(
        List.of("framework.levels.unknown-track $.levels[1].minMilestones.ios"),
        found(
            FrameworkValidator.validate(
                withLevel(1, ic2.withMinMilestones(java.util.Map.of("mobile", 1, "ios", 1))))));
    assertEquals(
        List.of("framework.levels.milestone-out-of-range $.levels[2].minMilestones.mobile"),
        found(
            FrameworkValidator.validate(
                withLevel(
                    2,
                    framework()
                        .levels()
                        .get(2)
                        .withMinMilestones(java.util.Map.of("mobile", 6, "web", 2))))));
  }

  @Test
  void ranksMustRiseWithinALadder() {
    FrameworkLevel ic2 = framework().levels().get(1);
    assertEquals(
        List.of("framework.levels.rank-not-rising $.levels[1].rank"),
        found(FrameworkValidator.validate(withLevel(1, ic2.withRank(1)))));
    // IC1 states rank 3; IC2's unstated rank, its position 2, does not rise above it.
    ValidationResult result =
        FrameworkValidator.validate(withLevel(0, framework().levels().get(0).withRank(3)));
    assertEquals(List.of("framework.levels.rank-not-rising $.levels[1]"), found(result));
    assertTrue(
        result.violations().get(0).message().contains("rank 2 (its position in the ladder)"),
        result.violations().get(0).message());
  }

  @Test
  void unreachableMinPointsIsAWarning() {
    FrameworkLevel m3 = framework().levels().get(5);
    ValidationResult result = FrameworkValidator.validate(withLevel(5, m3.withMinPoints(70)));
    assertEquals(List.of("framework.levels.unreachable $.levels[5].minPoints"), found(result));
    assertEquals(Severity.WARNING, result.violations().get(0).severity());
    assertTrue(result.isValid());
    assertTrue(result.violations().get(0).message().contains("69"));
    assertEquals(List.of(), found(FrameworkValidator.validate(withLevel(5, m3.withMinPoints(69)))));
  }

  @Test
  void notMonotoneIsPerLadderForMinPointsAndEachTrack() {
    FrameworkLevel ic3 = framework().levels().get(2);
    assertEquals(
        List.of(
            "framework.levels.not-monotone $.levels[2].minPoints",
            "framework.levels.not-monotone $.levels[2].minMilestones.mobile"),
        found(
            FrameworkValidator.validate(
                withLevel(
                    2,
                    ic3.withMinPoints(5)
                        .withMinMilestones(java.util.Map.of("mobile", 0, "web", 2))))));
    // M3 asks for 40 points, more than IC3's 36, but also fewer would not matter: other ladder.
    FrameworkLevel m3 = framework().levels().get(5);
    assertEquals(List.of(), found(FrameworkValidator.validate(withLevel(5, m3.withMinPoints(1)))));
    // The nearest lower level that states the criterion counts, not only the one just below.
    FrameworkLevel ic1 = framework().levels().get(0);
    Framework f = withLevel(0, ic1.withMinScope(Scope.TEAM));
    f =
        f.withLevels(
            f.levels().get(0),
            f.levels().get(1),
            f.levels().get(2).withMinScope(Scope.PEERS),
            f.levels().get(3),
            f.levels().get(4),
            f.levels().get(5));
    assertEquals(
        List.of("framework.levels.not-monotone $.levels[2].minScope"),
        found(FrameworkValidator.validate(f)));
  }

  @Test
  void caseRulesOfVersion2() {
    ProgressionCase c =
        v2Case()
            .withLadder("staff")
            .withRatings(
                rating("ios", 9, Rater.PEER, null),
                rating("mobile", 6, Rater.MANAGER, null),
                rating("web", 2, Rater.PEER, null).withEvidence("KZ-1", "KZ-9"))
            .withCalibrations(
                Calibration.builder().track("web").milestone(7).by("panel").reason(" ").build());
    ValidationResult result = ProgressionCaseValidator.validate(c);
    assertEquals(
        List.of(
            "progression.ladder.unknown $.ladder",
            "progression.ratings.unknown-track $.ratings[0].track",
            "progression.ratings.milestone-out-of-range $.ratings[1].milestone",
            "progression.ratings.unknown-evidence $.ratings[2].evidence[1]",
            "progression.ratings.milestone-out-of-range $.calibrations[0].milestone",
            "progression.calibrations.no-reason $.calibrations[0].reason"),
        found(result));
    Violation evidence = result.of(RuleCode.PROGRESSION_RATINGS_UNKNOWN_EVIDENCE).get(0);
    assertEquals(Severity.WARNING, evidence.severity());
    assertTrue(evidence.message().contains("KZ-1"), evidence.message());
    assertTrue(
        result.of(RuleCode.PROGRESSION_LADDER_UNKNOWN).get(0).message().contains("ic, manager"));
  }

  @Test
  void theFrameworksViolationsAreBelowFramework() {
    ProgressionCase c =
        v2Case()
            .withFramework(framework().withTracks(track("mobile", 5, 1), track("mobile", 5, 1)));
    List<String> found = found(ProgressionCaseValidator.validate(c));
    assertTrue(
        found.contains("framework.tracks.duplicate-id $.framework.tracks[1].id"), found.toString());
  }

  @Test
  void valueChecksRejectWhatNoDocumentCanHold() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Fixtures.framework().withTracks(track("mobile", 5, 1)));
    assertThrows(
        IllegalArgumentException.class, () -> framework().withRevision(java.util.Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> framework().withVersion(3));
    assertThrows(
        IllegalArgumentException.class,
        () -> Fixtures.framework().withLevels(framework().levels().get(1)));
    assertThrows(IllegalArgumentException.class, () -> track("mobile", 5, 0));
    assertThrows(IllegalArgumentException.class, () -> rating("mobile", -1, Rater.PEER, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> framework().levels().get(1).withMinMilestones(java.util.Map.of("mobile", -1)));
    assertThrows(IllegalArgumentException.class, () -> framework().levels().get(1).withRank(0));
    assertThrows(
        IllegalArgumentException.class, () -> framework().levels().get(1).withMinPoints(-1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Fixtures.senior().withRatings(rating("mobile", 1, Rater.PEER, null)));
    assertThrows(IllegalArgumentException.class, () -> Fixtures.senior().withLadder("ic"));
  }

  @Test
  void aWrongMilestoneEntryIsOneViolationNotAlsoAFallAboveIt() {
    FrameworkLevel ic2 = framework().levels().get(1);
    assertEquals(
        List.of("framework.levels.milestone-out-of-range $.levels[1].minMilestones.mobile"),
        found(
            FrameworkValidator.validate(
                withLevel(1, ic2.withMinMilestones(java.util.Map.of("mobile", 6))))));
  }
}

package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * A version 2 framework in the manner of DOMAIN.md §6.2 and a case against it.
 *
 * <p>Tracks: mobile (weight 1, 5 milestones) and web (weight 2, 5 milestones) on the framework's
 * points 0/1/3/6/12/20, mentoring (weight 1, 3 milestones) on its own points 0/2/5/9: at most 1 ×
 * 20 + 2 × 20 + 9 = 69 points. Ladders ic (IC1 no criteria, IC2 minPoints 10 and mobile 1, IC3
 * minPoints 36, mobile 2, web 2, minEvidence 1) and manager (M1, M2 mentoring 2, M3 minPoints 40).
 *
 * <p>The case's ratings: mobile self 4, manager 3, peer 2 (calibrated to 3); web peer 1, manager 2
 * (January), manager 4 (February), committee 3; mentoring manager 1. Under median: mobile 3, web 2,
 * mentoring 1, so 6 + 2 × 3 + 2 = 14 points.
 */
final class Version2Fixtures {
  private Version2Fixtures() {}

  static Track track(String id, int milestones, double weight) {
    Track.Builder track = Track.builder().id(id).title(id.toUpperCase()).weight(weight);
    for (int m = 1; m <= milestones; m++) {
      track.addMilestones(id + " milestone " + m);
    }
    return track.build();
  }

  static Framework framework() {
    return Framework.builder()
        .version(2)
        .name("Acme engineering")
        .revision("2025.1")
        .points(ImmutableList.of(0.0, 1.0, 3.0, 6.0, 12.0, 20.0))
        .addTracks(
            track("mobile", 5, 1).withCategory("building"),
            track("web", 5, 2),
            track("mentoring", 3, 1).withPoints(ImmutableList.of(0.0, 2.0, 5.0, 9.0)))
        .addLevels(
            FrameworkLevel.builder().id("IC1").title("Engineer").ladder("ic").rank(1).build(),
            FrameworkLevel.builder()
                .id("IC2")
                .title("Engineer II")
                .ladder("ic")
                .minPoints(10)
                .putMinMilestones("mobile", 1)
                .build(),
            FrameworkLevel.builder()
                .id("IC3")
                .title("Senior engineer")
                .ladder("ic")
                .rank(3)
                .minPoints(36)
                .putMinMilestones("mobile", 2)
                .putMinMilestones("web", 2)
                .minEvidence(1)
                .build(),
            FrameworkLevel.builder().id("M1").title("Team lead").ladder("manager").build(),
            FrameworkLevel.builder()
                .id("M2")
                .title("Manager")
                .ladder("manager")
                .putMinMilestones("mentoring", 2)
                .build(),
            FrameworkLevel.builder()
                .id("M3")
                .title("Senior manager")
                .ladder("manager")
                .minPoints(40)
                .build())
        .build();
  }

  static Rating rating(String track, int milestone, Rater rater, String date) {
    Rating.Builder rating = Rating.builder().track(track).milestone(milestone).rater(rater);
    if (date != null) {
      rating.date(LocalDate.parse(date));
    }
    return rating.build();
  }

  static List<Rating> ratings() {
    return List.of(
        rating("mobile", 4, Rater.SELF, "2025-02-20"),
        rating("mobile", 3, Rater.MANAGER, "2025-03-01")
            .withBy("Ana Silva")
            .withEvidence("KZ-1")
            .withNote("led the offline sync rewrite"),
        rating("mobile", 2, Rater.PEER, null),
        rating("web", 1, Rater.PEER, null),
        rating("web", 2, Rater.MANAGER, "2025-01-10"),
        rating("web", 4, Rater.MANAGER, "2025-02-10"),
        rating("web", 3, Rater.COMMITTEE, "2025-03-10"),
        rating("mentoring", 1, Rater.MANAGER, "2025-03-01"));
  }

  static Calibration calibration() {
    return Calibration.builder()
        .track("mobile")
        .milestone(3)
        .by("Q1 calibration committee")
        .reason("the rewrite was led jointly; same bar as the other seniors")
        .build();
  }

  static ProgressionCase v2Case() {
    return ProgressionCase.builder()
        .version(2)
        .candidate("Sam Okafor")
        .targetLevel("IC3")
        .expertise(0.75)
        .framework(framework())
        .addEvidence(Fixtures.kz1())
        .ratings(ratings())
        .addCalibrations(calibration())
        .build();
  }
}

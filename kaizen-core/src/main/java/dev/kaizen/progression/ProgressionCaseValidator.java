package dev.kaizen.progression;

import static dev.kaizen.validation.RuleCode.MATRIX_VALUE_OUT_OF_RANGE;
import static dev.kaizen.validation.RuleCode.PROGRESSION_CALIBRATIONS_NO_REASON;
import static dev.kaizen.validation.RuleCode.PROGRESSION_LADDER_UNKNOWN;
import static dev.kaizen.validation.RuleCode.PROGRESSION_RATINGS_MILESTONE_OUT_OF_RANGE;
import static dev.kaizen.validation.RuleCode.PROGRESSION_RATINGS_UNKNOWN_EVIDENCE;
import static dev.kaizen.validation.RuleCode.PROGRESSION_RATINGS_UNKNOWN_TRACK;
import static dev.kaizen.validation.RuleCode.PROGRESSION_TARGET_UNKNOWN_LEVEL;

import dev.kaizen.internal.Messages;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a {@link ProgressionCase} against the rules of DOMAIN.md §6 and §6.2, in the order of the
 * document:
 *
 * <ul>
 *   <li>{@code progression.target.unknown-level} (error) at {@code $.targetLevel}: the framework
 *       has no level with the target's id;
 *   <li>{@code matrix.value.out-of-range} (error) at {@code $.expertise}: the expertise lies
 *       outside [0, 1] (competence follows §5, whose rule this is);
 *   <li>the framework's own violations ({@link FrameworkValidator}), below {@code $.framework};
 *   <li>one warning per evidence record that does not count, at {@code $.evidence[i]}: {@code
 *       progression.evidence.invalid} (the record has errors; the message names the first), {@code
 *       progression.evidence.incomplete}, or {@code progression.evidence.no-improvement}. A
 *       record's own violations are not copied into the case, so a case with broken evidence stays
 *       valid; they are on {@link EvidenceRecord#validation()};
 *   <li>version 2 (DOMAIN.md §6.2): {@code progression.ladder.unknown} (error) at {@code $.ladder}:
 *       no level of the framework is on the case's ladder; for each rating, {@code
 *       progression.ratings.unknown-track} (error) at {@code $.ratings[i].track}, {@code
 *       progression.ratings.milestone-out-of-range} (error) at {@code $.ratings[i].milestone} and
 *       {@code progression.ratings.unknown-evidence} (warning) at {@code $.ratings[i].evidence[j]}
 *       for an id that no evidence record of the case has; for each calibration, the same track and
 *       milestone codes at {@code $.calibrations[i].track} / {@code .milestone}, and {@code
 *       progression.calibrations.no-reason} (error) at {@code $.calibrations[i].reason} when the
 *       reason is empty or only white space.
 * </ul>
 *
 * <p>The evidence is read from the case's {@link ProgressionCase#evaluation() evaluation}, so each
 * record is validated once however often the case is validated and scored. Stateless and
 * thread-safe.
 */
public final class ProgressionCaseValidator {
  private static final JsonPath ROOT = JsonPath.root();

  private ProgressionCaseValidator() {}

  /**
   * Validates {@code progressionCase}. Never throws for a rule the case breaks.
   *
   * @param progressionCase the case
   * @return every violation, in document order
   */
  public static ValidationResult validate(ProgressionCase progressionCase) {
    Violations found = new Violations();
    Framework framework = progressionCase.framework();
    if (framework.level(progressionCase.targetLevel()).isEmpty()) {
      found.add(
          ROOT.property("targetLevel"),
          PROGRESSION_TARGET_UNKNOWN_LEVEL,
          "the target level \""
              + progressionCase.targetLevel()
              + "\" is not a level of the framework \""
              + framework.name()
              + "\""
              + (framework.levels().isEmpty()
                  ? ", which has no levels; add levels to the framework"
                  : "; choose one of "
                      + framework.levels().stream()
                          .map(FrameworkLevel::id)
                          .collect(Collectors.joining(", "))));
    }
    double expertise = progressionCase.expertise();
    if (expertise < 0 || expertise > 1) {
      found.add(
          ROOT.property("expertise"),
          MATRIX_VALUE_OUT_OF_RANGE,
          "expertise is "
              + Messages.number(expertise)
              + ", outside [0, 1]; rate it from 0 (none) to 1 (the best there is)");
    }
    found.addAll(ROOT.property("framework"), FrameworkValidator.validate(framework));
    for (EvidenceRecord record : progressionCase.figures().records()) {
      record
          .status()
          .rule()
          .ifPresent(
              rule ->
                  found.add(record.path(), rule, "the " + record.label() + " " + record.reason()));
    }
    version2(progressionCase, found);
    return found.result();
  }

  private static void version2(ProgressionCase progressionCase, Violations found) {
    Framework framework = progressionCase.framework();
    Optional<String> ladder = progressionCase.ladder();
    if (ladder.isPresent() && !framework.ladders().contains(ladder.get())) {
      found.add(
          ROOT.property("ladder"),
          PROGRESSION_LADDER_UNKNOWN,
          "the ladder \""
              + ladder.get()
              + "\" is not a ladder of the framework \""
              + framework.name()
              + "\""
              + (framework.ladders().isEmpty()
                  ? ", which has no levels"
                  : "; choose one of " + String.join(", ", framework.ladders())));
    }
    Set<String> evidenceIds = new HashSet<>();
    for (EvidenceRecord record : progressionCase.figures().records()) {
      evidenceIds.add(record.id());
    }
    List<Rating> ratings = progressionCase.ratings();
    for (int i = 0; i < ratings.size(); i++) {
      Rating rating = ratings.get(i);
      JsonPath path = ROOT.property("ratings").index(i);
      trackAndMilestone(framework, rating.track(), rating.milestone(), path, "rating", found);
      for (int j = 0; j < rating.evidence().size(); j++) {
        String id = rating.evidence().get(j);
        if (!evidenceIds.contains(id)) {
          found.add(
              path.property("evidence").index(j),
              PROGRESSION_RATINGS_UNKNOWN_EVIDENCE,
              "the rating names the evidence \""
                  + id
                  + "\", but no evidence record of the case has that id; "
                  + (evidenceIds.isEmpty()
                      ? "add the record to the case's evidence"
                      : "use one of "
                          + String.join(
                              ", ",
                              progressionCase.figures().records().stream()
                                  .map(EvidenceRecord::id)
                                  .distinct()
                                  .toList())));
        }
      }
    }
    List<Calibration> calibrations = progressionCase.calibrations();
    for (int i = 0; i < calibrations.size(); i++) {
      Calibration calibration = calibrations.get(i);
      JsonPath path = ROOT.property("calibrations").index(i);
      trackAndMilestone(
          framework, calibration.track(), calibration.milestone(), path, "calibration", found);
      if (calibration.reason().isBlank()) {
        found.add(
            path.property("reason"),
            PROGRESSION_CALIBRATIONS_NO_REASON,
            "the calibration of the track "
                + calibration.track()
                + " by "
                + calibration.by()
                + " gives no reason; say why the milestone was set, so the decision can be"
                + " explained");
      }
    }
  }

  private static void trackAndMilestone(
      Framework framework,
      String trackId,
      int milestone,
      JsonPath path,
      String what,
      Violations found) {
    Optional<Track> track = framework.track(trackId);
    if (track.isEmpty()) {
      found.add(
          path.property("track"),
          PROGRESSION_RATINGS_UNKNOWN_TRACK,
          "the "
              + what
              + " names the track \""
              + trackId
              + "\", which the framework \""
              + framework.name()
              + "\" lacks; "
              + (framework.tracks().isEmpty()
                  ? "the framework has no tracks"
                  : "use one of "
                      + String.join(", ", framework.tracks().stream().map(Track::id).toList())));
    } else if (milestone > track.get().maxMilestone()) {
      found.add(
          path.property("milestone"),
          PROGRESSION_RATINGS_MILESTONE_OUT_OF_RANGE,
          "the "
              + what
              + " gives milestone "
              + milestone
              + " of the track "
              + trackId
              + ", whose highest milestone is "
              + track.get().maxMilestone()
              + "; give 0 to "
              + track.get().maxMilestone());
    }
  }
}

package dev.kaizen.progression;

import static dev.kaizen.validation.RuleCode.FRAMEWORK_LEVELS_DUPLICATE_ID;
import static dev.kaizen.validation.RuleCode.FRAMEWORK_LEVELS_MILESTONE_OUT_OF_RANGE;
import static dev.kaizen.validation.RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE;
import static dev.kaizen.validation.RuleCode.FRAMEWORK_LEVELS_RANK_NOT_RISING;
import static dev.kaizen.validation.RuleCode.FRAMEWORK_LEVELS_UNKNOWN_TRACK;
import static dev.kaizen.validation.RuleCode.FRAMEWORK_LEVELS_UNREACHABLE;
import static dev.kaizen.validation.RuleCode.FRAMEWORK_POINTS_INVALID;
import static dev.kaizen.validation.RuleCode.FRAMEWORK_TRACKS_DUPLICATE_ID;

import dev.kaizen.core.Scope;
import dev.kaizen.internal.DuplicateIds;
import dev.kaizen.internal.Messages;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import dev.kaizen.validation.Violations;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@link Framework} against the {@code framework.*} rules of DOMAIN.md §6 and §6.2:
 *
 * <ul>
 *   <li>{@code framework.tracks.duplicate-id} (error, version 2): a track reuses the id of an
 *       earlier track, at {@code $.tracks[i].id} of the later one;
 *   <li>{@code framework.points.invalid} (error, version 2): a points list does not start at 0 (at
 *       its first entry, {@code $.points[0]}), falls (at the falling entry) or does not have N + 1
 *       entries for a track of N milestones that uses it (at the list, {@code $.points} or {@code
 *       $.tracks[i].points}); a track without points of its own when the framework states none is
 *       reported at {@code $.points};
 *   <li>{@code framework.levels.duplicate-id} (error): a level reuses the id of an earlier level,
 *       at {@code $.levels[i].id} of the later one;
 *   <li>{@code framework.levels.rank-not-rising} (error, version 2): within one ladder, a level's
 *       rank (stated, or its position in the ladder) is not above the rank of the level before it
 *       on that ladder, at {@code $.levels[i].rank} ({@code $.levels[i]} when the rank is not
 *       stated);
 *   <li>{@code framework.levels.not-monotone} (error): a threshold falls from one level to the
 *       next; one violation per falling field, at that field of the higher level ({@code
 *       $.levels[2].minScope}, {@code $.levels[2].minMilestones.mobile}). In version 2 this is per
 *       ladder, for minPoints and each track of minMilestones as well, and a stated criterion is
 *       compared with the nearest lower level of the ladder that states it;
 *   <li>{@code framework.levels.unknown-track} (error, version 2): minMilestones names a track the
 *       framework lacks, at {@code $.levels[i].minMilestones.TRACK};
 *   <li>{@code framework.levels.milestone-out-of-range} (error, version 2): a minMilestones entry
 *       is above the track's highest milestone, at the same path;
 *   <li>{@code framework.levels.unreachable} (warning, version 2): minPoints is above the most
 *       points possible (Σ weight × last points entry), at {@code $.levels[i].minPoints}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class FrameworkValidator {
  private static final JsonPath ROOT = JsonPath.root();
  private static final JsonPath LEVELS = ROOT.property("levels");
  private static final JsonPath TRACKS = ROOT.property("tracks");

  private FrameworkValidator() {}

  /**
   * Validates {@code framework}. Never throws for a rule the framework breaks.
   *
   * @param framework the framework
   * @return every violation: tracks and points first, then level by level
   */
  public static ValidationResult validate(Framework framework) {
    Violations found = new Violations();
    tracks(framework, found);
    List<FrameworkLevel> levels = framework.levels();
    Set<String> seen = new HashSet<>();
    Map<String, Integer> lastRank = new HashMap<>();
    Map<String, Map<String, Stated>> stated = new HashMap<>();
    double most = framework.maxPoints();
    for (int i = 0; i < levels.size(); i++) {
      FrameworkLevel level = levels.get(i);
      JsonPath path = LEVELS.index(i);
      if (!seen.add(level.id())) {
        found.add(
            path.property("id"),
            FRAMEWORK_LEVELS_DUPLICATE_ID,
            "the level id \""
                + level.id()
                + "\" is used by an earlier level too; give every level its own id");
      }
      String ladder = level.ladderName();
      int rank = framework.rank(i);
      Integer previous = lastRank.put(ladder, rank);
      if (previous != null && rank <= previous) {
        found.add(
            level.rank().isPresent() ? path.property("rank") : path,
            FRAMEWORK_LEVELS_RANK_NOT_RISING,
            "level "
                + level.id()
                + " ("
                + i
                + ") has rank "
                + rank
                + (level.rank().isPresent() ? "" : " (its position in the ladder)")
                + " on the ladder "
                + ladder
                + ", not above the rank "
                + previous
                + " of the level before it; list each ladder's levels lowest first with rising"
                + " ranks");
      }
      Map<String, Stated> below = stated.computeIfAbsent(ladder, k -> new HashMap<>());
      if (level.getMinCompetence().isPresent()) {
        double value = level.getMinCompetence().getAsDouble();
        Stated lower = below.put("minCompetence", new Stated(level.id(), value));
        if (lower != null && value < lower.value) {
          found.add(
              path.property("minCompetence"),
              FRAMEWORK_LEVELS_NOT_MONOTONE,
              pair(level, i)
                  + "asks for minCompetence "
                  + Messages.number(value)
                  + ", less than the "
                  + Messages.number(lower.value)
                  + " of the level below ("
                  + lower.id
                  + "); a higher level may not ask for less, so raise it to at least that");
        }
      }
      if (level.getMinScope().isPresent()) {
        Scope value = level.getMinScope().get();
        Stated lower = below.put("minScope", new Stated(level.id(), value.ordinal()));
        if (lower != null && value.ordinal() < lower.value) {
          found.add(
              path.property("minScope"),
              FRAMEWORK_LEVELS_NOT_MONOTONE,
              pair(level, i)
                  + "asks for minScope "
                  + value.token()
                  + ", narrower than the "
                  + Scope.values()[(int) lower.value].token()
                  + " of the level below ("
                  + lower.id
                  + "); a higher level may not ask for less, so widen it to at least that");
        }
      }
      if (level.getMinEvidence().isPresent()) {
        int value = level.getMinEvidence().getAsInt();
        Stated lower = below.put("minEvidence", new Stated(level.id(), value));
        if (lower != null && value < lower.value) {
          found.add(
              path.property("minEvidence"),
              FRAMEWORK_LEVELS_NOT_MONOTONE,
              pair(level, i)
                  + "asks for minEvidence "
                  + value
                  + ", fewer than the "
                  + (int) lower.value
                  + " of the level below ("
                  + lower.id
                  + "); a higher level may not ask for less, so raise it to at least that");
        }
      }
      if (level.minPoints().isPresent()) {
        double value = level.minPoints().getAsDouble();
        Stated lower = below.put("minPoints", new Stated(level.id(), value));
        if (lower != null && value < lower.value) {
          found.add(
              path.property("minPoints"),
              FRAMEWORK_LEVELS_NOT_MONOTONE,
              pair(level, i)
                  + "asks for minPoints "
                  + Messages.number(value)
                  + ", fewer than the "
                  + Messages.number(lower.value)
                  + " of the level below ("
                  + lower.id
                  + "); a higher level may not ask for less, so raise it to at least that");
        }
        if (value > most) {
          found.add(
              path.property("minPoints"),
              FRAMEWORK_LEVELS_UNREACHABLE,
              pair(level, i)
                  + "asks for minPoints "
                  + Messages.number(value)
                  + ", more than the "
                  + Messages.number(most)
                  + " points possible (every track at its highest milestone), so nobody can"
                  + " reach it; lower minPoints or add tracks");
        }
      }
      for (Map.Entry<String, Integer> entry : level.minMilestones().entrySet()) {
        String track = entry.getKey();
        int value = entry.getValue();
        JsonPath at = path.property("minMilestones").property(track);
        boolean known = framework.track(track).isPresent();
        if (!known) {
          found.add(
              at,
              FRAMEWORK_LEVELS_UNKNOWN_TRACK,
              pair(level, i)
                  + "asks for a milestone of the track \""
                  + track
                  + "\", which the framework lacks; "
                  + (framework.tracks().isEmpty()
                      ? "add the track to the framework"
                      : "use one of "
                          + String.join(
                              ", ", framework.tracks().stream().map(Track::id).toList())));
        } else {
          int max = framework.track(track).get().maxMilestone();
          if (value > max) {
            found.add(
                at,
                FRAMEWORK_LEVELS_MILESTONE_OUT_OF_RANGE,
                pair(level, i)
                    + "asks for milestone "
                    + value
                    + " of the track "
                    + track
                    + ", whose highest milestone is "
                    + max
                    + "; ask for 0 to "
                    + max);
          }
        }
        if (!known || value > framework.track(track).get().maxMilestone()) {
          continue; // one fault, one violation: a wrong entry is not compared with the next level
        }
        Stated lower = below.put("milestones." + track, new Stated(level.id(), value));
        if (lower != null && value < lower.value) {
          found.add(
              at,
              FRAMEWORK_LEVELS_NOT_MONOTONE,
              pair(level, i)
                  + "asks for milestone "
                  + value
                  + " of the track "
                  + track
                  + ", less than the "
                  + (int) lower.value
                  + " of the level below ("
                  + lower.id
                  + "); a higher level may not ask for less, so raise it to at least that");
        }
      }
    }
    return found.result();
  }

  /** A criterion as the nearest lower level of a ladder states it: that level's id and value. */
  private record Stated(String id, double value) {}

  private static void tracks(Framework framework, Violations found) {
    List<Track> tracks = framework.tracks();
    DuplicateIds.report(
        tracks,
        Track::id,
        TRACKS,
        FRAMEWORK_TRACKS_DUPLICATE_ID,
        (id, first) ->
            "the track id \"" + id + "\" is used by " + first + " too; give every track its own id",
        found);
    framework.points().ifPresent(points -> shape(points, ROOT.property("points"), found));
    for (int i = 0; i < tracks.size(); i++) {
      Track track = tracks.get(i);
      JsonPath path = TRACKS.index(i).property("points");
      int entries = track.maxMilestone() + 1;
      if (track.points().isPresent()) {
        List<Double> points = track.points().get();
        shape(points, path, found);
        if (points.size() != entries) {
          found.add(path, FRAMEWORK_POINTS_INVALID, wrongLength(track, points.size()));
        }
      } else if (framework.points().isEmpty()) {
        found.add(
            ROOT.property("points"),
            FRAMEWORK_POINTS_INVALID,
            "the track "
                + track.id()
                + " has no points of its own and the framework states none; give the framework a"
                + " points list (milestones 0.."
                + track.maxMilestone()
                + ") or the track its own");
      } else if (framework.points().get().size() != entries) {
        found.add(
            ROOT.property("points"),
            FRAMEWORK_POINTS_INVALID,
            "the framework's points list, which the track "
                + track.id()
                + " uses, "
                + wrongLength(track, framework.points().get().size()));
      }
    }
  }

  private static String wrongLength(Track track, int size) {
    return "has "
        + size
        + (size == 1 ? " entry" : " entries")
        + ", but the track "
        + track.id()
        + " has "
        + track.maxMilestone()
        + " milestones, so it needs "
        + (track.maxMilestone() + 1)
        + " (milestones 0.."
        + track.maxMilestone()
        + ")";
  }

  private static void shape(List<Double> points, JsonPath path, Violations found) {
    if (!points.isEmpty() && points.get(0) != 0) {
      found.add(
          path.index(0),
          FRAMEWORK_POINTS_INVALID,
          "a points list starts at milestone 0 (\"not yet\"), worth 0, not "
              + Messages.number(points.get(0))
              + "; make the first entry 0");
    }
    for (int k = 1; k < points.size(); k++) {
      if (points.get(k) < points.get(k - 1)) {
        found.add(
            path.index(k),
            FRAMEWORK_POINTS_INVALID,
            "milestone "
                + k
                + " is worth "
                + Messages.number(points.get(k))
                + ", less than the "
                + Messages.number(points.get(k - 1))
                + " of milestone "
                + (k - 1)
                + "; points may not fall from one milestone to the next");
      }
    }
  }

  /**
   * Tells whether some violation of {@code result} lies at level {@code index} or inside it.
   *
   * @param result a framework's validation result
   * @param index a level's index, from 0
   * @param errorsOnly whether to consider errors only
   * @return true when such a violation exists
   */
  static boolean touchesLevel(ValidationResult result, int index, boolean errorsOnly) {
    String prefix = LEVELS.index(index).toString();
    for (Violation v : errorsOnly ? result.errors() : result.violations()) {
      String p = v.path().toString();
      if (p.equals(prefix) || p.startsWith(prefix + ".") || p.startsWith(prefix + "[")) {
        return true;
      }
    }
    return false;
  }

  /** Names a level and its index for a message: {@code level senior (2) }. */
  private static String pair(FrameworkLevel level, int index) {
    return "level " + level.id() + " (" + index + ") ";
  }
}

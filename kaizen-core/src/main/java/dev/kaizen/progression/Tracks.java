package dev.kaizen.progression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds each track's counted milestone (DOMAIN.md §6.2): the last calibration of the track, else
 * the aggregate of its non-self ratings, else 0; and the self rating beside it.
 */
final class Tracks {
  private Tracks() {}

  /**
   * Returns one result per track of the case's framework, in track order (a repeated track id gets
   * the same figures as its first occurrence).
   */
  static List<TrackResult> count(ProgressionCase progressionCase, RatingAggregation aggregation) {
    Framework framework = progressionCase.framework();
    List<TrackResult> results = new ArrayList<>();
    for (Track track : framework.tracks()) {
      List<Integer> nonSelf = new ArrayList<>();
      Rating self = null;
      List<Rating> ratings = progressionCase.ratings();
      for (int i = 0; i < ratings.size(); i++) {
        Rating rating = ratings.get(i);
        if (!rating.track().equals(track.id())) {
          continue;
        }
        if (rating.rater() == Rater.SELF) {
          if (self == null || laterOrHigher(rating, self)) {
            self = rating;
          }
        } else {
          nonSelf.add(i);
        }
      }
      List<Integer> used = new ArrayList<>();
      OptionalInt aggregate = aggregate(ratings, nonSelf, aggregation, used);
      Optional<Calibration> calibration = Optional.empty();
      for (Calibration c : progressionCase.calibrations()) {
        if (c.track().equals(track.id())) {
          calibration = Optional.of(c);
        }
      }
      int counted =
          calibration
              .map(Calibration::milestone)
              .orElse(aggregate.isPresent() ? aggregate.getAsInt() : 0);
      results.add(
          TrackResult.builder()
              .id(track.id())
              .counted(counted)
              .aggregate(aggregate)
              .ratings(used)
              .calibration(calibration)
              .self(self == null ? OptionalInt.empty() : OptionalInt.of(self.milestone()))
              .points(track.weight() * framework.pointsAt(track, counted))
              .build());
    }
    return results;
  }

  private static OptionalInt aggregate(
      List<Rating> ratings,
      List<Integer> nonSelf,
      RatingAggregation aggregation,
      List<Integer> used) {
    if (aggregation == RatingAggregation.MANAGER) {
      int chosen = -1;
      for (int i : nonSelf) {
        Rating rating = ratings.get(i);
        if (rating.rater() == Rater.MANAGER
            && (chosen < 0 || !dateOf(rating).isBefore(dateOf(ratings.get(chosen))))) {
          chosen = i;
        }
      }
      if (chosen < 0) {
        return OptionalInt.empty();
      }
      used.add(chosen);
      return OptionalInt.of(ratings.get(chosen).milestone());
    }
    if (nonSelf.isEmpty()) {
      return OptionalInt.empty();
    }
    used.addAll(nonSelf);
    int[] milestones =
        nonSelf.stream().mapToInt(i -> ratings.get(i).milestone()).sorted().toArray();
    return OptionalInt.of(
        aggregation == RatingAggregation.MINIMUM
            ? milestones[0]
            : milestones[(milestones.length - 1) / 2]);
  }

  /** An undated rating counts as older than any dated one. */
  private static LocalDate dateOf(Rating rating) {
    return rating.date().orElse(LocalDate.MIN);
  }

  private static boolean laterOrHigher(Rating candidate, Rating current) {
    int byDate = dateOf(candidate).compareTo(dateOf(current));
    return byDate > 0 || (byDate == 0 && candidate.milestone() > current.milestone());
  }
}

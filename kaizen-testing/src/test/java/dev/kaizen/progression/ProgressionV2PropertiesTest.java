package dev.kaizen.progression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.testing.Choices;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.ProgressionGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The properties of DOMAIN.md §6.2 that every version 2 progression case must have. */
class ProgressionV2PropertiesTest {
  private static final List<RatingAggregation> AGGREGATIONS = List.of(RatingAggregation.values());

  static ScoringPolicy policy(RatingAggregation aggregation) {
    return ScoringPolicy.builder()
        .from(ProgressionCaseScorer.DEFAULT_POLICY)
        .putOptions(ProgressionCaseScorer.RATING_AGGREGATION, aggregation.token())
        .build();
  }

  static ProgressionEvaluation under(ProgressionCase c, RatingAggregation aggregation) {
    return c.evaluation(policy(aggregation));
  }

  /** Every figure of the evaluation but the self ratings and which rating indexes were used. */
  static List<Object> figures(ProgressionEvaluation e) {
    return List.of(
        e.tracks().stream()
            .map(t -> List.of(t.id(), t.counted(), t.aggregate(), t.calibration(), t.points()))
            .collect(Collectors.toList()),
        e.points(),
        e.ladder(),
        e.levels(),
        e.highestLevel(),
        e.equivalents(),
        e.targetMet(),
        e.nextFocus(),
        e.gaps(),
        e.competence(),
        e.influence(),
        e.evidenceCount());
  }

  /** The position of the highest level met on the judged ladder, -1 when none. */
  static int highest(ProgressionEvaluation e) {
    return e.highestLevelResult().map(l -> e.levels().indexOf(l)).orElse(-1);
  }

  /**
   * Shuffles the ratings and calibrations, keeping what DOMAIN.md §6.2 orders: the calibrations of
   * each track (the last counts) and, for the manager aggregation, the manager ratings (of equal
   * dates the later counts).
   */
  static ProgressionCase shuffle(ProgressionCase c, boolean keepManagers, Choices choices) {
    List<Rating> ratings = Gens.shuffled(c.ratings()).generate(choices);
    if (keepManagers) {
      ratings = keepOrder(c.ratings(), ratings, r -> r.rater() == Rater.MANAGER);
    }
    List<Calibration> calibrations = Gens.shuffled(c.calibrations()).generate(choices);
    for (Track track : c.framework().tracks()) {
      calibrations = keepOrder(c.calibrations(), calibrations, k -> k.track().equals(track.id()));
    }
    return c.withRatings(ratings).withCalibrations(calibrations);
  }

  /** Puts the elements matching {@code kept} back in their original relative order. */
  static <T> List<T> keepOrder(
      List<T> original, List<T> shuffled, java.util.function.Predicate<T> kept) {
    List<T> inOrder = original.stream().filter(kept).collect(Collectors.toList());
    List<T> out = new ArrayList<>(shuffled);
    int next = 0;
    for (int i = 0; i < out.size(); i++) {
      if (kept.test(out.get(i))) {
        out.set(i, inOrder.get(next++));
      }
    }
    return out;
  }

  @Test
  void theOrderOfRatingsAndCalibrationsDoesNotMatterExceptForLast() {
    Gen<Object[]> cases =
        ProgressionGenerators.casesV2()
            .flatMap(
                c ->
                    choices -> {
                      RatingAggregation a = Gens.oneOf(AGGREGATIONS).generate(choices);
                      return new Object[] {
                        c, shuffle(c, a == RatingAggregation.MANAGER, choices), a
                      };
                    });
    Property.forAll(cases)
        .check(
            t -> {
              ProgressionCase a = (ProgressionCase) t[0];
              ProgressionCase b = (ProgressionCase) t[1];
              RatingAggregation aggregation = (RatingAggregation) t[2];
              ProgressionEvaluation ea = under(a, aggregation);
              ProgressionEvaluation eb = under(b, aggregation);
              assertEquals(figures(ea), figures(eb));
              assertEquals(
                  ea.tracks().stream().map(TrackResult::self).toList(),
                  eb.tracks().stream().map(TrackResult::self).toList());
              assertEquals(Kaizen.score(a), Kaizen.score(b));
            });
  }

  @Test
  void aNonSelfRatingAtOrAboveTheCountedMilestoneNeverLowersIt() {
    Gen<Object[]> cases =
        ProgressionGenerators.casesV2()
            .flatMap(
                c ->
                    choices -> {
                      RatingAggregation a = Gens.oneOf(AGGREGATIONS).generate(choices);
                      Track track = Gens.oneOf(c.framework().tracks()).generate(choices);
                      int counted = under(c, a).track(track.id()).orElseThrow().counted();
                      Rating rating =
                          ProgressionGenerators.ratings(c.framework(), List.of())
                              .generate(choices)
                              .withTrack(track.id())
                              .withRater(
                                  Gens.oneOf(Rater.PEER, Rater.MANAGER, Rater.COMMITTEE)
                                      .generate(choices))
                              .withMilestone(
                                  choices.between(
                                      counted, Math.max(counted, track.maxMilestone())));
                      List<Rating> ratings = new ArrayList<>(c.ratings());
                      ratings.add(choices.between(0, ratings.size()), rating);
                      return new Object[] {c, c.withRatings(ratings), a, track.id()};
                    });
    Property.forAll(cases)
        .check(
            t -> {
              RatingAggregation a = (RatingAggregation) t[2];
              String track = (String) t[3];
              int before = under((ProgressionCase) t[0], a).track(track).orElseThrow().counted();
              int after = under((ProgressionCase) t[1], a).track(track).orElseThrow().counted();
              assertTrue(after >= before, a + ": " + before + " became " + after);
            });
  }

  @Test
  void aHigherCountedMilestoneNeverLowersPointsOrTheHighestLevelMet() {
    Gen<ProgressionCase[]> pairs =
        ProgressionGenerators.casesV2()
            .flatMap(
                c ->
                    choices -> {
                      Track track = Gens.oneOf(c.framework().tracks()).generate(choices);
                      int counted = c.evaluation().track(track.id()).orElseThrow().counted();
                      Calibration higher =
                          Calibration.builder()
                              .track(track.id())
                              .milestone(
                                  choices.between(counted, Math.max(counted, track.maxMilestone())))
                              .by("panel")
                              .reason("a higher milestone")
                              .build();
                      List<Calibration> calibrations = new ArrayList<>(c.calibrations());
                      calibrations.add(higher);
                      return new ProgressionCase[] {c, c.withCalibrations(calibrations)};
                    });
    Property.forAll(pairs)
        .check(
            pair -> {
              ProgressionEvaluation a = pair[0].evaluation();
              ProgressionEvaluation b = pair[1].evaluation();
              assertTrue(b.points() >= a.points(), a.points() + " became " + b.points());
              assertTrue(highest(b) >= highest(a), highest(a) + " became " + highest(b));
            });
  }

  @Test
  void selfRatingsChangeNothingButTheSelfGap() {
    Gen<ProgressionCase[]> pairs =
        ProgressionGenerators.casesV2()
            .flatMap(
                c ->
                    choices -> {
                      List<Rating> ratings = new ArrayList<>(c.ratings());
                      if (choices.oneIn(2)) {
                        ratings.removeIf(r -> r.rater() == Rater.SELF);
                      } else {
                        int more = choices.between(1, 3);
                        for (int i = 0; i < more; i++) {
                          ratings.add(
                              choices.between(0, ratings.size()),
                              ProgressionGenerators.ratings(c.framework(), List.of())
                                  .generate(choices)
                                  .withRater(Rater.SELF));
                        }
                      }
                      return new ProgressionCase[] {c, c.withRatings(ratings)};
                    });
    Property.forAll(pairs)
        .check(
            pair -> {
              for (RatingAggregation aggregation : AGGREGATIONS) {
                assertEquals(
                    figures(under(pair[0], aggregation)), figures(under(pair[1], aggregation)));
              }
              assertEquals(Kaizen.score(pair[0]), Kaizen.score(pair[1]));
            });
  }

  @Test
  void figuresStayInRange() {
    Property.forAll(ProgressionGenerators.casesV2())
        .check(
            c -> {
              for (RatingAggregation aggregation : AGGREGATIONS) {
                ProgressionEvaluation e = under(c, aggregation);
                assertTrue(e.points() >= 0 && e.points() <= c.framework().maxPoints(), e::toString);
                for (TrackResult t : e.tracks()) {
                  int max = c.framework().track(t.id()).orElseThrow().maxMilestone();
                  assertTrue(t.counted() >= 0 && t.counted() <= max, t::toString);
                  if (t.selfGap().isPresent()) {
                    assertEquals(t.self().getAsInt() - t.counted(), t.selfGap().getAsInt());
                  }
                }
                assertEquals(e.nextLevel().map(LevelResult::gaps).orElse(List.of()), e.gaps());
                assertEquals(e.nextFocus() == ProgressionFocus.NONE, e.gaps().isEmpty());
              }
            });
  }
}

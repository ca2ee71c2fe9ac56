package dev.kaizen.testing.generators;

import com.google.common.collect.ImmutableList;
import dev.kaizen.a3.A3;
import dev.kaizen.core.Document;
import dev.kaizen.core.ImprovementRecord;
import dev.kaizen.core.Scope;
import dev.kaizen.progression.Calibration;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.Rater;
import dev.kaizen.progression.Rating;
import dev.kaizen.progression.Track;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.testing.Choices;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.validation.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generators of progression frameworks and cases (DOMAIN.md §6): valid {@linkplain #frameworks()
 * frameworks} and {@linkplain #brokenFrameworks() broken} ones; evidence records of every kind
 * ({@linkplain #evidence() any}, {@linkplain #countedEvidence() counted}, {@linkplain
 * #brokenEvidence() broken}); valid {@linkplain #cases() cases} (whose evidence may be broken: a
 * case stays valid), {@linkplain #casesWithBrokenEvidence() cases with broken evidence},
 * {@linkplain #broken() broken cases} with the error rule they break, and {@linkplain
 * #progressionCases() any} case.
 *
 * <p>Version 2 (DOMAIN.md §6.2): {@linkplain #tracks() tracks}, valid {@linkplain #frameworksV2()
 * frameworks} with tracks, points and several ladders, valid {@linkplain #casesV2() cases} with
 * {@linkplain #ratings(Framework, List) ratings} (self ratings among them) and {@linkplain
 * #calibrations(Framework) calibrations}, and broken ones ({@link #brokenFrameworksV2()}, {@link
 * #brokenCasesV2()}) with the error rule they break. The version 1 generators above stay version 1
 * (the documents {@link DocumentGenerators} gives).
 */
public final class ProgressionGenerators {
  private ProgressionGenerators() {}

  /**
   * Valid frameworks: one to six levels whose thresholds never fall and whose ids are unique.
   *
   * @return the generator
   */
  public static Gen<Framework> frameworks() {
    return choices -> framework(choices, choices.between(1, 6));
  }

  /**
   * Frameworks that break one error rule on purpose, with that rule.
   *
   * @return the generator
   */
  public static Gen<Broken<Framework>> brokenFrameworks() {
    return choices -> {
      FrameworkBreakage breakage = Gens.enums(FrameworkBreakage.class).generate(choices);
      return Broken.of(
          breakage.apply(framework(choices, choices.between(2, 6)), choices), breakage.rule);
    };
  }

  /**
   * Evidence records of both kinds (Kaizen records and A3s) and every state: complete or in
   * progress, with or without a positive improvement, valid or broken.
   *
   * @return the generator
   */
  public static Gen<Document> evidence() {
    return Gens.either(countedEvidence(), KaizenRecordGenerators.records(), A3Generators.a3s());
  }

  /**
   * Evidence records that count, Kaizen records and A3s: complete, valid, with a positive
   * improvement (the result reaches the target).
   *
   * @return the generator
   */
  public static Gen<Document> countedEvidence() {
    return Gens.either(countedKaizen(), countedA3());
  }

  /**
   * Evidence records that count, reaching exactly {@code scope}.
   *
   * @param scope how far the record's change reaches
   * @return the generator
   */
  public static Gen<Document> countedEvidence(Scope scope) {
    return Gens.either(
        countedKaizen().map(r -> r.withScope(scope)), countedA3().map(a -> a.withScope(scope)));
  }

  private static Gen<KaizenRecord> countedKaizen() {
    return KaizenRecordGenerators.completeRecords()
        .map(r -> KaizenRecordGenerators.withEvaluatedValue(r, r.potential().target()));
  }

  private static Gen<A3> countedA3() {
    return A3Generators.completeA3s()
        .map(a -> A3Generators.withCheckResult(a, a.goalTarget().getAsDouble()));
  }

  /**
   * Evidence records with at least one validation error.
   *
   * @return the generator
   */
  public static Gen<Document> brokenEvidence() {
    return Gens.either(
        KaizenRecordGenerators.broken().map(Broken::document),
        A3Generators.broken().map(Broken::document));
  }

  /**
   * Valid cases: a valid framework, a target level it has, an expertise in [0, 1], and zero to six
   * evidence records of any kind and state.
   *
   * @return the generator
   */
  public static Gen<ProgressionCase> cases() {
    return choices -> progressionCase(choices, Gens.lists(evidence(), 0, 6).generate(choices));
  }

  /**
   * Valid cases with at least one broken evidence record among the others.
   *
   * @return the generator
   */
  public static Gen<ProgressionCase> casesWithBrokenEvidence() {
    return choices -> {
      List<Document> evidence = new ArrayList<>(Gens.lists(evidence(), 0, 4).generate(choices));
      int count = choices.between(1, 3);
      for (int i = 0; i < count; i++) {
        evidence.add(choices.between(0, evidence.size()), brokenEvidence().generate(choices));
      }
      return progressionCase(choices, evidence);
    };
  }

  /**
   * Cases that break one error rule on purpose, with that rule.
   *
   * @return the generator
   */
  public static Gen<Broken<ProgressionCase>> broken() {
    return choices -> {
      CaseBreakage breakage = Gens.enums(CaseBreakage.class).generate(choices);
      return breakage.apply(cases().generate(choices), choices);
    };
  }

  /**
   * Any case: valid, with broken evidence, or broken.
   *
   * @return the generator
   */
  public static Gen<ProgressionCase> progressionCases() {
    return Gens.either(cases(), casesWithBrokenEvidence(), broken().map(Broken::document));
  }

  private static ProgressionCase progressionCase(Choices c, List<Document> evidence) {
    Framework framework = frameworks().generate(c);
    String target = framework.levels().get(c.between(0, framework.levels().size() - 1)).id();
    return ProgressionCase.builder()
        .candidate(Gens.words(1, 10).generate(c))
        .targetLevel(target)
        .expertise(Gens.doubles(0, 1).generate(c))
        .framework(framework)
        .evidence(evidence)
        .build();
  }

  private static Framework framework(Choices c, int size) {
    List<FrameworkLevel> levels = new ArrayList<>();
    double competence = Gens.doubles(0, 0.5).generate(c);
    int scope = c.between(0, 2);
    int evidence = c.between(0, 1);
    for (int i = 0; i < size; i++) {
      levels.add(
          FrameworkLevel.builder()
              .id("L" + (i + 1))
              .title(Gens.sentences().generate(c))
              .minCompetence(competence)
              .minScope(Scope.values()[scope])
              .minEvidence(evidence)
              .build());
      competence = Math.min(1, competence + Gens.doubles(0, 0.25).generate(c));
      scope = Math.min(Scope.values().length - 1, scope + c.between(0, 1));
      evidence += c.between(0, 2);
    }
    return Framework.builder().name(Gens.sentences().generate(c)).levels(levels).build();
  }

  // ---------------------------------------------------------------- version 2 (DOMAIN.md §6.2)

  private static final List<String> LADDERS = List.of("main", "ic", "manager", "tl");
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

  /**
   * Tracks with their own points: an id, a title, maybe a category, a weight greater than 0, one to
   * five milestones and a points list of N + 1 entries that starts at 0 and never falls.
   *
   * @return the generator
   */
  public static Gen<Track> tracks() {
    return choices -> {
      int milestones = choices.between(1, 5);
      return track(choices, "t" + choices.between(1, 99), milestones)
          .withPoints(pointsList(choices, milestones));
    };
  }

  /**
   * Valid version 2 frameworks (no violation, not even a warning): a revision, one to five tracks
   * (some on the framework's points list, some with their own), and one to three ladders of one to
   * four levels each, with stated or positional ranks, and each criterion (minCompetence, minScope,
   * minEvidence, minPoints, minMilestones) stated or not, never falling within a ladder and never
   * out of reach.
   *
   * @return the generator
   */
  public static Gen<Framework> frameworksV2() {
    return ProgressionGenerators::frameworkV2;
  }

  /**
   * Version 2 frameworks that break one error rule of §6.2 on purpose, with that rule.
   *
   * @return the generator
   */
  public static Gen<Broken<Framework>> brokenFrameworksV2() {
    return choices -> {
      FrameworkV2Breakage breakage = Gens.enums(FrameworkV2Breakage.class).generate(choices);
      return Broken.of(breakage.apply(frameworkV2(choices), choices), breakage.rule);
    };
  }

  /**
   * Ratings of {@code framework}'s tracks (it must have at least one): a track, a milestone in its
   * range, any rater (self included), maybe a rater's name, a date and a note, and evidence ids
   * drawn from {@code evidenceIds}.
   *
   * @param framework a framework with tracks
   * @param evidenceIds the ids ratings may name
   * @return the generator
   */
  public static Gen<Rating> ratings(Framework framework, List<String> evidenceIds) {
    return choices -> {
      Track track = Gens.oneOf(framework.tracks()).generate(choices);
      Rating.Builder rating =
          Rating.builder()
              .track(track.id())
              .milestone(choices.between(0, track.maxMilestone()))
              .rater(Gens.enums(Rater.class).generate(choices));
      if (choices.oneIn(2)) {
        rating.by(Gens.sentences().generate(choices));
      }
      if (!choices.oneIn(4)) {
        rating.date(Gens.dates(FIRST_DAY, LAST_DAY).generate(choices));
      }
      if (!evidenceIds.isEmpty() && choices.oneIn(2)) {
        rating.evidence(Gens.lists(Gens.oneOf(evidenceIds), 1, 2).generate(choices));
      }
      if (choices.oneIn(3)) {
        rating.note(Gens.sentences().generate(choices));
      }
      return rating.build();
    };
  }

  /**
   * Calibrations of {@code framework}'s tracks (it must have at least one): a track, a milestone in
   * its range, an author and a reason that is not empty.
   *
   * @param framework a framework with tracks
   * @return the generator
   */
  public static Gen<Calibration> calibrations(Framework framework) {
    return choices -> {
      Track track = Gens.oneOf(framework.tracks()).generate(choices);
      return Calibration.builder()
          .track(track.id())
          .milestone(choices.between(0, track.maxMilestone()))
          .by(Gens.sentences().generate(choices))
          .reason(Gens.sentences().generate(choices))
          .build();
    };
  }

  /**
   * Valid version 2 cases: a {@linkplain #frameworksV2() version 2 framework}, a target level, the
   * target's ladder, another ladder or none, zero to three evidence records, zero to ten
   * {@linkplain #ratings(Framework, List) ratings} (self ratings among them) and zero to three
   * {@linkplain #calibrations(Framework) calibrations}.
   *
   * @return the generator
   */
  public static Gen<ProgressionCase> casesV2() {
    return choices -> caseV2(choices, frameworkV2(choices));
  }

  /**
   * Version 2 cases that break one error rule of §6.2 on purpose, with that rule.
   *
   * @return the generator
   */
  public static Gen<Broken<ProgressionCase>> brokenCasesV2() {
    return choices -> {
      CaseV2Breakage breakage = Gens.enums(CaseV2Breakage.class).generate(choices);
      return breakage.apply(casesV2().generate(choices), choices);
    };
  }

  private static ProgressionCase caseV2(Choices c, Framework framework) {
    List<Document> evidence = Gens.lists(evidence(), 0, 3).generate(c);
    List<String> ids = evidence.stream().map(d -> ((ImprovementRecord) d).id()).distinct().toList();
    FrameworkLevel target = Gens.oneOf(framework.levels()).generate(c);
    ProgressionCase.Builder pc =
        ProgressionCase.builder()
            .version(2)
            .candidate(Gens.words(1, 10).generate(c))
            .targetLevel(target.id())
            .expertise(Gens.doubles(0, 1).generate(c))
            .framework(framework)
            .evidence(evidence);
    switch (c.between(0, 2)) {
      case 0 -> pc.ladder(target.ladderName());
      case 1 -> pc.ladder(Gens.oneOf(framework.ladders()).generate(c));
      default -> {}
    }
    pc.ratings(Gens.lists(ratings(framework, ids), 0, 10).generate(c));
    pc.calibrations(Gens.lists(calibrations(framework), 0, 3).generate(c));
    return pc.build();
  }

  private static Track track(Choices c, String id, int milestones) {
    Track.Builder track = Track.builder().id(id).title(Gens.sentences().generate(c));
    if (c.oneIn(2)) {
      track.category(
          Gens.oneOf("building", "executing", "supporting", "strengthening").generate(c));
    }
    if (!c.oneIn(3)) {
      track.weight(Gens.oneOf(1.0, 0.5, 2.0, 3.0).generate(c));
    }
    for (int m = 1; m <= milestones; m++) {
      track.addMilestones(Gens.sentences().generate(c));
    }
    return track.build();
  }

  private static ImmutableList<Double> pointsList(Choices c, int milestones) {
    ImmutableList.Builder<Double> points = ImmutableList.builder();
    double value = 0;
    points.add(value);
    for (int m = 1; m <= milestones; m++) {
      value += c.between(0, 8);
      points.add(value);
    }
    return points.build();
  }

  private static Framework frameworkV2(Choices c) {
    int shared = c.between(1, 5);
    int count = c.between(1, 5);
    List<Track> tracks = new ArrayList<>();
    boolean usesShared = false;
    for (int i = 0; i < count; i++) {
      if (c.oneIn(3)) {
        int milestones = c.between(1, 5);
        tracks.add(track(c, "track-" + (i + 1), milestones).withPoints(pointsList(c, milestones)));
      } else {
        tracks.add(track(c, "track-" + (i + 1), shared));
        usesShared = true;
      }
    }
    Framework.Builder framework =
        Framework.builder()
            .version(2)
            .name(Gens.sentences().generate(c))
            .revision(c.between(2020, 2026) + "." + c.between(1, 4))
            .tracks(tracks);
    if (usesShared || c.oneIn(3)) {
      framework.points(pointsList(c, shared));
    }
    Framework withoutLevels = framework.build();
    double most = withoutLevels.maxPoints();
    List<FrameworkLevel> levels = new ArrayList<>();
    List<String> ladders = new ArrayList<>(Gens.shuffled(LADDERS).generate(c));
    int ladderCount = c.between(1, 3);
    for (int l = 0; l < ladderCount; l++) {
      String ladder = ladders.get(l);
      boolean statedLadder = !ladder.equals("main") || c.oneIn(2);
      boolean statedRanks = c.oneIn(2);
      int rank = c.between(1, 2);
      double competence = 0;
      int scope = 0;
      int evidence = 0;
      double points = 0;
      Map<String, Integer> milestones = new LinkedHashMap<>();
      int size = c.between(1, 4);
      for (int i = 0; i < size; i++) {
        FrameworkLevel.Builder level =
            FrameworkLevel.builder()
                .id(ladder.toUpperCase() + (i + 1))
                .title(Gens.sentences().generate(c));
        if (statedLadder) {
          level.ladder(ladder);
        }
        if (statedRanks) {
          level.rank(rank);
          rank += c.between(1, 2);
        }
        if (c.oneIn(3)) {
          competence = Math.min(1, competence + Gens.doubles(0, 0.3).generate(c));
          level.minCompetence(competence);
        }
        if (c.oneIn(3)) {
          scope = Math.min(Scope.values().length - 1, scope + c.between(0, 1));
          level.minScope(Scope.values()[scope]);
        }
        if (c.oneIn(3)) {
          evidence += c.between(0, 1);
          level.minEvidence(evidence);
        }
        if (c.oneIn(2)) {
          points = Math.min(most, points + c.between(0, 10));
          level.minPoints(points);
        }
        for (Track track : tracks) {
          if (c.oneIn(3)) {
            int min =
                Math.min(
                    track.maxMilestone(), milestones.getOrDefault(track.id(), 0) + c.between(0, 2));
            milestones.put(track.id(), min);
            level.putMinMilestones(track.id(), min);
          }
        }
        levels.add(level.build());
      }
    }
    return withoutLevels.withLevels(levels);
  }

  /** The ways {@link #brokenFrameworksV2()} breaks a valid version 2 framework. */
  private enum FrameworkV2Breakage {
    DUPLICATE_TRACK(RuleCode.FRAMEWORK_TRACKS_DUPLICATE_ID) {
      @Override
      Framework apply(Framework f, Choices c) {
        List<Track> tracks = new ArrayList<>(f.tracks());
        Track copy = tracks.get(c.between(0, tracks.size() - 1));
        tracks.add(c.between(0, tracks.size()), copy.withTitle(Gens.sentences().generate(c)));
        return f.withTracks(tracks);
      }
    },
    POINTS_FALL(RuleCode.FRAMEWORK_POINTS_INVALID) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(0, f.tracks().size() - 1);
        Track track = f.tracks().get(i);
        List<Double> points = new ArrayList<>();
        points.add(0.0);
        for (int m = 1; m <= track.maxMilestone(); m++) {
          points.add(m == track.maxMilestone() ? -1.0 : m);
        }
        List<Track> tracks = new ArrayList<>(f.tracks());
        tracks.set(i, track.withPoints(ImmutableList.copyOf(points)));
        return f.withTracks(tracks);
      }
    },
    POINTS_WRONG_LENGTH(RuleCode.FRAMEWORK_POINTS_INVALID) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(0, f.tracks().size() - 1);
        Track track = f.tracks().get(i);
        List<Track> tracks = new ArrayList<>(f.tracks());
        tracks.set(i, track.withPoints(pointsList(c, track.maxMilestone() + c.between(1, 2))));
        return f.withTracks(tracks);
      }
    },
    NO_POINTS(RuleCode.FRAMEWORK_POINTS_INVALID) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(0, f.tracks().size() - 1);
        List<Track> tracks = new ArrayList<>(f.tracks());
        tracks.set(i, tracks.get(i).withPoints(Optional.empty()));
        return Framework.builder().from(f).tracks(tracks).points(Optional.empty()).build();
      }
    },
    UNKNOWN_TRACK(RuleCode.FRAMEWORK_LEVELS_UNKNOWN_TRACK) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(0, f.levels().size() - 1);
        FrameworkLevel level = f.levels().get(i);
        Map<String, Integer> milestones = new LinkedHashMap<>(level.minMilestones());
        milestones.put("no-such-track-" + c.between(0, 9), 0);
        return withLevel(f, i, level.withMinMilestones(milestones));
      }
    },
    MILESTONE_OUT_OF_RANGE(RuleCode.FRAMEWORK_LEVELS_MILESTONE_OUT_OF_RANGE) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(0, f.levels().size() - 1);
        Track track = f.tracks().get(c.between(0, f.tracks().size() - 1));
        FrameworkLevel level = f.levels().get(i);
        Map<String, Integer> milestones = new LinkedHashMap<>(level.minMilestones());
        milestones.put(track.id(), track.maxMilestone() + c.between(1, 3));
        return withLevel(f, i, level.withMinMilestones(milestones));
      }
    },
    RANK_NOT_RISING(RuleCode.FRAMEWORK_LEVELS_RANK_NOT_RISING) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(0, f.levels().size() - 1);
        FrameworkLevel level = f.levels().get(i);
        FrameworkLevel copy =
            level.withId(level.id() + "-again").withRank(f.rank(i) - c.between(0, f.rank(i) - 1));
        List<FrameworkLevel> levels = new ArrayList<>(f.levels());
        levels.add(i + 1, copy);
        return f.withLevels(levels);
      }
    },
    POINTS_THRESHOLD_FALLS(RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(0, f.levels().size() - 1);
        FrameworkLevel level = f.levels().get(i);
        FrameworkLevel higher =
            FrameworkLevel.builder()
                .id(level.id() + "-next")
                .title(level.title())
                .ladder(level.ladderName())
                .minPoints(0)
                .build();
        List<FrameworkLevel> levels = new ArrayList<>(f.levels());
        levels.set(i, level.withMinPoints(Math.max(1, level.minPoints().orElse(1))));
        levels.add(i + 1, higher);
        return f.withLevels(levels);
      }
    };

    final RuleCode rule;

    FrameworkV2Breakage(RuleCode rule) {
      this.rule = rule;
    }

    abstract Framework apply(Framework framework, Choices choices);
  }

  /** The ways {@link #brokenCasesV2()} breaks a valid version 2 case. */
  private enum CaseV2Breakage {
    UNKNOWN_LADDER {
      @Override
      Broken<ProgressionCase> apply(ProgressionCase pc, Choices c) {
        return Broken.of(
            pc.withLadder("no-such-ladder-" + c.between(0, 9)),
            RuleCode.PROGRESSION_LADDER_UNKNOWN);
      }
    },
    UNKNOWN_TRACK {
      @Override
      Broken<ProgressionCase> apply(ProgressionCase pc, Choices c) {
        Rating rating =
            ratings(pc.framework(), List.of())
                .generate(c)
                .withTrack("no-such-track-" + c.between(0, 9));
        return Broken.of(insert(pc, rating, c), RuleCode.PROGRESSION_RATINGS_UNKNOWN_TRACK);
      }
    },
    MILESTONE_OUT_OF_RANGE {
      @Override
      Broken<ProgressionCase> apply(ProgressionCase pc, Choices c) {
        Rating rating = ratings(pc.framework(), List.of()).generate(c);
        int max = pc.framework().track(rating.track()).orElseThrow().maxMilestone();
        return Broken.of(
            insert(pc, rating.withMilestone(max + c.between(1, 3)), c),
            RuleCode.PROGRESSION_RATINGS_MILESTONE_OUT_OF_RANGE);
      }
    },
    NO_REASON {
      @Override
      Broken<ProgressionCase> apply(ProgressionCase pc, Choices c) {
        Calibration calibration =
            calibrations(pc.framework())
                .generate(c)
                .withReason(Gens.oneOf("", " ", "\t").generate(c));
        List<Calibration> calibrations = new ArrayList<>(pc.calibrations());
        calibrations.add(c.between(0, calibrations.size()), calibration);
        return Broken.of(
            pc.withCalibrations(calibrations), RuleCode.PROGRESSION_CALIBRATIONS_NO_REASON);
      }
    };

    abstract Broken<ProgressionCase> apply(ProgressionCase progressionCase, Choices choices);

    static ProgressionCase insert(ProgressionCase pc, Rating rating, Choices c) {
      List<Rating> ratings = new ArrayList<>(pc.ratings());
      ratings.add(c.between(0, ratings.size()), rating);
      return pc.withRatings(ratings);
    }
  }

  /** The ways {@link #brokenFrameworks()} breaks a framework of two levels or more. */
  private enum FrameworkBreakage {
    COMPETENCE_FALLS(RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(1, f.levels().size() - 1);
        double low = Gens.doubles(0, 0.49).generate(c);
        return withLevel(
            withLevel(f, i - 1, f.levels().get(i - 1).withMinCompetence(0.5)),
            i,
            f.levels().get(i).withMinCompetence(low));
      }
    },
    SCOPE_FALLS(RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(1, f.levels().size() - 1);
        Scope low = Gens.oneOf(Scope.SELF, Scope.PEERS, Scope.TEAM).generate(c);
        return withLevel(
            withLevel(f, i - 1, f.levels().get(i - 1).withMinScope(Scope.DEPARTMENT)),
            i,
            f.levels().get(i).withMinScope(low));
      }
    },
    EVIDENCE_FALLS(RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(1, f.levels().size() - 1);
        return withLevel(
            withLevel(f, i - 1, f.levels().get(i - 1).withMinEvidence(3)),
            i,
            f.levels().get(i).withMinEvidence(c.between(0, 2)));
      }
    },
    DUPLICATE_ID(RuleCode.FRAMEWORK_LEVELS_DUPLICATE_ID) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(1, f.levels().size() - 1);
        int j = c.between(0, i - 1);
        return withLevel(f, i, f.levels().get(i).withId(f.levels().get(j).id()));
      }
    };

    final RuleCode rule;

    FrameworkBreakage(RuleCode rule) {
      this.rule = rule;
    }

    abstract Framework apply(Framework framework, Choices choices);
  }

  /** The ways {@link #broken()} breaks a valid case, each with the error rule it breaks. */
  private enum CaseBreakage {
    UNKNOWN_TARGET {
      @Override
      Broken<ProgressionCase> apply(ProgressionCase pc, Choices c) {
        return Broken.of(
            pc.withTargetLevel("no-such-level-" + c.between(0, 9)),
            RuleCode.PROGRESSION_TARGET_UNKNOWN_LEVEL);
      }
    },
    EXPERTISE_OUT_OF_RANGE {
      @Override
      Broken<ProgressionCase> apply(ProgressionCase pc, Choices c) {
        double value =
            c.oneIn(2)
                ? -Gens.doubles(0.001, 10).generate(c)
                : 1 + Gens.doubles(0.001, 10).generate(c);
        return Broken.of(pc.withExpertise(value), RuleCode.MATRIX_VALUE_OUT_OF_RANGE);
      }
    },
    FRAMEWORK_BROKEN {
      @Override
      Broken<ProgressionCase> apply(ProgressionCase pc, Choices c) {
        Broken<Framework> framework = brokenFrameworks().generate(c);
        ProgressionCase broken =
            pc.withFramework(framework.document())
                .withTargetLevel(framework.document().levels().get(0).id());
        return Broken.of(broken, framework.rule());
      }
    };

    abstract Broken<ProgressionCase> apply(ProgressionCase progressionCase, Choices choices);
  }

  /** {@code f} with its level at {@code index} replaced by {@code level}. */
  private static Framework withLevel(Framework f, int index, FrameworkLevel level) {
    List<FrameworkLevel> levels = new ArrayList<>(f.levels());
    levels.set(index, level);
    return f.withLevels(levels);
  }
}

package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.CanonicalWriter;
import dev.kaizen.core.Document;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.matrix.Matrix;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The evaluation of a {@link ProgressionCase} (DOMAIN.md §6), with every figure and why.
 *
 * <p>It is computed in one pass ({@link #of(ProgressionCase)}): each evidence record is validated
 * once and scored once into an {@link EvidenceRecord}; then
 *
 * <ul>
 *   <li>{@link #changeSkill()} = mean rigour / 100 of the complete, valid records (0 when none);
 *   <li>{@link #scope()} = the widest scope among counted records (complete, valid, positive
 *       improvement), {@code self} when none; {@link #influence()} its step on the ladder;
 *   <li>{@link #evidenceCount()} = the number of counted records;
 *   <li>{@link #competence()} = √(expertise × changeSkill), with the expertise clamped into [0, 1];
 *   <li>for each track of the framework (version 2, DOMAIN.md §6.2), the counted milestone: the
 *       last calibration of the track, else the aggregate of its non-self ratings under the
 *       policy's {@link RatingAggregation}, else 0; the self rating beside it ({@link
 *       TrackResult}); and {@link #points()} = Σ weight × points of the counted milestones;
 *   <li>then, on the judged {@linkplain #ladder() ladder} in rank order, each level's criteria
 *       (competence, scope, evidence, and in version 2 points and milestones per track) as required
 *       / actual / met, the levels met in order, the highest level met, its {@linkplain
 *       #equivalents() equivalents} on other ladders, whether the target is met, the next focus and
 *       the {@linkplain #gaps() gaps};
 *   <li>and the pinned {@linkplain #decision() decision}: framework, revision, policy and input
 *       digest.
 * </ul>
 *
 * <p>For a version 1 case and framework every version 2 figure is empty or 0 and the rest is
 * exactly what DOMAIN.md §6 says.
 *
 * <p>Every figure is the same whatever the order of the evidence (the rigours are summed in sorted
 * order so that even rounding does not depend on it), and whatever the order of the ratings and
 * calibrations except where §6.2 says "last" (the last calibration of a track; of manager ratings
 * of equal date, the later in the list).
 */
@Value.Immutable
@ValueStyle
abstract class AbstractProgressionEvaluation {
  /**
   * Returns the id of the target level, as the case names it.
   *
   * @return the target level's id
   */
  public abstract String targetLevel();

  /**
   * Returns the case's expertise as written (figures use it clamped into [0, 1]).
   *
   * @return the expertise
   */
  public abstract double expertise();

  /**
   * Returns what each evidence record contributes, in the order of the evidence.
   *
   * @return one entry per evidence record
   */
  public abstract List<EvidenceRecord> records();

  /**
   * Returns the change skill: mean rigour / 100 of the complete, valid records; 0 when none.
   *
   * @return the change skill, in [0, 1]
   */
  public abstract double changeSkill();

  /**
   * Returns the widest scope among the counted records; {@code self} when none.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * Returns the number of counted records: complete, valid, with a positive improvement.
   *
   * @return the evidence count
   */
  public abstract int evidenceCount();

  /**
   * Returns the competence: √(expertise × changeSkill), on values clamped into [0, 1].
   *
   * @return the competence, in [0, 1]
   */
  public abstract double competence();

  /**
   * Returns the influence of the {@linkplain #scope() scope} on the ladder.
   *
   * @return the influence, in [0, 1]
   */
  public abstract double influence();

  /**
   * Returns every level's result, lowest level first.
   *
   * @return the level results
   */
  public abstract List<LevelResult> levels();

  /**
   * Returns the case's version: 1 or 2 (DOMAIN.md §6.2). The version 2 figures ({@link #points()},
   * {@link #tracks()}, {@link #equivalents()}, …) are computed for both; for a version 1 case they
   * are empty or 0.
   *
   * @return the version of the case
   */
  @Value.Default
  public int version() {
    return 1;
  }

  /**
   * Returns the ladder the levels are judged on: the case's ladder, else the target level's, else
   * the framework's first ladder ({@value FrameworkLevel#MAIN_LADDER} without levels).
   *
   * @return the ladder's name
   */
  @Value.Default
  public String ladder() {
    return FrameworkLevel.MAIN_LADDER;
  }

  /**
   * Returns how non-self ratings were aggregated: the policy's option {@code ratingAggregation}.
   *
   * @return the aggregation
   */
  @Value.Default
  public RatingAggregation ratingAggregation() {
    return RatingAggregation.MEDIAN;
  }

  /**
   * Returns what each track of the framework counts for, in the framework's track order.
   *
   * @return one entry per track; empty for a framework without tracks
   */
  public abstract List<TrackResult> tracks();

  /**
   * Returns the points: Σ over tracks of weight × points of the counted milestone (summed in track
   * order).
   *
   * @return the points, 0 without tracks
   */
  @Value.Default
  public double points() {
    return 0;
  }

  /**
   * Returns the ids of the levels of other ladders with the same rank as the {@linkplain
   * #highestLevel() highest level met}, in framework order.
   *
   * @return the equivalent level ids; empty when no level is met or none is equivalent
   */
  public abstract List<String> equivalents();

  /**
   * Returns the pinned decision: the framework's name and revision, the policy and the digest of
   * the case.
   *
   * @return the decision
   */
  public abstract PinnedDecision decision();

  /**
   * Evaluates {@code progressionCase} under the default policy {@code progression-default/1}:
   * validates and scores each evidence record once, derives the figures, then checks the levels in
   * order.
   *
   * @param progressionCase the case
   * @return its evaluation
   */
  public static ProgressionEvaluation of(ProgressionCase progressionCase) {
    return withDigest(withoutDigest(progressionCase), progressionCase);
  }

  /** Adds the input digest of {@code progressionCase} to its evaluation {@code figures}. */
  static ProgressionEvaluation withDigest(
      ProgressionEvaluation figures, ProgressionCase progressionCase) {
    return figures.withDecision(
        figures.decision().withInputDigest(CanonicalWriter.digest(progressionCase)));
  }

  /** Evaluates the case under the default policy, leaving the decision's input digest empty. */
  static ProgressionEvaluation withoutDigest(ProgressionCase progressionCase) {
    List<Document> evidence = progressionCase.evidence();
    List<EvidenceRecord> records = new ArrayList<>(evidence.size());
    for (int i = 0; i < evidence.size(); i++) {
      records.add(EvidenceEvaluator.evaluate(i, evidence.get(i)));
    }
    return evaluate(
        progressionCase,
        ProgressionCaseScorer.DECLARATION.defaultPolicy(),
        records,
        Optional.empty());
  }

  /**
   * Evaluates {@code progressionCase} under {@code policy}, reusing the evidence records of the
   * case's {@linkplain ProgressionCase#evaluation() default evaluation}: only the policy's options
   * (the {@code ratingAggregation}) and its name (in the {@linkplain #decision() decision}) change
   * the result.
   *
   * @param progressionCase the case
   * @param policy a policy for {@code progression-case} documents
   * @return its evaluation
   * @throws IllegalArgumentException if the policy does not fit {@link
   *     ProgressionCaseScorer#DECLARATION}
   */
  public static ProgressionEvaluation of(ProgressionCase progressionCase, ScoringPolicy policy) {
    ProgressionCaseScorer.DECLARATION.requireShape(policy);
    ProgressionEvaluation defaults = progressionCase.evaluation();
    return evaluate(progressionCase, policy, defaults.records(), defaults.decision().inputDigest());
  }

  private static ProgressionEvaluation evaluate(
      ProgressionCase progressionCase,
      ScoringPolicy policy,
      List<EvidenceRecord> records,
      Optional<String> digest) {
    double[] rigours = new double[records.size()];
    int rated = 0;
    for (EvidenceRecord record : records) {
      if (record.countsForChangeSkill()) {
        rigours[rated++] = record.rigour();
      }
    }
    rigours = Arrays.copyOf(rigours, rated);
    Arrays.sort(rigours);
    double sum = 0;
    for (double rigour : rigours) {
      sum += rigour;
    }
    double changeSkill = rigours.length == 0 ? 0 : Matrix.unit(sum / rigours.length / 100.0);
    Scope scope = Scope.SELF;
    int count = 0;
    for (EvidenceRecord record : records) {
      if (record.counts()) {
        count++;
        if (record.scope().compareTo(scope) > 0) {
          scope = record.scope();
        }
      }
    }
    double competence = Matrix.competence(progressionCase.expertise(), changeSkill);
    double influence = Matrix.influence(scope);
    Framework framework = progressionCase.framework();
    RatingAggregation aggregation =
        RatingAggregation.ofToken(
                ProgressionCaseScorer.DECLARATION.option(
                    policy, ProgressionCaseScorer.RATING_AGGREGATION))
            .orElseThrow();
    List<TrackResult> tracks = Tracks.count(progressionCase, aggregation);
    Map<String, Integer> counted = new HashMap<>();
    double points = 0;
    for (TrackResult track : tracks) {
      counted.putIfAbsent(track.id(), track.counted());
      points += track.points();
    }
    String ladder = ladderOf(progressionCase);
    List<LevelResult> levels = new ArrayList<>();
    boolean lowerMet = true;
    for (int index : framework.levelsOf(ladder)) {
      FrameworkLevel level = framework.levels().get(index);
      Criterion<Double> c =
          Criterion.<Double>builder()
              .name(CriterionName.COMPETENCE)
              .required(level.minCompetence())
              .actual(competence)
              .met(competence >= level.minCompetence())
              .build();
      Criterion<Scope> s =
          Criterion.<Scope>builder()
              .name(CriterionName.SCOPE)
              .required(level.minScope())
              .actual(scope)
              .met(scope.isAtLeast(level.minScope()))
              .build();
      Criterion<Integer> e =
          Criterion.<Integer>builder()
              .name(CriterionName.EVIDENCE)
              .required(level.minEvidence())
              .actual(count)
              .met(count >= level.minEvidence())
              .build();
      Optional<Criterion<Double>> p = Optional.empty();
      if (level.minPoints().isPresent()) {
        double min = level.minPoints().getAsDouble();
        p =
            Optional.of(
                Criterion.<Double>builder()
                    .name(CriterionName.POINTS)
                    .required(min)
                    .actual(points)
                    .met(points >= min)
                    .build());
      }
      List<Criterion<Integer>> milestones = new ArrayList<>();
      level
          .minMilestones()
          .forEach(
              (track, min) -> {
                int actual = counted.getOrDefault(track, 0);
                milestones.add(
                    Criterion.<Integer>builder()
                        .name(CriterionName.MILESTONES)
                        .track(track)
                        .required(min)
                        .actual(actual)
                        .met(actual >= min)
                        .build());
              });
      boolean met = lowerMet && AbstractLevelResult.criteriaMet(c, s, e, p, milestones);
      levels.add(
          LevelResult.builder()
              .level(level)
              .rank(framework.rank(index))
              .competence(c)
              .scope(s)
              .evidence(e)
              .points(p)
              .addAllMilestones(milestones)
              .met(met)
              .build());
      lowerMet = met;
    }
    List<String> equivalents = new ArrayList<>();
    LevelResult highest = null;
    for (LevelResult level : levels) {
      if (!level.met()) {
        break;
      }
      highest = level;
    }
    if (highest != null) {
      for (int i = 0; i < framework.levels().size(); i++) {
        FrameworkLevel other = framework.levels().get(i);
        if (!other.ladderName().equals(ladder) && framework.rank(i) == highest.rank()) {
          equivalents.add(other.id());
        }
      }
    }
    PinnedDecision decision =
        PinnedDecision.builder()
            .framework(framework.name())
            .revision(framework.revision())
            .policy(policy.name())
            .inputDigest(digest)
            .build();
    return ProgressionEvaluation.builder()
        .version(progressionCase.version())
        .targetLevel(progressionCase.targetLevel())
        .expertise(progressionCase.expertise())
        .records(records)
        .changeSkill(changeSkill)
        .scope(scope)
        .evidenceCount(count)
        .competence(competence)
        .influence(influence)
        .levels(levels)
        .ladder(ladder)
        .ratingAggregation(aggregation)
        .tracks(tracks)
        .points(points)
        .equivalents(equivalents)
        .decision(decision)
        .targetRank(
            framework.indexOf(progressionCase.targetLevel()) < 0
                ? OptionalInt.empty()
                : OptionalInt.of(framework.rank(framework.indexOf(progressionCase.targetLevel()))))
        .build();
  }

  /**
   * Returns the ladder a case is judged on: its own, else its target level's, else the framework's
   * first, else {@value FrameworkLevel#MAIN_LADDER}.
   */
  private static String ladderOf(ProgressionCase progressionCase) {
    Framework framework = progressionCase.framework();
    if (progressionCase.ladder().isPresent()) {
      return progressionCase.ladder().get();
    }
    Optional<FrameworkLevel> target = framework.level(progressionCase.targetLevel());
    if (target.isPresent()) {
      return target.get().ladderName();
    }
    return framework.ladders().stream().findFirst().orElse(FrameworkLevel.MAIN_LADDER);
  }

  /**
   * Returns the rank of the target level on its own ladder.
   *
   * @return the rank, or empty when the framework lacks the target level
   */
  public abstract OptionalInt targetRank();

  /**
   * Returns the leadership figure: 100 × √(competence × influence).
   *
   * @return the leadership, in [0, 100]
   */
  public final double leadership() {
    return Matrix.leadership(competence(), influence());
  }

  /**
   * Returns the records that count as evidence.
   *
   * @return the counted records, in evidence order
   */
  public final List<EvidenceRecord> counted() {
    return records().stream()
        .filter(EvidenceRecord::counts)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the records that do not count as evidence, each with its {@linkplain
   * EvidenceRecord#reason() reason}.
   *
   * @return the records that do not count, in evidence order
   */
  public final List<EvidenceRecord> notCounted() {
    return records().stream().filter(r -> !r.counts()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the highest level met: the last of the levels met in order.
   *
   * @return the level result, or empty when the first level is not met (or there are no levels)
   */
  public final Optional<LevelResult> highestLevelResult() {
    LevelResult highest = null;
    for (LevelResult level : levels()) {
      if (!level.met()) {
        break;
      }
      highest = level;
    }
    return Optional.ofNullable(highest);
  }

  /**
   * Returns the highest level met.
   *
   * @return the level, or empty when none is met
   */
  public final Optional<FrameworkLevel> highestLevel() {
    return highestLevelResult().map(LevelResult::level);
  }

  /**
   * Returns the lowest level not met: the one to work towards.
   *
   * @return the level result, or empty when every level is met
   */
  public final Optional<LevelResult> nextLevel() {
    return levels().stream().filter(l -> !l.met()).findFirst();
  }

  /**
   * Returns the result of the target level.
   *
   * @return the result, or empty when the framework has no level with that id on the judged
   *     {@linkplain #ladder() ladder}
   */
  public final Optional<LevelResult> target() {
    return levels().stream().filter(l -> l.id().equals(targetLevel())).findFirst();
  }

  /**
   * Tells whether the target level is met. A target on the judged {@linkplain #ladder() ladder} is
   * met when its level is; a target on another ladder (version 2, when the case names a ladder) is
   * met when the highest level met ranks at least as high, since levels of equal rank are
   * equivalent.
   *
   * @return true when met; false when not met or unknown
   */
  public final boolean targetMet() {
    Optional<LevelResult> target = target();
    if (target.isPresent()) {
      return target.get().met();
    }
    return targetRank().isPresent()
        && highestLevelResult().map(l -> l.rank() >= targetRank().getAsInt()).orElse(false);
  }

  /**
   * Returns every unmet criterion of the {@linkplain #nextLevel() lowest unmet level}, each with
   * required and actual (a milestones gap per track, keyed {@code milestones.TRACK}).
   *
   * @return the gaps, in report order; empty when every level is met
   */
  public final List<Criterion<?>> gaps() {
    return nextLevel().map(LevelResult::gaps).orElse(ImmutableList.of());
  }

  /**
   * Finds the result of the track {@code id}.
   *
   * @param id a track id
   * @return the track's result, or empty when the framework has no such track
   */
  public final Optional<TrackResult> track(String id) {
    return tracks().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Returns the next focus for the {@linkplain #nextLevel() lowest unmet level}: its first unmet
   * criterion in the order {@code competence}, {@code influence} (the scope), {@code evidence},
   * {@code points}, {@code milestones}; {@code none} when every level is met.
   *
   * @return the next focus
   */
  public final ProgressionFocus nextFocus() {
    Optional<LevelResult> next = nextLevel();
    if (next.isEmpty()) {
      return ProgressionFocus.NONE;
    }
    LevelResult level = next.get();
    if (!level.competence().met()) {
      return ProgressionFocus.COMPETENCE;
    }
    if (!level.scope().met()) {
      return ProgressionFocus.INFLUENCE;
    }
    if (!level.evidence().met()) {
      return ProgressionFocus.EVIDENCE;
    }
    if (!level.points().map(Criterion::met).orElse(true)) {
      return ProgressionFocus.POINTS;
    }
    return level.milestones().stream().allMatch(Criterion::met)
        ? ProgressionFocus.EVIDENCE
        : ProgressionFocus.MILESTONES;
  }
}

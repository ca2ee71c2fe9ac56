package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The derived values of a {@link ProgressionCase} (DOMAIN.md §9), as plain data that a stored
 * report keeps: competence, influence, changeSkill, scope, evidenceCount, highestLevel (empty when
 * none), targetMet, nextFocus, each level with its criteria, and what each evidence record
 * contributed. They are read off the case's {@linkplain ProgressionCase#evaluation() evaluation},
 * which also holds the evidence documents themselves.
 *
 * <p>A version 2 case (DOMAIN.md §6.2, {@link #version()} 2) adds its {@linkplain #points()
 * points}, the {@linkplain #ladder() ladder} it is judged on, the {@linkplain #equivalents()
 * equivalent levels}, the {@linkplain #gaps() gaps}, each {@linkplain #tracks() track}'s counted
 * milestone and the pinned {@linkplain #decision() decision}; for version 1 these are 0, {@value
 * FrameworkLevel#MAIN_LADDER} and empty. So that a report reads back equal, each level of a version
 * 2 case states its ladder and rank.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractProgressionCaseDerived implements DerivedValues {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.PROGRESSION_CASE;
  }

  /**
   * Returns the candidate's competence, √(expertise × changeSkill).
   *
   * @return the competence, in [0, 1]
   */
  public abstract double competence();

  /**
   * Returns the candidate's influence, from the widest scope of the counted evidence.
   *
   * @return the influence, in [0, 1]
   */
  public abstract double influence();

  /**
   * Returns the skill of making change: the mean rigour / 100 of the complete records.
   *
   * @return the change skill, in [0, 1]
   */
  public abstract double changeSkill();

  /**
   * Returns the widest scope among complete records with positive improvement.
   *
   * @return the scope, {@code self} when none
   */
  public abstract Scope scope();

  /**
   * Returns the number of complete records with positive improvement.
   *
   * @return the evidence count
   */
  public abstract int evidenceCount();

  /**
   * Returns the id of the highest level met.
   *
   * @return the level id, or empty when no level is met
   */
  public abstract Optional<String> highestLevel();

  /**
   * Tells whether the target level is met.
   *
   * @return true when it is
   */
  public abstract boolean targetMet();

  /**
   * Returns what the candidate should work on next.
   *
   * @return the next focus
   */
  public abstract ProgressionFocus nextFocus();

  /**
   * Returns every level of the framework with its criteria, lowest first.
   *
   * @return the levels
   */
  public abstract List<LevelResult> levels();

  /**
   * Returns what each evidence record contributed, in the case's order.
   *
   * @return one summary per evidence record
   */
  public abstract List<EvidenceSummary> evidence();

  /**
   * Returns the version of the case the values were derived from: 1 or 2.
   *
   * @return the version
   */
  @Value.Default
  public int version() {
    return 1;
  }

  /**
   * Returns the points (version 2): Σ over tracks of weight × points of the counted milestone.
   *
   * @return the points; 0 for version 1
   */
  @Value.Default
  public double points() {
    return 0;
  }

  /**
   * Returns the ladder the levels were judged on (version 2).
   *
   * @return the ladder's name; {@value FrameworkLevel#MAIN_LADDER} for version 1
   */
  @Value.Default
  public String ladder() {
    return FrameworkLevel.MAIN_LADDER;
  }

  /**
   * Returns the ids of the levels of other ladders with the rank of the highest level met.
   *
   * @return the equivalent level ids; empty for version 1
   */
  public abstract List<String> equivalents();

  /**
   * Returns what each track counts for (version 2), in the framework's track order.
   *
   * @return the tracks; empty for version 1
   */
  public abstract List<TrackResult> tracks();

  /**
   * Returns the pinned decision (version 2).
   *
   * @return the decision; empty for version 1
   */
  public abstract Optional<PinnedDecision> decision();

  /**
   * Returns the unmet criteria of the lowest unmet level, in report order.
   *
   * @return the gaps; empty when every level is met
   */
  public final List<Criterion<?>> gaps() {
    return levels().stream()
        .filter(l -> !l.met())
        .findFirst()
        .map(LevelResult::gaps)
        .orElse(ImmutableList.of());
  }

  /**
   * Derives the values of {@code progressionCase}.
   *
   * @param progressionCase the case
   * @return its derived values
   */
  public static ProgressionCaseDerived of(ProgressionCase progressionCase) {
    return of(progressionCase.evaluation());
  }

  /**
   * Reads the derived values off an evaluation.
   *
   * @param e the evaluation
   * @return its derived values
   */
  public static ProgressionCaseDerived of(ProgressionEvaluation e) {
    ProgressionCaseDerived.Builder derived = ProgressionCaseDerived.builder();
    if (e.version() == 2) {
      derived
          .version(2)
          .points(e.points())
          .ladder(e.ladder())
          .equivalents(e.equivalents())
          .tracks(e.tracks())
          .decision(e.decision());
    }
    return derived
        .competence(e.competence())
        .influence(e.influence())
        .changeSkill(e.changeSkill())
        .scope(e.scope())
        .evidenceCount(e.evidenceCount())
        .highestLevel(e.highestLevel().map(FrameworkLevel::id))
        .targetMet(e.targetMet())
        .nextFocus(e.nextFocus())
        .levels(e.version() == 2 ? statingLadderAndRank(e.levels()) : e.levels())
        .evidence(e.records().stream().map(EvidenceSummary::of).toList())
        .build();
  }

  /** Each level with its ladder and rank stated, as a report of a version 2 case writes them. */
  private static List<LevelResult> statingLadderAndRank(List<LevelResult> levels) {
    return levels.stream()
        .map(
            l ->
                l.withLevel(
                    FrameworkLevel.builder()
                        .from(l.level())
                        .ladder(l.level().ladderName())
                        .rank(l.rank())
                        .build()))
        .toList();
  }

  /**
   * Derives the values of {@code progressionCase} under {@code policy}, whose option {@code
   * ratingAggregation} decides a version 2 case's counted milestones and whose name the decision
   * carries.
   *
   * @param progressionCase the case
   * @param policy a policy for {@code progression-case} documents
   * @return its derived values
   * @throws IllegalArgumentException if the policy does not fit {@link
   *     ProgressionCaseScorer#DECLARATION}
   */
  public static ProgressionCaseDerived of(ProgressionCase progressionCase, ScoringPolicy policy) {
    return of(progressionCase.evaluation(policy));
  }
}

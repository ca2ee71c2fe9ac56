package dev.kaizen.progression;

import dev.kaizen.core.Checks;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One level of a {@link Framework}: what a candidate needs to be at this level. JSON version 1
 * {@code {"id", "title", "minCompetence", "minScope", "minEvidence"}}; version 2 (DOMAIN.md §6.2)
 * {@code {"id", "title", "ladder"?, "rank"?, "minPoints"?, "minMilestones"?, "minCompetence"?,
 * "minScope"?, "minEvidence"?}}.
 *
 * <p>A version 1 level states all three §6 criteria; in version 2 every criterion is optional, and
 * a level that states none is met by everyone. Each §6 criterion therefore has two accessors: the
 * stated value ({@link #getMinCompetence()}, {@link #getMinScope()}, {@link #getMinEvidence()},
 * empty when the level states none) and the value the level is judged with ({@link
 * #minCompetence()}, {@link #minScope()}, {@link #minEvidence()}: the stated one, else the value
 * everyone reaches, 0, {@code self} and 0). The builder's {@code minCompetence(double)}, {@code
 * minScope(Scope)} and {@code minEvidence(int)} state a criterion.
 *
 * <p>Preconditions (the builder throws {@link IllegalArgumentException}): a stated minCompetence
 * lies in [0, 1], the range of competence; a stated minEvidence is not negative; a stated rank is
 * at least 1; a stated minPoints is finite and not negative; and no minMilestones entry is
 * negative. Everything else (unknown tracks, milestones out of range, ranks that do not rise) is a
 * {@link FrameworkValidator} rule.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractFrameworkLevel {
  /** The ladder of a level that names none: {@value}. */
  public static final String MAIN_LADDER = "main";

  /**
   * Returns the level's id, such as {@code L3}; ids are unique within a framework.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the level's title, such as {@code Senior engineer}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the least competence (√(expertise × changeSkill)) the level states.
   *
   * @return the stated minimum competence, in [0, 1]; empty when the level states none (version 2)
   */
  public abstract OptionalDouble getMinCompetence();

  /**
   * Returns the least scope the candidate's evidence must reach, as the level states it.
   *
   * @return the stated minimum scope; empty when the level states none (version 2)
   */
  public abstract Optional<Scope> getMinScope();

  /**
   * Returns the least number of complete evidence records with a positive improvement, as the level
   * states it.
   *
   * @return the stated minimum evidence count, zero or more; empty when the level states none
   *     (version 2)
   */
  public abstract OptionalInt getMinEvidence();

  /**
   * Returns the ladder the level belongs to, as stated (version 2), such as {@code ic} or {@code
   * manager}.
   *
   * @return the stated ladder; empty means {@value #MAIN_LADDER} (see {@link #ladderName()})
   */
  public abstract Optional<String> ladder();

  /**
   * Returns the level's rank in its ladder, as stated (version 2). Equal ranks on two ladders mean
   * equivalent levels.
   *
   * @return the stated rank, at least 1; empty means the level's position in its ladder (see {@link
   *     Framework#rank(int)})
   */
  public abstract OptionalInt rank();

  /**
   * Returns the least points (Σ weight × points of the counted milestones) the level needs (version
   * 2).
   *
   * @return the minimum points, or empty when the level states none
   */
  public abstract OptionalDouble minPoints();

  /**
   * Returns the least counted milestone the level needs on each track it names (version 2), in the
   * order written.
   *
   * @return track id to minimum milestone; empty when the level names no track
   */
  public abstract Map<String, Integer> minMilestones();

  /**
   * Returns the least competence the level is judged with: the stated one, else 0.
   *
   * @return the minimum competence, in [0, 1]
   */
  public final double minCompetence() {
    return getMinCompetence().orElse(0);
  }

  /**
   * Returns the least scope the level is judged with: the stated one, else {@code self}.
   *
   * @return the minimum scope
   */
  public final Scope minScope() {
    return getMinScope().orElse(Scope.SELF);
  }

  /**
   * Returns the least evidence count the level is judged with: the stated one, else 0.
   *
   * @return the minimum evidence count, zero or more
   */
  public final int minEvidence() {
    return getMinEvidence().orElse(0);
  }

  /**
   * Returns the ladder the level belongs to: the stated one, else {@value #MAIN_LADDER}.
   *
   * @return the ladder's name
   */
  public final String ladderName() {
    return ladder().orElse(MAIN_LADDER);
  }

  /**
   * Tells whether the level states all three §6 criteria (minCompetence, minScope, minEvidence), as
   * every version 1 level does.
   *
   * @return true when all three are stated
   */
  public final boolean statesVersion1Criteria() {
    return getMinCompetence().isPresent()
        && getMinScope().isPresent()
        && getMinEvidence().isPresent();
  }

  /**
   * Tells whether the level states anything of version 2: a ladder, a rank, minPoints or
   * minMilestones.
   *
   * @return true when some version 2 property is stated
   */
  public final boolean statesVersion2Properties() {
    return ladder().isPresent()
        || rank().isPresent()
        || minPoints().isPresent()
        || !minMilestones().isEmpty();
  }

  @Value.Check
  final void check() {
    if (getMinCompetence().isPresent()) {
      double min = getMinCompetence().getAsDouble();
      Checks.requireFinite(min, "minCompetence of level", id());
      if (min < 0 || min > 1) {
        throw new IllegalArgumentException(
            "minCompetence of level " + id() + " must be in [0, 1], not " + min);
      }
    }
    if (getMinEvidence().isPresent()) {
      Checks.requireNonNegative(getMinEvidence().getAsInt(), "minEvidence of level", id());
    }
    if (rank().isPresent() && rank().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "rank of level " + id() + " must be at least 1, not " + rank().getAsInt());
    }
    if (minPoints().isPresent()) {
      double min = Checks.requireFinite(minPoints().getAsDouble(), "minPoints of level", id());
      if (min < 0) {
        throw new IllegalArgumentException(
            "minPoints of level " + id() + " must not be negative, but was " + min);
      }
    }
    minMilestones()
        .forEach(
            (track, milestone) ->
                Checks.requireNonNegative(
                    milestone, "minMilestones." + track + " of level " + id()));
  }
}

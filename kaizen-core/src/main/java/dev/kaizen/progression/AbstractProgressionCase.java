package dev.kaizen.progression;

import dev.kaizen.core.Checks;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A promotion case (DOMAIN.md §6): a {@linkplain #candidate() candidate}, the {@linkplain
 * #targetLevel() level} they aim for, the {@linkplain #framework() framework} (inline), their rated
 * {@linkplain #expertise() expertise}, and the {@linkplain #evidence() evidence}: Kaizen records
 * and A3s.
 *
 * <p>The case's figures come from its {@link #evaluation()}, computed once on first use (each
 * evidence record is validated and scored exactly once); the shortcuts below ({@link
 * #competence()}, {@link #levels()}, …) read it; {@link ProgressionExplanation} writes it in plain
 * English. Validate with {@link ProgressionCaseValidator}; score with {@link
 * ProgressionCaseScorer}.
 *
 * <p>A version 2 case (DOMAIN.md §6.2, {@link #version()} 2) adds the {@linkplain #ladder() ladder}
 * it is judged on, {@linkplain #ratings() ratings} of the framework's tracks and {@linkplain
 * #calibrations() calibrations}; its inline framework may be version 1 or 2. A version 1 case (the
 * default) has none of these and means exactly what §6 says.
 *
 * <p>Preconditions (the builder throws {@link IllegalArgumentException}): the version is 1 or 2; a
 * version 1 case has no ladder, ratings or calibrations; the expertise is finite, and every
 * evidence document is a Kaizen record ({@link dev.kaizen.sixstep.KaizenRecord}) or an A3 ({@link
 * dev.kaizen.a3.A3}).
 */
@Value.Immutable
@ValueStyle
// the one field, `figures`, is a cache of a value computed from the attributes (see there)
@SuppressWarnings("immutables:incompat")
abstract class AbstractProgressionCase implements Document {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.PROGRESSION_CASE;
  }

  /**
   * Returns the document version: 1 (DOMAIN.md §6, the default) or 2 (§6.2).
   *
   * @return the version
   */
  @Value.Default
  public int version() {
    return 1;
  }

  /**
   * Returns the person the case is about.
   *
   * @return the candidate
   */
  public abstract String candidate();

  /**
   * Returns the id of the level the candidate aims for; it must be a level of the framework ({@code
   * progression.target.unknown-level}).
   *
   * @return the target level's id
   */
  public abstract String targetLevel();

  /**
   * Returns the framework the case is judged against.
   *
   * @return the framework
   */
  public abstract Framework framework();

  /**
   * Returns the candidate's rated domain expertise, which should be in [0, 1] ({@code
   * matrix.value.out-of-range}); figures use it clamped into [0, 1].
   *
   * @return the expertise
   */
  public abstract double expertise();

  /**
   * Returns the evidence: Kaizen records and A3s, in the order written.
   *
   * @return the evidence, possibly empty
   */
  public abstract List<Document> evidence();

  /**
   * Returns the ladder the case is judged on (version 2); it must be a ladder of the framework
   * ({@code progression.ladder.unknown}).
   *
   * @return the ladder, or empty for the target level's ladder
   */
  public abstract Optional<String> ladder();

  /**
   * Returns the ratings of the framework's tracks (version 2), in the order written.
   *
   * @return the ratings, possibly empty
   */
  public abstract List<Rating> ratings();

  /**
   * Returns the calibrations (version 2), in the order written; the last one of a track sets its
   * counted milestone.
   *
   * @return the calibrations, possibly empty
   */
  public abstract List<Calibration> calibrations();

  /**
   * Tells whether this is a version 2 case.
   *
   * @return true for version 2
   */
  public final boolean isVersion2() {
    return version() == 2;
  }

  /**
   * Returns the case's evaluation under the default policy {@code progression-default/1}: every
   * evidence record's contribution, the figures, each level's criteria, the highest level met and
   * the next focus. Computed once, on first use.
   *
   * @return the evaluation
   */
  @Value.Lazy
  public ProgressionEvaluation evaluation() {
    return ProgressionEvaluation.withDigest(figures(), (ProgressionCase) this);
  }

  /**
   * Returns the {@linkplain #evaluation() evaluation} without the input digest of its decision:
   * what validation, scoring and the shortcuts below read, so that they never write the case as
   * canonical JSON (which costs as much as reading it) when nobody asks for the decision.
   */
  final ProgressionEvaluation figures() {
    ProgressionEvaluation figures = this.figures;
    if (figures == null) {
      // computed at most once per thread that races here, each time equal: a benign race
      figures = ProgressionEvaluation.withoutDigest((ProgressionCase) this);
      this.figures = figures;
    }
    return figures;
  }

  /**
   * The {@linkplain #figures() figures}, kept on first use. A plain field rather than an Immutables
   * lazy attribute so that it stays out of the generated class and its documentation; every copy
   * the builder makes starts without it.
   */
  private volatile ProgressionEvaluation figures;

  /**
   * Returns the case's evaluation under {@code policy}, whose option {@code ratingAggregation}
   * decides how ratings become counted milestones; the evidence records are not evaluated again.
   *
   * @param policy a policy for {@code progression-case} documents
   * @return the evaluation
   * @throws IllegalArgumentException if the policy does not fit {@link
   *     ProgressionCaseScorer#DECLARATION}
   */
  public final ProgressionEvaluation evaluation(ScoringPolicy policy) {
    return ProgressionCaseScorer.DECLARATION.defaultPolicy().equals(policy)
        ? evaluation()
        : ProgressionEvaluation.of((ProgressionCase) this, policy);
  }

  /**
   * Returns the change skill: mean rigour / 100 of the complete, valid records (0 when none).
   *
   * @return the change skill, in [0, 1]
   */
  public final double changeSkill() {
    return figures().changeSkill();
  }

  /**
   * Returns the competence: √(expertise × changeSkill).
   *
   * @return the competence, in [0, 1]
   */
  public final double competence() {
    return figures().competence();
  }

  /**
   * Returns the widest scope among counted records ({@code self} when none).
   *
   * @return the scope
   */
  public final Scope scope() {
    return figures().scope();
  }

  /**
   * Returns the influence of the {@linkplain #scope() scope}.
   *
   * @return the influence, in [0, 1]
   */
  public final double influence() {
    return figures().influence();
  }

  /**
   * Returns the number of complete, valid records with a positive improvement.
   *
   * @return the evidence count
   */
  public final int evidenceCount() {
    return figures().evidenceCount();
  }

  /**
   * Returns the leadership figure: 100 × √(competence × influence).
   *
   * @return the leadership, in [0, 100]
   */
  public final double leadership() {
    return figures().leadership();
  }

  /**
   * Returns each level's criteria and whether it is met, lowest level first.
   *
   * @return the level results
   */
  public final List<LevelResult> levels() {
    return figures().levels();
  }

  /**
   * Returns the highest level met (levels are met in order).
   *
   * @return the level, or empty when not even the first is met
   */
  public final Optional<FrameworkLevel> highestLevel() {
    return figures().highestLevel();
  }

  /**
   * Tells whether the target level is met.
   *
   * @return true when met; false also when the framework lacks the target level
   */
  public final boolean targetMet() {
    return figures().targetMet();
  }

  /**
   * Returns the next focus for the lowest unmet level.
   *
   * @return competence, influence, evidence, or none when every level is met
   */
  public final ProgressionFocus nextFocus() {
    return figures().nextFocus();
  }

  @Value.Check
  final void check() {
    if (version() != 1 && version() != 2) {
      throw new IllegalArgumentException(
          "progression case of " + candidate() + ": version must be 1 or 2, not " + version());
    }
    if (!isVersion2()
        && (ladder().isPresent() || !ratings().isEmpty() || !calibrations().isEmpty())) {
      throw new IllegalArgumentException(
          "progression case of "
              + candidate()
              + ": ladder, ratings and calibrations need version 2; set version(2) to use them");
    }
    Checks.requireFinite(expertise(), "expertise");
    for (int i = 0; i < evidence().size(); i++) {
      Document document = evidence().get(i);
      if (!EvidenceEvaluator.accepts(document)) {
        throw new IllegalArgumentException(
            "evidence["
                + i
                + "] is a document of kind "
                + document.kind().token()
                + "; evidence holds Kaizen records and A3s only");
      }
    }
  }
}

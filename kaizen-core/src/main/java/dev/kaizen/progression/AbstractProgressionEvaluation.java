package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Document;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.matrix.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 *   <li>then each level's criteria (competence, scope, evidence) as required / actual / met, the
 *       levels met in order, the highest level met, whether the target is met and the next focus.
 * </ul>
 *
 * <p>Every figure is the same whatever the order of the evidence (the rigours are summed in sorted
 * order so that even rounding does not depend on it).
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
   * Evaluates {@code progressionCase}: validates and scores each evidence record once, derives the
   * figures, then checks the levels in order.
   *
   * @param progressionCase the case
   * @return its evaluation
   */
  public static ProgressionEvaluation of(ProgressionCase progressionCase) {
    List<Document> evidence = progressionCase.evidence();
    List<EvidenceRecord> records = new ArrayList<>(evidence.size());
    for (int i = 0; i < evidence.size(); i++) {
      records.add(EvidenceEvaluator.evaluate(i, evidence.get(i)));
    }
    double[] rigours =
        records.stream()
            .filter(EvidenceRecord::countsForChangeSkill)
            .mapToDouble(EvidenceRecord::rigour)
            .sorted()
            .toArray();
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
    List<LevelResult> levels = new ArrayList<>();
    boolean lowerMet = true;
    for (FrameworkLevel level : progressionCase.framework().levels()) {
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
      boolean met = lowerMet && c.met() && s.met() && e.met();
      levels.add(
          LevelResult.builder().level(level).competence(c).scope(s).evidence(e).met(met).build());
      lowerMet = met;
    }
    return ProgressionEvaluation.builder()
        .targetLevel(progressionCase.targetLevel())
        .expertise(progressionCase.expertise())
        .records(records)
        .changeSkill(changeSkill)
        .scope(scope)
        .evidenceCount(count)
        .competence(competence)
        .influence(influence)
        .levels(levels)
        .build();
  }

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
   * @return the result, or empty when the framework has no level with that id
   */
  public final Optional<LevelResult> target() {
    return levels().stream().filter(l -> l.id().equals(targetLevel())).findFirst();
  }

  /**
   * Tells whether the target level is met.
   *
   * @return true when met; false when not met or unknown
   */
  public final boolean targetMet() {
    return target().map(LevelResult::met).orElse(false);
  }

  /**
   * Returns the next focus for the {@linkplain #nextLevel() lowest unmet level}: {@code competence}
   * if competence falls short, else {@code influence} if the scope does, else {@code evidence};
   * {@code none} when every level is met.
   *
   * @return the next focus
   */
  public final ProgressionFocus nextFocus() {
    Optional<LevelResult> next = nextLevel();
    if (next.isEmpty()) {
      return ProgressionFocus.NONE;
    }
    if (!next.get().competence().met()) {
      return ProgressionFocus.COMPETENCE;
    }
    return next.get().scope().met() ? ProgressionFocus.EVIDENCE : ProgressionFocus.INFLUENCE;
  }
}

package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Document;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.matrix.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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

  /**
   * Explains every figure in plain English, one line each, for a reviewer: which records counted
   * and why the others did not, how the change skill, competence, scope and influence were found,
   * each level's criteria, the highest level met, the target, and what would move the candidate up
   * a level.
   *
   * @return the lines of the explanation
   */
  public final List<String> explain() {
    List<String> lines = new ArrayList<>();
    List<EvidenceRecord> counted = counted();
    lines.add(
        "Evidence: "
            + records().size()
            + plural(records().size(), " record", " records")
            + ", "
            + counted.size()
            + " counted.");
    for (EvidenceRecord record : records()) {
      lines.add("  " + record.path() + " " + record.label() + " " + record.reason() + ".");
    }
    List<EvidenceRecord> skilled =
        records().stream()
            .filter(EvidenceRecord::countsForChangeSkill)
            .collect(Collectors.toList());
    if (skilled.isEmpty()) {
      lines.add(
          "changeSkill 0: no record is both complete and valid, so no rigour can be measured.");
    } else {
      lines.add(
          "changeSkill "
              + fmt(changeSkill())
              + " = mean rigour ("
              + skilled.stream().map(r -> fmt(r.rigour())).collect(Collectors.joining(", "))
              + ") / 100 of the "
              + skilled.size()
              + " complete, valid"
              + plural(skilled.size(), " record", " records")
              + ".");
    }
    double clamped = Matrix.unit(expertise());
    lines.add(
        "competence "
            + fmt(competence())
            + " = √(expertise "
            + fmt(clamped)
            + " × changeSkill "
            + fmt(changeSkill())
            + ")"
            + (clamped != expertise()
                ? " (expertise " + fmt(expertise()) + " is outside [0, 1] and was clamped)"
                : "")
            + ".");
    if (counted.isEmpty()) {
      lines.add("scope self, influence 0: no record counted.");
    } else {
      lines.add(
          "scope "
              + scope().token()
              + ", influence "
              + fmt(influence())
              + ": the widest scope among the counted records ("
              + counted.stream()
                  .filter(r -> r.scope() == scope())
                  .map(EvidenceRecord::id)
                  .collect(Collectors.joining(", "))
              + ").");
    }
    lines.add(
        "evidence count "
            + evidenceCount()
            + ": complete, valid records with a positive improvement.");
    lines.add("leadership " + fmt(leadership()) + " = 100 × √(competence × influence).");
    for (LevelResult level : levels()) {
      String criteria =
          level.criteria().stream().map(Criterion::describe).collect(Collectors.joining("; "));
      String verdict =
          level.met()
              ? "met"
              : level.capped()
                  ? "not met (its own criteria are met, but a lower level is not)"
                  : "not met";
      lines.add(
          "Level "
              + level.id()
              + " \""
              + level.level().title()
              + "\": "
              + verdict
              + " — "
              + criteria
              + ".");
    }
    Optional<LevelResult> highest = highestLevelResult();
    lines.add(
        highest
            .map(l -> "Highest level met: " + l.id() + " \"" + l.level().title() + "\".")
            .orElse("Highest level met: none."));
    Optional<LevelResult> target = target();
    if (target.isEmpty()) {
      lines.add("Target " + targetLevel() + ": not a level of the framework, so it cannot be met.");
    } else {
      lines.add(
          "Target "
              + targetLevel()
              + " \""
              + target.get().level().title()
              + "\": "
              + (target.get().met() ? "met." : "not met."));
    }
    Optional<LevelResult> next = nextLevel();
    if (next.isEmpty()) {
      lines.add("Next focus: none; every level of the framework is met.");
    } else {
      lines.add(
          "Next focus: "
              + nextFocus().token()
              + ". To reach "
              + next.get().id()
              + " \""
              + next.get().level().title()
              + "\":");
      advice(next.get(), lines);
    }
    return List.copyOf(lines);
  }

  private void advice(LevelResult level, List<String> lines) {
    double clamped = Matrix.unit(expertise());
    if (!level.competence().met()) {
      double needed = level.competence().required();
      StringBuilder line =
          new StringBuilder(
              "  raise competence from " + fmt(competence()) + " to at least " + fmt(needed));
      if (clamped > 0) {
        double skill = needed * needed / clamped;
        if (skill <= 1) {
          line.append(": with expertise ")
              .append(fmt(clamped))
              .append(" that takes a changeSkill of at least ")
              .append(fmt(skill))
              .append(" (a mean rigour of ")
              .append(fmt(100 * skill))
              .append(" over complete records), or more expertise");
        } else {
          line.append(": with expertise ")
              .append(fmt(clamped))
              .append(" no changeSkill is enough, so expertise must grow to at least ")
              .append(fmt(needed * needed))
              .append(" as well");
        }
      } else {
        line.append(": expertise is 0, so it must grow first");
      }
      lines.add(line.append(".").toString());
    }
    if (!level.scope().met()) {
      lines.add(
          "  widen the scope from "
              + scope().token()
              + " to at least "
              + level.scope().required().token()
              + ": a complete record with a positive improvement whose change reaches that far.");
    }
    if (!level.evidence().met()) {
      int more = level.evidence().required() - evidenceCount();
      lines.add(
          "  add "
              + more
              + " more complete"
              + plural(more, " record", " records")
              + " with a positive improvement (has "
              + evidenceCount()
              + ", needs "
              + level.evidence().required()
              + ").");
    }
    if (level.criteriaMet()) {
      lines.add("  meet the levels below it first.");
    }
  }

  private static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }

  /**
   * Formats a figure for messages: whole numbers without decimals, others rounded to 4 decimals.
   *
   * @param value the figure
   * @return the text
   */
  static String fmt(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    double rounded = Math.round(value * 1e4) / 1e4;
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
  }
}

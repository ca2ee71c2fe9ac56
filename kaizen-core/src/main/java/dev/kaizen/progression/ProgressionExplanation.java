package dev.kaizen.progression;

import static dev.kaizen.internal.Messages.number;

import dev.kaizen.matrix.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a {@link ProgressionEvaluation} in plain English, for a reviewer of the case: the
 * evaluation holds the figures, this class says how each was found.
 *
 * <p>Figures are written as every message writes numbers ({@link
 * dev.kaizen.core.Numbers#text(double)}: whole numbers without decimals, others rounded to four
 * decimals). Stateless and thread-safe.
 */
public final class ProgressionExplanation {
  private ProgressionExplanation() {}

  /**
   * Explains every figure in plain English, one line each, for a reviewer: which records counted
   * and why the others did not, how the change skill, competence, scope and influence were found,
   * each level's criteria, the highest level met, the target, and what would move the candidate up
   * a level.
   *
   * @param e the evaluation, for example {@link ProgressionCase#evaluation()}
   * @return the lines of the explanation, never empty
   */
  public static List<String> explain(ProgressionEvaluation e) {
    List<String> lines = new ArrayList<>();
    List<EvidenceRecord> counted = e.counted();
    lines.add(
        "Evidence: "
            + e.records().size()
            + plural(e.records().size(), " record", " records")
            + ", "
            + counted.size()
            + " counted.");
    for (EvidenceRecord record : e.records()) {
      lines.add("  " + record.path() + " " + record.label() + " " + record.reason() + ".");
    }
    List<EvidenceRecord> skilled =
        e.records().stream()
            .filter(EvidenceRecord::countsForChangeSkill)
            .collect(Collectors.toList());
    if (skilled.isEmpty()) {
      lines.add(
          "changeSkill 0: no record is both complete and valid, so no rigour can be measured.");
    } else {
      lines.add(
          "changeSkill "
              + number(e.changeSkill())
              + " = mean rigour ("
              + skilled.stream().map(r -> number(r.rigour())).collect(Collectors.joining(", "))
              + ") / 100 of the "
              + skilled.size()
              + " complete, valid"
              + plural(skilled.size(), " record", " records")
              + ".");
    }
    double clamped = Matrix.unit(e.expertise());
    lines.add(
        "competence "
            + number(e.competence())
            + " = √(expertise "
            + number(clamped)
            + " × changeSkill "
            + number(e.changeSkill())
            + ")"
            + (clamped != e.expertise()
                ? " (expertise " + number(e.expertise()) + " is outside [0, 1] and was clamped)"
                : "")
            + ".");
    if (counted.isEmpty()) {
      lines.add("scope self, influence 0: no record counted.");
    } else {
      lines.add(
          "scope "
              + e.scope().token()
              + ", influence "
              + number(e.influence())
              + ": the widest scope among the counted records ("
              + counted.stream()
                  .filter(r -> r.scope() == e.scope())
                  .map(EvidenceRecord::id)
                  .collect(Collectors.joining(", "))
              + ").");
    }
    lines.add(
        "evidence count "
            + e.evidenceCount()
            + ": complete, valid records with a positive improvement.");
    lines.add("leadership " + number(e.leadership()) + " = 100 × √(competence × influence).");
    boolean version2 = e.version() == 2 || !e.tracks().isEmpty();
    if (version2) {
      tracks(e, lines);
    }
    for (LevelResult level : e.levels()) {
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
    Optional<LevelResult> highest = e.highestLevelResult();
    lines.add(
        highest
            .map(l -> "Highest level met: " + l.id() + " \"" + l.level().title() + "\".")
            .orElse("Highest level met: none."));
    if (version2 && !e.equivalents().isEmpty()) {
      lines.add(
          "Equivalent levels on other ladders (rank "
              + highest.orElseThrow().rank()
              + "): "
              + String.join(", ", e.equivalents())
              + ".");
    }
    Optional<LevelResult> target = e.target();
    if (target.isEmpty()) {
      lines.add(
          "Target " + e.targetLevel() + ": not a level of the framework, so it cannot be met.");
    } else {
      lines.add(
          "Target "
              + e.targetLevel()
              + " \""
              + target.get().level().title()
              + "\": "
              + (target.get().met() ? "met." : "not met."));
    }
    Optional<LevelResult> next = e.nextLevel();
    if (next.isEmpty()) {
      lines.add("Next focus: none; every level of the framework is met.");
    } else {
      lines.add(
          "Next focus: "
              + e.nextFocus().token()
              + ". To reach "
              + next.get().id()
              + " \""
              + next.get().level().title()
              + "\":");
      advice(e, next.get(), lines);
    }
    return List.copyOf(lines);
  }

  private static void advice(ProgressionEvaluation e, LevelResult level, List<String> lines) {
    double clamped = Matrix.unit(e.expertise());
    if (!level.competence().met()) {
      double needed = level.competence().required();
      StringBuilder line =
          new StringBuilder(
              "  raise competence from "
                  + number(e.competence())
                  + " to at least "
                  + number(needed));
      if (clamped > 0) {
        double skill = needed * needed / clamped;
        if (skill <= 1) {
          line.append(": with expertise ")
              .append(number(clamped))
              .append(" that takes a changeSkill of at least ")
              .append(number(skill))
              .append(" (a mean rigour of ")
              .append(number(100 * skill))
              .append(" over complete records), or more expertise");
        } else {
          line.append(": with expertise ")
              .append(number(clamped))
              .append(" no changeSkill is enough, so expertise must grow to at least ")
              .append(number(needed * needed))
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
              + e.scope().token()
              + " to at least "
              + level.scope().required().token()
              + ": a complete record with a positive improvement whose change reaches that far.");
    }
    if (!level.evidence().met()) {
      int more = level.evidence().required() - e.evidenceCount();
      lines.add(
          "  add "
              + more
              + " more complete"
              + plural(more, " record", " records")
              + " with a positive improvement (has "
              + e.evidenceCount()
              + ", needs "
              + level.evidence().required()
              + ").");
    }
    level
        .points()
        .filter(p -> !p.met())
        .ifPresent(
            p ->
                lines.add(
                    "  raise the points from "
                        + number(p.actual())
                        + " to at least "
                        + number(p.required())
                        + ": higher counted milestones, on the heavier tracks first."));
    for (Criterion<Integer> milestone : level.milestones()) {
      if (!milestone.met()) {
        lines.add(
            "  reach milestone "
                + milestone.required()
                + " on the track "
                + milestone.track().orElseThrow()
                + " (counted "
                + milestone.actual()
                + ").");
      }
    }
    if (level.criteriaMet()) {
      lines.add("  meet the levels below it first.");
    }
  }

  private static void tracks(ProgressionEvaluation e, List<String> lines) {
    lines.add(
        "Tracks: "
            + e.tracks().size()
            + plural(e.tracks().size(), " track", " tracks")
            + ", non-self ratings aggregated by "
            + e.ratingAggregation().token()
            + "; self ratings never count.");
    for (TrackResult t : e.tracks()) {
      StringBuilder line = new StringBuilder("  " + t.id() + ": counted " + t.counted());
      if (t.calibration().isPresent()) {
        Calibration c = t.calibration().get();
        line.append(", set by the calibration of ")
            .append(c.by())
            .append(" (\"")
            .append(c.reason())
            .append("\")");
        if (t.aggregate().isPresent()) {
          line.append(", overriding the ratings' ").append(t.aggregate().getAsInt());
        }
      } else if (t.aggregate().isPresent()) {
        line.append(" = the ")
            .append(e.ratingAggregation().token())
            .append(" of ")
            .append(t.ratings().size())
            .append(plural(t.ratings().size(), " rating", " ratings"));
      } else {
        line.append(": no rating counts");
      }
      if (t.self().isPresent()) {
        int gap = t.selfGap().getAsInt();
        line.append("; self ")
            .append(t.self().getAsInt())
            .append(" (gap ")
            .append(gap > 0 ? "+" : "")
            .append(gap)
            .append(")");
      }
      lines.add(line.append("; worth ").append(number(t.points())).append(" points.").toString());
    }
    lines.add(
        "points "
            + number(e.points())
            + " = Σ weight × points of the counted milestones. Levels judged on the ladder "
            + e.ladder()
            + ".");
  }

  private static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }
}

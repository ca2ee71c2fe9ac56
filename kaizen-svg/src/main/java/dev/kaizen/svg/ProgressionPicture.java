package dev.kaizen.svg;

import dev.kaizen.progression.Criterion;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.LevelResult;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A progression case as its ladder of levels (DOMAIN.md §6, §11), and a framework as the same
 * ladder with only the thresholds.
 *
 * <p>The case's picture is drawn in sections from the top: the heading, the derived figures, and
 * the ladder, each criterion of each level met or short, the highest level met and the target
 * marked. A version 2 case (tracks, rated evidence) will add its section, each track's counted
 * milestone beside the self rating, below the ladder: {@link #draw(ProgressionCase)} lays the
 * sections out one below the other, so a new one is one more call.
 */
final class ProgressionPicture {
  private static final double MARGIN = 16;

  private ProgressionPicture() {}

  static String draw(ProgressionCase progressionCase) {
    Svg svg = new Svg("kaizen-progression");
    ProgressionEvaluation evaluation = progressionCase.evaluation();
    Framework framework = progressionCase.framework();
    String candidate = progressionCase.candidate();
    Optional<FrameworkLevel> highest = evaluation.highestLevel();
    String target = progressionCase.targetLevel();
    boolean known = framework.level(target).isPresent();

    svg.text(
        MARGIN,
        32,
        Svg.HEADING,
        Svg.WIDTH - 2 * MARGIN,
        "Progression case of " + candidate,
        "font-weight",
        "bold",
        "fill",
        Svg.INK);
    svg.text(
        MARGIN,
        54,
        Svg.TEXT,
        Svg.WIDTH - 2 * MARGIN,
        "Target "
            + target
            + (known ? "" : " (not a level of the framework)")
            + " in "
            + framework.name()
            + ": "
            + (evaluation.targetMet() ? "met" : "not met"),
        "class",
        "target-summary",
        "font-weight",
        "bold",
        "fill",
        evaluation.targetMet() ? Svg.GOOD : Svg.BAD);
    String figures =
        "competence "
            + Svg.fixed2(evaluation.competence())
            + " (expertise "
            + Svg.fixed2(progressionCase.expertise())
            + ", change skill "
            + Svg.fixed2(evaluation.changeSkill())
            + "), scope "
            + evaluation.scope().token()
            + ", evidence "
            + evaluation.evidenceCount()
            + " of "
            + evaluation.records().size()
            + " records";
    int lines =
        svg.wrapped(
            MARGIN,
            74,
            Svg.TEXT,
            Svg.WIDTH - 2 * MARGIN,
            2,
            18,
            figures,
            "class",
            "figures",
            "fill",
            Svg.MUTED);
    double verdictY = 74 + 18 * lines + 2;
    String verdict =
        "Highest level met: "
            + highest.map(l -> l.id() + " " + l.title()).orElse("none")
            + "; next focus: "
            + evaluation.nextFocus().token();
    svg.text(
        MARGIN,
        verdictY,
        Svg.TEXT,
        Svg.WIDTH - 2 * MARGIN,
        verdict,
        "class",
        "verdict",
        "fill",
        Svg.INK);

    List<Ladder.Row> rows = new ArrayList<>();
    for (LevelResult level : evaluation.levels()) {
      List<Ladder.Chip> chips = new ArrayList<>();
      for (Criterion<?> criterion : level.criteria()) {
        chips.add(
            new Ladder.Chip(
                criterion.name().token(),
                text(criterion.required()),
                Optional.of(text(criterion.actual())),
                Optional.of(criterion.met())));
      }
      rows.add(
          new Ladder.Row(
              level.id(),
              level.level().title(),
              chips,
              Optional.of(level.met()),
              highest.map(h -> h.id().equals(level.id())).orElse(false),
              level.id().equals(target),
              level.capped()));
    }
    double y = Ladder.draw(svg, rows, verdictY + 24);
    // A version 2 case's track section goes here, from y down.
    y =
        note(
            svg,
            y + 8,
            "Levels are met from the bottom up: a level whose own criteria are met stays capped"
                + " while a lower one is not.");

    StringBuilder description = new StringBuilder();
    description
        .append("The ladder of ")
        .append(framework.name())
        .append(" for ")
        .append(candidate)
        .append(", lowest level at the bottom. ")
        .append(figures)
        .append(". ");
    for (LevelResult level : evaluation.levels()) {
      description
          .append("Level ")
          .append(level.id())
          .append(' ')
          .append(level.level().title())
          .append(level.met() ? " met" : level.capped() ? " capped" : " not met")
          .append(": ");
      List<String> criteria = new ArrayList<>();
      for (Criterion<?> criterion : level.criteria()) {
        criteria.add(
            criterion.name().token()
                + " needs "
                + text(criterion.required())
                + ", has "
                + text(criterion.actual())
                + (criterion.met() ? " (met)" : " (short)"));
      }
      description.append(String.join("; ", criteria)).append(". ");
    }
    description
        .append(verdict)
        .append(". Target ")
        .append(target)
        .append(evaluation.targetMet() ? " met." : " not met.");
    return svg.finish(
        "Progression case of " + candidate + " for " + target, description.toString(), y);
  }

  static String drawFramework(Framework framework) {
    Svg svg = new Svg("kaizen-framework");
    svg.text(
        MARGIN,
        32,
        Svg.HEADING,
        Svg.WIDTH - 2 * MARGIN,
        "Framework: " + framework.name(),
        "font-weight",
        "bold",
        "fill",
        Svg.INK);
    svg.text(
        MARGIN,
        54,
        Svg.TEXT,
        Svg.WIDTH - 2 * MARGIN,
        framework.levels().size()
            + (framework.levels().size() == 1 ? " level" : " levels")
            + ", lowest at the bottom, each with the least it requires",
        "fill",
        Svg.MUTED);
    List<Ladder.Row> rows = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    description
        .append("The levels of the framework ")
        .append(framework.name())
        .append(", lowest first: ");
    List<String> levels = new ArrayList<>();
    for (FrameworkLevel level : framework.levels()) {
      List<Ladder.Chip> chips =
          List.of(
              new Ladder.Chip(
                  "competence",
                  Svg.value(level.minCompetence()),
                  Optional.empty(),
                  Optional.empty()),
              new Ladder.Chip(
                  "scope", level.minScope().token(), Optional.empty(), Optional.empty()),
              new Ladder.Chip(
                  "evidence",
                  Integer.toString(level.minEvidence()),
                  Optional.empty(),
                  Optional.empty()));
      rows.add(
          new Ladder.Row(level.id(), level.title(), chips, Optional.empty(), false, false, false));
      levels.add(
          level.id()
              + " "
              + level.title()
              + " needs competence "
              + Svg.value(level.minCompetence())
              + ", scope "
              + level.minScope().token()
              + " and "
              + level.minEvidence()
              + " evidence");
    }
    description.append(levels.isEmpty() ? "none" : String.join("; ", levels)).append('.');
    double y = Ladder.draw(svg, rows, 76);
    if (rows.isEmpty()) {
      svg.text(MARGIN, y + 14, Svg.TEXT, Svg.WIDTH - 2 * MARGIN, "No level yet.", "fill", Svg.INK);
      y += 30;
    }
    return svg.finish("Framework " + framework.name(), description.toString(), y + 12);
  }

  private static double note(Svg svg, double y, String text) {
    int lines =
        svg.wrapped(
            MARGIN,
            y + 8,
            Svg.SMALL,
            Svg.WIDTH - 2 * MARGIN,
            2,
            16,
            text,
            "class",
            "legend",
            "fill",
            Svg.MUTED);
    return y + 16 * lines + 8;
  }

  private static String text(Object value) {
    if (value instanceof Double) {
      return Svg.fixed2((Double) value);
    }
    if (value instanceof dev.kaizen.core.Tokenized) {
      return ((dev.kaizen.core.Tokenized) value).token();
    }
    return String.valueOf(value);
  }
}

package dev.kaizen.svg;

import dev.kaizen.progression.Criterion;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.LevelResult;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionEvaluation;
import dev.kaizen.progression.Track;
import dev.kaizen.progression.TrackResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A progression case as its ladder of levels (DOMAIN.md §6, §11), and a framework as the same
 * ladder with only the thresholds.
 *
 * <p>The case's picture is drawn in sections from the top: the heading, the derived figures, and
 * the ladder, each criterion of each level met or short, the highest level met and the target
 * marked. A version 2 case adds, below the ladder, one row per track: its milestones as cells,
 * those up to the counted milestone filled, the self rating as a ring on its cell, and the counted
 * milestone, the self rating, their gap and who calibrated the track in words. {@link
 * #draw(ProgressionCase)} lays the sections out one below the other.
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
                criterion.key(),
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
    StringBuilder trackText = new StringBuilder();
    if (!evaluation.tracks().isEmpty()) {
      y = tracks(svg, framework, evaluation.tracks(), y + 8, trackText);
    }
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
            criterion.key()
                + " needs "
                + text(criterion.required())
                + ", has "
                + text(criterion.actual())
                + (criterion.met() ? " (met)" : " (short)"));
      }
      description.append(String.join("; ", criteria)).append(". ");
    }
    description
        .append(trackText)
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

  /** The widest a track's label may be. */
  private static final double TRACK_LABEL = 130;

  /** The room kept at the right of each track row for its figures in words. */
  private static final double TRACK_FIGURES = 220;

  /**
   * One row per track of a version 2 case, from {@code y} down: the milestones 1..N as cells (the
   * counted ones filled), the self rating as a ring, the figures in words; returns the y below the
   * section and appends each track's text alternative to {@code description}.
   */
  private static double tracks(
      Svg svg, Framework framework, List<TrackResult> tracks, double y, StringBuilder description) {
    svg.text(
        MARGIN,
        y + 14,
        Svg.TEXT,
        Svg.WIDTH - 2 * MARGIN,
        "Tracks: milestones counted (filled) and the self rating (ring)",
        "class",
        "tracks-heading",
        "font-weight",
        "bold",
        "fill",
        Svg.INK);
    double row = y + 26;
    double cellsX = MARGIN + TRACK_LABEL + 8;
    double cellsWidth = Svg.WIDTH - MARGIN - TRACK_FIGURES - cellsX;
    for (TrackResult track : tracks) {
      int n = framework.track(track.id()).map(Track::maxMilestone).orElse(track.counted());
      String figures =
          track.counted()
              + " of "
              + n
              + track.self().stream().mapToObj(self -> ", self " + self).findFirst().orElse("")
              + track.selfGap().stream()
                  .mapToObj(gap -> " (" + (gap > 0 ? "+" : "") + gap + ")")
                  .findFirst()
                  .orElse("")
              + track.calibratedBy().map(by -> ", calibrated").orElse("");
      String words =
          "Track "
              + track.id()
              + ": counted "
              + figures
              + track.calibratedBy().map(by -> " by " + by).orElse("");
      svg.openTitled(words, "class", "track");
      svg.text(MARGIN, row + 14, Svg.SMALL, TRACK_LABEL, track.id(), "fill", Svg.INK);
      double cell = n == 0 ? cellsWidth : cellsWidth / n;
      for (int m = 1; m <= n; m++) {
        boolean counted = m <= track.counted();
        svg.rect(
            cellsX + (m - 1) * cell + 1,
            row + 3,
            cell - 2,
            14,
            "fill",
            counted ? Svg.GOOD_FILL : Svg.PALE,
            "stroke",
            counted ? Svg.GOOD : Svg.LINE);
      }
      if (track.self().isPresent() && track.self().getAsInt() >= 1 && n > 0) {
        int self = Math.min(track.self().getAsInt(), n);
        svg.circle(
            cellsX + (self - 0.5) * cell,
            row + 10,
            5,
            "fill",
            "none",
            "stroke",
            Svg.ACCENT,
            "stroke-width",
            "2");
      }
      svg.text(
          Svg.WIDTH - MARGIN - TRACK_FIGURES + 8,
          row + 14,
          Svg.SMALL,
          TRACK_FIGURES - 8,
          figures,
          "fill",
          Svg.MUTED);
      svg.close();
      description.append(words).append(". ");
      row += 22;
    }
    return row + 4;
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

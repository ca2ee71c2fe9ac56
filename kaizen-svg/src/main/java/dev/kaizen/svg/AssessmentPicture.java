package dev.kaizen.svg;

import dev.kaizen.Kaizen;
import dev.kaizen.matrix.Assessment;
import dev.kaizen.matrix.AssessmentValidator;
import dev.kaizen.matrix.Matrix;
import dev.kaizen.matrix.Position;
import dev.kaizen.matrix.Quadrant;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The competence/influence matrix of an assessment (DOMAIN.md §5, §11): competence across,
 * influence up, the four quadrants split at the threshold on both axes, every position of the
 * history as a point joined by arrows in date order, the current one larger, and a step that warned
 * {@code matrix.trajectory.influence-before-competence} ringed in red with a "!".
 */
final class AssessmentPicture {
  static final String INFLUENCE_BEFORE_COMPETENCE = "matrix.trajectory.influence-before-competence";

  private static final double LEFT = 90;
  private static final double TOP = 78;
  private static final double SIZE = 460;

  private AssessmentPicture() {}

  static String draw(Assessment assessment) {
    Svg svg = new Svg("kaizen-assessment");
    List<Position> history = assessment.history();
    boolean[] warned = warned(assessment);
    double threshold = Matrix.THRESHOLD;
    String subject = assessment.subject();

    svg.text(
        20,
        32,
        Svg.HEADING,
        Svg.WIDTH - 40,
        "Competence and influence of " + subject,
        "font-weight",
        "bold",
        "fill",
        Svg.INK);
    Position current = assessment.current();
    svg.text(
        20,
        54,
        Svg.TEXT,
        Svg.WIDTH - 40,
        "On "
            + current.date()
            + ": "
            + current.quadrant().token()
            + ", competence "
            + Svg.fixed2(current.competence())
            + ", influence "
            + Svg.fixed2(current.influence())
            + ", next focus "
            + current.nextFocus().token(),
        "class",
        "summary",
        "fill",
        Svg.MUTED);

    // The four quadrants.
    double split = SIZE * threshold;
    quadrant(svg, Quadrant.OVERREACHING, LEFT, TOP, split, SIZE - split, Svg.BAD_FILL);
    quadrant(svg, Quadrant.LEADER, LEFT + split, TOP, SIZE - split, SIZE - split, Svg.GOOD_FILL);
    quadrant(svg, Quadrant.LEARNER, LEFT, TOP + SIZE - split, split, split, Svg.PALE);
    quadrant(
        svg, Quadrant.EXPERT, LEFT + split, TOP + SIZE - split, SIZE - split, split, "#e3ecfb");

    // Thresholds, axes and their scales.
    svg.open("class", "thresholds");
    svg.line(
        x(threshold),
        TOP,
        x(threshold),
        TOP + SIZE,
        "stroke",
        Svg.MUTED,
        "stroke-width",
        "1.5",
        "stroke-dasharray",
        "6 4");
    svg.line(
        LEFT,
        y(threshold),
        LEFT + SIZE,
        y(threshold),
        "stroke",
        Svg.MUTED,
        "stroke-width",
        "1.5",
        "stroke-dasharray",
        "6 4");
    svg.close();
    svg.rect(LEFT, TOP, SIZE, SIZE, "fill", "none", "stroke", Svg.INK, "stroke-width", "1.5");
    svg.open("class", "axes", "fill", Svg.INK);
    for (double tick : new double[] {0, threshold, 1}) {
      String label = Svg.value(tick);
      svg.text(x(tick), TOP + SIZE + 18, Svg.SMALL, 40, label, "text-anchor", "middle");
      svg.text(LEFT - 8, y(tick) + 4, Svg.SMALL, 40, label, "text-anchor", "end");
    }
    svg.text(
        LEFT + SIZE / 2,
        TOP + SIZE + 40,
        Svg.TEXT,
        SIZE,
        "competence \u2192 (\u221A expertise \u00D7 change skill)",
        "text-anchor",
        "middle");
    svg.text(
        0,
        0,
        Svg.TEXT,
        SIZE,
        "influence \u2192 (scope of change)",
        "text-anchor",
        "middle",
        "transform",
        "translate(" + Svg.num(LEFT - 44) + "," + Svg.num(TOP + SIZE / 2) + ") rotate(-90)");
    svg.close();

    // The trajectory: arrows first, so that the points lie on top of them.
    svg.open("class", "trajectory");
    for (int i = 1; i < history.size(); i++) {
      Position from = history.get(i - 1);
      Position to = history.get(i);
      double x1 = x(from.competence());
      double y1 = y(from.influence());
      double x2 = x(to.competence());
      double y2 = y(to.influence());
      double length = Math.hypot(x2 - x1, y2 - y1);
      if (length < 20) {
        continue;
      }
      // Stop short of both points, so that the arrow head stays visible.
      double ux = (x2 - x1) / length;
      double uy = (y2 - y1) / length;
      svg.line(
          x1 + ux * 9,
          y1 + uy * 9,
          x2 - ux * 11,
          y2 - uy * 11,
          "class",
          "step-arrow",
          "stroke",
          Svg.ACCENT,
          "stroke-width",
          "2",
          "marker-end",
          svg.arrow());
    }
    svg.close();
    for (int i = 0; i < history.size(); i++) {
      point(svg, history.get(i), i, i == history.size() - 1, warned[i]);
    }

    double legendTop = TOP + SIZE + 62;
    double height = legend(svg, history, warned, legendTop);
    return svg.finish(
        "Competence/influence matrix of " + subject, description(assessment, warned), height);
  }

  private static void quadrant(
      Svg svg, Quadrant quadrant, double x, double y, double w, double h, String fill) {
    svg.openTitled(quadrant.token() + " quadrant", "class", "quadrant " + quadrant.token());
    svg.rect(x, y, w, h, "fill", fill);
    boolean top = quadrant == Quadrant.OVERREACHING || quadrant == Quadrant.LEADER;
    // Influence takes the values 0, 0.2, ... 1 only (the scope ladder): a label at 0.9 or 0.1
    // lies between two of them, so that no position covers it.
    svg.text(
        x + w / 2,
        y(top ? 0.9 : 0.1) + 5,
        15,
        w - 10,
        quadrant.token(),
        "text-anchor",
        "middle",
        "font-weight",
        "bold",
        "fill",
        Svg.MUTED);
    svg.close();
  }

  private static void point(Svg svg, Position p, int index, boolean current, boolean warned) {
    double cx = x(p.competence());
    double cy = y(p.influence());
    String label =
        p.date()
            + ": competence "
            + Svg.fixed2(p.competence())
            + ", influence "
            + Svg.fixed2(p.influence())
            + " ("
            + p.scope().token()
            + "), "
            + p.quadrant().token()
            + (warned ? "; influence rose before competence" : "")
            + (current ? "; current position" : "");
    svg.openTitled(
        label,
        "class",
        "position" + (current ? " current" : "") + (warned ? " warned" : ""),
        "id",
        "kaizen-assessment-step-" + (index + 1));
    if (warned) {
      svg.circle(cx, cy, current ? 14 : 12, "fill", "none", "stroke", Svg.BAD, "stroke-width", "3");
    }
    svg.circle(
        cx,
        cy,
        current ? 9 : 6,
        "fill",
        current ? Svg.ACCENT : "#ffffff",
        "stroke",
        Svg.ACCENT,
        "stroke-width",
        "2.5");
    // The step's number beside the point, and "!" for a warning.
    boolean right = cx < LEFT + SIZE - 60;
    double tx = right ? cx + 14 : cx - 14;
    String anchor = right ? "start" : "end";
    svg.text(
        tx,
        cy - 8,
        Svg.SMALL,
        80,
        (index + 1) + (warned ? " !" : ""),
        "text-anchor",
        anchor,
        "font-weight",
        "bold",
        "fill",
        warned ? Svg.BAD : Svg.INK);
    svg.close();
  }

  private static double legend(Svg svg, List<Position> history, boolean[] warned, double top) {
    svg.open("class", "legend", "fill", Svg.INK);
    double y = top;
    for (int i = 0; i < history.size(); i++) {
      Position p = history.get(i);
      String line =
          (i + 1)
              + ". "
              + p.date()
              + "  competence "
              + Svg.fixed2(p.competence())
              + ", influence "
              + Svg.fixed2(p.influence())
              + " ("
              + p.scope().token()
              + "): "
              + p.quadrant().token()
              + (warned[i] ? "  ! influence rose before competence" : "")
              + (i == history.size() - 1 ? "  (now)" : "");
      int lines =
          svg.wrapped(
              20, y, Svg.TEXT, Svg.WIDTH - 40, 2, 18, line, "fill", warned[i] ? Svg.BAD : Svg.INK);
      y += 18 * lines + 2;
    }
    svg.text(
        20,
        y + 4,
        Svg.SMALL,
        Svg.WIDTH - 40,
        "Dashed lines: the threshold "
            + Svg.value(Matrix.THRESHOLD)
            + " on both axes (at or above is high).",
        "fill",
        Svg.MUTED);
    svg.close();
    return y + 24;
  }

  /** Which steps of the history the validator warned influence-before-competence for. */
  private static boolean[] warned(Assessment assessment) {
    ValidationResult result = Kaizen.validate(assessment);
    boolean[] warned = new boolean[assessment.history().size()];
    for (Violation v : result.violations()) {
      if (!v.code().equals(INFLUENCE_BEFORE_COMPETENCE)) {
        continue;
      }
      String path = v.path().toString();
      for (int i = 0; i < warned.length; i++) {
        String entry = AssessmentValidator.pathOf(assessment, i).toString();
        if (within(path, entry)) {
          warned[i] = true;
        }
      }
    }
    return warned;
  }

  /** Whether {@code path} is {@code prefix} or lies under it. */
  static boolean within(String path, String prefix) {
    if (!path.startsWith(prefix)) {
      return false;
    }
    if (path.length() == prefix.length()) {
      return true;
    }
    char next = path.charAt(prefix.length());
    return next == '.' || next == '[';
  }

  private static String description(Assessment assessment, boolean[] warned) {
    StringBuilder text = new StringBuilder();
    text.append("A matrix with competence across and influence up, each from 0 to 1, split at ")
        .append(Svg.value(Matrix.THRESHOLD))
        .append(" into the quadrants learner (low, low), expert (high competence, low influence),")
        .append(" overreaching (low competence, high influence) and leader (high, high). ");
    List<String> steps = new ArrayList<>();
    List<Position> history = assessment.history();
    for (int i = 0; i < history.size(); i++) {
      Position p = history.get(i);
      steps.add(
          p.date()
              + " competence "
              + Svg.fixed2(p.competence())
              + ", influence "
              + Svg.fixed2(p.influence())
              + ", "
              + p.quadrant().token()
              + (warned[i] ? " (warning: influence rose before competence)" : ""));
    }
    if (history.size() == 1) {
      text.append(assessment.subject()).append("'s position: ").append(steps.get(0)).append('.');
    } else {
      text.append(assessment.subject())
          .append("'s trajectory in date order: ")
          .append(String.join("; then ", steps))
          .append(". The last is the current position.");
    }
    return text.toString();
  }

  private static double x(double competence) {
    return LEFT + SIZE * Matrix.unit(competence);
  }

  private static double y(double influence) {
    return TOP + SIZE * (1 - Matrix.unit(influence));
  }
}

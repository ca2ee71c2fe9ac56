package dev.kaizen.svg;

import dev.kaizen.Kaizen;
import dev.kaizen.portfolio.PerQuadrant;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioQuarter;
import dev.kaizen.portfolio.QuadrantPosition;
import dev.kaizen.portfolio.QuarterFigures;
import dev.kaizen.portfolio.Scale;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A portfolio's quarters (DOMAIN.md §7, §11), one panel each in document order: the four quadrants
 * in the scale's layout, each with its planned and its actual share as two bars side by side on one
 * scale, a quadrant whose actual share drifted more than 0.10 from its plan outlined and labelled
 * "drift", and one the validator found neglected labelled "neglected". The marks are the
 * validator's own {@code portfolio.quarter.drift} and {@code portfolio.quadrant.neglected}
 * warnings, so the picture and the validation never disagree.
 */
final class PortfolioPicture {
  static final String DRIFT = "portfolio.quarter.drift";
  static final String NEGLECTED = "portfolio.quadrant.neglected";

  private static final double MARGIN = 16;
  private static final double GAP = 10;
  private static final double CELL_W = (Svg.WIDTH - 2 * MARGIN - GAP) / 2;
  private static final double CELL_H = 104;
  private static final double BAR_LEFT = 64;
  private static final double BAR_ROOM = CELL_W - BAR_LEFT - 52;

  private PortfolioPicture() {}

  static String draw(Portfolio portfolio) {
    Svg svg = new Svg("kaizen-portfolio");
    ValidationResult validation = Kaizen.validate(portfolio);
    Scale scale = portfolio.scale();
    svg.text(
        MARGIN,
        32,
        Svg.HEADING,
        Svg.WIDTH - 2 * MARGIN,
        "Portfolio: " + portfolio.name(),
        "font-weight",
        "bold",
        "fill",
        Svg.INK);
    int lines =
        svg.wrapped(
            MARGIN,
            54,
            Svg.TEXT,
            Svg.WIDTH - 2 * MARGIN,
            2,
            18,
            "Planned versus actual share of the cost per quadrant, "
                + scale.token()
                + " scale, in "
                + portfolio.unit(),
            "fill",
            Svg.MUTED);
    double y = 58 + 18 * lines;
    List<String> told = new ArrayList<>();
    List<PortfolioQuarter> quarters = portfolio.quarters();
    if (quarters.isEmpty()) {
      svg.text(
          MARGIN, y + 14, Svg.TEXT, Svg.WIDTH - 2 * MARGIN, "No quarter yet.", "fill", Svg.INK);
      y += 30;
    }
    for (int i = 0; i < quarters.size(); i++) {
      y = quarter(svg, portfolio, i, validation, y, told);
    }
    y = legend(svg, y);
    String description =
        "The portfolio "
            + portfolio.name()
            + " on the "
            + scale.token()
            + " scale, quarter by"
            + " quarter. "
            + (told.isEmpty() ? "It has no quarter." : String.join(" ", told));
    return svg.finish("Portfolio " + portfolio.name(), description, y);
  }

  private static double quarter(
      Svg svg,
      Portfolio portfolio,
      int index,
      ValidationResult validation,
      double top,
      List<String> told) {
    PortfolioQuarter quarter = portfolio.quarters().get(index);
    QuarterFigures figures = quarter.figures();
    Scale scale = portfolio.scale();
    Optional<PerQuadrant> actual = figures.actual();
    JsonPath plan = JsonPath.root().property("quarters").index(index).property("plan");

    svg.open("class", "quarter", "id", "kaizen-portfolio-quarter-" + (index + 1));
    String heading =
        quarter.quarter()
            + ": spend "
            + Svg.value(figures.totalCost())
            + " of "
            + Svg.value(figures.budget())
            + " "
            + portfolio.unit()
            + (figures.isOverBudget() ? " (over budget)" : "")
            + (figures.balance().isPresent()
                ? ", balance " + Svg.fixed2(figures.balance().getAsDouble())
                : ", no items yet");
    svg.text(
        MARGIN,
        top + 16,
        15,
        Svg.WIDTH - 2 * MARGIN,
        heading,
        "class",
        "quarter-heading",
        "font-weight",
        "bold",
        "fill",
        figures.isOverBudget() ? Svg.BAD : Svg.INK);
    StringBuilder said = new StringBuilder(quarter.quarter().toString()).append(':');
    double cellsTop = top + 28;
    for (QuadrantPosition position : QuadrantPosition.values()) {
      String key = scale.key(position);
      JsonPath at = plan.property(key);
      boolean drift = has(validation, DRIFT, at);
      boolean neglected = has(validation, NEGLECTED, at);
      double x = MARGIN + (isRight(position) ? CELL_W + GAP : 0);
      double y = cellsTop + (isTop(position) ? 0 : CELL_H + GAP);
      cell(
          svg,
          scale,
          position,
          quarter.plan().get(position),
          actual.map(a -> a.get(position)),
          drift,
          neglected,
          x,
          y);
      said.append(' ')
          .append(key)
          .append(" plan ")
          .append(Svg.percent(quarter.plan().get(position)))
          .append(", actual ")
          .append(actual.map(a -> Svg.percent(a.get(position))).orElse("none"))
          .append(drift ? ", drift beyond 10 points" : "")
          .append(neglected ? ", neglected" : "")
          .append(position == QuadrantPosition.BOTTOM_RIGHT ? "." : ";");
    }
    told.add(said.toString());
    svg.close();
    return cellsTop + 2 * CELL_H + GAP + 22;
  }

  private static void cell(
      Svg svg,
      Scale scale,
      QuadrantPosition position,
      double plan,
      Optional<Double> actual,
      boolean drift,
      boolean neglected,
      double x,
      double y) {
    String key = scale.key(position);
    String classes = "quadrant " + key + (drift ? " drift" : "") + (neglected ? " neglected" : "");
    svg.openTitled(
        scale.title(position)
            + ": plan "
            + Svg.percent(plan)
            + ", actual "
            + actual.map(Svg::percent).orElse("none")
            + (drift ? "; drifted more than 10 points from the plan" : "")
            + (neglected ? "; neglected two quarters running" : ""),
        "class",
        classes);
    boolean marked = drift || neglected;
    svg.rect(
        x,
        y,
        CELL_W,
        CELL_H,
        "rx",
        "6",
        "fill",
        marked ? Svg.BAD_FILL : Svg.PALE,
        "stroke",
        marked ? Svg.BAD : Svg.LINE,
        "stroke-width",
        marked ? "2.5" : "1");
    svg.text(
        x + 10,
        y + 20,
        Svg.TEXT,
        CELL_W - 20,
        scale.title(position),
        "font-weight",
        "bold",
        "fill",
        Svg.INK);
    bar(svg, x, y + 34, "plan", plan, "#8da2c0", "plan-bar");
    if (actual.isPresent()) {
      bar(svg, x, y + 58, "actual", actual.get(), Svg.ACCENT, "actual-bar");
    } else {
      svg.text(x + 10, y + 71, Svg.SMALL, CELL_W - 20, "actual: no items", "fill", Svg.MUTED);
    }
    List<String> marks = new ArrayList<>();
    if (drift) {
      double points = 100 * (actual.orElse(plan) - plan);
      marks.add("! drift " + (points > 0 ? "+" : "") + Svg.value(Math.rint(points)) + " points");
    }
    if (neglected) {
      marks.add("! neglected");
    }
    if (!marks.isEmpty()) {
      svg.text(
          x + 10,
          y + CELL_H - 10,
          Svg.SMALL,
          CELL_W - 20,
          String.join(", ", marks),
          "class",
          "mark",
          "font-weight",
          "bold",
          "fill",
          Svg.BAD);
    }
    svg.close();
  }

  private static void bar(
      Svg svg, double x, double y, String label, double share, String fill, String cls) {
    double shown = Math.max(0, Math.min(1, share));
    svg.text(x + 10, y + 13, Svg.SMALL, BAR_LEFT - 12, label, "fill", Svg.INK);
    svg.rect(x + BAR_LEFT, y, BAR_ROOM, 16, "fill", "#ffffff", "stroke", Svg.LINE);
    svg.rect(x + BAR_LEFT, y, BAR_ROOM * shown, 16, "class", cls, "fill", fill);
    svg.text(
        x + BAR_LEFT + BAR_ROOM + 6,
        y + 13,
        Svg.SMALL,
        46,
        Svg.percent(share),
        "class",
        cls + "-value",
        "fill",
        Svg.INK);
  }

  private static double legend(Svg svg, double y) {
    int lines =
        svg.wrapped(
            MARGIN,
            y,
            Svg.SMALL,
            Svg.WIDTH - 2 * MARGIN,
            3,
            16,
            "Bars run from 0 to 100% of the quarter's cost. Marked in red: an actual share more than"
                + " 10 points from its plan (drift), or under 5% two quarters running (neglected).",
            "class",
            "legend",
            "fill",
            Svg.MUTED);
    return y + 16 * lines + 6;
  }

  private static boolean has(ValidationResult validation, String code, JsonPath path) {
    for (Violation v : validation.violations()) {
      if (v.code().equals(code) && v.path().equals(path)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTop(QuadrantPosition position) {
    return position == QuadrantPosition.TOP_LEFT || position == QuadrantPosition.TOP_RIGHT;
  }

  private static boolean isRight(QuadrantPosition position) {
    return position == QuadrantPosition.TOP_RIGHT || position == QuadrantPosition.BOTTOM_RIGHT;
  }
}

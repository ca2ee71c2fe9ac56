package dev.kaizen.svg;

import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Section;
import dev.kaizen.core.Direction;
import dev.kaizen.core.ImprovementRecord;
import dev.kaizen.core.Metric;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A Kaizen record or an A3 (DOMAIN.md §3, §4, §11): its steps or sections in order, each filled,
 * current (the first not filled) or missing, and below them the metric's axis with the baseline,
 * the target and, once measured, the result.
 */
final class RecordPicture {
  /** The state of one step or section. */
  enum State {
    FILLED,
    CURRENT,
    MISSING;

    String token() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final double MARGIN = 16;
  private static final double STEP_H = 34;
  private static final double AXIS_LEFT = 40;
  private static final double AXIS_RIGHT = Svg.WIDTH - 40;

  private RecordPicture() {}

  static String kaizen(KaizenRecord record) {
    List<String> titles = new ArrayList<>();
    List<State> states = new ArrayList<>();
    Optional<KaizenStep> current = record.currentStep();
    for (KaizenStep step : KaizenStep.values()) {
      titles.add(step.title());
      states.add(state(record.isFilled(step), current.map(c -> c == step).orElse(false)));
    }
    String status =
        current.map(c -> "at step " + c.number() + " of 6").orElse("all six steps filled");
    OptionalDouble result =
        record.evaluation().map(e -> OptionalDouble.of(e.value())).orElse(OptionalDouble.empty());
    return draw(
        "kaizen",
        "Kaizen record",
        "step",
        record,
        status,
        titles,
        states,
        record.potential().metric(),
        record.potential().baseline(),
        OptionalDouble.of(record.potential().target()),
        result);
  }

  static String a3(A3 a3) {
    List<String> titles = new ArrayList<>();
    List<State> states = new ArrayList<>();
    Optional<A3Section> current = a3.currentSection();
    for (A3Section section : A3Section.values()) {
      titles.add(section.title());
      states.add(state(a3.isFilled(section), current.map(c -> c == section).orElse(false)));
    }
    String status =
        current.map(c -> "at section " + c.number() + " of 7").orElse("all seven sections filled")
            + ", SMART "
            + (a3.smart().letters().isEmpty() ? "none" : a3.smart().letters());
    return draw(
        "a3",
        "A3",
        "section",
        a3,
        status,
        titles,
        states,
        a3.goal().metric(),
        a3.goal().baseline(),
        a3.goalTarget(),
        a3.checkResult());
  }

  private static State state(boolean filled, boolean current) {
    return filled ? State.FILLED : current ? State.CURRENT : State.MISSING;
  }

  private static String draw(
      String kind,
      String what,
      String part,
      ImprovementRecord record,
      String status,
      List<String> titles,
      List<State> states,
      Metric metric,
      double baseline,
      OptionalDouble target,
      OptionalDouble result) {
    Svg svg = new Svg("kaizen-" + kind);
    int headingLines =
        svg.wrapped(
            MARGIN,
            32,
            Svg.HEADING,
            Svg.WIDTH - 2 * MARGIN,
            2,
            22,
            record.title(),
            "class",
            "record-title",
            "font-weight",
            "bold",
            "fill",
            Svg.INK);
    double y = 32 + 22 * (headingLines - 1) + 22;
    String facts =
        what
            + " "
            + record.id()
            + record.owner().map(o -> " by " + o).orElse("")
            + ", opened "
            + record.opened()
            + ", scope "
            + record.scope().token()
            + ", "
            + status;
    int factLines =
        svg.wrapped(
            MARGIN,
            y,
            Svg.TEXT,
            Svg.WIDTH - 2 * MARGIN,
            2,
            18,
            facts,
            "class",
            "facts",
            "fill",
            Svg.MUTED);
    y += 18 * factLines;

    svg.open("class", part + "s");
    for (int i = 0; i < titles.size(); i++) {
      step(svg, part, i + 1, titles.get(i), states.get(i), y + i * STEP_H);
    }
    svg.close();
    y += titles.size() * STEP_H + 18;

    y = axis(svg, metric, baseline, target, result, y);

    StringBuilder description = new StringBuilder();
    description
        .append("The ")
        .append(titles.size())
        .append(' ')
        .append(part)
        .append("s of the ")
        .append(what)
        .append(' ')
        .append(record.id())
        .append(", \"")
        .append(record.title())
        .append("\", in order: ");
    List<String> said = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      said.add((i + 1) + " " + titles.get(i) + " " + states.get(i).token());
    }
    description
        .append(String.join("; ", said))
        .append(". On the axis of ")
        .append(metric.name())
        .append(" in ")
        .append(metric.unit())
        .append(", ")
        .append(metric.better().token())
        .append(" is better: baseline ")
        .append(Svg.value(baseline));
    if (target.isPresent()) {
      description.append(", target ").append(Svg.value(target.getAsDouble()));
    } else {
      description.append(", no target");
    }
    if (result.isPresent()) {
      description.append(", result ").append(Svg.value(result.getAsDouble()));
    } else {
      description.append(", no result yet");
    }
    description.append('.');
    return svg.finish(what + " " + record.id() + ": " + record.title(), description.toString(), y);
  }

  private static void step(Svg svg, String part, int number, String title, State state, double y) {
    svg.openTitled(
        part + " " + number + ", " + title + ": " + state.token(),
        "class",
        part + " " + state.token(),
        "id",
        "kaizen-" + part + "-" + number);
    double box = 24;
    double x = MARGIN;
    switch (state) {
      case FILLED:
        svg.rect(x, y, box, box, "rx", "4", "fill", Svg.GOOD, "stroke", Svg.GOOD);
        break;
      case CURRENT:
        svg.rect(
            x,
            y,
            box,
            box,
            "rx",
            "4",
            "fill",
            Svg.CURRENT_FILL,
            "stroke",
            Svg.CURRENT,
            "stroke-width",
            "3");
        break;
      default:
        svg.rect(
            x,
            y,
            box,
            box,
            "rx",
            "4",
            "fill",
            "#ffffff",
            "stroke",
            Svg.LINE,
            "stroke-width",
            "1.5",
            "stroke-dasharray",
            "4 3");
    }
    svg.text(
        x + box / 2,
        y + 17,
        Svg.TEXT,
        box,
        Integer.toString(number),
        "text-anchor",
        "middle",
        "font-weight",
        "bold",
        "fill",
        state == State.FILLED ? "#ffffff" : state == State.CURRENT ? Svg.CURRENT : Svg.MUTED);
    double stateW = 76;
    svg.text(
        x + box + 12,
        y + 17,
        Svg.TEXT,
        Svg.WIDTH - MARGIN - (x + box + 12) - stateW,
        title,
        "fill",
        state == State.MISSING ? Svg.MUTED : Svg.INK,
        "font-weight",
        state == State.CURRENT ? "bold" : "normal");
    svg.text(
        Svg.WIDTH - MARGIN,
        y + 17,
        Svg.TEXT,
        stateW,
        state.token(),
        "class",
        "state",
        "text-anchor",
        "end",
        "fill",
        state == State.FILLED ? Svg.GOOD : state == State.CURRENT ? Svg.CURRENT : Svg.MUTED,
        "font-weight",
        state == State.CURRENT ? "bold" : "normal");
    svg.close();
  }

  private static double axis(
      Svg svg,
      Metric metric,
      double baseline,
      OptionalDouble target,
      OptionalDouble result,
      double top) {
    svg.open("class", "metric-axis");
    String better = metric.better() == Direction.LOWER ? "lower is better" : "higher is better";
    svg.text(
        MARGIN,
        top,
        Svg.TEXT,
        Svg.WIDTH - 2 * MARGIN,
        metric.name() + " (" + metric.unit() + "), " + better,
        "class",
        "metric",
        "font-weight",
        "bold",
        "fill",
        Svg.INK);
    double lo = baseline;
    double hi = baseline;
    for (OptionalDouble v : List.of(target, result)) {
      if (v.isPresent()) {
        lo = Math.min(lo, v.getAsDouble());
        hi = Math.max(hi, v.getAsDouble());
      }
    }
    double span = hi - lo;
    double pad = span > 0 ? span * 0.2 : Math.max(1, Math.abs(lo) * 0.2);
    // A metric that is never negative keeps its axis at or above 0.
    double min = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
    double max = hi + pad;
    double step = nice((max - min) / 5);
    min = Math.floor(min / step) * step;
    max = Math.ceil(max / step) * step;
    double axisY = top + 58;
    Scale scale = new Scale(min, max);

    svg.line(AXIS_LEFT, axisY, AXIS_RIGHT, axisY, "stroke", Svg.INK, "stroke-width", "1.5");
    long ticks = Math.round((max - min) / step);
    for (long t = 0; t <= ticks && ticks <= 20; t++) {
      double v = min + t * step;
      double x = scale.x(v);
      svg.line(x, axisY, x, axisY + 5, "stroke", Svg.INK);
      svg.text(
          x, axisY + 19, Svg.SMALL, 60, Svg.value(v), "text-anchor", "middle", "fill", Svg.MUTED);
    }
    // The goal: from the baseline to the target, dashed; the result: a solid band.
    if (target.isPresent()) {
      svg.line(
          scale.x(baseline),
          axisY - 6,
          scale.x(target.getAsDouble()),
          axisY - 6,
          "stroke",
          Svg.ACCENT,
          "stroke-width",
          "3",
          "stroke-dasharray",
          "6 4");
    }
    if (result.isPresent()) {
      boolean improved = metric.isImprovement(baseline, result.getAsDouble());
      svg.line(
          scale.x(baseline),
          axisY,
          scale.x(result.getAsDouble()),
          axisY,
          "stroke",
          improved ? Svg.GOOD : Svg.BAD,
          "stroke-width",
          "5",
          "stroke-opacity",
          "0.6");
    }
    double baselineX = scale.x(baseline);
    marker(svg, "baseline", baseline, baselineX, axisY, axisY - 30, Svg.MUTED, "<circle>");
    if (target.isPresent()) {
      double targetX = scale.x(target.getAsDouble());
      // Two labels above the axis that would overlap go on two rows.
      boolean crowded = Math.abs(targetX - baselineX) < 110;
      marker(
          svg,
          "target",
          target.getAsDouble(),
          targetX,
          axisY,
          crowded ? axisY - 46 : axisY - 30,
          Svg.ACCENT,
          "<diamond>");
    }
    if (result.isPresent()) {
      boolean improved = metric.isImprovement(baseline, result.getAsDouble());
      marker(
          svg,
          "result",
          result.getAsDouble(),
          scale.x(result.getAsDouble()),
          axisY,
          axisY + 42,
          improved ? Svg.GOOD : Svg.BAD,
          "<triangle>");
    }
    double y = axisY + 66;
    String verdict;
    if (result.isEmpty()) {
      verdict =
          "No result yet: the "
              + (target.isPresent()
                  ? "target awaits a measurement."
                  : "goal has no target and no measurement.");
    } else if (target.isEmpty()) {
      verdict = "Result " + Svg.value(result.getAsDouble()) + "; the goal has no target.";
    } else {
      double attainment = metric.attainment(baseline, target.getAsDouble(), result.getAsDouble());
      verdict =
          "Result "
              + Svg.value(result.getAsDouble())
              + ": attainment "
              + Svg.fixed2(attainment)
              + (attainment >= 1 ? ", target met." : ", target not met.");
    }
    svg.text(
        MARGIN, y, Svg.TEXT, Svg.WIDTH - 2 * MARGIN, verdict, "class", "verdict", "fill", Svg.INK);
    svg.close();
    return y + 18;
  }

  private static void marker(
      Svg svg,
      String name,
      double value,
      double x,
      double axisY,
      double labelY,
      String colour,
      String shape) {
    svg.openTitled(name + " " + Svg.value(value), "class", "value " + name);
    switch (shape) {
      case "<diamond>":
        svg.element(
            "path",
            "d",
            "M" + Svg.num(x) + "," + Svg.num(axisY - 8) + " l8,8 l-8,8 l-8,-8 z",
            "fill",
            colour,
            "stroke",
            "#ffffff");
        break;
      case "<triangle>":
        svg.element(
            "path",
            "d",
            "M" + Svg.num(x) + "," + Svg.num(axisY + 2) + " l7,12 l-14,0 z",
            "fill",
            colour,
            "stroke",
            "#ffffff");
        break;
      default:
        svg.circle(x, axisY, 7, "fill", colour, "stroke", "#ffffff", "stroke-width", "1.5");
    }
    svg.line(
        x,
        labelY + (labelY < axisY ? 4 : -14),
        x,
        labelY < axisY ? axisY - 9 : axisY + 14,
        "stroke",
        colour,
        "stroke-width",
        "1");
    String label = name + " " + Svg.value(value);
    double w = Svg.width(label, Svg.SMALL);
    String anchor = "middle";
    double tx = x;
    if (x - w / 2 < MARGIN) {
      anchor = "start";
      tx = Math.max(MARGIN, x - 6);
    } else if (x + w / 2 > Svg.WIDTH - MARGIN) {
      anchor = "end";
      tx = Math.min(Svg.WIDTH - MARGIN, x + 6);
    }
    svg.text(
        tx,
        labelY,
        Svg.SMALL,
        200,
        label,
        "class",
        "label",
        "text-anchor",
        anchor,
        "font-weight",
        "bold",
        "fill",
        colour);
    svg.close();
  }

  /** A step of 1, 2 or 5 times a power of ten, at least {@code raw}. */
  static double nice(double raw) {
    if (!(raw > 0) || !Double.isFinite(raw)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double step = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return step * power;
  }

  /** Maps a metric's values onto the axis. */
  private static final class Scale {
    private final double min;
    private final double max;

    Scale(double min, double max) {
      this.min = min;
      this.max = max > min ? max : min + 1;
    }

    double x(double value) {
      return AXIS_LEFT + (AXIS_RIGHT - AXIS_LEFT) * (value - min) / (max - min);
    }
  }
}

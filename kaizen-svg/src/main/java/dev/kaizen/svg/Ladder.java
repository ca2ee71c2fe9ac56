package dev.kaizen.svg;

import java.util.List;
import java.util.Optional;

/**
 * A ladder of levels, the lowest at the bottom: one row per level with its id and title on the left
 * and one box per criterion on the right. A progression case marks each criterion met or short,
 * each level met or not, the highest level met and the target; a framework shows only what each
 * level requires. Shared by both pictures, so that they read alike.
 */
final class Ladder {
  static final double ROW_H = 76;
  static final double ROW_GAP = 8;
  private static final double MARGIN = 16;
  private static final double LABEL_W = 166;
  private static final double CHIP_GAP = 8;

  /**
   * One criterion of a level: its name, what it requires, what the candidate has (empty for a
   * framework), and whether it is met (empty: not judged).
   */
  static final class Chip {
    final String name;
    final String required;
    final Optional<String> actual;
    final Optional<Boolean> met;

    Chip(String name, String required, Optional<String> actual, Optional<Boolean> met) {
      this.name = name;
      this.required = required;
      this.actual = actual;
      this.met = met;
    }
  }

  /** One level: its criteria and marks. */
  static final class Row {
    final String id;
    final String title;
    final List<Chip> chips;
    final Optional<Boolean> met;
    final boolean highest;
    final boolean target;
    final boolean capped;

    Row(
        String id,
        String title,
        List<Chip> chips,
        Optional<Boolean> met,
        boolean highest,
        boolean target,
        boolean capped) {
      this.id = id;
      this.title = title;
      this.chips = List.copyOf(chips);
      this.met = met;
      this.highest = highest;
      this.target = target;
      this.capped = capped;
    }
  }

  private Ladder() {}

  /** The most criteria drawn side by side; a level with more has its criteria on more lines. */
  static final int CHIPS_PER_LINE = 4;

  /** Draws {@code rows} (lowest level first) from {@code top} down; returns the y below them. */
  static double draw(Svg svg, List<Row> rows, double top) {
    svg.open("class", "ladder");
    double railX = MARGIN + 6;
    double bottom = top - ROW_GAP;
    for (Row row : rows) {
      bottom += height(row) + ROW_GAP;
    }
    if (!rows.isEmpty()) {
      svg.line(railX, top - 6, railX, bottom + 6, "stroke", Svg.LINE, "stroke-width", "4");
    }
    // The highest level is drawn at the top; the rows are written lowest first.
    double[] ys = new double[rows.size()];
    double y = top;
    for (int i = rows.size() - 1; i >= 0; i--) {
      ys[i] = y;
      y += height(rows.get(i)) + ROW_GAP;
    }
    for (int i = 0; i < rows.size(); i++) {
      row(svg, rows.get(i), i, ys[i]);
    }
    svg.close();
    return rows.isEmpty() ? top : bottom + ROW_GAP;
  }

  private static int chipLines(Row row) {
    return Math.max(1, (row.chips.size() + CHIPS_PER_LINE - 1) / CHIPS_PER_LINE);
  }

  private static double height(Row row) {
    return ROW_H + (chipLines(row) - 1) * (ROW_H - 16 + CHIP_GAP);
  }

  private static void row(Svg svg, Row row, int index, double y) {
    boolean met = row.met.orElse(false);
    StringBuilder title = new StringBuilder("Level ").append(row.id).append(' ').append(row.title);
    row.met.ifPresent(m -> title.append(m ? ": met" : ": not met"));
    if (row.capped) {
      title.append(" (its criteria are met, but a lower level is not)");
    }
    if (row.highest) {
      title.append("; the highest level met");
    }
    if (row.target) {
      title.append("; the target level");
    }
    String classes =
        "level"
            + row.met.map(m -> m ? " met" : " not-met").orElse("")
            + (row.highest ? " highest" : "")
            + (row.target ? " target" : "");
    svg.openTitled(title.toString(), "class", classes, "id", "kaizen-level-" + (index + 1));
    double x = MARGIN + 16;
    double w = Svg.WIDTH - MARGIN - x;
    double h = height(row);
    svg.rect(
        x,
        y,
        w,
        h,
        "rx",
        "6",
        "fill",
        met ? Svg.GOOD_FILL : Svg.PALE,
        "stroke",
        row.target ? Svg.ACCENT : Svg.LINE,
        "stroke-width",
        row.target ? "3" : "1");
    // The rung that joins the row to the rail.
    svg.line(MARGIN + 6, y + h / 2, x, y + h / 2, "stroke", Svg.LINE, "stroke-width", "4");
    svg.text(
        x + 10,
        y + 20,
        15,
        LABEL_W - 16,
        row.id,
        "class",
        "level-id",
        "font-weight",
        "bold",
        "fill",
        Svg.INK);
    svg.text(
        x + 10,
        y + 38,
        Svg.SMALL,
        LABEL_W - 16,
        row.title,
        "class",
        "level-title",
        "fill",
        Svg.INK);
    row.met.ifPresent(
        m ->
            svg.text(
                x + 10,
                y + 54,
                Svg.SMALL,
                LABEL_W - 16,
                m ? "met" : row.capped ? "capped" : "not met",
                "class",
                "level-state",
                "font-weight",
                "bold",
                "fill",
                m ? Svg.GOOD : Svg.MUTED));
    String marks =
        row.highest && row.target
            ? "highest met \u00B7 target"
            : row.highest ? "highest met" : row.target ? "target" : "";
    if (!marks.isEmpty()) {
      svg.text(
          x + 10,
          y + 70,
          Svg.SMALL,
          LABEL_W - 16,
          marks,
          "class",
          "level-marks",
          "font-weight",
          "bold",
          "fill",
          Svg.ACCENT);
    }
    int n = row.chips.size();
    int perLine = Math.min(n, CHIPS_PER_LINE);
    double chipsX = x + LABEL_W;
    double chipW =
        n == 0 ? 0 : (Svg.WIDTH - MARGIN - 8 - chipsX - (perLine - 1) * CHIP_GAP) / perLine;
    double chipH = ROW_H - 16;
    for (int c = 0; c < n; c++) {
      int line = c / CHIPS_PER_LINE;
      int column = c % CHIPS_PER_LINE;
      chip(
          svg,
          row.chips.get(c),
          chipsX + column * (chipW + CHIP_GAP),
          y + 8 + line * (chipH + CHIP_GAP),
          chipW,
          chipH);
    }
    svg.close();
  }

  private static void chip(Svg svg, Chip chip, double x, double y, double w, double h) {
    String state = chip.met.map(m -> m ? "met" : "short").orElse("required");
    svg.openTitled(
        chip.name
            + ": needs "
            + chip.required
            + chip.actual.map(a -> ", has " + a).orElse("")
            + (chip.met.isPresent() ? " (" + state + ")" : ""),
        "class",
        "criterion " + chip.name + " " + state);
    String stroke = chip.met.map(m -> m ? Svg.GOOD : Svg.BAD).orElse(Svg.LINE);
    String fill = chip.met.map(m -> m ? "#ffffff" : Svg.BAD_FILL).orElse("#ffffff");
    svg.rect(x, y, w, h, "rx", "4", "fill", fill, "stroke", stroke, "stroke-width", "1.5");
    double stateRoom = chip.met.isPresent() ? 42 : 0;
    svg.text(
        x + 7,
        y + 17,
        Svg.SMALL,
        w - 14 - stateRoom,
        chip.name,
        "font-weight",
        "bold",
        "fill",
        Svg.INK);
    if (chip.met.isPresent()) {
      svg.text(
          x + w - 7,
          y + 17,
          Svg.SMALL,
          stateRoom,
          chip.met.get() ? "met" : "short",
          "class",
          "state",
          "text-anchor",
          "end",
          "font-weight",
          "bold",
          "fill",
          chip.met.get() ? Svg.GOOD : Svg.BAD);
    }
    String needs = "needs \u2265 " + chip.required;
    if (Svg.width(needs, Svg.SMALL) > w - 14) {
      // Too long for the box: the sign alone says it is the least required.
      needs = "\u2265 " + chip.required;
    }
    svg.text(x + 7, y + 36, Svg.SMALL, w - 14, needs, "class", "needs", "fill", Svg.INK);
    if (chip.actual.isPresent()) {
      svg.text(
          x + 7,
          y + 53,
          Svg.SMALL,
          w - 14,
          "has " + chip.actual.get(),
          "class",
          "has",
          "fill",
          Svg.INK);
    }
    svg.close();
  }
}

package dev.kaizen.cli;

import dev.kaizen.core.Numbers;
import dev.kaizen.json.BadInputException;
import dev.kaizen.portfolio.Allocation;
import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioQuarter;
import dev.kaizen.portfolio.QuadrantPosition;
import dev.kaizen.portfolio.Scale;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Renders results as text for people or as one-line JSON objects for programs. */
final class Output {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private Output() {}

  // ------------------------------------------------------------------ JSON

  /** One document's result as one line of JSON. */
  static String json(
      String kind,
      ValidationResult validation,
      Optional<Score> score,
      Optional<Map<String, Object>> derived) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringProperty("kind", kind);
          g.writeBooleanProperty("valid", validation.isValid());
          g.writeName("violations");
          g.writeStartArray();
          for (Violation v : validation.violations()) {
            g.writeStartObject();
            g.writeStringProperty("path", v.path().toString());
            g.writeStringProperty("code", v.code());
            g.writeStringProperty("severity", v.severity().token());
            g.writeStringProperty("message", v.message());
            g.writeEndObject();
          }
          g.writeEndArray();
          if (score.isPresent()) {
            g.writeName("score");
            g.writeStartObject();
            g.writeStringProperty("policy", score.get().policy());
            g.writeNumberProperty("total", score.get().total());
            g.writeName("parts");
            g.writeStartArray();
            for (ScorePart part : score.get().parts()) {
              g.writeStartObject();
              g.writeStringProperty("name", part.name());
              g.writeNumberProperty("weight", part.weight());
              g.writeNumberProperty("value", part.value());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          if (derived.isPresent()) {
            g.writeName("derived");
            value(g, derived.get());
          }
          g.writeEndObject();
        });
  }

  /** Bad input as one line of JSON. */
  static String json(BadInputException e, int line) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeBooleanProperty("valid", false);
          g.writeName("error");
          g.writeStartObject();
          g.writeStringProperty("path", e.path());
          g.writeNumberProperty("line", line);
          g.writeNumberProperty("column", e.column());
          g.writeStringProperty("message", e.problem());
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  /** Any value of a derived map as JSON. */
  static void value(JsonGenerator g, Object value) {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        g.writeName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List) {
      g.writeStartArray();
      for (Object element : (List<?>) value) {
        value(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof Integer || value instanceof Long) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number) {
      g.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  /** Writes with a generator into a string. */
  static String write(java.util.function.Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      body.accept(g);
    }
    return out.toString();
  }

  /**
   * A plan as one line of JSON: {@code {"quarter", "chosen": [ids], "value", "spend": {key: cost},
   * "empty": [keys]}} (DOMAIN.md §9).
   */
  static String plan(Portfolio portfolio, PortfolioQuarter quarter, Allocation allocation) {
    Scale scale = portfolio.scale();
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringProperty("quarter", quarter.quarter().toString());
          g.writeName("chosen");
          value(g, allocation.chosenIds());
          g.writeNumberProperty("value", allocation.value());
          g.writeName("spend");
          value(g, allocation.spend().toMap(scale));
          g.writeName("empty");
          value(g, allocation.emptyQuadrants().stream().map(scale::key).toList());
          g.writeEndObject();
        });
  }

  // ------------------------------------------------------------------ text

  /** One document's result as text. */
  static void text(
      PrintStream out,
      String source,
      String kind,
      ValidationResult validation,
      Optional<Score> score,
      Optional<Map<String, Object>> derived) {
    out.println(
        source
            + ": "
            + kind
            + ", "
            + (validation.isValid() ? "valid" : "NOT valid")
            + " ("
            + count(validation.errors().size(), "error")
            + ", "
            + count(validation.warnings().size(), "warning")
            + ")");
    for (Violation v : validation.violations()) {
      out.println("  " + v.severity().token() + " " + v.code() + " at " + v.path());
      out.println("      " + v.message());
    }
    score.ifPresent(
        s -> {
          out.println("  score " + number(s.total()) + " (policy " + s.policy() + ")");
          for (ScorePart part : s.parts()) {
            out.println(
                String.format(
                    java.util.Locale.ROOT,
                    "    %-14s %7s  weight %s",
                    part.name(),
                    number(part.value()),
                    number(part.weight())));
          }
        });
    derived.ifPresent(
        d -> {
          out.println("  derived");
          d.forEach(
              (name, value) -> {
                if (value instanceof List
                    && !((List<?>) value).isEmpty()
                    && ((List<?>) value).get(0) instanceof Map) {
                  // A list of records (levels, quarters, evidence): one line each.
                  out.println("    " + name + ":");
                  ((List<?>) value).forEach(element -> out.println("      - " + text(element)));
                } else {
                  out.println("    " + name + ": " + text(value));
                }
              });
        });
  }

  /** A derived value as text. */
  static String text(Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof Double || value instanceof Float) {
      return number(((Number) value).doubleValue());
    }
    if (value instanceof List) {
      StringBuilder out = new StringBuilder("[");
      for (Object element : (List<?>) value) {
        out.append(out.length() > 1 ? ", " : "").append(text(element));
      }
      return out.append(']').toString();
    }
    if (value instanceof Map) {
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.append(out.length() > 1 ? ", " : "")
            .append(e.getKey())
            .append(": ")
            .append(text(e.getValue()));
      }
      return out.append('}').toString();
    }
    return String.valueOf(value);
  }

  /**
   * A number as the library's messages write it ({@link Numbers#text(double)}): at most four
   * decimals, no trailing zeros, so that the text output and the violations agree.
   */
  static String number(double value) {
    return Numbers.text(value);
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /** A plan as text: each quadrant's limit and chosen items, then the value and the spend. */
  static void plan(
      PrintStream out,
      String source,
      Portfolio portfolio,
      PortfolioQuarter quarter,
      Allocation allocation) {
    Scale scale = portfolio.scale();
    out.println(
        source
            + ": plan for "
            + quarter.quarter()
            + ", budget "
            + number(quarter.budget())
            + " "
            + portfolio.unit()
            + ", "
            + count(quarter.candidates().size(), "candidate"));
    for (QuadrantPosition p : QuadrantPosition.values()) {
      List<Item> chosen = allocation.chosen(p);
      out.println(
          String.format(
              java.util.Locale.ROOT,
              "  %-14s share %s, limit %s: %s",
              scale.key(p),
              number(quarter.plan().get(p)),
              number(allocation.limits().get(p)),
              chosen.isEmpty()
                  ? "nothing chosen"
                  : "spend "
                      + number(allocation.spend().get(p))
                      + ", value "
                      + number(allocation.value(p))));
      for (Item item : chosen) {
        out.println(
            "      "
                + item.id()
                + "  "
                + item.title()
                + " (cost "
                + number(item.cost())
                + ", value "
                + number(item.worth())
                + ")");
      }
    }
    out.println(
        "  value "
            + number(allocation.value())
            + ", spend "
            + number(allocation.totalSpend())
            + " of "
            + number(quarter.budget())
            + " "
            + portfolio.unit());
    if (!allocation.emptyQuadrants().isEmpty()) {
      out.println(
          "  empty: "
              + String.join(", ", allocation.emptyQuadrants().stream().map(scale::key).toList()));
    }
    if (!allocation.exact()) {
      out.println(
          "  note: some costs have more than three decimals and were rounded up; a slightly better plan may exist");
    }
  }
}

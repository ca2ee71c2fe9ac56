package dev.kaizen.cli;

import dev.kaizen.a3.A3;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.core.Numbers;
import dev.kaizen.core.PrintableText;
import dev.kaizen.json.BadInputException;
import dev.kaizen.json.KaizenJson;
import dev.kaizen.portfolio.Allocation;
import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioQuarter;
import dev.kaizen.portfolio.QuadrantPosition;
import dev.kaizen.portfolio.Scale;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Renders results as text for people or as one-line JSON objects for programs. */
final class Output {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private Output() {}

  // ------------------------------------------------------------------ JSON

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

  /**
   * Returns the JSON object {@code object} with {@code "file"} and then {@code "line"} added as its
   * last members when given, the other members unchanged and in their order: the report comes
   * first, where it has always been, and what joins it to the input follows it.
   */
  static String withSource(String object, Optional<String> file, OptionalInt line) {
    if (file.isEmpty() && line.isEmpty()) {
      return object;
    }
    String body = object.strip();
    return body.substring(0, body.length() - 1) + sourceMembers(body, file, line);
  }

  /**
   * Prints {@code object} as {@link #withSource} returns it, and a line break, without building the
   * whole line first: the NDJSON loop prints a result per input line.
   */
  static void printWithSource(
      PrintWriter out, String object, Optional<String> file, OptionalInt line) {
    if (file.isEmpty() && line.isEmpty()) {
      out.println(object);
      return;
    }
    String body = object.strip();
    out.write(body, 0, body.length() - 1);
    out.write(sourceMembers(body, file, line));
    out.println();
  }

  /**
   * The end of {@code body} (a JSON object) with {@code "file"} and {@code "line"} added: a comma
   * unless the object is empty, the members, and the closing brace.
   */
  private static String sourceMembers(String body, Optional<String> file, OptionalInt line) {
    if (!body.startsWith("{") || !body.endsWith("}")) {
      throw new IllegalArgumentException("not a JSON object: " + body);
    }
    boolean empty = true;
    for (int i = 1; i < body.length() - 1 && empty; i++) {
      empty = Character.isWhitespace(body.charAt(i));
    }
    StringBuilder out = new StringBuilder(32);
    if (file.isPresent()) {
      out.append(empty ? "" : ",")
          .append("\"file\":")
          .append(write(g -> g.writeString(file.get())));
      empty = false;
    }
    if (line.isPresent()) {
      out.append(empty ? "" : ",").append("\"line\":").append(line.getAsInt());
    }
    return out.append('}').toString();
  }

  /**
   * Returns {@code derived} as the ordered map of names to values that {@link #text} lists: the
   * object the JSON module writes ({@link KaizenJson#writeDerived}) read back, so that the text
   * shows exactly the names, order and values of {@code --json}. Whole numbers become {@code
   * Long}s, other numbers {@code Double}s, {@code null} stays {@code null}.
   */
  static Map<String, Object> derived(KaizenJson json, DerivedValues derived) {
    try (JsonParser parser =
        JSON.createParser(ObjectReadContext.empty(), json.writeDerived(derived))) {
      parser.nextToken();
      @SuppressWarnings("unchecked") // the JSON module writes derived values as one object
      Map<String, Object> map = (Map<String, Object>) tree(parser);
      return map;
    }
  }

  /** The JSON value at the parser's current token, as maps, lists and plain values. */
  private static Object tree(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          map.put(name, tree(parser));
        }
        return map;
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(tree(parser));
        }
        return list;
      case VALUE_NUMBER_INT:
        return parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_STRING:
        return parser.getString();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalStateException("unexpected " + token + " in derived values");
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

  // ------------------------------------------------------------------ text

  /** One document's result as text. */
  static void text(
      PrintWriter out,
      String source,
      String kind,
      ValidationResult validation,
      Optional<Score> score,
      Optional<Map<String, Object>> derived,
      Map<String, String> units) {
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
                  // A list of records (levels, quarters, evidence): one line each, or one line a
                  // member when that line would be too long to read.
                  out.println("    " + name + ":");
                  for (Object element : (List<?>) value) {
                    record(out, name, (Map<?, ?>) element, units);
                  }
                } else {
                  out.println("    " + name + ": " + text(value) + unit(units, name, value));
                }
              });
        });
  }

  /** The longest line a record of derived values is printed on before it is wrapped. */
  static final int LINE = 100;

  private static void record(
      PrintWriter out, String list, Map<?, ?> element, Map<String, String> units) {
    StringBuilder line = new StringBuilder("{");
    for (Map.Entry<?, ?> e : element.entrySet()) {
      line.append(line.length() > 1 ? ", " : "")
          .append(e.getKey())
          .append(": ")
          .append(text(e.getValue()))
          .append(unit(units, list + "[]." + e.getKey(), e.getValue()));
    }
    line.append('}');
    if (8 + line.length() <= LINE) {
      out.println("      - " + line);
      return;
    }
    String lead = "      - ";
    for (Map.Entry<?, ?> e : element.entrySet()) {
      String unit = unit(units, list + "[]." + e.getKey(), e.getValue());
      String member = lead + e.getKey() + ": " + text(e.getValue()) + unit;
      if (member.length() > LINE && e.getValue() instanceof Map) {
        out.println(lead + e.getKey() + ":" + unit);
        for (Map.Entry<?, ?> inner : ((Map<?, ?>) e.getValue()).entrySet()) {
          out.println("          " + inner.getKey() + ": " + text(inner.getValue()));
        }
      } else {
        out.println(member);
      }
      lead = "        ";
    }
  }

  /** The unit of the derived value {@code name}, with a space before it, when it has one. */
  private static String unit(Map<String, String> units, String name, Object value) {
    String unit = units.get(name);
    if (unit == null || value == null) {
      return "";
    }
    return value instanceof Map ? " (" + unit + ")" : " " + unit;
  }

  /**
   * The units of a document's derived values, by name ({@code quarters[].budget} for a member of
   * each record of a list): a Kaizen record's gains and improvement in its metric's unit (the gain
   * per week per week), an A3's target and improvement in its goal's unit, a portfolio's spend,
   * cost and budget in its unit.
   */
  static Map<String, String> units(Document document) {
    Map<String, String> units = new java.util.HashMap<>();
    if (document instanceof KaizenRecord) {
      String unit = ((KaizenRecord) document).potential().metric().unit();
      units.put("gainPerOccurrence", unit);
      units.put("gainPerWeek", unit + "/week");
      units.put("improvement", unit);
    } else if (document instanceof A3) {
      String unit = ((A3) document).goal().metric().unit();
      units.put("target", unit);
      units.put("improvement", unit);
    } else if (document instanceof Portfolio) {
      String unit = ((Portfolio) document).unit();
      units.put("quarters[].spend", unit);
      units.put("quarters[].totalCost", unit);
      units.put("quarters[].budget", unit);
    }
    return units;
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
            .append(PrintableText.escape(String.valueOf(e.getKey())))
            .append(": ")
            .append(text(e.getValue()));
      }
      return out.append('}').toString();
    }
    // Text from the document (a title, a contributor's name) may hold a line break or another
    // unprintable character: escaped, each value stays on its line.
    return PrintableText.escape(String.valueOf(value));
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
      PrintWriter out,
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
                + PrintableText.escape(item.id())
                + "  "
                + PrintableText.escape(item.title())
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

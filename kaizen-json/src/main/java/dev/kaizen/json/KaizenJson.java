package dev.kaizen.json;

import dev.kaizen.Report;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.json.internal.Documents;
import dev.kaizen.json.internal.Fields;
import dev.kaizen.json.internal.Node;
import dev.kaizen.json.internal.Out;
import dev.kaizen.json.internal.Plans;
import dev.kaizen.json.internal.Policies;
import dev.kaizen.json.internal.Results;
import dev.kaizen.json.internal.TreeReader;
import dev.kaizen.portfolio.QuarterPlan;
import dev.kaizen.scoring.ScoringPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Reads and writes Kaizen documents in the JSON format of DOMAIN.md, strictly: any input that is
 * not exactly one well-formed document is a {@link BadInputException} with the JSON path and
 * line/column, never a stack trace or a half-built document.
 *
 * <pre>{@code
 * KaizenJson json = KaizenJson.defaults();
 * Document document = json.read(text);                    // any kind
 * KaizenRecord record = json.read(text, KaizenRecord.class); // one kind
 * String out = json.write(record);                          // equal when read back
 * String report = json.writeReport(Kaizen.report(record));  // what score --json prints
 * Report stored = json.readReport(report);                  // equal to Kaizen.report(record)
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance.
 */
public final class KaizenJson {
  private static final KaizenJson DEFAULTS = new KaizenJson(ReadLimits.defaults());

  private final ReadLimits limits;
  private final TreeReader reader;

  private KaizenJson(ReadLimits limits) {
    this.limits = limits;
    this.reader = new TreeReader(limits);
  }

  /**
   * Returns a reader and writer with the {@linkplain ReadLimits#defaults() default limits}.
   *
   * @return the shared default instance
   */
  public static KaizenJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a reader and writer that enforces {@code limits}.
   *
   * @param limits the size limits
   * @return a new instance
   */
  public static KaizenJson withLimits(ReadLimits limits) {
    return new KaizenJson(limits);
  }

  /**
   * Returns the limits this instance enforces.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document of any kind.
   *
   * @param json the JSON text
   * @return the document
   * @throws BadInputException when the text is not exactly one valid document
   */
  public Document read(String json) {
    return parse(
        () -> reader.factory().createParser(ObjectReadContext.empty(), json),
        EnumSet.allOf(DocumentKind.class));
  }

  /**
   * Reads a document of any kind from a character stream, which is not closed.
   *
   * @param json the JSON text
   * @return the document
   * @throws BadInputException when the text is not exactly one valid document, or cannot be read
   */
  public Document read(Reader json) {
    return parse(
        () -> reader.factory().createParser(ObjectReadContext.empty(), json),
        EnumSet.allOf(DocumentKind.class));
  }

  /**
   * Reads a document of any kind from UTF-8 bytes, which are not closed.
   *
   * <p>JSON for interchange is UTF-8 (RFC 8259, section 8.1): UTF-16 and UTF-32 input, with or
   * without a byte order mark, is bad input whose message says so. A UTF-8 byte order mark is
   * accepted and skipped. Bytes that are not valid UTF-8 are bad input.
   *
   * @param json the JSON bytes
   * @return the document
   * @throws BadInputException when the bytes are not UTF-8, not exactly one valid document, or
   *     cannot be read
   */
  public Document read(InputStream json) {
    InputStream checked = utf8(json);
    return parse(
        () -> reader.factory().createParser(ObjectReadContext.empty(), checked),
        EnumSet.allOf(DocumentKind.class));
  }

  /**
   * Reads a document of any kind from UTF-8 bytes, as {@link #read(InputStream)} does.
   *
   * @param json the JSON bytes
   * @return the document
   * @throws BadInputException when the bytes are not UTF-8 or not exactly one valid document
   */
  public Document read(byte[] json) {
    return read(new ByteArrayInputStream(json));
  }

  /**
   * Reads a document that must be of type {@code type}.
   *
   * @param json the JSON text
   * @param type the document type, such as {@code KaizenRecord.class}
   * @param <T> the document type
   * @return the document
   * @throws BadInputException when the text is not exactly one valid document of that type
   */
  public <T extends Document> T read(String json, Class<T> type) {
    return type.cast(
        parse(() -> reader.factory().createParser(ObjectReadContext.empty(), json), kindsOf(type)));
  }

  /**
   * Reads a document that must be of type {@code type} from a character stream, which is not
   * closed.
   *
   * @param json the JSON text
   * @param type the document type
   * @param <T> the document type
   * @return the document
   * @throws BadInputException when the text is not exactly one valid document of that type
   */
  public <T extends Document> T read(Reader json, Class<T> type) {
    return type.cast(
        parse(() -> reader.factory().createParser(ObjectReadContext.empty(), json), kindsOf(type)));
  }

  /**
   * Writes {@code document} as pretty-printed JSON; reading the result gives an equal document.
   *
   * @param document the document
   * @return the JSON text
   */
  public String write(Document document) {
    StringWriter out = new StringWriter(4096);
    write(document, out, true);
    return out.toString();
  }

  /**
   * Writes {@code document} as JSON on one line (for NDJSON).
   *
   * @param document the document
   * @return the JSON text, without line breaks
   */
  public String writeLine(Document document) {
    StringWriter out = new StringWriter(4096);
    write(document, out, false);
    return out.toString();
  }

  /**
   * Writes {@code document} to {@code out}, which is flushed but not closed.
   *
   * @param document the document
   * @param out where to write
   * @param pretty whether to indent the output
   * @throws UncheckedIOException when writing fails
   */
  public void write(Document document, Writer out, boolean pretty) {
    try (JsonGenerator generator = generator(out, pretty)) {
      Documents.write(new Out(generator), document);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new java.io.IOException(e.getOriginalMessage(), e));
    }
  }

  /**
   * Writes a {@link Report} as JSON on one line, exactly what {@code kaizen.jar score --json}
   * prints (DOMAIN.md §9, §10): {@code {"kind", "valid", "violations": [{path, code, severity,
   * message}], "score": {"policy", "total", "parts": [{name, weight, value}]}, "derived": {…}}}.
   * {@code score} and {@code derived} are left out when the report has none; within {@code
   * derived}, a value that can be missing is {@code null}. {@link #readReport} reads it back equal.
   *
   * <pre>{@code
   * String line = json.writeReport(Kaizen.report(document));
   * }</pre>
   *
   * @param report the report
   * @return the JSON text, without line breaks
   */
  public String writeReport(Report report) {
    return line(out -> Results.write(out, report));
  }

  /**
   * Reads a {@link Report} as {@link #writeReport} writes it, strictly: unknown members, a rule
   * code the library does not have, a severity other than the code's, a {@code valid} that
   * disagrees with the violations or a total that is not the weighted sum of the parts are bad
   * input. Members the command line adds ({@code file}, {@code line}) are not part of a report and
   * are bad input here too.
   *
   * @param json the JSON text
   * @return the report, equal to the one written
   * @throws BadInputException when the text is not exactly one valid report
   */
  public Report readReport(String json) {
    try (JsonParser parser = reader.factory().createParser(ObjectReadContext.empty(), json)) {
      return Fields.bind(reader.readDocument(parser), "a report", Results::read);
    }
  }

  /**
   * Writes a document's derived values as one JSON object on one line, the {@code derived} member
   * of {@link #writeReport}: the names and order of DOMAIN.md §9, a value that can be missing as
   * {@code null}.
   *
   * @param derived the derived values of any kind, such as {@code Kaizen.derive(document)}
   * @return the JSON text, without line breaks
   */
  public String writeDerived(DerivedValues derived) {
    return line(out -> Documents.writeDerived(out, derived));
  }

  /**
   * Writes what separates two levels of a framework (DOMAIN.md §6.2) as JSON on one line, what
   * {@code kaizen diff --json FRAMEWORK LEVEL LEVEL} prints: {@code {"kind": "level-diff",
   * "framework", "from", "to", "criteria": [{name, from, to, changed}]}}, a criterion a level does
   * not state being {@code null} on its side.
   *
   * @param diff the diff, such as {@code LevelDiff.between(framework, "IC2", "IC3")}
   * @return the JSON text, without line breaks
   */
  public String writeDiff(dev.kaizen.progression.LevelDiff diff) {
    return line(out -> out.objectValue(diff, dev.kaizen.json.internal.Diffs::writeLevelDiff));
  }

  /**
   * Writes what changed between two editions of a framework (DOMAIN.md §6.2) as JSON on one line,
   * what {@code kaizen diff --json FRAMEWORK FRAMEWORK} prints: {@code {"kind": "framework-diff",
   * "framework", "from", "to", "changes": [{name, from, to}], "tracks": {"added", "removed",
   * "changed": [{id, changes}]}, "levels": {"added", "removed", "changed"}}}.
   *
   * @param diff the diff, such as {@code FrameworkDiff.between(older, newer)}
   * @return the JSON text, without line breaks
   */
  public String writeDiff(dev.kaizen.progression.FrameworkDiff diff) {
    return line(out -> out.objectValue(diff, dev.kaizen.json.internal.Diffs::writeFrameworkDiff));
  }

  private String line(java.util.function.Consumer<Out> body) {
    // sized for a typical report, so that the buffer seldom grows (each growth copies it)
    StringWriter text = new StringWriter(2048);
    try (JsonGenerator generator = generator(text, false)) {
      body.accept(new Out(generator));
    }
    return text.toString();
  }

  /**
   * Reads a {@link ScoringPolicy} such as {@code {"policy": "acme-kaizen/2", "model": "kaizen",
   * "weights": {"completeness": 0.2, "rigour": 0.4, "impact": 0.4}, "thresholds": {}}}; {@code
   * thresholds} is optional.
   *
   * @param json the JSON text
   * @return the policy
   * @throws BadInputException when the text is not a valid policy
   */
  public ScoringPolicy readPolicy(String json) {
    try (JsonParser parser = reader.factory().createParser(ObjectReadContext.empty(), json)) {
      return Fields.bind(reader.readDocument(parser), "a scoring policy", Policies::read);
    }
  }

  /**
   * Writes a {@link ScoringPolicy} in the format {@link #readPolicy(String)} reads.
   *
   * @param policy the policy
   * @return the JSON text
   */
  public String writePolicy(ScoringPolicy policy) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = generator(text, true)) {
      new Out(generator).objectValue(policy, Policies::write);
    }
    return text.toString();
  }

  /**
   * Writes a portfolio quarter's plan as JSON on one line, what {@code kaizen.jar plan --json}
   * prints (DOMAIN.md §9): {@code {"quarter", "chosen": [ids], "value", "spend": {key: cost},
   * "empty": [keys]}}.
   *
   * @param plan the plan, such as {@code QuarterPlan.latest(portfolio).orElseThrow()}
   * @return the JSON text, without line breaks
   */
  public String writePlan(QuarterPlan plan) {
    return line(out -> out.objectValue(plan, Plans::writeQuarterPlan));
  }

  private JsonGenerator generator(Writer out, boolean pretty) {
    return reader.factory().createGenerator(pretty ? PRETTY : ObjectWriteContext.empty(), out);
  }

  /** A write context whose only setting is the default pretty printer. */
  private static final ObjectWriteContext PRETTY =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private Document parse(Supplier<JsonParser> open, java.util.Set<DocumentKind> accepted) {
    JsonParser parser;
    try {
      parser = open.get();
    } catch (JacksonException e) {
      // Jackson checks the length of text it is given whole before it parses a token.
      String what =
          e instanceof tools.jackson.core.exc.StreamConstraintsException
              ? "the input is past a size limit: "
              : "the input could not be read: ";
      throw new BadInputException("$", 1, 1, what + e.getOriginalMessage());
    }
    try (parser) {
      Node.ObjectNode root = reader.readDocument(parser);
      return Documents.read(root, accepted);
    } catch (JacksonException e) {
      // Only close() can get here: reading errors are translated by the tree reader.
      throw new BadInputException(
          "$", 0, 0, "the input could not be read: " + e.getOriginalMessage());
    }
  }

  /**
   * Returns {@code in} with its first bytes looked at: UTF-16 and UTF-32 (a byte order mark, or a
   * zero byte among the first two, which no UTF-8 JSON text starts with) are refused.
   */
  private static InputStream utf8(InputStream in) {
    PushbackInputStream peek = new PushbackInputStream(in, 4);
    byte[] head = new byte[4];
    int n = 0;
    try {
      while (n < 4) {
        int r = peek.read(head, n, 4 - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      peek.unread(head, 0, n);
    } catch (IOException e) {
      throw new BadInputException(
          "$", 0, 0, "the input could not be read: " + String.valueOf(e.getMessage()));
    }
    int b0 = n > 0 ? head[0] & 0xff : -1;
    int b1 = n > 1 ? head[1] & 0xff : -1;
    String encoding = null;
    if (n >= 4 && b0 == 0 && b1 == 0 && head[2] == (byte) 0xfe && head[3] == (byte) 0xff) {
      encoding = "UTF-32 (big-endian byte order mark)";
    } else if (n >= 4 && b0 == 0xff && b1 == 0xfe && head[2] == 0 && head[3] == 0) {
      encoding = "UTF-32 (little-endian byte order mark)";
    } else if (b0 == 0xfe && b1 == 0xff) {
      encoding = "UTF-16 (big-endian byte order mark)";
    } else if (b0 == 0xff && b1 == 0xfe) {
      encoding = "UTF-16 (little-endian byte order mark)";
    } else if (b0 == 0 || b1 == 0) {
      encoding = "UTF-16 or UTF-32 (a zero byte at the start)";
    }
    if (encoding != null) {
      throw new BadInputException(
          "$", 1, 1, "the input looks like " + encoding + "; JSON input must be UTF-8 (RFC 8259)");
    }
    return peek;
  }

  static java.util.Set<DocumentKind> kindsOf(Class<? extends Document> type) {
    java.util.Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
    Documents.formats()
        .forEach(
            f -> {
              if (type.isAssignableFrom(f.type())) {
                kinds.add(f.kind());
              }
            });
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("no JSON format for " + type.getName());
    }
    return kinds;
  }
}

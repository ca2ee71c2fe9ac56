package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kaizen.Kaizen;
import dev.kaizen.Report;
import dev.kaizen.a3.A3;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.matrix.Assessment;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage-guided fuzz tests (Jazzer) of every reader entry point, through validating, scoring,
 * deriving, writing the result, and writing the document and reading it back.
 *
 * <p>A failure is any exception other than {@link BadInputException}, a bad-input message or a
 * violation's path or message that is not one printable line, a result that is not one line of JSON
 * that agrees with the validation, and any difference after a round trip through {@link
 * KaizenJson#write(Document)} or {@link KaizenJson#writeLine(Document)}.
 *
 * <p>In a normal build ({@code ./mvnw verify}) each method only replays its corpus: the files in
 * {@code src/test/resources/dev/kaizen/json/KaizenJsonFuzzTestInputs} (the samples, shared by every
 * method) and in its method's folder there (the NDJSON and policy seeds and every crashing input
 * found so far). {@code JAZZER_FUZZ=1} fuzzes one method coverage-guided; see docs/reliability.md.
 */
class KaizenJsonFuzzTest {
  private static final KaizenJson JSON = KaizenJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<Class<? extends Document>> TYPES =
      List.of(
          KaizenRecord.class,
          A3.class,
          Assessment.class,
          Framework.class,
          ProgressionCase.class,
          Portfolio.class);

  /** Bytes, as {@code kaizen.jar validate FILE} reads a file. */
  @FuzzTest
  @DictionaryFile(resourcePath = "kaizen.dict")
  void bytes(byte[] input) {
    check(() -> JSON.read(input));
  }

  /** Bytes as a stream that hands them out a few at a time, across every buffer boundary. */
  @FuzzTest
  @DictionaryFile(resourcePath = "kaizen.dict")
  void inputStream(byte[] input) {
    check(() -> JSON.read(new Trickle(input)));
  }

  /** The bytes decoded as UTF-8 (malformed sequences become U+FFFD) and read as a string. */
  @FuzzTest
  @DictionaryFile(resourcePath = "kaizen.dict")
  void string(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    check(() -> JSON.read(text));
  }

  /** The bytes decoded as UTF-8 and read from a {@link Reader}. */
  @FuzzTest
  @DictionaryFile(resourcePath = "kaizen.dict")
  void reader(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    check(() -> JSON.read(new StringReader(text)));
  }

  /**
   * Typed reads: the text read as each of the six document types is bad input, or the document that
   * an untyped read gives, when it is of that type; and that document passes every check.
   */
  @FuzzTest
  @DictionaryFile(resourcePath = "kaizen.dict")
  void typed(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Optional<Document> any;
    try {
      any = Optional.of(JSON.read(text));
    } catch (BadInputException e) {
      any = Optional.empty();
    }
    for (Class<? extends Document> type : TYPES) {
      try {
        Document document = JSON.read(text, type);
        assertTrue(type.isInstance(document), () -> document.kind() + " read as " + type);
        assertEquals(any, Optional.of(document), "a typed read gives what an untyped read gives");
      } catch (BadInputException e) {
        oneLine(e);
        Optional<Document> untyped = any;
        assertFalse(
            untyped.isPresent() && type.isInstance(untyped.get()),
            () -> "read as a document, but not as its own type " + type + ": " + e.getMessage());
      }
    }
    any.ifPresent(document -> check(() -> document));
  }

  /**
   * NDJSON as {@code kaizen.jar score --ndjson} reads it: one document per line, blank lines
   * skipped, a carriage return before the line feed dropped; every line on its own.
   */
  @FuzzTest
  @DictionaryFile(resourcePath = "kaizen.dict")
  void ndjson(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (String line : text.split("\n", -1)) {
      String document = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (!document.isBlank()) {
        check(() -> JSON.read(document));
      }
    }
  }

  /** A scoring policy: bad input, or a policy that writes and reads back equal. */
  @FuzzTest
  @DictionaryFile(resourcePath = "kaizen.dict")
  void policy(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ScoringPolicy policy;
    try {
      policy = JSON.readPolicy(text);
    } catch (BadInputException e) {
      oneLine(e);
      return;
    }
    assertEquals(policy, JSON.readPolicy(JSON.writePolicy(policy)), "policy round trip");
  }

  /**
   * Reads, and when the input is a document, validates, scores, derives, writes the result and
   * round-trips the document; fails on anything but a one-line {@link BadInputException}.
   */
  static void check(Supplier<Document> read) {
    Document document;
    try {
      document = read.get();
    } catch (BadInputException e) {
      oneLine(e);
      return;
    }
    ValidationResult validation = Kaizen.validate(document);
    for (Violation v : validation.violations()) {
      printable(v.path().toString(), "violation path");
      printable(v.message(), "violation message");
      printable(v.code(), "violation code");
    }
    Score score = Kaizen.score(document);
    DerivedValues derived = Kaizen.derive(document);
    Report report =
        Report.builder()
            .kind(document.kind())
            .violations(validation.violations())
            .score(score)
            .derived(derived)
            .build();
    assertEquals(Kaizen.report(document), report);
    String result = JSON.writeReport(report);
    assertEquals(report, JSON.readReport(result), () -> "report read back: " + result);
    assertFalse(result.contains("\n") || result.contains("\r"), "result on one line: " + result);
    JsonNode tree = MAPPER.readTree(result);
    assertEquals(document.kind().token(), tree.get("kind").asString(), result);
    assertEquals(validation.isValid(), tree.get("valid").asBoolean(), result);
    assertEquals(validation.violations().size(), tree.get("violations").size(), result);

    String pretty = JSON.write(document);
    assertEquals(document, JSON.read(pretty), () -> "round trip through write:\n" + pretty);
    String line = JSON.writeLine(document);
    assertFalse(line.contains("\n") || line.contains("\r"), "writeLine on one line: " + line);
    Document back = JSON.read(line.getBytes(StandardCharsets.UTF_8));
    assertEquals(document, back, () -> "round trip through writeLine:\n" + line);
    assertEquals(
        result, JSON.writeReport(Kaizen.report(back)), "the result of the document read back");
  }

  static void oneLine(BadInputException e) {
    printable(e.getMessage(), "bad-input message");
    printable(e.path(), "bad-input path");
    printable(e.problem(), "bad-input problem");
  }

  /**
   * Fails unless {@code text} is one line of printable code points: no C0 or C1 control, DEL, line
   * or paragraph separator, format character, lone surrogate, private-use or unassigned code point.
   */
  static void printable(String text, String what) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      boolean bad =
          cp < 0x20
              || (cp >= 0x7f && cp < 0xa0)
              || cp == 0x2028
              || cp == 0x2029
              || type == Character.FORMAT
              || type == Character.SURROGATE
              || type == Character.PRIVATE_USE
              || type == Character.UNASSIGNED
              || (type == Character.SPACE_SEPARATOR && cp != ' ');
      if (bad) {
        int at = i;
        throw new AssertionError(
            what + " has unprintable U+" + Integer.toHexString(cp) + " at " + at + ": " + text);
      }
      i += Character.charCount(cp);
    }
  }

  /** Hands out at most 1 to 7 bytes per read, the count following the bytes themselves. */
  static final class Trickle extends InputStream {
    private final ByteArrayInputStream in;
    private int step;

    Trickle(byte[] bytes) {
      this.in = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      step = step * 31 + 7;
      return in.read(b, off, Math.min(len, 1 + Math.floorMod(step, 7)));
    }
  }
}

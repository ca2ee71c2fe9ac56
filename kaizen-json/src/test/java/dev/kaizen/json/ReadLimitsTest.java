package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.a3.A3;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The read limits hold on every entry point, at their edge exactly, and what they let through stays
 * bounded: one lack-of-solution finding per statement however long, one evidence result per record.
 * (How long each path takes is measured by benchmarks, never by tests.)
 */
class ReadLimitsTest {
  private static final String A3_TEXT = Fixtures.example("a3-major-issues.json");
  private static final String STATEMENT =
      "The last acceptance test round found 22 major issues, most of them in data migration";

  /** Every way of reading a document. */
  private static List<Function<String, Document>> entryPoints(KaizenJson json) {
    return List.of(
        json::read,
        text -> json.read(new StringReader(text)),
        text -> json.read(text.getBytes(StandardCharsets.UTF_8)),
        text -> json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
        text -> json.read(text, A3.class),
        text -> json.read(new StringReader(text), A3.class));
  }

  private static String a3WithStatement(String statement) {
    return A3_TEXT.replace(STATEMENT, statement);
  }

  @Test
  void aStringOfExactlyTheMaximumLengthIsReadAndOneLongerIsBadInput() {
    int max = ReadLimits.DEFAULT_MAX_STRING_LENGTH;
    // A statement that is nothing but lack-of-solution phrasing, 100,000 characters long.
    String phrase = "we lack a new tool and need to buy more licences. ";
    String longest = phrase.repeat(max / phrase.length() + 1).substring(0, max);
    for (Function<String, Document> read : entryPoints(KaizenJson.defaults())) {
      A3 a3 = (A3) read.apply(a3WithStatement(longest));
      assertEquals(max, a3.currentCondition().statement().length());
      ValidationResult result = Kaizen.validate(a3);
      // The detector reports the first finding only: one warning, however many phrases there are.
      assertEquals(1, result.of(RuleCode.A3_PROBLEM_LACK_OF_SOLUTION).size(), result::toString);

      BadInputException e =
          assertThrows(BadInputException.class, () -> read.apply(a3WithStatement(longest + "x")));
      assertTrue(e.problem().contains("size limit"), e.getMessage());
    }
  }

  @Test
  void aPropertyNameHasTheLimitOfAString() {
    KaizenJson small = KaizenJson.withLimits(ReadLimits.defaults().withMaxStringLength(30));
    String past = "{\"kind\": \"a3\", \"" + "n".repeat(31) + "\": 1}";
    for (Function<String, Document> read : entryPoints(small)) {
      BadInputException e = assertThrows(BadInputException.class, () -> read.apply(past));
      assertTrue(e.problem().contains("size limit"), e.getMessage());
    }
    // Thirty characters are not past the limit: the name is read, and is unknown.
    String thirty = "{\"kind\": \"a3\", \"" + "n".repeat(30) + "\": 1}";
    for (Function<String, Document> read : entryPoints(small)) {
      BadInputException e = assertThrows(BadInputException.class, () -> read.apply(thirty));
      assertFalse(e.problem().contains("size limit"), e.getMessage());
    }
  }

  @Test
  void theDocumentLimitHoldsOnEveryEntryPoint() {
    // Characters for text, bytes for bytes: the sample is read at a limit of the larger count, and
    // is past a limit below the smaller one.
    long chars = A3_TEXT.length();
    long bytes = A3_TEXT.getBytes(StandardCharsets.UTF_8).length;
    KaizenJson exact =
        KaizenJson.withLimits(ReadLimits.defaults().withMaxDocumentLength(Math.max(chars, bytes)));
    KaizenJson under =
        KaizenJson.withLimits(
            ReadLimits.defaults().withMaxDocumentLength(Math.min(chars, bytes) - 1));
    for (Function<String, Document> read : entryPoints(exact)) {
      assertEquals(DocumentKind.A3, read.apply(A3_TEXT).kind());
    }
    for (Function<String, Document> read : entryPoints(under)) {
      BadInputException e = assertThrows(BadInputException.class, () -> read.apply(A3_TEXT));
      assertTrue(e.problem().contains("size limit"), e.getMessage());
    }
  }

  @Test
  void theDepthLimitHoldsOnEveryEntryPoint() {
    String deep = A3_TEXT.replaceFirst("\\{", "{\"x\": " + "[".repeat(64) + "]".repeat(64) + ", ");
    for (Function<String, Document> read : entryPoints(KaizenJson.defaults())) {
      BadInputException e = assertThrows(BadInputException.class, () -> read.apply(deep));
      assertTrue(e.problem().contains("deeper than 64 levels"), e.getMessage());
    }
  }

  @Test
  void aNumberOfMoreThanAThousandDigitsIsBadInput() {
    String digits = "1".repeat(1001);
    String text = A3_TEXT.replaceFirst("\"version\": 1", "\"version\": " + digits);
    for (Function<String, Document> read : entryPoints(KaizenJson.defaults())) {
      BadInputException e = assertThrows(BadInputException.class, () -> read.apply(text));
      assertEquals("$.version", e.path(), e.getMessage());
    }
  }

  @Test
  void everyEvidenceRecordIsEvaluatedOnceAndReportedOnce() {
    // Two thousand evidence records (the sample's two, again and again): one result per record,
    // at its own path, the same after a round trip through JSON.
    String sample = Fixtures.example("progression-case-senior.json");
    ProgressionCase base = KaizenJson.defaults().read(sample, ProgressionCase.class);
    List<Document> evidence = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      evidence.add(base.evidence().get(i % base.evidence().size()));
    }
    ProgressionCase big = base.withEvidence(evidence);
    String written = KaizenJson.defaults().writeLine(big);
    ProgressionCase read = KaizenJson.defaults().read(written, ProgressionCase.class);
    assertEquals(2000, read.evaluation().records().size());
    for (int i = 0; i < 2000; i += 499) {
      assertEquals("$.evidence[" + i + "]", read.evaluation().records().get(i).path().toString());
    }
    assertEquals(big, read);
    assertEquals(Kaizen.validate(big), Kaizen.validate(read));
  }
}

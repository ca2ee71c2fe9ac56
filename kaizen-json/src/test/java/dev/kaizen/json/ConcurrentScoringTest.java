package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.testing.Choices;
import dev.kaizen.testing.generators.DocumentGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same documents read, validated, scored, derived and written from 16 threads at once give
 * exactly what one thread gives: the shared {@link KaizenJson} and the models keep no state between
 * calls.
 */
class ConcurrentScoringTest {
  private static final KaizenJson JSON = KaizenJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final int THREADS = 16;

  /** What one document gives: its result line and the document written again. */
  private record Outcome(String result, String written) {}

  /** The samples and corpus files that are documents, then generated documents of every kind. */
  private static List<byte[]> texts() {
    List<byte[]> texts = new ArrayList<>();
    Path corpus = Path.of("src/test/resources/dev/kaizen/json/KaizenJsonFuzzTestInputs");
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (DocumentKind kind : DocumentKind.values()) {
      for (long seed = 0; seed < 25; seed++) {
        Choices choices = Choices.seeded(seed * 31 + kind.ordinal());
        Document document =
            (seed % 2 == 0 ? DocumentGenerators.valid(kind) : DocumentGenerators.any(kind))
                .generate(choices);
        texts.add(JSON.write(document).getBytes(StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  /** Reads (as bytes) and scores one text; bad input gives its one-line message as the outcome. */
  private static Outcome outcome(byte[] text) {
    Document document;
    try {
      document = JSON.read(text);
    } catch (BadInputException e) {
      return new Outcome(e.getMessage(), "");
    }
    String result = JSON.writeReport(Kaizen.report(document));
    return new Outcome(result, JSON.write(document));
  }

  @Test
  void sixteenThreadsGiveWhatOneThreadGives() throws Exception {
    List<byte[]> texts = texts();
    List<Outcome> expected = texts.stream().map(ConcurrentScoringTest::outcome).toList();
    long documents = expected.stream().filter(o -> !o.written().isEmpty()).count();
    assertTrue(documents >= 150, () -> "only " + documents + " of the texts are documents");

    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Outcome>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long order = t;
        runs.add(
            pool.submit(
                () -> {
                  // Every thread goes through all texts in an order of its own.
                  List<Integer> indexes = new ArrayList<>();
                  for (int i = 0; i < texts.size(); i++) {
                    indexes.add(i);
                  }
                  Collections.shuffle(indexes, new Random(order));
                  Outcome[] got = new Outcome[texts.size()];
                  start.await();
                  for (int i : indexes) {
                    got[i] = outcome(texts.get(i));
                  }
                  return List.of(got);
                }));
      }
      for (Future<List<Outcome>> run : runs) {
        List<Outcome> got = run.get(5, TimeUnit.MINUTES);
        for (int i = 0; i < expected.size(); i++) {
          Outcome want = expected.get(i);
          Outcome have = got.get(i);
          assertEquals(want.written(), have.written(), "text " + i + " written");
          if (want.written().isEmpty()) {
            assertEquals(want.result(), have.result(), "text " + i + " bad input");
          } else {
            // Byte for byte, and as JSON trees.
            assertEquals(want.result(), have.result(), "text " + i + " result");
            assertEquals(MAPPER.readTree(want.result()), MAPPER.readTree(have.result()));
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

package dev.kaizen.benchmarks;

import dev.kaizen.Kaizen;
import dev.kaizen.a3.LackOfSolutionDetector;
import dev.kaizen.core.Document;
import dev.kaizen.json.KaizenJson;
import dev.kaizen.json.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How cost grows with size (issue 14: linearly): read, validate and score of a progression case
 * with {@code size} evidence records, of a portfolio quarter with {@code size} items and {@code
 * size} candidates, of an assessment with {@code size} history entries; and the lack-of-solution
 * detector on a statement of {@code size} × 10 characters. Compare the average time per op across
 * sizes: 2× the size should cost about 2× the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
  /** The size: evidence records, items, history entries, or a tenth of the statement length. */
  @Param({"5000", "10000", "20000"})
  public int size;

  private KaizenJson json;
  private byte[] progressionCase;
  private byte[] portfolio;
  private byte[] assessment;
  private String statement;
  private LackOfSolutionDetector detector;

  /** Builds the documents once. */
  @Setup
  public void setUp() {
    json = KaizenJson.withLimits(ReadLimits.defaults().withMaxDocumentLength(1L << 30));
    progressionCase = Documents.progressionCase(size);
    portfolio = Documents.portfolio(size);
    assessment = Documents.assessment(size);
    statement = Documents.statement(size * 10);
    detector = LackOfSolutionDetector.standard();
  }

  private void readValidateScore(byte[] bytes, Blackhole bh) {
    Document document = json.read(bytes);
    bh.consume(Kaizen.validate(document));
    bh.consume(Kaizen.score(document));
  }

  /**
   * A progression case with {@code size} Kaizen and A3 evidence records.
   *
   * @param bh the sink
   */
  @Benchmark
  public void progressionCase(Blackhole bh) {
    readValidateScore(progressionCase, bh);
  }

  /**
   * A portfolio whose one quarter has {@code size} items and {@code size} candidates.
   *
   * @param bh the sink
   */
  @Benchmark
  public void portfolio(Blackhole bh) {
    readValidateScore(portfolio, bh);
  }

  /**
   * An assessment with {@code size} history entries.
   *
   * @param bh the sink
   */
  @Benchmark
  public void assessment(Blackhole bh) {
    readValidateScore(assessment, bh);
  }

  /**
   * The lack-of-solution detector on a statement of {@code size} × 10 characters.
   *
   * @return the findings
   */
  @Benchmark
  public Object lackOfSolution() {
    return detector.findAll(statement);
  }

  /** Generated documents of a given size. */
  static final class Documents {
    private Documents() {}

    static byte[] progressionCase(int evidence) {
      String sample = new String(Samples.bytes(Samples.PROGRESSION_CASE), StandardCharsets.UTF_8);
      KaizenJson json = KaizenJson.defaults();
      String kaizen = json.writeLine(json.read(Samples.bytes(Samples.KAIZEN)));
      String a3 = json.writeLine(json.read(Samples.bytes(Samples.A3)));
      int at = sample.indexOf("\"evidence\"");
      StringBuilder out = new StringBuilder(sample.substring(0, at)).append("\"evidence\": [");
      for (int i = 0; i < evidence; i++) {
        if (i > 0) {
          out.append(',');
        }
        String record = i % 2 == 0 ? kaizen : a3;
        String id = (i % 2 == 0 ? "KZ-" : "A3-") + i;
        out.append(record.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + id + "\""));
      }
      return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] portfolio(int items) {
      String[] quadrants = {"relationships", "products", "dysfunction", "innovation"};
      StringBuilder out =
          new StringBuilder(
              "{\"kind\":\"portfolio\",\"version\":1,\"scale\":\"portfolio\",\"name\":\"Big\","
                  + "\"unit\":\"person-days\",\"quarters\":[{\"quarter\":\"2024-Q1\","
                  + "\"budget\":"
                  + (items * 10)
                  + ",\"plan\":{\"relationships\":0.25,\"products\":0.25,"
                  + "\"dysfunction\":0.25,\"innovation\":0.25},\"items\":[");
      for (String member : new String[] {"items", "candidates"}) {
        if (member.equals("candidates")) {
          out.append("],\"candidates\":[");
        }
        for (int i = 0; i < items; i++) {
          if (i > 0) {
            out.append(',');
          }
          out.append("{\"id\":\"")
              .append(member.charAt(0))
              .append('-')
              .append(i)
              .append("\",\"title\":\"Item ")
              .append(i)
              .append("\",\"quadrant\":\"")
              .append(quadrants[i % 4])
              .append("\",\"cost\":")
              .append(1 + i % 9)
              .append(",\"value\":")
              .append(1 + (i * 104729) % 13)
              .append('}');
        }
      }
      return out.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] assessment(int entries) {
      String[] scopes = {"self", "peers", "team", "department"};
      StringBuilder out =
          new StringBuilder(
              "{\"kind\":\"assessment\",\"version\":1,\"subject\":\"Sam\",\"history\":[");
      LocalDate date = LocalDate.of(1900, 1, 1);
      for (int i = 0; i < entries; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append("{\"date\":\"")
            .append(date.plusDays(i))
            .append("\",\"expertise\":0.")
            .append(10 + i % 80)
            .append(",\"changeSkill\":0.")
            .append(10 + (i * 7) % 80)
            .append(",\"scope\":\"")
            .append(scopes[Math.min(3, i * 4 / entries)])
            .append("\"}");
      }
      return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String statement(int length) {
      String[] sentences = {
        "The last acceptance test round found 22 major issues, most of them in data migration. ",
        "Case workers wait two days for a decision on every third application. ",
        "We need a new dashboard to see the queue. ",
        "Releases slip by about two weeks because reviews start late. "
      };
      StringBuilder out = new StringBuilder(length + 100);
      for (int i = 0; out.length() < length; i++) {
        out.append(sentences[i % sentences.length]);
      }
      out.setLength(length);
      return out.toString();
    }
  }
}

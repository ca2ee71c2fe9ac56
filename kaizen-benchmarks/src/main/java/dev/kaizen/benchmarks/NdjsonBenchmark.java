package dev.kaizen.benchmarks;

import dev.kaizen.cli.KaizenCli;
import dev.kaizen.json.KaizenJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk scoring: the command line's {@code score --json --ndjson FILE}, run in-process through its
 * main entry, against a databind line reader on the same file (the Kaizen and the A3 sample, one
 * per line, in turn). Output goes to a discarding stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NdjsonBenchmark {
  /** How many lines. */
  @Param({"100000"})
  public int records;

  private Path file;
  private JsonMapper mapper;

  /** One result line of the baseline. */
  private record Result(int line, String kind) {}

  /**
   * Writes the file.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    KaizenJson json = KaizenJson.defaults();
    String[] lines = {
      json.writeLine(json.read(Samples.bytes(Samples.KAIZEN))),
      json.writeLine(json.read(Samples.bytes(Samples.A3)))
    };
    file = Files.createTempFile("kaizen-bench", ".ndjson");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < records; i++) {
        out.write(lines[i % lines.length]);
        out.write('\n');
      }
    }
    mapper = JsonMapper.builder().build();
  }

  /**
   * Removes the file.
   *
   * @throws IOException if it cannot be removed
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * The command line: {@code score --json --ndjson FILE}.
   *
   * @return the exit status
   */
  @Benchmark
  public int kaizenScoreNdjson() {
    PrintStream out =
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    int status =
        KaizenCli.run(
            new String[] {"score", "--json", "--ndjson", file.toString()},
            InputStream.nullInputStream(),
            out,
            err);
    if (status > 1) {
      throw new IllegalStateException("the command line failed with status " + status);
    }
    return status;
  }

  /**
   * Baseline: each line bound by databind, one small JSON line written per record.
   *
   * @return the number of lines
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public int databindLineReader() throws IOException {
    int count = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        count++;
        Shapes.Doc doc = mapper.readValue(line, Shapes.Doc.class);
        out.write(mapper.writeValueAsString(new Result(count, doc.kind())));
        out.write('\n');
      }
    }
    return count;
  }
}

package dev.kaizen.benchmarks;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.kaizen.Kaizen;
import dev.kaizen.core.Document;
import dev.kaizen.json.KaizenJson;
import dev.kaizen.json.KaizenSchemas;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * One sample document, read every way: Kaizen's strict read, validate and score; Kaizen's read
 * alone; plain databind into {@link Shapes}; hand-written streaming into the same records; and the
 * published JSON Schema checked by networknt's validator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {
  /** Which sample. */
  @Param({"kaizen", "a3", "progression-case"})
  public String sample;

  private byte[] bytes;
  private String text;
  private KaizenJson json;
  private JsonMapper mapper;
  private Schema schema;

  /** Loads the sample and builds every reader once. */
  @Setup
  public void setUp() {
    bytes = Samples.bytes(Samples.file(sample));
    text = new String(bytes, StandardCharsets.UTF_8);
    json = KaizenJson.defaults();
    mapper = JsonMapper.builder().build();
    schema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(id -> KaizenSchemas.byId(id).orElse(null)))
            .getSchema(SchemaLocation.of(KaizenSchemas.documentId().toString()));
  }

  /**
   * Kaizen: strict read, validate and score.
   *
   * @param bh the sink
   */
  @Benchmark
  public void kaizenReadValidateScore(Blackhole bh) {
    Document document = json.read(bytes);
    bh.consume(Kaizen.validate(document));
    bh.consume(Kaizen.score(document));
  }

  /**
   * Kaizen: strict read alone.
   *
   * @return the document
   */
  @Benchmark
  public Document kaizenRead() {
    return json.read(bytes);
  }

  /**
   * Baseline: plain Jackson databind into records.
   *
   * @return the records
   */
  @Benchmark
  public Shapes.Doc databind() {
    return mapper.readValue(bytes, Shapes.Doc.class);
  }

  /**
   * Baseline: hand-written streaming into the same records.
   *
   * @return the records
   */
  @Benchmark
  public Shapes.Doc streaming() {
    return Streaming.read(bytes);
  }

  /**
   * Baseline: the published JSON Schema on the same text.
   *
   * @return the schema's complaints (none)
   */
  @Benchmark
  public Object schemaValidator() {
    return schema.validate(text, InputFormat.JSON);
  }
}
